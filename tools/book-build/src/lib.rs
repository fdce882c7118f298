//! Building the book: every edition `book.toml` defines, each into
//! `<out>/<code>/`, through mdBook's own library in this process with the
//! book's preprocessors registered in it (figures, formulas, asides, links
//! between editions); then each edition's search index and the listings'
//! downloads, and at the top `index.html` (the front door that picks an
//! edition) and `editions.json` (the list, for the browser).
//!
//! `book.toml` still names each preprocessor's command, so that plain
//! `mdbook build` builds the first edition the same way.

mod after_code;
mod downloads;
mod edition;
mod fingerprint;
mod front_door;
mod not_found;
pub mod search;
mod snapshot;
mod warnings;

use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};

pub use fingerprint::{FINGERPRINT_FILE, fingerprint};
pub use snapshot::{Snapshot, compare, snapshot};

/// What a rebuild may carry over from the build before it: every edition
/// whose own sources (`src/<code>/`) did not change. Nothing on an
/// edition's pages depends on another edition's sources (its links to its
/// twins follow from page paths alone), so carrying it over gives the same
/// bytes as building it again.
pub struct Reuse<'a> {
    /// The previous build's folder.
    pub previous: &'a Path,
    /// The codes of the editions whose sources changed.
    pub changed: &'a [String],
}

/// Builds books. It keeps what its preprocessors made (each formula is
/// rendered once; the chapters' figures are computed once per book until
/// [`Builder::forget_figures`]), so `cargo xtask serve` keeps one for all
/// its rebuilds, and a check that two builds agree uses two.
pub struct Builder {
    math: mdbook_math::Math,
    plot: Mutex<Option<mdbook_plot::Plot>>,
    figures_from: PathBuf,
    target: PathBuf,
    pagefind: PathBuf,
    archives: PathBuf,
}

impl Builder {
    /// A builder for the repository at `root`, installing Pagefind there
    /// first if it is missing.
    ///
    /// # Errors
    /// If Pagefind cannot be installed.
    pub fn new(root: &Path) -> Result<Builder, String> {
        Ok(Builder::with_pagefind(root, search::ensure(root)?))
    }

    /// A builder that keeps nothing from earlier builds, not even the
    /// packed downloads: for checking that building twice gives the same
    /// bytes. Its downloads go to `archives`.
    ///
    /// # Errors
    /// If Pagefind cannot be installed.
    pub fn from_scratch(root: &Path, archives: &Path) -> Result<Builder, String> {
        Ok(Builder {
            archives: archives.to_path_buf(),
            ..Builder::new(root)?
        })
    }

    /// A builder for the repository at `root`, which must have Pagefind
    /// installed already: for tests, which install nothing.
    ///
    /// # Errors
    /// If Pagefind is not installed.
    pub fn installed(root: &Path) -> Result<Builder, String> {
        Ok(Builder::with_pagefind(root, search::installed(root)?))
    }

    fn with_pagefind(root: &Path, pagefind: PathBuf) -> Builder {
        Builder {
            math: mdbook_math::Math::default(),
            plot: Mutex::new(None),
            figures_from: root.to_path_buf(),
            target: root.join("target"),
            pagefind,
            archives: root.join("target").join("listing-archives"),
        }
    }

    /// The same builder, with the figures computed by the chapter crates of
    /// the book at `sources` (built in this repository's `target/`) rather
    /// than of the repository's own: for a copy of the book whose chapters
    /// differ.
    pub fn figures_from(self, sources: &Path) -> Builder {
        Builder {
            figures_from: sources.to_path_buf(),
            ..self
        }
    }

    /// Makes the next build compute the chapters' figures again: for when a
    /// listing or a chapter's crate changed.
    pub fn forget_figures(&self) {
        *self.plot.lock().unwrap_or_else(|e| e.into_inner()) = None;
    }

    /// The plot preprocessor with the chapters' figures, computed by their
    /// crates the first time it is asked for.
    fn plot(&self) -> Result<mdbook_plot::Plot, String> {
        let mut known = self.plot.lock().unwrap_or_else(|e| e.into_inner());
        if let Some(plot) = known.as_ref() {
            return Ok(plot.clone());
        }
        let figures =
            mdbook_plot::figures::load_building_in(&self.figures_from, Some(&self.target))?;
        let plot = mdbook_plot::Plot::with_figures(Arc::new(figures));
        *known = Some(plot.clone());
        Ok(plot)
    }

    /// Builds every edition of the book at `sources` into `out`.
    ///
    /// # Errors
    /// Naming what failed: an edition's build, its search index, a download.
    pub fn build(&self, sources: &Path, out: &Path) -> Result<(), String> {
        self.build_reusing(sources, out, None)
    }

