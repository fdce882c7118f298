//! What the README's plain-mdBook commands need, put where it says:
//!
//! - `target/tools/bin/mdbook`: mdBook 0.5.4's library behind its `build`
//!   and `test` commands (`tools/mdbook-cli`), built with the workspace, so
//!   mdBook is compiled once;
//! - `target/mdbook-test/libraries/`: exactly one build of every listing
//!   crate and of each of their dependencies, for `mdbook test -L`. rustdoc
//!   gets only `-L` from mdBook (the book's blocks say `extern crate` in a
//!   hidden line), and a folder with two builds of a crate, as
//!   `target/debug/deps` often is, makes it fail with E0464. So cargo builds
//!   the listings, reports the files it made, and only those are copied into
//!   a fresh folder.

use std::path::{Path, PathBuf};
use std::process::Stdio;

use crate::{cargo, root};

/// The folder the README puts first on `PATH`.
pub fn bin() -> PathBuf {
    root().join("target").join("tools").join("bin")
}

/// The folder the README hands `mdbook test -L`.
pub fn libraries() -> PathBuf {
    root().join("target").join("mdbook-test").join("libraries")
}

/// Builds mdBook's command line and the listings, then puts each where the
/// README looks.
pub fn install() -> Result<(), String> {
    eprintln!("xtask: building mdBook's command line and the listings' libraries");
    let mdbook = artifacts(&["mdbook-cli"])?
        .into_iter()
        .find(|file| file.file_stem().is_some_and(|s| s == "mdbook") && file.extension().is_none())
        .ok_or("cargo reported no mdbook binary")?;
    copy_into(&[mdbook], &bin())?;
    // Built on their own, so that nothing else's dependencies join theirs.
    let listings =
        listing_archive::discover(&root().join("listings")).map_err(|e| e.to_string())?;
    let packages: Vec<&str> = listings.iter().map(|l| l.package.as_str()).collect();
    let rlibs: Vec<PathBuf> = artifacts(&packages)?
        .into_iter()
        .filter(|file| file.extension().is_some_and(|e| e == "rlib"))
        .collect();
    copy_into(&rlibs, &libraries())
}

/// Builds `packages` and returns the files cargo reports for the build.
fn artifacts(packages: &[&str]) -> Result<Vec<PathBuf>, String> {
    let mut build = cargo();
    build.args([
        "build",
        "--quiet",
        "--message-format=json-render-diagnostics",
    ]);
    for package in packages {
        build.args(["--package", package]);
    }
    let output = build
        .stderr(Stdio::inherit())
        .output()
        .map_err(|e| format!("cargo build: {e}"))?;
    if !output.status.success() {
        return Err(format!("building {} failed", packages.join(", ")));
    }
    let mut files = Vec::new();
    for line in String::from_utf8_lossy(&output.stdout).lines() {
        let Ok(message) = serde_json::from_str::<serde_json::Value>(line) else {
            continue;
        };
        if message["reason"] == "compiler-artifact" {
            let names = message["filenames"].as_array().into_iter().flatten();
            files.extend(names.filter_map(|f| f.as_str()).map(PathBuf::from));
        }
    }
    Ok(files)
}

/// A fresh `folder` holding copies of `files`.
fn copy_into(files: &[PathBuf], folder: &Path) -> Result<(), String> {
    let _ = std::fs::remove_dir_all(folder);
    std::fs::create_dir_all(folder).map_err(|e| format!("{}: {e}", folder.display()))?;
    for file in files {
        let name = file.file_name().expect("an artifact has a name");
        std::fs::copy(file, folder.join(name)).map_err(|e| format!("{}: {e}", file.display()))?;
    }
    Ok(())
}
