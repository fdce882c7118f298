//! Whole builds of a copy of the book: what a rebuild may carry over, and
//! what adding an edition to `book.toml` takes.

use std::path::{Path, PathBuf};
use std::process::Command;

use book_build::{Builder, Reuse, compare, snapshot};

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

/// A builder that installs nothing new besides Pagefind, which it installs
/// if it is missing, as `cargo xtask build` would.
fn builder() -> Builder {
    Builder::new(&root()).unwrap_or_else(|e| panic!("{e}"))
}

/// A copy of the book's sources in a temporary folder.
fn copy_of_the_book() -> tempfile::TempDir {
    let copy = tempfile::tempdir().unwrap();
    for file in ["book.toml", "Cargo.lock", "Cargo.toml"] {
        std::fs::copy(root().join(file), copy.path().join(file)).unwrap();
    }
    for dir in ["src", "theme", "listings", "tools", "tests", "xtask"] {
        copy_tree(&root().join(dir), &copy.path().join(dir));
    }
    copy
}

fn copy_tree(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).unwrap();
    for entry in std::fs::read_dir(from).unwrap().flatten() {
        let name = entry.file_name();
        if name == "target" || name == "node_modules" {
            continue;
        }
        let path = entry.path();
        if path.is_dir() {
            copy_tree(&path, &to.join(&name));
        } else {
            std::fs::copy(&path, to.join(&name)).unwrap();
        }
    }
}

#[test]
fn a_rebuild_that_carries_unchanged_editions_over_equals_a_full_build() {
    let builder = builder();
    let copy = copy_of_the_book();
    let sources = copy.path();
    let first = book_editions::read(sources).unwrap()[0].code.clone();
    builder.build(sources, &sources.join("before")).unwrap();
    let page = sources.join("src").join(&first).join("ch02/relu.md");
    let mut text = std::fs::read_to_string(&page).unwrap();
    text.push_str("\nOne more line.\n");
    std::fs::write(&page, text).unwrap();
    let reuse = Reuse {
        previous: &sources.join("before"),
        changed: std::slice::from_ref(&first),
    };
    builder
        .build_reusing(sources, &sources.join("incremental"), Some(reuse))
        .unwrap();
    builder.build(sources, &sources.join("full")).unwrap();
    compare(
        &snapshot(&sources.join("full")).unwrap(),
        &snapshot(&sources.join("incremental")).unwrap(),
    )
    .unwrap();
    let before = snapshot(&sources.join("before")).unwrap();
    let after = snapshot(&sources.join("full")).unwrap();
    assert!(
        compare(&before, &after).is_err(),
        "the edit shows in the build"
    );
}

#[test]
fn a_third_edition_needs_only_its_entry_in_book_toml_and_its_pages() {
    let copy = copy_of_the_book();
    let sources = copy.path();
    // The only edit: one more entry in the definition (and the pages).
    let mut book_toml = std::fs::read_to_string(sources.join("book.toml")).unwrap();
    book_toml.push_str(
        "\n[[preprocessor.editions.list]]\n\
         code = \"xx\"\n\
         name = \"Test\"\n\
         title = \"A test edition\"\n\
         description = \"The English pages under another code\"\n\
         labels = { other-editions = \"Others\", search = \"Find\", note = \"N\", erratum = \"E\", rust-note = \"R\", answer = \"A\" }\n",
    );
    std::fs::write(sources.join("book.toml"), book_toml).unwrap();
    copy_tree(
        &sources.join("src").join("en"),
        &sources.join("src").join("xx"),
    );

    let out = sources.join("book");
    builder().build(sources, &out).unwrap();

    let editions = book_editions::read(sources).unwrap();
    assert_eq!(editions.len(), 3);
    assert!(out.join("xx/ch02/sigmoid.html").is_file());
    assert!(
        out.join("xx/pagefind/pagefind.js").is_file(),
        "xx has a search index"
    );
    assert!(
        out.join("xx/listings/ch02-activation-and-loss.zip")
            .is_file()
    );
    assert!(
        std::fs::read_to_string(out.join("index.html"))
            .unwrap()
            .contains("\"xx\"")
    );
    assert!(
        std::fs::read_to_string(out.join("editions.json"))
            .unwrap()
            .contains("\"xx\"")
    );

    // The whole-book checks, run on the copy, see three editions: the
    // same pages and code in each, every page linking to both twins.
    let mut command = Command::new(env!("CARGO"));
    command.current_dir(root()).args([
        "test",
        "--quiet",
        "--package",
        "if-someone-asks",
        "--test",
        "book",
        "--",
        "parity::",
        "code_blocks::",
        "numbers::",
        "built_book::",
    ]);
    let output = command.env("BOOK_ROOT", sources).output().unwrap();
    assert!(
        output.status.success(),
        "the whole-book checks fail on a book with a third edition:\n{}\n{}",
        String::from_utf8_lossy(&output.stdout),
        String::from_utf8_lossy(&output.stderr)
    );
}
