//! The search index: Pagefind, run over each built edition.
//!
//! mdBook's own search drops every non-ASCII character from its index
//! (mdBook issue 1081), so the Korean edition could not be searched at all.
//! Pagefind indexes Hangul, finds words with particles attached, and writes
//! a static index next to the pages, loaded by `theme/js/search.js`.

use std::path::{Path, PathBuf};
use std::process::Command;

use crate::{root, run};

/// The npm package that brings Pagefind (its binary ships inside the
/// package for each platform, so nothing is downloaded at run time).
fn package_dir() -> PathBuf {
    root().join("tools").join("search")
}

/// Installs the locked npm packages when they are missing.
pub fn ensure() -> Result<PathBuf, String> {
    let dir = package_dir();
    let binary = dir.join("node_modules").join(".bin").join("pagefind");
    if !binary.exists() {
        eprintln!(
            "xtask: installing Pagefind with npm into tools/search/node_modules (first run only)"
        );
        run(Command::new("npm")
            .args(["ci", "--no-audit", "--no-fund", "--loglevel=error"])
            .current_dir(&dir))
        .map_err(|e| format!("{e}\nxtask: the search index needs Node.js and npm on PATH"))?;
    }
    Ok(binary)
}

/// Indexes one built edition into `<edition>/pagefind/`.
pub fn index(pagefind: &Path, edition_dir: &Path) -> Result<(), String> {
    run(Command::new(pagefind)
        .arg("--site")
        .arg(edition_dir)
        // The chapters only: not the print page (every chapter again), not
        // the table of contents, not index.html (a copy of the preface).
        .args(["--glob", "{preface,glossary,ch*/*}.html"])
        // The page's text, not the menus around it, nor the code lines a
        // listing hides, nor KaTeX's MathML twin of every formula.
        .args(["--root-selector", "main"])
        .args(["--exclude-selectors", ".boring, .katex-mathml"])
        .arg("--quiet"))
}
