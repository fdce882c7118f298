//! A listing shows the code a reader learns from; the runnable examples in
//! its doc comments are for `cargo test` and the crate's documentation.
//! After mdBook has expanded the includes, every line of a doc comment's
//! example in a Rust block (from the line "/// ```" to the one that closes
//! it, and the empty "///" just before it) is marked hidden with `# `: the
//! page shows it only when the reader asks (mdBook's eye button), and
//! `mdbook test` still compiles it, so the listing stays the crate's code.

use mdbook_preprocessor::book::{Book, BookItem};
use mdbook_preprocessor::errors::Result;
use mdbook_preprocessor::{Preprocessor, PreprocessorContext};

/// Whether `line` is a doc comment (`///` or `//!`) that opens or closes
/// an example: three backticks right after the comment marker.
fn is_doc_fence(line: &str) -> bool {
    doc_text(line).is_some_and(|text| text.trim_start().starts_with("```"))
}

/// The text of a doc comment line, after `///` or `//!`; `None` for any
/// other line.
fn doc_text(line: &str) -> Option<&str> {
    let trimmed = line.trim_start();
    trimmed
        .strip_prefix("///")
        .or_else(|| trimmed.strip_prefix("//!"))
}

/// `line` marked hidden for mdBook and rustdoc: `# ` after its indent.
/// A line already hidden stays as it is.
fn hidden(line: &str) -> String {
    let indent = line.len() - line.trim_start().len();
    if line.trim_start().starts_with('#') {
        line.to_owned()
    } else {
        format!("{}# {}", &line[..indent], &line[indent..])
    }
}

/// The lines of one Rust block, with its doc examples hidden.
fn hide_in_block(lines: &[&str]) -> Vec<String> {
    let mut out: Vec<String> = Vec::with_capacity(lines.len());
    let mut inside = false;
    for &line in lines {
        if is_doc_fence(line) {
            if !inside {
                // The empty doc line before the example goes with it.
                if let Some(last) = out.last_mut()
                    && doc_text(last).is_some_and(|text| text.trim().is_empty())
                {
                    *last = hidden(last);
                }
            }
            inside = !inside;
            out.push(hidden(line));
        } else if inside {
            out.push(hidden(line));
        } else {
            out.push(line.to_owned());
        }
    }
    out
}

/// `page` with the doc examples in its Rust blocks hidden. A Rust block is
/// a fenced block whose info string starts with `rust`.
///
/// ```
/// let page = "```rust\n/// Twice x.\n///\n/// ```\n/// assert_eq!(twice(2), 4);\n/// ```\nfn twice(x: i32) -> i32 { 2 * x }\n```\n";
/// let shown = mdbook_listings::doctests::hide_doc_examples(page);
/// assert_eq!(
///     shown,
///     "```rust\n/// Twice x.\n# ///\n# /// ```\n# /// assert_eq!(twice(2), 4);\n# /// ```\nfn twice(x: i32) -> i32 { 2 * x }\n```\n"
/// );
/// ```
pub fn hide_doc_examples(page: &str) -> String {
    let mut out = String::with_capacity(page.len());
    let mut block: Option<Vec<&str>> = None;
    for line in page.split_inclusive('\n') {
        let text = line.trim_end_matches('\n');
        let fence = text.trim_start().starts_with("```");
        match block.as_mut() {
            None => {
                out.push_str(line);
                if fence && text.trim_start()[3..].trim_start().starts_with("rust") {
                    block = Some(Vec::new());
                }
            }
            Some(lines) if fence && text.trim() == "```" => {
                for hidden_line in hide_in_block(lines) {
                    out.push_str(&hidden_line);
                    out.push('\n');
                }
                out.push_str(line);
                block = None;
            }
            Some(lines) => lines.push(text),
        }
    }
    // An unclosed block is left as it was.
    if let Some(lines) = block {
        for line in lines {
            out.push_str(line);
            out.push('\n');
        }
    }
    out
}

/// The preprocessor: runs after mdBook's `links`, on the expanded pages.
pub struct Doctests;

impl Preprocessor for Doctests {
    fn name(&self) -> &str {
        "doctests"
    }

    fn run(&self, _: &PreprocessorContext, mut book: Book) -> Result<Book> {
        book.for_each_mut(|item| {
            if let BookItem::Chapter(chapter) = item {
                chapter.content = hide_doc_examples(&chapter.content);
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
    fn indented_examples_keep_their_indent_after_the_mark() {
        let page = "```rust\n    /// A method.\n    ///\n    /// ```\n    /// let a = 1;\n    /// ```\n    fn a() {}\n```\n";
        let shown = hide_doc_examples(page);
        assert!(
            shown.contains("    # /// ```\n    # /// let a = 1;\n"),
            "{shown}"
        );
        assert!(shown.contains("    /// A method.\n    # ///\n"), "{shown}");
    }

    #[test]
    fn other_blocks_and_plain_comments_are_left_alone() {
        let page = "```text\n/// ```\n```\n\n```rust\n// ```\nfn a() {}\n```\n";
        assert_eq!(hide_doc_examples(page), page);
    }

    #[test]
    fn a_hidden_line_stays_hidden_once() {
        let page = "```rust\n# /// ```\n# /// x\n# /// ```\nfn a() {}\n```\n";
        assert_eq!(hide_doc_examples(page), page);
    }
}
