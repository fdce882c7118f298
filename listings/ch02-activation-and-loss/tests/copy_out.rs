//! Readers copy this folder into their own projects, so it must build and
//! pass its tests on its own: no workspace inheritance, no path dependencies
//! leaving the folder. This test copies it to a temporary directory outside
//! any workspace and runs `cargo test --offline` there.

use std::path::{Path, PathBuf};
use std::process::Command;

fn copy_dir(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).expect("create the copy's directory");
    for entry in std::fs::read_dir(from).expect("list the crate folder") {
        let entry = entry.expect("read a directory entry");
        let name = entry.file_name();
        if name == "target" {
            continue;
        }
        let path = entry.path();
        if path.is_dir() {
            copy_dir(&path, &to.join(&name));
        } else {
            std::fs::copy(&path, to.join(&name)).expect("copy a file");
        }
    }
}

#[test]
fn builds_and_passes_its_tests_outside_the_workspace() {
    let crate_dir = Path::new(env!("CARGO_MANIFEST_DIR"));
    let copy: PathBuf = std::env::temp_dir()
        .join(format!("ch02-copy-out-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&copy);
    copy_dir(crate_dir, &copy);

    // Inside the book's repository, pin the same versions the workspace uses,
    // so that nothing needs downloading.
    let workspace_lock = crate_dir.join("../../Cargo.lock");
    if workspace_lock.exists() {
        std::fs::copy(&workspace_lock, copy.join("Cargo.lock"))
            .expect("copy Cargo.lock");
    }

    let manifest = std::fs::read_to_string(copy.join("Cargo.toml"))
        .expect("read Cargo.toml");
    for line in manifest
        .lines()
        .filter(|l| !l.trim_start().starts_with('#'))
    {
        let line = line.replace(' ', "");
        assert!(
            !line.contains("workspace=true"),
            "inherits from a workspace: {line}"
        );
        assert!(!line.contains("path="), "has a path dependency: {line}");
    }

    let target_dir =
        Path::new(env!("CARGO_TARGET_TMPDIR")).join("copy-out-target");
    let status = Command::new(env!("CARGO"))
        .args([
            "test",
            "--offline",
            "--quiet",
            "--",
            "--skip",
            "builds_and_passes_its_tests_outside",
        ])
        .current_dir(&copy)
        .env("CARGO_TARGET_DIR", &target_dir)
        .status()
        .expect("run cargo in the copy");
    let _ = std::fs::remove_dir_all(&copy);
    assert!(status.success(), "the copied crate failed to build or test");
}
