//! Helpers shared by the whole-book tests. Markdown is read with
//! pulldown-cmark (the parser mdBook itself uses, with mdBook's options and
//! math), the table of contents with mdBook's own summary parser, and the
//! editions from `book.toml` through `book-editions`.

#![allow(dead_code)] // each test file uses its own part

use std::path::{Path, PathBuf};

use pulldown_cmark::{CodeBlockKind, Event, Options, Parser, Tag, TagEnd};

/// The book's root. `BOOK_ROOT` points the tests at another copy of the
/// book (the third-edition test in xtask builds one).
pub fn root() -> PathBuf {
    std::env::var_os("BOOK_ROOT")
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from(env!("CARGO_MANIFEST_DIR")))
}

/// The built book, `book/` (or the folder `BOOK_BUILT` names: `cargo xtask
/// test` points it at a copy of the build, because the README's plain
/// mdBook commands rebuild the editions in `book/` while these tests run),
/// if it was built from today's sources (its fingerprint says so). If it was not, this test binary stops at once with
/// one line that says what to run: every check of the built book would fail
/// alike, and one line says it better than a page of failures.
pub fn built_book() -> PathBuf {
    static CHECKED: std::sync::OnceLock<PathBuf> = std::sync::OnceLock::new();
    CHECKED
        .get_or_init(|| {
            let book = std::env::var_os("BOOK_BUILT")
                .map(PathBuf::from)
                .unwrap_or_else(|| root().join("book"));
            let built = std::fs::read_to_string(book.join(book_build::FINGERPRINT_FILE)).ok();
            let sources = book_build::fingerprint(&root()).unwrap_or_else(|e| panic!("{e}"));
            if built.as_deref() != Some(sources.as_str()) {
                // Written to the process's standard error itself: the test
                // harness would keep `eprintln!` for a report it never
                // gets to print.
                use std::io::Write;
                let _ = writeln!(
                    std::io::stderr(),
                    "\nbook/ was not built from today's sources: run `cargo xtask test` \
                     (or `cargo xtask build`, then `cargo test`)\n"
                );
                std::process::exit(1);
            }
            book
        })
        .clone()
}

/// The editions' codes, as `book.toml` defines them, default first.
pub fn editions() -> Vec<String> {
    book_editions::read(&root())
        .unwrap_or_else(|e| panic!("{e}"))
        .into_iter()
        .map(|e| e.code)
        .collect()
}

/// The page paths `SUMMARY.md` links to, in order (`preface.md`,
/// `ch02/index.md`, …), read with mdBook's own summary parser.
pub fn summary_pages(edition: &str) -> Vec<String> {
    let file = root().join("src").join(edition).join("SUMMARY.md");
    let summary = mdbook_summary::parse_summary(&read(&file))
        .unwrap_or_else(|e| panic!("{}: {e}", file.display()));
    let mut pages = Vec::new();
    let items = summary
        .prefix_chapters
        .iter()
        .chain(&summary.numbered_chapters)
        .chain(&summary.suffix_chapters);
    for item in items {
        collect_links(item, &mut pages);
    }
    pages
}

fn collect_links(item: &mdbook_summary::SummaryItem, pages: &mut Vec<String>) {
    if let mdbook_summary::SummaryItem::Link(link) = item {
        if let Some(location) = &link.location {
            pages.push(location.to_string_lossy().replace('\\', "/"));
        }
        for nested in &link.nested_items {
            collect_links(nested, pages);
        }
    }
}

/// Every `.md` file under `src/<edition>/` except `SUMMARY.md`, sorted.
pub fn markdown_files(edition: &str) -> Vec<String> {
    let mut found = book_editions::pages(&root(), edition).unwrap_or_else(|e| panic!("{e}"));
    found.retain(|p| p != "SUMMARY.md");
    found
}

/// Every file with extension `ext` under `dir`, as paths relative to it
/// with `/` between folders, sorted.
pub fn files(dir: &Path, ext: &str) -> Vec<String> {
    walkdir::WalkDir::new(dir)
        .sort_by_file_name()
        .into_iter()
        .map(|entry| entry.unwrap_or_else(|e| panic!("{}: {e}", dir.display())))
        .filter(|e| e.file_type().is_file() && e.path().extension().is_some_and(|x| x == ext))
        .map(|e| {
            let relative = e.path().strip_prefix(dir).expect("below dir");
            relative.to_string_lossy().replace('\\', "/")
        })
        .collect()
}

/// A file's text, or a panic that names it.
pub fn read(path: &Path) -> String {
    std::fs::read_to_string(path).unwrap_or_else(|e| panic!("cannot read {}: {e}", path.display()))
}

/// mdBook's Markdown options, plus math, which mdbook-katex handles, less
/// smart punctuation: the tests read the quotes the source has, not the
/// ones mdBook would make of them.
fn options() -> Options {
    Options::ENABLE_TABLES
        | Options::ENABLE_FOOTNOTES
        | Options::ENABLE_STRIKETHROUGH
        | Options::ENABLE_TASKLISTS
        | Options::ENABLE_HEADING_ATTRIBUTES
        | Options::ENABLE_DEFINITION_LIST
        | Options::ENABLE_GFM
        | Options::ENABLE_MATH
}

fn events(page: &str) -> Vec<Event<'_>> {
    Parser::new_ext(page, options()).collect()
}

