//! Puts a link at the top of every chapter to the same chapter in the other
//! edition. The Korean and English editions are built side by side into
//! `book/ko/` and `book/en/` from `src/ko/` and `src/en/`, with identical page
//! paths, so the link is the chapter's own path one level further up.

use std::path::Path;

use mdbook_preprocessor::book::{Book, BookItem};
use mdbook_preprocessor::errors::Result;
use mdbook_preprocessor::{Preprocessor, PreprocessorContext};

/// One of the book's two editions.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Edition {
    /// 한국어, the default edition, built into `book/ko/`.
    Korean,
    /// English, built into `book/en/`.
    English,
}

impl Edition {
    /// The edition for a `book.language` value; anything but `en` is Korean,
    /// the default.
    ///
    /// ```
    /// use mdbook_edition_switch::Edition;
    ///
    /// assert_eq!(Edition::from_language(Some("en")), Edition::English);
    /// assert_eq!(Edition::from_language(None), Edition::Korean);
    /// ```
    pub fn from_language(language: Option<&str>) -> Edition {
        match language {
            Some("en") => Edition::English,
            _ => Edition::Korean,
        }
    }

    /// The language code, which is also the edition's folder under `book/`.
    ///
    /// ```
    /// assert_eq!(mdbook_edition_switch::Edition::Korean.code(), "ko");
    /// ```
    pub fn code(self) -> &'static str {
        match self {
            Edition::Korean => "ko",
            Edition::English => "en",
        }
    }

    /// The other edition.
    ///
    /// ```
    /// use mdbook_edition_switch::Edition;
    ///
    /// assert_eq!(Edition::Korean.other(), Edition::English);
    /// ```
    pub fn other(self) -> Edition {
        match self {
            Edition::Korean => Edition::English,
            Edition::English => Edition::Korean,
        }
    }

    /// The link text, written in the language it leads to.
    ///
    /// ```
    /// assert_eq!(mdbook_edition_switch::Edition::Korean.name(), "한국어");
    /// ```
    pub fn name(self) -> &'static str {
        match self {
            Edition::Korean => "한국어",
            Edition::English => "English",
        }
    }
}

/// The relative URL, from the page built for `chapter_path`, of the same page
/// in the `target` edition.
///
/// ```
/// use mdbook_edition_switch::{Edition, switch_href};
/// use std::path::Path;
///
/// assert_eq!(switch_href(Path::new("preface.md"), Edition::English), "../en/preface.html");
/// assert_eq!(
///     switch_href(Path::new("ch02/sigmoid.md"), Edition::Korean),
///     "../../ko/ch02/sigmoid.html"
/// );
/// ```
pub fn switch_href(chapter_path: &Path, target: Edition) -> String {
    let depth = chapter_path.components().count();
    let page = chapter_path.with_extension("html");
    let page = page
        .components()
        .map(|c| c.as_os_str().to_string_lossy())
        .collect::<Vec<_>>()
        .join("/");
    format!("{}{}/{}", "../".repeat(depth), target.code(), page)
}

/// The HTML block put at the top of a chapter.
///
/// ```
/// use mdbook_edition_switch::{Edition, switch_block};
/// use std::path::Path;
///
/// let html = switch_block(Path::new("preface.md"), Edition::Korean);
/// assert!(html.contains(r#"href="../en/preface.html""#));
/// assert!(html.contains(r#"hreflang="en""#));
/// ```
pub fn switch_block(chapter_path: &Path, current: Edition) -> String {
    let target = current.other();
    format!(
        "<nav class=\"edition-switch\" aria-label=\"{label}\" data-pagefind-ignore=\"all\"><a href=\"{href}\" hreflang=\"{code}\" lang=\"{code}\" rel=\"alternate\">{name}</a></nav>\n\n",
        label = match current {
            Edition::Korean => "다른 언어",
            Edition::English => "Other language",
        },
        href = switch_href(chapter_path, target),
        code = target.code(),
        name = target.name(),
    )
}

/// The preprocessor itself.
pub struct EditionSwitch;

impl Preprocessor for EditionSwitch {
    fn name(&self) -> &str {
        "edition-switch"
    }

    fn run(&self, ctx: &PreprocessorContext, mut book: Book) -> Result<Book> {
        let current = Edition::from_language(ctx.config.book.language.as_deref());
        book.for_each_mut(|item| {
            if let BookItem::Chapter(chapter) = item
                && let Some(path) = &chapter.path
            {
                chapter.content = format!("{}{}", switch_block(path, current), chapter.content);
            }
        });
        Ok(book)
    }

    fn supports_renderer(&self, renderer: &str) -> Result<bool> {
        Ok(renderer == "html")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn nested_pages_climb_out_of_their_folder_and_the_edition() {
        let href = switch_href(Path::new("ch02/part/page.md"), Edition::English);
        assert_eq!(href, "../../../en/ch02/part/page.html");
    }

    #[test]
    fn the_link_says_where_it_goes_in_that_language() {
        let html = switch_block(Path::new("a.md"), Edition::English);
        assert!(html.contains(">한국어</a>"));
        assert!(html.contains(r#"href="../ko/a.html""#));
        assert!(
            html.ends_with("\n\n"),
            "the block must end before the chapter's markdown"
        );
    }
}
