//! Puts a list of links at the top of every chapter to the same chapter in
//! the book's other editions. The editions come from `book.toml`
//! ([`book_editions`]); each is built into `book/<code>/` from
//! `src/<code>/` with identical page paths, so a twin's address is the
//! chapter's own path one folder further up.

use std::path::Path;

use book_editions::{Edition, current};
use mdbook_preprocessor::book::{Book, BookItem};
use mdbook_preprocessor::errors::Result;
use mdbook_preprocessor::{Preprocessor, PreprocessorContext};

/// The relative URL, from the page built for `chapter_path`, of the same page
/// in the edition with code `target`.
///
/// ```
/// use mdbook_editions::twin_href;
/// use std::path::Path;
///
/// assert_eq!(twin_href(Path::new("preface.md"), "en"), "../en/preface.html");
/// assert_eq!(twin_href(Path::new("ch02/sigmoid.md"), "ko"), "../../ko/ch02/sigmoid.html");
/// ```
pub fn twin_href(chapter_path: &Path, target: &str) -> String {
    let depth = chapter_path.components().count();
    let page = chapter_path.with_extension("html");
    let page = page
        .components()
        .map(|c| c.as_os_str().to_string_lossy())
        .collect::<Vec<_>>()
        .join("/");
    format!("{}{target}/{page}", "../".repeat(depth))
}

/// The HTML put at the top of a chapter of edition `current`: a link to
/// the chapter in every other edition, each written in its own language,
/// and the current edition's search label for the search script.
///
/// ```
/// use mdbook_editions::switch_block;
/// use std::path::Path;
///
/// let toml = std::fs::read_to_string(
///     Path::new(env!("CARGO_MANIFEST_DIR")).join("../../book.toml"),
/// ).unwrap();
/// let editions = book_editions::parse(&toml).unwrap();
/// let html = switch_block(Path::new("preface.md"), &editions, &editions[0]);
/// assert!(html.contains(&format!("href=\"../{}/preface.html\"", editions[1].code)));
/// assert!(!html.contains(&format!("href=\"../{}/preface.html\"", editions[0].code)));
/// ```
pub fn switch_block(chapter_path: &Path, editions: &[Edition], current: &Edition) -> String {
    let links: Vec<String> = editions
        .iter()
        .filter(|e| e.code != current.code)
        .map(|e| {
            format!(
                "<a href=\"{href}\" hreflang=\"{code}\" lang=\"{code}\" rel=\"alternate\">{name}</a>",
                href = twin_href(chapter_path, &e.code),
                code = e.code,
                name = html_escape::encode_text(&e.name),
            )
        })
        .collect();
    format!(
        "<nav class=\"edition-switch\" aria-label=\"{label}\" data-search-label=\"{search}\" data-pagefind-ignore=\"all\">{links}</nav>\n\n",
        label = html_escape::encode_double_quoted_attribute(&current.labels.other_editions),
        search = html_escape::encode_double_quoted_attribute(&current.labels.search),
        links = links.join(" · "),
    )
}

/// The preprocessor itself.
pub struct Editions;

impl Preprocessor for Editions {
    fn name(&self) -> &str {
        "editions"
    }

    fn run(&self, ctx: &PreprocessorContext, mut book: Book) -> Result<Book> {
        let editions = preprocessor_cli::editions(ctx)?;
        let this = current(&editions, ctx.config.book.language.as_deref());
        book.for_each_mut(|item| {
            if let BookItem::Chapter(chapter) = item
                && let Some(path) = &chapter.path
            {
                chapter.content =
                    format!("{}{}", switch_block(path, &editions, this), chapter.content);
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
    use book_editions::Labels;

    fn edition(code: &str, name: &str) -> Edition {
        Edition {
            code: code.into(),
            name: name.into(),
            title: String::new(),
            description: String::new(),
            labels: Labels {
                other_editions: format!("{code}: others"),
                search: format!("{code}: search"),
                ..Labels::default()
            },
            fallback: false,
        }
    }

    #[test]
    fn nested_pages_climb_out_of_their_folder_and_the_edition() {
        assert_eq!(
            twin_href(Path::new("ch02/part/page.md"), "en"),
            "../../../en/ch02/part/page.html"
        );
    }

    #[test]
    fn three_editions_link_to_the_two_others_in_their_own_names() {
        let editions = [
            edition("ko", "한국어"),
            edition("en", "English"),
            edition("ja", "日本語"),
        ];
        let html = switch_block(Path::new("a.md"), &editions, &editions[1]);
        assert!(
            html.contains(
                r#"href="../ko/a.html" hreflang="ko" lang="ko" rel="alternate">한국어</a>"#
            )
        );
        assert!(
            html.contains(
                r#"href="../ja/a.html" hreflang="ja" lang="ja" rel="alternate">日本語</a>"#
            )
        );
        assert!(!html.contains("../en/"));
        assert!(html.contains(r#"aria-label="en: others""#));
        assert!(html.contains(r#"data-search-label="en: search""#));
        assert!(
            html.ends_with("\n\n"),
            "the block must end before the chapter's markdown"
        );
    }
}
