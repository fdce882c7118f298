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

use book_editions::{CONFIG_KEY, Edition, Labels, check, current};
use mdbook_preprocessor::book::{Book, BookItem};
use mdbook_preprocessor::errors::{Error, Result};
use mdbook_preprocessor::{Preprocessor, PreprocessorContext};
use pulldown_cmark::{Event, Options, Parser, Tag, TagEnd};

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
    for range in blockquotes(page) {
        let lines = unquote(&page[range.clone()]);
        let Some(kind) = lines
            .first()
            .and_then(|l| l.trim().strip_prefix("[!"))
            .and_then(|l| l.strip_suffix(']'))
        else {
            continue;
        };
        let Some((_, class)) = KINDS.iter().find(|(k, _)| *k == kind) else {
            return Err(format!(
                "unknown aside `[!{kind}]`; the kinds are {}",
                KINDS.map(|(k, _)| k).join(", ")
            ));
        };
        let body = lines[1..].join("\n");
        out.push_str(&page[done..range.start]);
        out.push_str(&format!(
            "<div class=\"aside {class}\" role=\"note\">\n<p class=\"aside-title\">{}</p>\n\n{}\n\n</div>",
            label(labels, kind),
            body.trim_end()
        ));
        done = range.end;
    }
    out.push_str(&page[done..]);
    Ok(out)
}

/// The preprocessor itself.
pub struct Asides;

impl Preprocessor for Asides {
    fn name(&self) -> &str {
        "asides"
    }

    fn run(&self, ctx: &PreprocessorContext, mut book: Book) -> Result<Book> {
        let editions: Vec<Edition> = ctx
            .config
            .get(CONFIG_KEY)?
            .ok_or_else(|| Error::msg(format!("book.toml has no [[{CONFIG_KEY}]]")))?;
        check(&editions).map_err(|e| Error::msg(e.to_string()))?;
        let labels = current(&editions, ctx.config.book.language.as_deref())
            .labels
            .clone();
        let mut result = Ok(());
        book.for_each_mut(|item| {
            if let BookItem::Chapter(chapter) = item
                && result.is_ok()
            {
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
    fn plain_quotes_and_quotes_in_code_are_left_alone() {
        let page = "> Just a quote.\n\n```text\n> [!RUST]\n```\n";
        assert_eq!(expand(page, &labels()).unwrap(), page);
    }

    #[test]
    fn an_unknown_kind_is_an_error() {
        let error = expand("> [!TIP]\n> x\n", &labels()).unwrap_err();
        assert!(error.contains("unknown aside `[!TIP]`"), "{error}");
    }
}
