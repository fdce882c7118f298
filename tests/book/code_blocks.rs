//! Rules for the Rust blocks of both editions, so that skeptic and
//! `mdbook test` test the same thing and nothing is quietly left out.

use crate::common::{code_blocks, editions, included_paths, is_rust, read, root, summary_pages};

fn rust_blocks() -> Vec<(String, crate::common::CodeBlock)> {
    let mut all = Vec::new();
    for edition in editions() {
        for page in summary_pages(&edition) {
            let text = read(&root().join("src").join(&edition).join(&page));
            for block in code_blocks(&text) {
                if is_rust(&block.info) {
                    all.push((format!("src/{edition}/{page}"), block));
                }
            }
        }
    }
    all
}

#[test]
fn the_book_has_rust_blocks() {
    assert!(
        rust_blocks().len() >= 4,
        "fewer Rust blocks than the sigmoid page alone has"
    );
}

#[test]
fn every_rust_block_is_on_a_page_whose_chapter_tests_it() {
    // skeptic runs the blocks of the pages in `src/<edition>/<folder>/`
    // from the crate `tools/chapters/<folder>/`; a block anywhere else
    // would be tested by nobody.
    for (page, _) in rust_blocks() {
        let relative: Vec<&str> = page.split('/').skip(2).collect();
        let folder = relative.first().copied().unwrap_or_default();
        let chapter = root().join("tools").join("chapters").join(folder);
        assert!(
            relative.len() > 1 && chapter.join("Cargo.toml").is_file(),
            "{page}: no tools/chapters/{folder}/ crate tests this page's Rust blocks"
        );
    }
}

#[test]
fn no_rust_block_is_ignored() {
    for (page, block) in rust_blocks() {
        assert!(
            !block.info.split(',').any(|w| w.trim() == "ignore"),
            "{page}: a Rust block marked `ignore`; a block meant to fail is should_panic"
        );
    }
}

#[test]
fn no_rust_block_is_compile_fail() {
    // skeptic does not know `compile_fail` and would report such a block as
    // a failure, so the book has none.
    for (page, block) in rust_blocks() {
        assert!(
            !block.info.contains("compile_fail"),
            "{page}: a compile_fail block"
        );
    }
}

/// The files a block includes, resolved against its page, anchors dropped.
fn included_files(page: &str, block: &crate::common::CodeBlock) -> Vec<std::path::PathBuf> {
    let dir = root().join(page);
    let dir = dir.parent().expect("a page is in a folder");
    included_paths(&block.body.join("\n"))
        .into_iter()
        .map(|target| dir.join(target))
        .collect()
}

#[test]
fn every_rust_block_has_its_own_main() {
    // rustdoc wraps a block without `fn main` in one; skeptic does not. A
    // block that spells out its `main` (hidden or not), or includes a
    // program that has one, means the same program to both.
    for (page, block) in rust_blocks() {
        let body = block.body.join("\n");
        let included_main = included_files(&page, &block)
            .iter()
            .any(|file| read(file).contains("fn main("));
        assert!(
            body.contains("fn main(") || included_main,
            "{page}: a Rust block without `fn main`:\n{body}"
        );
    }
}

#[test]
fn listing_code_comes_from_includes() {
    // The book never pastes a copy of a listing: a block that shows more than
    // hidden scaffolding must include its code from listings/.
    for (page, block) in rust_blocks() {
        let shown: Vec<&String> = block
            .body
            .iter()
            .filter(|l| !l.trim_start().starts_with("# ") && l.trim() != "#")
            .filter(|l| !l.trim().is_empty())
            .collect();
        let includes = shown.iter().all(|line| {
            let directives = crate::common::directives(line);
            directives.len() == 1
                && ["include", "rustdoc_include"].contains(&directives[0].name.as_str())
                && directives[0].arguments.starts_with("../")
                && directives[0].arguments.contains("/listings/")
        });
        assert!(
            includes,
            "{page}: a Rust block with pasted code instead of an include:\n{shown:?}"
        );
    }
}
