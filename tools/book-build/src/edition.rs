//! One edition through mdBook's own library, in this process: `book.toml`
//! with the edition's source folder, language, title and description, and
//! the book's preprocessors registered in place of the commands `book.toml`
//! names for them (those stay, for plain `mdbook build`).

use std::path::Path;

use book_editions::Edition;
use mdbook_driver::MDBook;
use mdbook_driver::config::Config;

use crate::warnings::collecting;

/// The book's preprocessors as this process runs them. Each keeps what it
/// made, so that a rebuild redoes only what changed.
#[derive(Clone)]
pub(crate) struct Preprocessors {
    pub(crate) math: mdbook_math::Math,
    pub(crate) figures: std::sync::Arc<mdbook_plot::figures::Figures>,
}

/// Builds `edition` of the book at `sources` into `out`.
///
/// # Errors
/// If mdBook fails or logs a warning or an error: it carries on after, say,
/// an include it cannot read; the book's build does not.
pub(crate) fn build(
    sources: &Path,
    edition: &Edition,
    out: &Path,
    preprocessors: &Preprocessors,
) -> Result<(), String> {
    let (result, warnings) = collecting(|| -> Result<(), String> {
        let mut config = Config::from_disk(sources.join("book.toml"))
            .map_err(|e| format!("book.toml: {e:#}"))?;
        config.book.src = Path::new("src").join(&edition.code);
        config.book.language = Some(edition.code.clone());
        config.book.title = Some(edition.title.clone());
        config.book.description = Some(edition.description.clone());
        config.build.build_dir = out.to_path_buf();
        let mut book = MDBook::load_with_config(sources, config)
            .map_err(|e| format!("loading the {} edition: {e:#}", edition.code))?;
        // Registered under the names of their `[preprocessor.…]` tables,
        // each takes the place (and the order) of the command declared there.
        book.with_preprocessor(mdbook_plot::Plot::with_figures(
            preprocessors.figures.clone(),
        ))
        .with_preprocessor(mdbook_asides::Asides)
        .with_preprocessor(mdbook_editions::Editions)
        .with_preprocessor(preprocessors.math.clone());
        book.build()
            .map_err(|e| format!("building the {} edition: {e:#}", edition.code))
    });
    result?;
    if warnings.is_empty() {
        Ok(())
    } else {
        Err(format!(
            "building the {} edition logged:\n  {}",
            edition.code,
            warnings.join("\n  ")
        ))
    }
}
