//! The search index: Pagefind, run over each built edition.
//!
//! mdBook's own search drops every non-ASCII character from its index
//! (mdBook issue 1081), so the Korean edition could not be searched at all.
//! Pagefind indexes Hangul, finds words with particles attached, and writes
//! a static index next to the pages, loaded by `theme/js/search.js`.

use std::path::{Path, PathBuf};
use std::process::Command;

/// Pagefind in the repository at `root`: the npm package in `tools/search/`
/// brings its binary for this platform (nothing is downloaded at run time),
/// which is run directly rather than through the package's Node.js wrapper,
/// whose start takes longer than indexing an edition.
fn binary(root: &Path) -> PathBuf {
    let platform = match (std::env::consts::OS, std::env::consts::ARCH) {
        ("linux", "x86_64") => "linux-x64",
        ("linux", "aarch64") => "linux-arm64",
        ("macos", "x86_64") => "darwin-x64",
        ("macos", "aarch64") => "darwin-arm64",
        _ => "unsupported",
    };
    root.join("tools")
        .join("search")
        .join("node_modules")
        .join("@pagefind")
        .join(platform)
        .join("bin")
        .join("pagefind_extended")
}

/// Pagefind as already installed, without installing it.
///
/// # Errors
/// If it is not installed.
pub fn installed(root: &Path) -> Result<PathBuf, String> {
    let binary = binary(root);
    if binary.exists() {
        Ok(binary)
    } else {
        Err("Pagefind is not installed: run `cargo xtask build` first".to_owned())
    }
}

/// Installs the locked npm packages when they are missing.
///
/// # Errors
/// If npm is missing or fails.
pub fn ensure(root: &Path) -> Result<PathBuf, String> {
    let binary = binary(root);
    if !binary.exists() {
        eprintln!(
            "xtask: installing Pagefind with npm into tools/search/node_modules (first run only)"
        );
        let dir = root.join("tools").join("search");
        let status = Command::new("npm")
            .args(["ci", "--no-audit", "--no-fund", "--loglevel=error"])
            .current_dir(&dir)
            .status()
            .map_err(|e| format!("could not start npm: {e}\nxtask: the search index needs Node.js and npm on PATH"))?;
        if !status.success() {
            return Err(format!("npm ci in {} failed ({status})", dir.display()));
        }
    }
    Ok(binary)
}

/// Writes the search index of a built edition into `<edition>/pagefind/`.
///
/// # Errors
/// If Pagefind cannot be started or fails.
pub fn index(pagefind: &Path, edition_dir: &Path) -> Result<(), String> {
    let status = index_command(pagefind, edition_dir)
        .status()
        .map_err(|e| format!("could not start Pagefind: {e}"))?;
    if status.success() {
        Ok(())
    } else {
        Err(format!(
            "Pagefind failed on {} ({status})",
            edition_dir.display()
        ))
    }
}

fn index_command(pagefind: &Path, edition_dir: &Path) -> Command {
    let mut command = Command::new(pagefind);
    command
        .arg("--site")
        .arg(edition_dir)
        // The chapters only: not the print page (every chapter again), not
        // the table of contents, not index.html (a copy of the preface).
        .args(["--glob", "{preface,glossary,ch*/*,appendix/*}.html"])
        // The page's text, not the menus around it, nor the code lines a
        // listing hides, nor KaTeX's MathML twin of every formula.
        .args(["--root-selector", "main"])
        .args(["--exclude-selectors", ".boring, .katex-mathml"])
        .arg("--quiet");
    command
}
