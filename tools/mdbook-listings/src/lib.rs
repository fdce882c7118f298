//! What the book says about its listings, written by the tooling so that a
//! new chapter is only files.
//!
//! - A page writes `{{#listing caption="a training run's settings"}}` on the
//!   line before a code block, and gets a caption numbered within its
//!   chapter, in its edition's words, naming the file the block includes:
//!   "Listing 3-12: a training run's settings — `src/training.rs`". The
//!   chapter is the page's folder (`ch03/` is 3; another folder, such as
//!   `appendix/`, is its initial, "A").
//! - A page writes `{{#download the chapter's code}}` and gets a link, with
//!   those words, to its chapter's listing crate as the zip `cargo xtask
//!   build` puts in each edition (`listings/ch03-…/` for `ch03/`).
//!
//! It runs before mdBook's `links` preprocessor, while the blocks still say
//! which file they include. [`doctests::Doctests`], a second preprocessor
//! run after `links`, hides the doc comments' examples in every listing.

use std::collections::HashMap;
use std::path::Path;

use book_editions::current;
use mdbook_preprocessor::book::{Book, BookItem};
use mdbook_preprocessor::errors::{Error, Result};
use mdbook_preprocessor::{Preprocessor, PreprocessorContext};
use preprocessor_cli::Directive;

pub mod doctests;

/// The start of a download directive.
const DOWNLOAD: &str = "{{#download ";

pub use preprocessor_cli::chapter_label;

/// The listing crate a page's chapter belongs to: the folder in `listings/`
/// whose name starts with the page's folder and a dash (`ch03-…`).
fn listing_folder(root: &Path, page: &Path) -> Option<String> {
    let chapter = page.components().next()?.as_os_str().to_str()?.to_owned();
    let prefix = format!("{chapter}-");
    let mut found: Vec<String> = std::fs::read_dir(root.join("listings"))
        .ok()?
        .flatten()
        .filter(|e| e.path().join("Cargo.toml").is_file())
        .filter_map(|e| e.file_name().to_str().map(str::to_owned))
        .filter(|name| name.starts_with(&prefix))
        .collect();
    found.sort();
    found.into_iter().next()
}

/// The file a code block includes, as a path inside its listing crate
/// (`src/training.rs`): the first `{{#include …}}` or `{{#rustdoc_include
/// …}}` of the block, anchor and line range dropped, everything up to and
/// including `listings/<crate>/` cut off.
///
/// ```
/// let block = "```rust\n# extern crate x;\n{{#rustdoc_include ../../../listings/ch03-reading-digits/src/training.rs:config}}\n```";
/// assert_eq!(mdbook_listings::included_file(block).as_deref(), Some("src/training.rs"));
/// assert_eq!(mdbook_listings::included_file("```rust\nfn main() {}\n```"), None);
/// ```
pub fn included_file(block: &str) -> Option<String> {
    let start = block
        .find("{{#rustdoc_include ")
        .or_else(|| block.find("{{#include "))?;
    let rest = &block[start..];
    let inner = &rest[..rest.find("}}")?];
    let path = inner.split_whitespace().nth(1)?.split(':').next()?;
    let after = path.split("listings/").nth(1)?;
    let (_, inside) = after.split_once('/')?;
    Some(inside.to_owned())
}

/// Numbers listings within chapters, in reading order.
#[derive(Default)]
struct Counters(HashMap<String, u32>);

impl Counters {
    fn next(&mut self, chapter: &str) -> u32 {
        let n = self.0.entry(chapter.to_owned()).or_insert(0);
        *n += 1;
        *n
    }
}

/// One page with its directives replaced. `word` is the edition's name for
/// a listing ("Listing", "예제"); `counters` carries the numbering over from
/// the chapter's earlier pages.
fn expand_page(
    content: &str,
    page: &Path,
    root: &Path,
    word: &str,
    counters: &mut Counters,
) -> std::result::Result<String, String> {
    let mut out = String::with_capacity(content.len() + 256);
    let mut lines = content.split_inclusive('\n').peekable();
    while let Some(line) = lines.next() {
        let trimmed = line.trim();
        if let Some(directive) = Directive::alone_on(line).filter(|d| d.name == "listing") {
            let pairs = directive.pairs().map_err(|e| format!("{trimmed}: {e}"))?;
            let caption = match pairs.as_slice() {
                [(key, caption)] if key == "caption" => caption,
                _ => return Err(format!("{trimmed}: a listing takes caption=\"…\" alone")),
            };
            let chapter = chapter_label(page).ok_or_else(|| {
                format!("{trimmed}: listings are numbered within a chapter's folder")
            })?;
            // The block is the next fenced block; blank lines may come first.
            let mut after = lines.clone().skip_while(|l| l.trim().is_empty());
            let opening = after.next().unwrap_or_default();
            if !opening.trim_start().starts_with("```") {
                return Err(format!("{trimmed}: no code block follows it"));
            }
            let block: String = std::iter::once(opening)
                .chain(after.take_while(|l| !l.trim_start().starts_with("```")))
                .collect();
            let file = included_file(&block)
                .ok_or_else(|| format!("{trimmed}: its code block includes no listing file"))?;
            let number = counters.next(&chapter);
            out.push_str(&format!(
                "<p class=\"listing-caption\">{word} {chapter}-{number}: {} — <code>{}</code></p>\n",
                caption_html(caption),
                html_escape::encode_text(&file)
            ));
            continue;
        }
        let mut rest = line;
        while let Some(start) = rest.find(DOWNLOAD) {
            let after = &rest[start + DOWNLOAD.len()..];
            let end = after
                .find("}}")
                .ok_or_else(|| format!("an unclosed {DOWNLOAD}…"))?;
            let text = after[..end].trim();
            let folder = listing_folder(root, page).ok_or_else(|| {
                format!(
                    "{DOWNLOAD}{text}}}}} on {}: no listing crate for this chapter",
                    page.display()
                )
            })?;
            let up = "../".repeat(page.components().count() - 1);
            out.push_str(&rest[..start]);
            out.push_str(&format!("[{text}]({up}listings/{folder}.zip)"));
            rest = &after[end + 2..];
        }
        out.push_str(rest);
    }
    Ok(out)
}

