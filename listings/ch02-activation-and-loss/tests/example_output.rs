//! Every program the chapter runs has its output committed under `output/`,
//! first line the command. The chapter shows those files, so this test fails
//! when a program's output no longer matches the file. Regenerate them with
//! `cargo xtask outputs` from the book's repository, or by hand with the
//! command on their first line.

use std::path::{Path, PathBuf};
use std::process::Command;

const EXAMPLES: [&str; 8] = [
    "vanishing_gradient",
    "sigmoid_values",
    "and_gate_step",
    "and_gate_identity",
    "and_gate_linear",
    "softmax",
    "softmax_overflow",
    "losses",
];

/// `cargo test` builds the examples next to the test binaries:
/// `target/debug/deps/this-test` and `target/debug/examples/<name>`.
fn example_binary(name: &str) -> PathBuf {
    let test_binary =
        std::env::current_exe().expect("the test binary knows its own path");
    let profile_dir = test_binary
        .parent()
        .and_then(Path::parent)
        .expect("test binaries live in target/<profile>/deps");
    profile_dir
        .join("examples")
        .join(format!("{name}{}", std::env::consts::EXE_SUFFIX))
}

#[test]
fn committed_outputs_match_a_fresh_run() {
    let output_dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("output");
    for name in EXAMPLES {
        let binary = example_binary(name);
        assert!(
            binary.exists(),
            "{} is missing: run the whole `cargo test` so that cargo builds the examples",
            binary.display()
        );
        let run = Command::new(&binary).output().expect("the example runs");
        assert!(
            run.status.success(),
            "{name} failed: {}",
            String::from_utf8_lossy(&run.stderr)
        );
        let expected = format!(
            "$ cargo run --example {name}\n{}",
            String::from_utf8(run.stdout).expect("examples print UTF-8")
        );
        let file = output_dir.join(format!("{name}.txt"));
        let committed = std::fs::read_to_string(&file)
            .unwrap_or_else(|e| panic!("cannot read {}: {e}", file.display()));
        assert_eq!(
            committed,
            expected,
            "{} is stale: regenerate it with `cargo xtask outputs`",
            file.display()
        );
    }
}

#[test]
fn every_example_has_an_output_file_and_vice_versa() {
    let manifest = Path::new(env!("CARGO_MANIFEST_DIR"));
    let stems = |dir: &str, ext: &str| {
        let mut names: Vec<String> = std::fs::read_dir(manifest.join(dir))
            .unwrap_or_else(|e| panic!("cannot list {dir}: {e}"))
            .filter_map(|entry| {
                let path = entry.ok()?.path();
                (path.extension()? == ext)
                    .then(|| path.file_stem()?.to_str().map(String::from))?
            })
            .collect();
        names.sort();
        names
    };
    let mut listed: Vec<String> =
        EXAMPLES.iter().map(|s| s.to_string()).collect();
    listed.sort();
    assert_eq!(stems("examples", "rs"), listed);
    assert_eq!(stems("output", "txt"), listed);
}
