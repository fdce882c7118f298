//! `cargo xtask <command>`: every workflow of the book behind one entry point.
//!
//! - `build`   both editions into `book/ko` and `book/en`, plus `book/index.html`
//! - `serve`   build, serve `book/` on 127.0.0.1, rebuild when a source changes
//! - `test`    everything: the workspace's tests, skeptic, the whole-book checks,
//!   `mdbook test` for both editions and the browser tests
//! - `outputs` regenerate the listings' committed program outputs

mod browser;
mod downloads;
mod editions;
mod outputs;
mod search;
mod serve;
mod tools;

use std::path::{Path, PathBuf};
use std::process::{Command, ExitCode};

const USAGE: &str = "usage: cargo xtask <build | serve [PORT] | test | outputs>";

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let result = match args.first().map(String::as_str) {
        Some("build") => build(),
        Some("serve") => serve::serve(args.get(1).map(String::as_str)),
        Some("test") => test(),
        Some("outputs") => outputs::regenerate(),
        _ => Err(USAGE.to_owned()),
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(message) => {
            eprintln!("xtask: {message}");
            ExitCode::FAILURE
        }
    }
}

/// The repository root: xtask lives one folder below it.
fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .expect("xtask sits inside the repository")
        .to_path_buf()
}

/// Runs `command` to completion, turning a failure into an error message.
fn run(command: &mut Command) -> Result<(), String> {
    let status = command
        .status()
        .map_err(|e| format!("could not start {:?}: {e}", command.get_program()))?;
    if status.success() {
        Ok(())
    } else {
        Err(format!("{command:?} failed ({status})"))
    }
}

fn cargo() -> Command {
    let mut command = Command::new(std::env::var("CARGO").unwrap_or_else(|_| "cargo".into()));
    command.current_dir(root());
    command
}

fn build() -> Result<(), String> {
    let tools = tools::ensure()?;
    editions::build_all(&tools)
}

fn test() -> Result<(), String> {
    let tools = tools::ensure()?;
    editions::build_all(&tools)?;
    let first_build = editions::snapshot()?;

    eprintln!("xtask: cargo test --workspace (listings, tooling, skeptic, whole-book checks)");
    run(cargo().args(["test", "--workspace"]))?;

    // rustdoc gets only -L from `mdbook test`, so the listing and ndarray are
    // built into a folder of their own: target/debug/deps may hold two builds
    // of a crate (after `cargo clippy`, say), and then rustdoc fails with E0464.
    eprintln!("xtask: building the libraries for mdbook test into target/mdbook-test");
    run(cargo().args([
        "build",
        "--quiet",
        "--package",
        "neurons-and-networks",
        "--package",
        "activation-and-loss",
        "--target-dir",
        "target/mdbook-test",
    ]))?;
    for edition in editions::EDITIONS {
        eprintln!("xtask: mdbook test ({})", edition.code);
        let mut command = edition.mdbook(&tools);
        command.args(["test", "-L", "target/mdbook-test/debug/deps"]);
        run(&mut command)?;
    }
    browser::test()?;

    // The build is deterministic: building again gives the same bytes.
    editions::build_all(&tools)?;
    editions::compare(&first_build, &editions::snapshot()?)?;
    eprintln!("xtask: a second build of book/ is byte-identical to the first");

    eprintln!("xtask: all tests passed");
    Ok(())
}
