//! The book's asides. A page writes a blockquote that starts with a kind,
//!
//! ```text
//! > [!RUST]
//! > `check_lengths` panics instead of broadcasting.
//! ```
//!
//! and this preprocessor turns it into a labelled box, the label in the
//! edition's language from `book.toml` (`labels.rust-note = "러스트 노트"`).
//! The kinds: `NOTE` (an aside), `ERRATUM` (where the original post is wrong
//! or loose), `RUST` (a remark about Rust rather than deep learning) and
//! `ANSWER` (the section's answer, as a reader could say it out loud).
//!
//! mdBook renders `> [!NOTE]` itself, but with an English title on every
//! edition; here every kind is the book's own, so that each looks the same
//! everywhere and speaks the page's language. The box's body stays Markdown,
//! separated from the HTML around it by blank lines, so mdBook renders it
//! (formulas, code and links included).
//!
//! The errata live where they are discussed, and nowhere else: a page that
//! writes `{{#errata}}` gets every `[!ERRATUM]` of the book in its place, in
//! reading order, each under a link to the section it comes from.

use book_editions::{Labels, current};
use mdbook_preprocessor::book::{Book, BookItem};
use mdbook_preprocessor::errors::{Error, Result};
use mdbook_preprocessor::{Preprocessor, PreprocessorContext};
use pulldown_cmark::{Event, Options, Parser, Tag, TagEnd};
use std::collections::HashSet;
use std::path::{Component, Path};

/// The directive a page writes where the book's errata go.
pub const ERRATA_DIRECTIVE: &str = "{{#errata}}";

/// The kinds of aside, and the class each box gets.
const KINDS: [(&str, &str); 4] = [
    ("NOTE", "aside-note"),
    ("ERRATUM", "aside-erratum"),
    ("RUST", "aside-rust"),
    ("ANSWER", "aside-answer"),
];

fn label<'a>(labels: &'a Labels, kind: &str) -> &'a str {
    match kind {
        "NOTE" => &labels.note,
        "ERRATUM" => &labels.erratum,
        "RUST" => &labels.rust_note,
        _ => &labels.answer,
    }
}

/// The byte ranges of the page's top-level blockquotes.
fn blockquotes(page: &str) -> Vec<std::ops::Range<usize>> {
    let mut found = Vec::new();
    let mut depth = 0;
    let mut start = 0;
    let options = Options::ENABLE_TABLES | Options::ENABLE_FOOTNOTES | Options::ENABLE_GFM;
    for (event, range) in Parser::new_ext(page, options).into_offset_iter() {
        match event {
            Event::Start(Tag::BlockQuote(_)) => {
                if depth == 0 {
                    start = range.start;
                }
                depth += 1;
            }
            Event::End(TagEnd::BlockQuote(_)) => {
                depth -= 1;
                if depth == 0 {
                    found.push(start..range.end);
                }
            }
            _ => {}
        }
    }
    found
}

/// A blockquote's lines without their `>` markers.
fn unquote(quote: &str) -> Vec<&str> {
    quote
        .lines()
        .map(|line| {
            let line = line.trim_start();
            let line = line.strip_prefix('>').unwrap_or(line);
            line.strip_prefix(' ').unwrap_or(line)
        })
        .collect()
}

/// One `> [!KIND]` blockquote of a page.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Aside {
    /// What is between `[!` and `]`: `NOTE`, `ERRATUM`, `RUST`, `ANSWER`
    /// (or a kind the book does not have, which [`expand`] refuses).
    pub kind: String,
    /// The Markdown inside, `>` markers removed.
    pub body: String,
    /// Where the blockquote is in the page.
    pub range: std::ops::Range<usize>,
}

/// Every aside of a page (a top-level blockquote whose first line is
/// `[!KIND]`), in order.
///
/// ```
/// let page = "Text.\n\n> [!NOTE]\n> A *note*.\n\n> Just a quote.\n";
/// let found = mdbook_asides::asides(page);
/// assert_eq!(found.len(), 1);
/// assert_eq!((found[0].kind.as_str(), found[0].body.as_str()), ("NOTE", "A *note*."));
/// ```
pub fn asides(page: &str) -> Vec<Aside> {
    blockquotes(page)
        .into_iter()
        .filter_map(|range| {
            let lines = unquote(&page[range.clone()]);
            let kind = lines
                .first()
                .and_then(|l| l.trim().strip_prefix("[!"))
                .and_then(|l| l.strip_suffix(']'))?
                .to_owned();
            Some(Aside {
                kind,
                body: lines[1..].join("\n"),
                range,
            })
        })
        .collect()
}

