//! Every public item carries a runnable example in its doc comment.
//! (`#![deny(missing_docs)]` in lib.rs makes the docs themselves mandatory;
//! this checks that each one also shows the item in use. The examples run as
//! doc tests.)

use std::path::Path;

fn rust_files(dir: &Path, found: &mut Vec<std::path::PathBuf>) {
    for entry in std::fs::read_dir(dir).expect("list src/").flatten() {
        let path = entry.path();
        if path.is_dir() {
            rust_files(&path, found);
        } else if path.extension().is_some_and(|e| e == "rs") {
            found.push(path);
        }
    }
}

/// The public items of a file that are not re-exports or module declarations,
/// each with the doc comment above it.
fn public_items(source: &str) -> Vec<(String, String)> {
    let lines: Vec<&str> = source.lines().collect();
    let mut items = Vec::new();
    for (i, line) in lines.iter().enumerate() {
        let trimmed = line.trim_start();
        let is_item = [
            "pub fn ",
            "pub struct ",
            "pub enum ",
            "pub const ",
            "pub trait ",
            "pub type ",
        ]
        .iter()
        .any(|p| trimmed.starts_with(p));
        if !is_item {
            continue;
        }
        let mut doc = Vec::new();
        for above in lines[..i].iter().rev() {
            let above = above.trim_start();
            if above.starts_with("///") {
                doc.push(above);
            } else if above.starts_with("#[") || above.starts_with("// ANCHOR")
            {
                continue;
            } else {
                break;
            }
        }
        items.push((trimmed.to_owned(), doc.join("\n")));
    }
    items
}

#[test]
fn every_public_item_has_a_runnable_example() {
    let mut files = Vec::new();
    rust_files(
        &Path::new(env!("CARGO_MANIFEST_DIR")).join("src"),
        &mut files,
    );
    let mut missing = Vec::new();
    let mut counted = 0;
    for file in files {
        let source =
            std::fs::read_to_string(&file).expect("read a source file");
        for (item, doc) in public_items(&source) {
            counted += 1;
            if !doc.contains("```")
                || doc.contains("```ignore")
                || doc.contains("```text")
            {
                missing.push(format!("{}: {item}", file.display()));
            }
        }
    }
    assert!(counted >= 20, "found only {counted} public items");
    assert!(
        missing.is_empty(),
        "public items without an example:\n{}",
        missing.join("\n")
    );
}

#[test]
fn the_item_finder_sees_methods_and_skips_attributes() {
    let source = "/// Doc.\n/// ```\n/// x();\n/// ```\n#[inline]\npub fn x() {}\nimpl A {\n    /// No example.\n    pub fn y(&self) {}\n}\n";
    let items = public_items(source);
    assert_eq!(items.len(), 2);
    assert!(items[0].1.contains("```"));
    assert!(!items[1].1.contains("```"));
}