/// The preprocessor itself.
pub struct Listings;

impl Preprocessor for Listings {
    fn name(&self) -> &str {
        "listings"
    }

    fn run(&self, ctx: &PreprocessorContext, mut book: Book) -> Result<Book> {
        let editions = preprocessor_cli::editions(ctx)?;
        let word = current(&editions, ctx.config.book.language.as_deref())
            .labels
            .listing
            .clone();
        // Numbered in reading order (`book.iter()` visits a chapter before
        // its sections), then put in place.
        let mut counters = Counters::default();
        let mut expanded = HashMap::new();
        for item in book.iter() {
            if let BookItem::Chapter(chapter) = item
                && let Some(path) = &chapter.path
            {
                let content = expand_page(&chapter.content, path, &ctx.root, &word, &mut counters)
                    .map_err(|error| Error::msg(format!("{}: {error}", path.display())))?;
                expanded.insert(path.clone(), content);
            }
        }
        book.for_each_mut(|item| {
            if let BookItem::Chapter(chapter) = item
                && let Some(path) = &chapter.path
                && let Some(content) = expanded.remove(path)
            {
                chapter.content = content;
            }
        });
        Ok(book)
    }

    fn supports_renderer(&self, renderer: &str) -> Result<bool> {
        Ok(renderer == "html")
    }
}

/// A caption as HTML: its text escaped, and code between backticks set as
/// code, as Markdown would (the caption is written into a raw HTML
/// paragraph, which Markdown leaves alone). A backtick without a partner
/// stays as it is.
fn caption_html(caption: &str) -> String {
    let pieces: Vec<&str> = caption.split('`').collect();
    let mut html = String::new();
    for (i, piece) in pieces.iter().enumerate() {
        let text = html_escape::encode_text(piece);
        let inside = i % 2 == 1;
        if inside && i + 1 < pieces.len() {
            html.push_str(&format!("<code>{text}</code>"));
        } else {
            if inside {
                html.push('`');
            }
            html.push_str(&text);
        }
    }
    html
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_caption_may_name_code_in_backticks() {
        assert_eq!(
            caption_html("`Digits` <holds> `a_b`"),
            "<code>Digits</code> &lt;holds&gt; <code>a_b</code>"
        );
        assert_eq!(caption_html("a lone ` tick"), "a lone ` tick");
    }

    const BLOCK: &str = "```rust\n# extern crate x;\n{{#rustdoc_include ../../../listings/ch03-reading-digits/src/network.rs:forward}}\n# fn main() {}\n```\n";

    #[test]
    fn captions_are_numbered_across_a_chapters_pages() {
        let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");
        let mut counters = Counters::default();
        let page =
            format!("Text.\n\n{{{{#listing caption=\"the <forward> pass\"}}}}\n\n{BLOCK}\nMore.\n");
        let first = expand_page(
            &page,
            Path::new("ch03/a.md"),
            &root,
            "Listing",
            &mut counters,
        )
        .unwrap();
        assert!(first.contains(
            "<p class=\"listing-caption\">Listing 3-1: the &lt;forward&gt; pass — <code>src/network.rs</code></p>\n\n```rust"
        ));
        let second =
            expand_page(&page, Path::new("ch03/b.md"), &root, "예제", &mut counters).unwrap();
        assert!(second.contains("예제 3-2: "));
        let other = expand_page(
            &page,
            Path::new("appendix/c.md"),
            &root,
            "Listing",
            &mut counters,
        )
        .unwrap();
        assert!(other.contains("Listing A-1: "));
    }

    #[test]
    fn a_caption_without_a_listing_block_is_an_error() {
        let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");
        let mut counters = Counters::default();
        let lonely = "{{#listing caption=\"x\"}}\n\nJust text.\n";
        assert!(expand_page(lonely, Path::new("ch03/a.md"), &root, "L", &mut counters).is_err());
        let plain = "{{#listing caption=\"x\"}}\n```rust\nfn main() {}\n```\n";
        assert!(expand_page(plain, Path::new("ch03/a.md"), &root, "L", &mut counters).is_err());
    }

    #[test]
    fn a_download_links_to_the_chapters_listing_crate() {
        let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");
        let mut counters = Counters::default();
        let page = "You can {{#download download it as a zip}} and run it.\n";
        let out = expand_page(page, Path::new("ch03/index.md"), &root, "L", &mut counters).unwrap();
        assert_eq!(
            out,
            "You can [download it as a zip](../listings/ch03-reading-digits.zip) and run it.\n"
        );
        assert!(expand_page(page, Path::new("ch99/index.md"), &root, "L", &mut counters).is_err());
    }
}