/// The page with every `> [!KIND]` blockquote turned into a labelled box.
///
/// # Errors
/// If a blockquote names a kind the book does not have.
///
/// ```
/// use book_editions::Labels;
///
/// let labels = Labels {
///     other_editions: String::new(),
///     search: String::new(),
///     note: "참고".into(),
///     erratum: "원래 글에서는".into(),
///     rust_note: "러스트 노트".into(),
///     answer: "누가 물어보면".into(),
///     listing: "예제".into(),
///     figure: "그림".into(),
/// };
/// let page = "Text.\n\n> [!RUST]\n> A `Result`, not a panic.\n\nMore.\n";
/// let html = mdbook_asides::expand(page, &labels).unwrap();
/// assert!(html.contains(r#"<div class="aside aside-rust" role="note">"#));
/// assert!(html.contains("<p class=\"aside-title\">러스트 노트</p>\n\nA `Result`, not a panic.\n\n</div>"));
/// assert!(html.starts_with("Text.") && html.ends_with("More.\n"));
/// ```
pub fn expand(page: &str, labels: &Labels) -> std::result::Result<String, String> {
    let mut out = String::with_capacity(page.len());
    let mut done = 0;
    for Aside { kind, body, range } in asides(page) {
        let Some((_, class)) = KINDS.iter().find(|(k, _)| *k == kind) else {
            return Err(format!(
                "unknown aside `[!{kind}]`; the kinds are {}",
                KINDS.map(|(k, _)| k).join(", ")
            ));
        };
        let kind = kind.as_str();
        out.push_str(&page[done..range.start]);
        out.push_str(&format!(
            // The blockquote's range can swallow the blank line after it, and
            // an HTML block only ends at a blank line: without one, a heading
            // right after the box would be read as raw HTML.
            "<div class=\"aside {class}\" role=\"note\">\n<p class=\"aside-title\">{}</p>\n\n{}\n\n</div>\n\n",
            label(labels, kind),
            body.trim_end()
        ));
        done = range.end;
    }
    out.push_str(&page[done..]);
    Ok(out)
}

/// One `[!ERRATUM]` aside and the section it sits in.
#[derive(Debug, Clone, PartialEq)]
pub struct Erratum {
    /// The section's heading text.
    pub section: String,
    /// The heading's HTML id, as mdBook makes it.
    pub id: String,
    /// The aside's Markdown, without its `>` markers and kind line.
    pub body: String,
}

/// mdBook's id for a heading: lower case, letters, digits, `_` and `-`
/// kept, whitespace turned into `-`, everything else dropped.
///
/// ```
/// assert_eq!(mdbook_asides::heading_id("Linear and Non-linear"), "linear-and-non-linear");
/// assert_eq!(mdbook_asides::heading_id("시그모이드를 미분하면"), "시그모이드를-미분하면");
/// ```
pub fn heading_id(text: &str) -> String {
    text.trim()
        .to_lowercase()
        .chars()
        .filter_map(|c| match c {
            c if c.is_alphanumeric() || c == '_' || c == '-' => Some(c),
            c if c.is_whitespace() => Some('-'),
            _ => None,
        })
        .collect()
}

/// The page's headings, in order: where each starts, its text and its id
/// (made unique within the page the way mdBook does, with `-1`, `-2`, …).
fn headings(page: &str) -> Vec<(usize, String, String)> {
    let options = Options::ENABLE_TABLES | Options::ENABLE_FOOTNOTES | Options::ENABLE_GFM;
    let mut found = Vec::new();
    let mut used = HashSet::new();
    let mut current: Option<(usize, String)> = None;
    for (event, range) in Parser::new_ext(page, options).into_offset_iter() {
        match event {
            Event::Start(Tag::Heading { .. }) => current = Some((range.start, String::new())),
            Event::Text(text) | Event::Code(text) => {
                if let Some((_, heading)) = current.as_mut() {
                    heading.push_str(&text);
                }
            }
            Event::End(TagEnd::Heading(_)) => {
                if let Some((start, text)) = current.take() {
                    let base = heading_id(&text);
                    let id = (0..)
                        .map(|n| match n {
                            0 => base.clone(),
                            n => format!("{base}-{n}"),
                        })
                        .find(|id| used.insert(id.clone()))
                        .unwrap_or_default();
                    found.push((start, text.trim().to_string(), id));
                }
            }
            _ => {}
        }
    }
    found
}

