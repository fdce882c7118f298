//! One edition through mdBook's own library, in this process: `book.toml`
//! with the edition's source folder, language, title and description, and
//! the book's preprocessors registered in place of the commands `book.toml`
//! names for them (those stay, for plain `mdbook build`).

use std::path::Path;

use book_editions::Edition;
use mdbook_driver::MDBook;
use mdbook_driver::config::Config;
use mdbook_preprocessor::Preprocessor;

use crate::after_code;
use crate::not_found;
use crate::warnings::collecting;

/// The book's preprocessors as this process runs them. Each keeps what it
/// made, so that a rebuild redoes only what changed.
#[derive(Clone)]
pub(crate) struct Preprocessors {
    pub(crate) math: mdbook_math::Math,
    pub(crate) plot: mdbook_plot::Plot,
}

impl Preprocessors {
    /// Each of the book's preprocessors, to run in this process.
    fn all(&self) -> Vec<Box<dyn Preprocessor>> {
        vec![
            Box::new(mdbook_asides::Asides),
            Box::new(mdbook_listings::doctests::Doctests),
            Box::new(mdbook_editions::Editions),
            Box::new(mdbook_listings::Listings),
            Box::new(self.math.clone()),
            Box::new(self.plot.clone()),
        ]
    }
}

/// A preprocessor chosen at run time, as mdBook registers one.
struct Boxed(Box<dyn Preprocessor>);

impl Preprocessor for Boxed {
    fn name(&self) -> &str {
        self.0.name()
    }

    fn run(
        &self,
        ctx: &mdbook_preprocessor::PreprocessorContext,
        book: mdbook_preprocessor::book::Book,
    ) -> mdbook_preprocessor::errors::Result<mdbook_preprocessor::book::Book> {
        self.0.run(ctx, book)
    }

    fn supports_renderer(&self, renderer: &str) -> mdbook_preprocessor::errors::Result<bool> {
        self.0.supports_renderer(renderer)
    }
}

/// The names of the `[preprocessor.…]` tables in a `book.toml`.
fn declared(book_toml: &str) -> Result<Vec<String>, String> {
    let table: toml::Table = toml::from_str(book_toml).map_err(|e| format!("book.toml: {e}"))?;
    let mut names: Vec<String> = table
        .get("preprocessor")
        .and_then(|p| p.as_table())
        .map(|p| p.keys().cloned().collect())
        .unwrap_or_default();
    names.sort();
    Ok(names)
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
        // each takes the place (and the order) of the command declared
        // there; a table with no preprocessor here would run its command.
        let book_toml = std::fs::read_to_string(sources.join("book.toml"))
            .map_err(|e| format!("book.toml: {e}"))?;
        let mut names = Vec::new();
        for preprocessor in preprocessors.all() {
            names.push(preprocessor.name().to_owned());
            book.with_preprocessor(Boxed(preprocessor));
        }
        names.sort();
        let declared = declared(&book_toml)?;
        if names != declared {
            return Err(format!(
                "book.toml declares the preprocessors {declared:?}, the build runs {names:?}"
            ));
        }
        book.build()
            .map_err(|e| format!("building the {} edition: {e:#}", edition.code))
    });
    result?;
    let not_found = out.join("404.html");
    let page =
        std::fs::read_to_string(&not_found).map_err(|e| format!("{}: {e}", not_found.display()))?;
    std::fs::write(&not_found, not_found::locate_itself(&page, &edition.code)?)
        .map_err(|e| format!("{}: {e}", not_found.display()))?;
    after_code::join_in_pages(out)?;
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_declared_preprocessors_are_read_from_book_toml() {
        let toml =
            "[book]\n[preprocessor.plot]\ncommand = \"x\"\n[preprocessor.katex]\n[output.html]\n";
        assert_eq!(declared(toml).unwrap(), ["katex", "plot"]);
    }
}
