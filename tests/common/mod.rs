//! Helpers shared by the whole-book tests.

#![allow(dead_code)] // each test file uses its own part

use std::path::{Path, PathBuf};

/// The repository root.
pub fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// The editions, by language code and source folder.
pub const EDITIONS: [&str; 2] = ["ko", "en"];

/// The page paths `SUMMARY.md` links to, in order (`preface.md`, `ch02/index.md`, …).
pub fn summary_pages(edition: &str) -> Vec<String> {
    let summary = read(&root().join("src").join(edition).join("SUMMARY.md"));
    summary
        .lines()
        .filter_map(|line| {
            let start = line.find("](")? + 2;
            let end = start + line[start..].find(')')?;
            Some(line[start..end].to_owned())
        })
        .collect()
}

/// Every `.md` file under `src/<edition>/` except `SUMMARY.md`, sorted.
pub fn markdown_files(edition: &str) -> Vec<String> {
    let base = root().join("src").join(edition);
    let mut found = Vec::new();
    collect(&base, &base, "md", &mut found);
    found.retain(|p| p != "SUMMARY.md");
    found.sort();
    found
}

/// Every file with extension `ext` under `dir`, as paths relative to `base`.
pub fn collect(base: &Path, dir: &Path, ext: &str, found: &mut Vec<String>) {
    let entries = std::fs::read_dir(dir).unwrap_or_else(|e| panic!("{}: {e}", dir.display()));
    for entry in entries.flatten() {
        let path = entry.path();
        if path.is_dir() {
            collect(base, &path, ext, found);
        } else if path.extension().is_some_and(|e| e == ext) {
            let relative = path.strip_prefix(base).expect("below base");
            found.push(relative.to_string_lossy().replace('\\', "/"));
        }
    }
}

/// A file's text, or a panic that names it.
pub fn read(path: &Path) -> String {
    std::fs::read_to_string(path).unwrap_or_else(|e| panic!("cannot read {}: {e}", path.display()))
}

/// A fenced code block: its info string and its lines.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CodeBlock {
    pub info: String,
    pub body: Vec<String>,
}

/// The fenced code blocks of a Markdown page (``` fences, as the book uses).
pub fn code_blocks(page: &str) -> Vec<CodeBlock> {
    let mut blocks = Vec::new();
    let mut current: Option<CodeBlock> = None;
    for line in page.lines() {
        let trimmed = line.trim_start();
        match (&mut current, trimmed.strip_prefix("```")) {
            (None, Some(info)) => {
                current = Some(CodeBlock {
                    info: info.trim().to_owned(),
                    body: Vec::new(),
                })
            }
            (Some(_), Some(rest)) if rest.trim().is_empty() => {
                blocks.push(current.take().expect("inside a block"));
            }
            (Some(block), _) => block.body.push(line.to_owned()),
            (None, None) => {}
        }
    }
    assert!(current.is_none(), "a code block is never closed");
    blocks
}

/// Whether a code block is Rust, by rustdoc's rule: no info string, or one
/// whose words are all Rust attributes.
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
