//! Generates the skeptic tests: every Rust code block of every chapter, in
//! every edition `book.toml` defines, exactly as a reader sees it. The chapters include listing
//! code with `{{#rustdoc_include}}`, so each chapter first goes through
//! mdBook's own `links` preprocessor (the library mdBook itself runs), and
//! skeptic reads the expanded text.

use std::path::{Path, PathBuf};

use mdbook_driver::MDBook;
use mdbook_driver::book::BookItem;
use mdbook_driver::builtin_preprocessors::LinkPreprocessor;
use mdbook_driver::config::Config;
use mdbook_preprocessor::{Preprocessor, PreprocessorContext};

fn main() {
    let root = PathBuf::from(std::env::var("CARGO_MANIFEST_DIR").expect("cargo sets it"));
    let out_dir = PathBuf::from(std::env::var("OUT_DIR").expect("cargo sets it"));
    // Folders, not files: a new chapter or listing must trigger a rerun too.
    for watched in ["book.toml", "src", "listings"] {
        println!("cargo:rerun-if-changed={watched}");
    }

    let expanded_dir = out_dir.join("expanded");
    let _ = std::fs::remove_dir_all(&expanded_dir);
    std::fs::create_dir_all(&expanded_dir).expect("create OUT_DIR/expanded");

    let editions = book_editions::read(&root).unwrap_or_else(|e| panic!("{e}"));
    let mut files = Vec::new();
    for edition in &editions {
        files.extend(expand_edition(&root, &edition.code, &expanded_dir));
    }
    skeptic::generate_doc_tests(&files);
}

/// Writes each chapter of one edition, includes expanded, to
/// `<dir>/<edition>_<path>.md` (a flat, unique name: skeptic names its tests
/// after the file stem) and returns the files.
fn expand_edition(root: &Path, edition: &str, dir: &Path) -> Vec<PathBuf> {
    let mut config = Config::from_disk(root.join("book.toml")).expect("read book.toml");
    config.book.src = PathBuf::from("src").join(edition);
    let book = MDBook::load_with_config(root, config.clone())
        .unwrap_or_else(|e| panic!("load the {edition} edition: {e:#}"));
    let ctx = PreprocessorContext::new(root.to_path_buf(), config, "skeptic".to_owned());
    let expanded = LinkPreprocessor::new()
        .run(&ctx, book.book)
        .unwrap_or_else(|e| panic!("expand the {edition} edition's includes: {e:#}"));

    let mut files = Vec::new();
    for item in expanded.iter() {
        if let BookItem::Chapter(chapter) = item {
            let Some(path) = &chapter.path else { continue };
            let flat = path
                .with_extension("")
                .to_string_lossy()
                .replace(['/', '\\', '-'], "_");
            let file = dir.join(format!("{edition}_{flat}.md"));
            std::fs::write(&file, &chapter.content).expect("write an expanded chapter");
            files.push(file);
        }
    }
    files
}