/// Every `[!ERRATUM]` aside on the page, with the heading above it.
///
/// ```
/// let page = "# Softmax\n\n## Overflow\n\n> [!ERRATUM]\n> The post's softmax overflows.\n";
/// let errata = mdbook_asides::errata(page);
/// assert_eq!(errata[0].section, "Overflow");
/// assert_eq!(errata[0].id, "overflow");
/// assert_eq!(errata[0].body, "The post's softmax overflows.");
/// ```
pub fn errata(page: &str) -> Vec<Erratum> {
    let headings = headings(page);
    asides(page)
        .into_iter()
        .filter(|aside| aside.kind == "ERRATUM")
        .map(|aside| {
            let (_, section, id) = headings
                .iter()
                .rev()
                .find(|(start, _, _)| *start < aside.range.start)
                .cloned()
                .unwrap_or_default();
            Erratum {
                section,
                id,
                body: aside.body.trim().to_string(),
            }
        })
        .collect()
}

/// `to` as a link from a page at `from` (both relative to `src/`).
///
/// ```
/// use std::path::Path;
///
/// let link = mdbook_asides::relative_link(Path::new("appendix/errata.md"), Path::new("ch02/loss.md"));
/// assert_eq!(link, "../ch02/loss.md");
/// ```
pub fn relative_link(from: &Path, to: &Path) -> String {
    let depth = from.parent().map_or(0, |dir| {
        dir.components()
            .filter(|c| matches!(c, Component::Normal(_)))
            .count()
    });
    let to: Vec<String> = to
        .components()
        .map(|c| c.as_os_str().to_string_lossy().into_owned())
        .collect();
    "../".repeat(depth) + &to.join("/")
}

/// The Markdown that replaces [`ERRATA_DIRECTIVE`]: one entry per erratum,
/// headed by where the book discusses it, the erratum itself quoted as an
/// aside again so that it looks as it does in its chapter, and a link to
/// that section.
fn errata_list(from: &Path, found: &[(String, std::path::PathBuf, Erratum)]) -> String {
    found
        .iter()
        .map(|(page_title, path, erratum)| {
            let title = if erratum.section.is_empty() || erratum.section == *page_title {
                page_title.clone()
            } else {
                format!("{page_title}: {}", erratum.section)
            };
            let quoted: Vec<String> = erratum
                .body
                .lines()
                .map(|line| format!("> {line}").trim_end().to_string())
                .collect();
            // The heading is plain text: mdBook repeats headings in the
            // sidebar, where a link inside one would become an empty link.
            format!(
                "## {title}\n\n> [!ERRATUM]\n{}\n\n→ [{title}]({}#{})\n",
                quoted.join("\n"),
                relative_link(from, path),
                erratum.id,
            )
        })
        .collect::<Vec<_>>()
        .join("\n")
}

/// The preprocessor itself.
pub struct Asides;

impl Preprocessor for Asides {
    fn name(&self) -> &str {
        "asides"
    }

