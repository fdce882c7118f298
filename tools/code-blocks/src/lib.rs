//! Every Rust block of a chapter's pages, tested as a program by skeptic.
//!
//! A chapter crate (`tools/chapters/<folder>/`) calls [`generate`] from its
//! build script and includes the tests it writes:
//!
//! ```text
//! // build.rs
//! fn main() { code_blocks::generate(); }
//! // tests/code_blocks.rs
//! include!(concat!(env!("OUT_DIR"), "/skeptic-tests.rs"));
//! ```
//!
//! The pages are read as a reader sees them: each goes through mdBook's own
//! `links` preprocessor first, so the listing code it includes with
//! `{{#rustdoc_include}}` is in place. The editions have the same blocks
//! (the whole-book parity check holds them to it), so a block is compiled
//! once however many editions show it: the first edition's pages are
//! tested whole, and another edition's only for blocks the first lacks.

use std::collections::HashSet;
use std::path::{Path, PathBuf};

use mdbook_driver::MDBook;
use mdbook_driver::book::BookItem;
use mdbook_driver::builtin_preprocessors::LinkPreprocessor;
use mdbook_driver::config::Config;
use mdbook_preprocessor::{Preprocessor, PreprocessorContext};
use pulldown_cmark::{CodeBlockKind, Event, Parser, Tag};

/// Writes the skeptic tests of the chapter whose crate is being built: the
/// pages in `src/<edition>/<folder>/`, where `<folder>` is the crate's own
/// folder name (`ch03`, `appendix`).
///
/// # Panics
/// As a build script should, with a message: if the book cannot be read.
pub fn generate() {
    let crate_dir = PathBuf::from(std::env::var("CARGO_MANIFEST_DIR").expect("cargo sets it"));
    let out_dir = PathBuf::from(std::env::var("OUT_DIR").expect("cargo sets it"));
    let folder = crate_dir
        .file_name()
        .and_then(|n| n.to_str())
        .expect("a chapter crate's folder is named after its pages' folder")
        .to_owned();
    let root = crate_dir
        .ancestors()
        .nth(3)
        .expect("chapter crates live in tools/chapters/")
        .to_path_buf();
    // Folders, not files: a new page or listing file must trigger a rerun.
    println!(
        "cargo:rerun-if-changed={}",
        root.join("book.toml").display()
    );
    println!("cargo:rerun-if-changed={}", root.join("listings").display());
    let editions = book_editions::read(&root).unwrap_or_else(|e| panic!("{e}"));
    for edition in &editions {
        let pages = root.join("src").join(&edition.code).join(&folder);
        println!("cargo:rerun-if-changed={}", pages.display());
    }

    let dir = out_dir.join("pages");
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).expect("create OUT_DIR/pages");
    let mut seen = HashSet::new();
    let mut files = Vec::new();
    for (i, edition) in editions.iter().enumerate() {
        for (path, content) in expanded_pages(&root, &edition.code, &folder) {
            let blocks = rust_blocks(&content);
            let text = if i == 0 {
                content
            } else {
                let new: Vec<&str> = blocks
                    .iter()
                    .filter(|b| !seen.contains(*b))
                    .map(String::as_str)
                    .collect();
                if new.is_empty() {
                    continue;
                }
                new.join("\n\n")
            };
            seen.extend(blocks);
            let flat = path
                .with_extension("")
                .to_string_lossy()
                .replace(['/', '\\', '-'], "_");
            let file = dir.join(format!("{}_{flat}.md", edition.code));
            std::fs::write(&file, text).expect("write a page for skeptic");
            files.push(file);
        }
    }
    skeptic::generate_doc_tests(&files);
}

/// The pages of one edition under `folder`, includes expanded, with their
/// paths (`ch03/training.md`).
fn expanded_pages(root: &Path, edition: &str, folder: &str) -> Vec<(PathBuf, String)> {
    let mut config = Config::from_disk(root.join("book.toml")).expect("read book.toml");
    config.book.src = PathBuf::from("src").join(edition);
    let book = MDBook::load_with_config(root, config.clone())
        .unwrap_or_else(|e| panic!("load the {edition} edition: {e:#}"));
    let ctx = PreprocessorContext::new(root.to_path_buf(), config, "skeptic".to_owned());
    let expanded = LinkPreprocessor::new()
        .run(&ctx, book.book)
        .unwrap_or_else(|e| panic!("expand the {edition} edition's includes: {e:#}"));
    expanded
        .iter()
        .filter_map(|item| match item {
            BookItem::Chapter(chapter) => {
                let path = chapter.path.as_ref()?;
                path.starts_with(folder)
                    .then(|| (path.clone(), chapter.content.clone()))
            }
            _ => None,
        })
        .collect()
}

/// The fenced Rust blocks of a page, each as its whole source text (fences
/// included), in order. A block is Rust by rustdoc's rule: no info string,
/// or only Rust attributes in it.
///
/// ```
/// let page = "# T\n\n```rust\nfn main() {}\n```\n\n```text\nout\n```\n";
/// assert_eq!(code_blocks::rust_blocks(page), ["```rust\nfn main() {}\n```"]);
/// ```
pub fn rust_blocks(page: &str) -> Vec<String> {
    Parser::new(page)
        .into_offset_iter()
        .filter_map(|(event, range)| match event {
            Event::Start(Tag::CodeBlock(CodeBlockKind::Fenced(info))) if is_rust(&info) => {
                Some(page[range].to_owned())
            }
            _ => None,
        })
        .collect()
}

/// Whether a block with this info string is Rust, by rustdoc's rule.
///
/// ```
/// assert!(code_blocks::is_rust(""));
/// assert!(code_blocks::is_rust("rust,should_panic"));
/// assert!(!code_blocks::is_rust("text"));
/// ```
pub fn is_rust(info: &str) -> bool {
    const RUST_WORDS: [&str; 7] = [
        "rust",
        "should_panic",
        "no_run",
        "ignore",
        "compile_fail",
        "edition2021",
        "edition2024",
    ];
    info.split(|c: char| c == ',' || c.is_whitespace())
        .filter(|w| !w.is_empty())
        .all(|w| RUST_WORDS.contains(&w))
}