/// A fenced code block: its info string and its lines.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CodeBlock {
    pub info: String,
    pub body: Vec<String>,
}

/// The fenced code blocks of a Markdown page.
pub fn code_blocks(page: &str) -> Vec<CodeBlock> {
    let mut blocks = Vec::new();
    let mut current: Option<(String, String)> = None;
    for event in events(page) {
        match event {
            Event::Start(Tag::CodeBlock(CodeBlockKind::Fenced(info))) => {
                current = Some((info.to_string(), String::new()));
            }
            Event::Text(text) => {
                if let Some((_, body)) = &mut current {
                    body.push_str(&text);
                }
            }
            Event::End(TagEnd::CodeBlock) => {
                if let Some((info, body)) = current.take() {
                    blocks.push(CodeBlock {
                        info: info.trim().to_owned(),
                        body: body.lines().map(str::to_owned).collect(),
                    });
                }
            }
            _ => {}
        }
    }
    blocks
}

/// The TeX of every display formula (`$$ … $$`), whitespace collapsed.
pub fn display_math(page: &str) -> Vec<String> {
    events(page)
        .into_iter()
        .filter_map(|event| match event {
            Event::DisplayMath(tex) => Some(tex.split_whitespace().collect::<Vec<_>>().join(" ")),
            _ => None,
        })
        .collect()
}

/// How many formulas, inline (`$…$`) and display (`$$…$$`), a page has.
pub fn formula_count(page: &str) -> usize {
    events(page)
        .into_iter()
        .filter(|event| matches!(event, Event::InlineMath(_) | Event::DisplayMath(_)))
        .count()
}

/// The prose of a page, one string per paragraph, heading, list item or
/// table cell: what a reader reads as text, without code (blocks or spans),
/// math, raw HTML, or a paragraph that is only a `{{#…}}` directive.
pub fn prose(page: &str) -> Vec<String> {
    let mut blocks = Vec::new();
    let mut current = String::new();
    let mut in_code_block = false;
    let flush = |current: &mut String, blocks: &mut Vec<String>| {
        let text = std::mem::take(current);
        let trimmed = text.trim();
        let directive = trimmed.starts_with("{{#") && trimmed.ends_with("}}");
        if !trimmed.is_empty() && !directive {
            blocks.push(text);
        }
    };
    for event in events(page) {
        match event {
            Event::Start(Tag::CodeBlock(_)) => in_code_block = true,
            Event::End(TagEnd::CodeBlock) => in_code_block = false,
            Event::Text(text) if !in_code_block => current.push_str(&text),
            Event::SoftBreak | Event::HardBreak => current.push(' '),
            Event::End(
                TagEnd::Paragraph
                | TagEnd::Heading(_)
                | TagEnd::Item
                | TagEnd::TableCell
                | TagEnd::BlockQuote(_),
            ) => flush(&mut current, &mut blocks),
            _ => {}
        }
    }
    flush(&mut current, &mut blocks);
    blocks
}

pub use preprocessor_cli::directives;

/// The files a text includes with `{{#include …}}` or
/// `{{#rustdoc_include …}}`: the path, without the anchor or line range.
pub fn included_paths(text: &str) -> Vec<String> {
    directives(text)
        .into_iter()
        .filter(|d| d.name == "include" || d.name == "rustdoc_include")
        .map(|d| d.arguments.split(':').next().unwrap_or("").to_owned())
        .collect()
}

pub use code_blocks::is_rust;

/// The inline code spans of a page's prose (`` `like_this` ``), in order.
pub fn code_spans(page: &str) -> Vec<String> {
    events(page)
        .into_iter()
        .filter_map(|event| match event {
            Event::Code(code) => Some(code.to_string()),
            _ => None,
        })
        .collect()
}

/// The text of every emphasis (`*like this*`) in a page's prose.
pub fn emphasized(page: &str) -> Vec<String> {
    let mut spans = Vec::new();
    let mut depth = 0;
    for event in events(page) {
        match event {
            Event::Start(Tag::Emphasis) => {
                if depth == 0 {
                    spans.push(String::new());
                }
                depth += 1;
            }
            Event::End(TagEnd::Emphasis) => depth -= 1,
            Event::Text(text) | Event::Code(text) if depth > 0 => {
                spans.last_mut().expect("opened above").push_str(&text);
            }
            _ => {}
        }
    }
    spans
}

/// The kind of every aside (`> [!KIND]` blockquote) on a page, in order,
/// as mdbook-asides finds them.
pub fn aside_kinds(page: &str) -> Vec<String> {
    mdbook_asides::asides(page)
        .into_iter()
        .map(|aside| aside.kind)
        .collect()
}

/// How many formulas the page's asides of `kind` (`> [!KIND]`) hold.
pub fn formula_count_in_asides(page: &str, kind: &str) -> usize {
    mdbook_asides::asides(page)
        .iter()
        .filter(|aside| aside.kind == kind)
        .map(|aside| formula_count(&aside.body))
        .sum()
}

/// The captions of a page's listings (`{{#listing caption="…"}}`), in order.
pub fn listing_captions(page: &str) -> Vec<String> {
    directives(page)
        .into_iter()
        .filter(|d| d.name == "listing")
        .map(|d| d.arguments)
        .collect()
}
