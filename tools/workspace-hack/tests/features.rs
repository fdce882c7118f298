//! Every separate build `cargo xtask test` makes resolves each shared
//! dependency with the same features as its test run, so that cargo
//! compiles each dependency once. If this fails, add the package named, with
//! the features named, to this crate's `Cargo.toml`.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};
use std::process::Command;

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

/// Every package of a resolution with its features, from `cargo tree`.
fn resolution(args: &[&str]) -> BTreeMap<String, BTreeSet<String>> {
    let output = Command::new(env!("CARGO"))
        .current_dir(root())
        .args([
            "tree",
            "--offline",
            "--prefix",
            "none",
            "--format",
            "{p} :: {f}",
        ])
        .args(args)
        .output()
        .expect("run cargo tree");
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    let mut packages: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    for line in String::from_utf8_lossy(&output.stdout).lines() {
        let Some((package, features)) = line.split_once(" :: ") else {
            continue;
        };
        // "name v1.2.3 (/path)" for workspace members: the name and version.
        let package: String = package.split(" (").next().unwrap_or(package).to_owned();
        let features = features.trim_end_matches(" (*)");
        packages.entry(package).or_default().extend(
            features
                .split(',')
                .filter(|f| !f.is_empty())
                .map(str::to_owned),
        );
    }
    packages
}

/// The packages in the `listings/` folder, which xtask leaves out of the
/// test run (their downloads test them).
fn listings() -> Vec<String> {
    let mut found = Vec::new();
    for entry in std::fs::read_dir(root().join("listings"))
        .unwrap()
        .flatten()
    {
        let manifest = entry.path().join("Cargo.toml");
        if let Ok(text) = std::fs::read_to_string(manifest)
            && let Some(line) = text.lines().find(|l| l.starts_with("name = "))
        {
            found.push(
                line.trim_start_matches("name = ")
                    .trim_matches('"')
                    .to_owned(),
            );
        }
    }
    found
}

fn chapters() -> Vec<String> {
    std::fs::read_dir(root().join("tools/chapters"))
        .unwrap()
        .flatten()
        .map(|e| format!("chapter-{}", e.file_name().to_string_lossy()))
        .collect()
}

#[test]
fn every_build_resolves_like_the_test_run() {
    let mut test_run = vec!["--edges", "normal,build,dev", "--workspace"];
    let listings = listings();
    for listing in &listings {
        test_run.extend(["--exclude", listing]);
    }
    let all = resolution(&test_run);
    let chapters = chapters();
    let mut chapter_args = vec!["--edges", "normal,build"];
    for chapter in &chapters {
        chapter_args.extend(["--package", chapter]);
    }
    let builds = [
        (
            "xtask",
            resolution(&["--edges", "normal,build", "--package", "xtask"]),
        ),
        ("the chapters", resolution(&chapter_args)),
    ];
    let mut differ = Vec::new();
    for (build, packages) in &builds {
        for (package, features) in packages {
            if all.get(package).is_some_and(|f| f != features) {
                differ.push(format!(
                    "{build}: {package} has {:?}, the test run {:?}",
                    features, all[package]
                ));
            }
        }
    }
    assert!(differ.is_empty(), "{}", differ.join("\n"));
}