    fn run(&self, ctx: &PreprocessorContext, mut book: Book) -> Result<Book> {
        let editions = preprocessor_cli::editions(ctx)?;
        let labels = current(&editions, ctx.config.book.language.as_deref())
            .labels
            .clone();
        let mut found = Vec::new();
        for item in book.iter() {
            if let BookItem::Chapter(chapter) = item
                && let Some(path) = &chapter.path
            {
                found.extend(
                    errata(&chapter.content)
                        .into_iter()
                        .map(|e| (chapter.name.clone(), path.clone(), e)),
                );
            }
        }
        let mut result = Ok(());
        book.for_each_mut(|item| {
            if let BookItem::Chapter(chapter) = item
                && result.is_ok()
            {
                if let Some(path) = &chapter.path
                    && chapter.content.contains(ERRATA_DIRECTIVE)
                {
                    chapter.content = chapter
                        .content
                        .replace(ERRATA_DIRECTIVE, &errata_list(path, &found));
                }
                match expand(&chapter.content, &labels) {
                    Ok(content) => chapter.content = content,
                    Err(e) => {
                        let page = chapter.path.as_ref().map(|p| p.display().to_string());
                        result = Err(Error::msg(format!("{}: {e}", page.unwrap_or_default())));
                    }
                }
            }
        });
        result.map(|()| book)
    }

    fn supports_renderer(&self, renderer: &str) -> Result<bool> {
        Ok(renderer == "html")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn labels() -> Labels {
        Labels {
            other_editions: "others".into(),
            search: "search".into(),
            note: "Note".into(),
            erratum: "The original post".into(),
            rust_note: "Rust note".into(),
            answer: "If someone asks".into(),
            listing: "Listing".into(),
            figure: "Figure".into(),
        }
    }

    #[test]
    fn every_kind_gets_its_class_and_label() {
        let page = "> [!NOTE]\n> a\n\n> [!ERRATUM]\n> b\n\n> [!ANSWER]\n> c\n";
        let html = expand(page, &labels()).unwrap();
        assert!(html.contains(
            "aside-note\" role=\"note\">\n<p class=\"aside-title\">Note</p>\n\na\n\n</div>"
        ));
        assert!(html.contains("aside-erratum"));
        assert!(html.contains("<p class=\"aside-title\">If someone asks</p>\n\nc\n\n</div>"));
    }

    #[test]
    fn formulas_lists_and_code_in_the_body_stay_markdown() {
        let page = "> [!ANSWER]\n> $\\sigma(x)$ is:\n>\n> - smooth\n> - `f64`\n";
        let html = expand(page, &labels()).unwrap();
        assert!(
            html.contains("$\\sigma(x)$ is:\n\n- smooth\n- `f64`\n\n</div>"),
            "{html}"
        );
    }

    #[test]
    fn a_heading_right_after_a_box_stays_a_heading() {
        let page = "Text.\n\n> [!ERRATUM]\n> a\n> b\n\n## Heading\n\nMore.\n";
        let html = expand(page, &labels()).unwrap();
        let headings = Parser::new(&html)
            .filter(|e| matches!(e, Event::Start(Tag::Heading { .. })))
            .count();
        assert_eq!(headings, 1, "{html:?}");
    }

    #[test]
    fn plain_quotes_and_quotes_in_code_are_left_alone() {
        let page = "> Just a quote.\n\n```text\n> [!RUST]\n```\n";
        assert_eq!(expand(page, &labels()).unwrap(), page);
    }

    #[test]
    fn errata_know_their_section_even_when_headings_repeat() {
        let page =
            "# P\n\n## Notes\n\ntext\n\n## Notes\n\n> [!ERRATUM]\n> a\n> b\n\n> [!NOTE]\n> c\n";
        let found = errata(page);
        assert_eq!(found.len(), 1);
        assert_eq!(
            (found[0].section.as_str(), found[0].id.as_str()),
            ("Notes", "notes-1")
        );
        assert_eq!(found[0].body, "a\nb");
    }

    #[test]
    fn the_errata_list_links_each_entry_to_its_section() {
        let erratum = Erratum {
            section: "Overflow".into(),
            id: "overflow".into(),
            body: "It overflows.".into(),
        };
        let list = errata_list(
            Path::new("appendix/errata.md"),
            &[("Softmax".into(), "ch02/softmax.md".into(), erratum)],
        );
        assert_eq!(
            list,
            "## Softmax: Overflow\n\n> [!ERRATUM]\n> It overflows.\n\n→ [Softmax: Overflow](../ch02/softmax.md#overflow)\n"
        );
    }

    #[test]
    fn an_unknown_kind_is_an_error() {
        let error = expand("> [!TIP]\n> x\n", &labels()).unwrap_err();
        assert!(error.contains("unknown aside `[!TIP]`"), "{error}");
    }
}
