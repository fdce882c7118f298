//! What the README's plain-mdBook commands need, put where it says:
//!
//! - `target/tools/bin/`: `mdbook` and the book's preprocessors under the
//!   names `book.toml` gives them, each a link to this program, which runs
//!   as the one it is called by ([`crate::PROGRAMS`]). They are the
//!   workspace's own build of mdBook's library and of the preprocessors, so
//!   nothing is compiled twice for plain mdBook.
//! - `target/mdbook-test/libraries/`: exactly one build of every listing
//!   crate and of each of their dependencies, for `mdbook test -L`. rustdoc
//!   gets only `-L` from mdBook (the book's blocks say `extern crate` in a
//!   hidden line), and a folder with two builds of a crate, as
//!   `target/debug/deps` often is, makes it fail with E0464. So the libraries
//!   the chapter crates were built with (the listings among them) are copied
//!   into a fresh folder.

use std::path::{Path, PathBuf};

use crate::root;

/// The folder the README puts first on `PATH`.
pub fn bin() -> PathBuf {
    root().join("target").join("tools").join("bin")
}

/// The folder the README hands `mdbook test -L`.
pub fn libraries() -> PathBuf {
    root().join("target").join("mdbook-test").join("libraries")
}

/// Links this program under every name it answers to, and gathers the
/// listings' libraries.
pub fn install() -> Result<(), String> {
    eprintln!(
        "xtask: installing mdbook and the preprocessors in target/tools/bin, building the chapters"
    );
    let me = std::env::current_exe().map_err(|e| format!("xtask's own path: {e}"))?;
    let bin = bin();
    let _ = std::fs::remove_dir_all(&bin);
    std::fs::create_dir_all(&bin).map_err(|e| format!("{}: {e}", bin.display()))?;
    for (name, _) in crate::PROGRAMS {
        let link = bin.join(name);
        std::os::unix::fs::symlink(&me, &link).map_err(|e| format!("{}: {e}", link.display()))?;
    }
    let chapters = mdbook_plot::figures::build_chapters(&root(), None)?;
    copy_into(&chapters.libraries, &libraries())
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
