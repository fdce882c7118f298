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

/// Pagefind as already installed, without installing it.
#[cfg(test)]
pub fn installed() -> Result<PathBuf, String> {
    let binary = package_dir()
        .join("node_modules")
        .join(".bin")
        .join("pagefind");
    if binary.exists() {
        Ok(binary)
    } else {
        Err("Pagefind is not installed: run `cargo xtask build` first".to_owned())
    }
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

/// Pagefind at work on one built edition.
pub struct Indexing {
    dir: PathBuf,
    child: std::process::Child,
}

/// Starts indexing a built edition into `<edition>/pagefind/`.
pub fn spawn_index(pagefind: &Path, edition_dir: &Path) -> Result<Indexing, String> {
    let child = index_command(pagefind, edition_dir)
        .spawn()
        .map_err(|e| format!("could not start Pagefind: {e}"))?;
    Ok(Indexing {
        dir: edition_dir.to_path_buf(),
        child,
    })
}

impl Indexing {
    /// Waits for the index to be written.
    pub fn finish(mut self) -> Result<(), String> {
        let status = self.child.wait().map_err(|e| format!("Pagefind: {e}"))?;
        if status.success() {
            Ok(())
        } else {
            Err(format!(
                "Pagefind failed on {} ({status})",
                self.dir.display()
            ))
        }
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
