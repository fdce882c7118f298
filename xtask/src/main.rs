//! `cargo xtask <command>`: every workflow of the book behind one entry point.
//!
//! - `build`   every edition into `book/<code>/`, plus `book/index.html`
//! - `serve`   build, serve on 127.0.0.1, rebuild on change, reload the page
//! - `test`    everything: the workspace's tests, skeptic, the whole-book
//!   checks, `mdbook test` for every edition and the browser tests
//! - `outputs` regenerate the listings' committed program outputs
//! - `sync-mark` record that a page's editions say the same (the drift guard)

mod book;
mod browser;
mod downloads;
mod outputs;
mod search;
mod serve;
mod sync;
mod tools;

use std::path::{Path, PathBuf};
use std::process::{Command, ExitCode};

const USAGE: &str = "usage: cargo xtask <command>
  build                          build every edition into book/
  serve [--port N] [--prefix /p/]  build, serve on 127.0.0.1 (3000), rebuild and reload on change
  test                           run every test
  outputs                        regenerate listings/*/output/*.txt
  sync-mark [PAGE…]              record that these pages' editions say the same (all if none)";

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let result = match args.first().map(String::as_str) {
        Some("build") => build(),
        Some("serve") => serve::serve(&args[1..]),
        Some("test") => test(),
        Some("outputs") => outputs::regenerate(),
        Some("sync-mark") => sync::mark(&args[1..]),
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
    let toolbox = book::Toolbox::ready()?;
    build_into_book(&toolbox)
}

/// Builds the repository's book into `book/`.
fn build_into_book(toolbox: &book::Toolbox) -> Result<(), String> {
    let started = std::time::Instant::now();
    book::build(&root(), &root().join("book"), toolbox)?;
    eprintln!(
        "xtask: built every edition into book/ in {:.2} s",
        started.elapsed().as_secs_f64()
    );
    Ok(())
}

/// A folder holding exactly one build of every listing crate and of each of
/// their dependencies, for `mdbook test -L`. rustdoc gets only `-L` from
/// mdBook (the book's blocks say `extern crate` in a hidden line), and a
/// folder with two builds of a crate, as `target/debug/deps` often is, makes
/// it fail with E0464. So cargo builds the listings, reports the files it
/// made, and only those are copied into a fresh folder.
fn mdbook_test_libraries() -> Result<PathBuf, String> {
    eprintln!("xtask: building the listings for mdbook test");
    let listings =
        listing_archive::discover(&root().join("listings")).map_err(|e| e.to_string())?;
    let mut build = cargo();
    build.args([
        "build",
        "--quiet",
        "--message-format=json-render-diagnostics",
        "--target-dir",
        "target/mdbook-test",
    ]);
    for listing in &listings {
        build.args(["--package", &listing.package]);
    }
    let output = build
        .stderr(std::process::Stdio::inherit())
        .output()
        .map_err(|e| format!("cargo build: {e}"))?;
    if !output.status.success() {
        return Err("building the listings for mdbook test failed".to_owned());
    }
    let folder = root().join("target").join("mdbook-test").join("libraries");
    let _ = std::fs::remove_dir_all(&folder);
    std::fs::create_dir_all(&folder).map_err(|e| format!("{}: {e}", folder.display()))?;
    for line in String::from_utf8_lossy(&output.stdout).lines() {
        let Ok(message) = serde_json::from_str::<serde_json::Value>(line) else {
            continue;
        };
        if message["reason"] != "compiler-artifact" {
            continue;
        }
        let files = message["filenames"].as_array().into_iter().flatten();
        for file in files.filter_map(|f| f.as_str()).map(Path::new) {
            if file.extension().is_some_and(|e| e == "rlib") {
                let name = file.file_name().expect("an artifact has a name");
                std::fs::copy(file, folder.join(name))
                    .map_err(|e| format!("{}: {e}", file.display()))?;
            }
        }
    }
    Ok(folder)
}

fn test() -> Result<(), String> {
    let toolbox = book::Toolbox::ready()?;
    build_into_book(&toolbox)?;
    let first_build = book::snapshot(&root().join("book"))?;

    eprintln!("xtask: cargo test --workspace (listings, tooling, skeptic, whole-book checks)");
    run(cargo().args(["test", "--workspace"]))?;

    let libraries = mdbook_test_libraries()?;
    for edition in book_editions::read(&root()).map_err(|e| e.to_string())? {
        eprintln!("xtask: mdbook test ({})", edition.code);
        let mut command = book::mdbook(&root(), &edition, &toolbox);
        command.arg("test").arg("-L").arg(&libraries);
        run(&mut command)?;
    }
    browser::test()?;

    // The build is deterministic: building again gives the same bytes.
    build_into_book(&toolbox)?;
    book::compare(&first_build, &book::snapshot(&root().join("book"))?)?;
    eprintln!("xtask: a second build of book/ is byte-identical to the first");

    eprintln!("xtask: all tests passed");
    Ok(())
}
