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

/// A copy of the book's sources in a temporary folder. Each file keeps its
/// modification time, so cargo finds the copy's crates as fresh as this
/// repository's (it names a workspace's builds by paths relative to the
/// workspace) and builds again only what a test adds or edits.
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
    let walk = walkdir::WalkDir::new(from).into_iter().filter_entry(|e| {
        let name = e.file_name();
        name != "target" && name != "node_modules"
    });
    for entry in walk {
        let entry = entry.unwrap();
        let target = to.join(entry.path().strip_prefix(from).unwrap());
        if entry.file_type().is_dir() {
            std::fs::create_dir_all(&target).unwrap();
        } else {
            std::fs::copy(entry.path(), &target).unwrap();
            let modified = entry.metadata().unwrap().modified().unwrap();
            std::fs::File::options()
                .write(true)
                .open(&target)
                .unwrap()
                .set_modified(modified)
                .unwrap();
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

/// Runs the whole-book checks (`tests/book`, the modules `filters` name)
/// on the copy of the book at `sources`. cargo is asked for the test binary
/// as `cargo xtask test` asks for the workspace's, listings aside, so that
/// it is the one already built.
fn whole_book_checks(sources: &Path, filters: &[&str]) {
    let mut command = Command::new(env!("CARGO"));
    command
        .current_dir(root())
        .args(["test", "--quiet", "--workspace"]);
    for listing in listing_archive::discover(&root().join("listings")).unwrap() {
        command.args(["--exclude", &listing.package]);
    }
    command.args(["--test", "book", "--"]).args(filters);
    // The copy's own book/, not the one `cargo xtask test` may name.
    let output = command
        .env("BOOK_ROOT", sources)
        .env_remove("BOOK_BUILT")
        .output()
        .unwrap();
    assert!(
        output.status.success(),
        "the whole-book checks fail on the grown book:\n{}\n{}",
        String::from_utf8_lossy(&output.stdout),
        String::from_utf8_lossy(&output.stderr)
    );
}

/// Writes `text` to `relative` under `base`, making its folders.
fn write(base: &Path, relative: &str, text: &str) {
    let path = base.join(relative);
    std::fs::create_dir_all(path.parent().unwrap()).unwrap();
    std::fs::write(path, text).unwrap();
}

/// Runs cargo in the copy of the book at `sources`, building in this
/// repository's `target/` so that the dependencies are not built again.
fn cargo_in(sources: &Path, args: &[&str]) {
    let output = Command::new(env!("CARGO"))
        .current_dir(sources)
        .args(args)
        .env("CARGO_TARGET_DIR", root().join("target"))
        .output()
        .unwrap();
    assert!(
        output.status.success(),
        "cargo {} fails on a book with a new chapter:\n{}\n{}",
        args.join(" "),
        String::from_utf8_lossy(&output.stdout),
        String::from_utf8_lossy(&output.stderr)
    );
}

/// A throwaway chapter 9 as a contributor would add it: a listing crate
/// with one function and one example, the chapter's crate for the tooling
/// with one figure, and one page in each edition. Nothing that exists is
/// edited but each `SUMMARY.md`, which lists the chapter as it lists every
/// page.
fn add_throwaway_chapter(sources: &Path) {
    let listing = "listings/ch09-throwaway";
    write(
        sources,
        &format!("{listing}/Cargo.toml"),
        "[package]\nname = \"throwaway\"\nversion = \"0.1.0\"\nedition = \"2024\"\n\
         description = \"A chapter that exists only in a test.\"\nlicense = \"MIT OR Apache-2.0\"\n\
         publish = false\n",
    );
    let mut tests = String::new();
    for n in 1..=10 {
        tests.push_str(&format!(
            "    #[test]\n    fn doubles_{n}() {{\n        assert_eq!(double({n}.0), {}.0);\n    }}\n",
            2 * n
        ));
    }
    write(
        sources,
        &format!("{listing}/src/lib.rs"),
        &format!(
            "//! A chapter that exists only in a test.\n\n\
             // ANCHOR: double\n\
             /// Twice `x`.\n///\n/// ```\n/// assert_eq!(throwaway::double(1.5), 3.0);\n/// ```\n\
             pub fn double(x: f64) -> f64 {{\n    2.0 * x\n}}\n\
             // ANCHOR_END: double\n\n\
             #[cfg(test)]\nmod tests {{\n    use super::*;\n\n{tests}}}\n"
        ),
    );
    write(
        sources,
        &format!("{listing}/examples/twice.rs"),
        "fn main() {\n    println!(\"twice 21 is {}\", throwaway::double(21.0));\n}\n",
    );
    write(
        sources,
        &format!("{listing}/output/twice.txt"),
        "$ cargo run --example twice\ntwice 21 is 42\n",
    );

    let chapter = "tools/chapters/ch09";
    write(
        sources,
        &format!("{chapter}/Cargo.toml"),
        "[package]\nname = \"chapter-ch09\"\nversion = \"0.1.0\"\nedition = \"2024\"\npublish = false\n\n\
         [dependencies]\nfigure-model = { path = \"../../figure-model\" }\n\
         workspace-hack = { path = \"../../workspace-hack\" }\n\
         throwaway = { path = \"../../../listings/ch09-throwaway\" }\n\n\
         [build-dependencies]\ncode-blocks = { path = \"../../code-blocks\" }\n\n\
         [dev-dependencies]\nskeptic = \"0.14.2\"\n",
    );
    write(
        sources,
        &format!("{chapter}/build.rs"),
        "fn main() {\n    code_blocks::generate();\n}\n",
    );
    write(
        sources,
        &format!("{chapter}/tests/code_blocks.rs"),
        "#![allow(non_snake_case)]\ninclude!(concat!(env!(\"OUT_DIR\"), \"/skeptic-tests.rs\"));\n",
    );
    write(
        sources,
        &format!("{chapter}/src/main.rs"),
        "use figure_model::{Axis, Chart, Figure, Ink, Table, curve};\n\n\
         const FIGURES: &Table = &[(\"throwaway_double\", double)];\n\n\
         fn double() -> Figure {\n    Figure::Chart(Chart {\n        x: Axis::linear(0.0, 1.0),\n        \
         y: Axis::linear(0.0, 2.5),\n        categories: None,\n        \
         series: vec![curve(Ink::Linear, throwaway::double, 0.0, 1.0)],\n        legend: None,\n    })\n}\n\n\
         fn main() {\n    figure_model::print(FIGURES);\n}\n",
    );

    for edition in book_editions::read(sources).unwrap() {
        let code = &edition.code;
        write(
            sources,
            &format!("src/{code}/ch09/index.md"),
            "# Throwaway\n\n{{#download The code}}.\n\n\
             {{#listing caption=\"double\"}}\n\n```rust\n# extern crate throwaway;\n# mod lib {\n\
             {{#rustdoc_include ../../../listings/ch09-throwaway/src/lib.rs:double}}\n# }\n\
             # fn main() { assert_eq!(lib::double(2.0), 4.0); }\n```\n\n\
             ```text\n{{#include ../../../listings/ch09-throwaway/output/twice.txt}}\n```\n\n\
             {{#plot throwaway_double caption=\"x\" alt=\"A line\" x=\"x\" y=\"y\"}}\n",
        );
        let summary = sources.join("src").join(code).join("SUMMARY.md");
        let text = std::fs::read_to_string(&summary).unwrap();
        let at = text
            .find("\n---")
            .expect("the appendices follow a separator");
        let text = format!(
            "{}\n- [Throwaway](ch09/index.md)\n{}",
            &text[..at],
            &text[at..]
        );
        std::fs::write(summary, text).unwrap();
    }
}

/// A third edition, `xx`: one more entry in the definition, and the
/// English pages under its code.
fn add_third_edition(sources: &Path) {
    let mut book_toml = std::fs::read_to_string(sources.join("book.toml")).unwrap();
    book_toml.push_str(
        "\n[[preprocessor.editions.list]]\n\
         code = \"xx\"\n\
         name = \"Test\"\n\
         title = \"A test edition\"\n\
         description = \"The English pages under another code\"\n\
         labels = { other-editions = \"Others\", search = \"Find\", note = \"N\", erratum = \"E\", rust-note = \"R\", answer = \"A\", listing = \"L\", figure = \"F\" }\n",
    );
    std::fs::write(sources.join("book.toml"), book_toml).unwrap();
    copy_tree(
        &sources.join("src").join("en"),
        &sources.join("src").join("xx"),
    );
}

/// The book grows by files alone: a third edition takes its entry in
/// `book.toml` and its pages; a new chapter takes its listing crate, its
/// crate for the tooling and its pages (and its line in each `SUMMARY.md`).
/// One copy of the book gets both, is built, and passes the whole-book
/// checks.
#[test]
fn a_new_edition_and_a_new_chapter_need_only_their_files() {
    let copy = copy_of_the_book();
    let sources = copy.path();
    add_third_edition(sources);
    add_throwaway_chapter(sources);

    let out = sources.join("book");
    builder()
        .figures_from(sources)
        .build(sources, &out)
        .unwrap_or_else(|e| panic!("{e}"));

    // The third edition has every page, its search index and the downloads,
    // and the front door knows it.
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
    for file in ["index.html", "editions.json"] {
        let text = std::fs::read_to_string(out.join(file)).unwrap();
        assert!(text.contains("\"xx\""), "{file} knows the third edition");
    }

    // The new chapter's page, in every edition: its listing numbered and
    // naming its file, its download linked, its figure drawn.
    for edition in &editions {
        let page =
            std::fs::read_to_string(out.join(&edition.code).join("ch09/index.html")).unwrap();
        let word = &edition.labels.listing;
        assert!(
            page.contains(&format!("{word} 9-1: double — <code>src/lib.rs</code>")),
            "{}: the listing is numbered and names its file",
            edition.code
        );
        assert!(page.contains("href=\"../listings/ch09-throwaway.zip\""));
        assert!(
            page.contains("<figure") && page.contains("<svg"),
            "the figure is drawn"
        );
        assert!(
            out.join(&edition.code)
                .join("listings/ch09-throwaway.zip")
                .is_file()
        );
    }

    // The chapter's code block runs; its download, unpacked outside the
    // book, passes its tests; and the whole-book checks pass on the grown
    // book: three editions with the same pages and code, every page linking
    // to both twins, the new listing's download holding today's crate. (The
    // downloads of the book's own listings are the main book's to test.)
    cargo_in(sources, &["test", "--quiet", "--package", "chapter-ch09"]);
    let zip = std::fs::read(out.join("ko/listings/ch09-throwaway.zip")).unwrap();
    let outside = tempfile::tempdir().unwrap();
    listing_archive::unpack(&zip, outside.path()).unwrap();
    cargo_in(
        &outside.path().join("ch09-throwaway"),
        &["test", "--quiet", "--offline", "--locked"],
    );
    whole_book_checks(
        sources,
        &[
            "parity::",
            "code_blocks::",
            "numbers::",
            "built_book::",
            "listings::",
            "--skip",
            "every_download_passes",
        ],
    );
}