    /// Builds the book at `sources` into `out`, building afresh only what
    /// `reuse` does not allow to carry over.
    ///
    /// # Errors
    /// As [`Builder::build`].
    pub fn build_reusing(
        &self,
        sources: &Path,
        out: &Path,
        reuse: Option<Reuse>,
    ) -> Result<(), String> {
        let fresh = self.build_pages(sources, out, reuse)?;
        self.index(out, &fresh)?;
        write(&out.join(FINGERPRINT_FILE), &fingerprint(sources)?)
    }

    /// Writes the search index of each edition in `codes` of the book built
    /// in `out`, one edition per thread.
    ///
    /// # Errors
    /// If Pagefind fails.
    pub fn index(&self, out: &Path, codes: &[String]) -> Result<(), String> {
        let problems: Vec<String> = std::thread::scope(|scope| {
            let runs: Vec<_> = codes
                .iter()
                .map(|code| scope.spawn(move || search::index(&self.pagefind, &out.join(code))))
                .collect();
            runs.into_iter()
                .filter_map(|run| {
                    run.join()
                        .unwrap_or_else(|_| Err("Pagefind panicked".into()))
                        .err()
                })
                .collect()
        });
        if problems.is_empty() {
            Ok(())
        } else {
            Err(problems.join("\n"))
        }
    }

    /// [`Builder::build_reusing`] without the search index: every page,
    /// the downloads and the front door. Returns the codes of the editions
    /// it built afresh (the ones to index); the others were carried over,
    /// their search index with them.
    ///
    /// # Errors
    /// As [`Builder::build`].
    pub fn build_pages(
        &self,
        sources: &Path,
        out: &Path,
        reuse: Option<Reuse>,
    ) -> Result<Vec<String>, String> {
        let editions = book_editions::read(sources).map_err(|e| e.to_string())?;
        let mut fresh = Vec::new();
        for edition in &editions {
            let carried = reuse.as_ref().and_then(|r| {
                let previous = r.previous.join(&edition.code);
                (!r.changed.contains(&edition.code) && previous.is_dir()).then_some(previous)
            });
            match carried {
                Some(previous) => link_tree(&previous, &out.join(&edition.code))?,
                None => fresh.push(edition),
            }
        }
        let preprocessors = edition::Preprocessors {
            math: self.math.clone(),
            plot: self.plot()?,
        };
        // Each edition on its own thread.
        let problems: Vec<String> = std::thread::scope(|scope| {
            let builds: Vec<_> = fresh
                .iter()
                .map(|edition| {
                    let preprocessors = &preprocessors;
                    scope.spawn(move || -> Result<(), String> {
                        edition::build(sources, edition, &out.join(&edition.code), preprocessors)
                    })
                })
                .collect();
            builds
                .into_iter()
                .filter_map(|build| {
                    build
                        .join()
                        .unwrap_or_else(|_| Err("a build panicked".into()))
                        .err()
                })
                .collect()
        });
        if !problems.is_empty() {
            return Err(problems.join("\n"));
        }
        let fresh_dirs: Vec<PathBuf> = fresh.iter().map(|e| out.join(&e.code)).collect();
        downloads::write(sources, &self.archives, &fresh_dirs)?;
        write(&out.join("index.html"), &front_door::front_door(&editions))?;
        write(
            &out.join("editions.json"),
            &book_editions::to_json(&editions),
        )?;
        Ok(fresh.iter().map(|e| e.code.clone()).collect())
    }
}

/// `to` as a copy of `from` made of hard links (a real copy where the file
/// system cannot link): instant, and safe because no build writes into a
/// file it did not create.
fn link_tree(from: &Path, to: &Path) -> Result<(), String> {
    std::fs::create_dir_all(to).map_err(|e| format!("{}: {e}", to.display()))?;
    for entry in std::fs::read_dir(from).map_err(|e| format!("{}: {e}", from.display()))? {
        let entry = entry.map_err(|e| format!("{}: {e}", from.display()))?;
        let (source, target) = (entry.path(), to.join(entry.file_name()));
        if source.is_dir() {
            link_tree(&source, &target)?;
        } else if std::fs::hard_link(&source, &target).is_err() {
            std::fs::copy(&source, &target).map_err(|e| format!("{}: {e}", source.display()))?;
        }
    }
    Ok(())
}

fn write(path: &Path, text: &str) -> Result<(), String> {
    std::fs::write(path, text).map_err(|e| format!("could not write {}: {e}", path.display()))
}
