//! A built book as bytes, to tell two builds apart.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

/// Every file under a folder with its bytes.
pub type Snapshot = BTreeMap<PathBuf, Vec<u8>>;

/// Reads a whole built book.
///
/// # Errors
/// If a file cannot be read.
///
/// ```
/// let dir = tempfile::tempdir().unwrap();
/// std::fs::write(dir.path().join("a.html"), "x").unwrap();
/// let files = book_build::snapshot(dir.path()).unwrap();
/// assert_eq!(files[std::path::Path::new("a.html")], b"x");
/// ```
pub fn snapshot(book: &Path) -> Result<Snapshot, String> {
    let mut files = Snapshot::new();
    read_tree(book, book, &mut files)?;
    Ok(files)
}

fn read_tree(base: &Path, dir: &Path, files: &mut Snapshot) -> Result<(), String> {
    let entries = std::fs::read_dir(dir).map_err(|e| format!("{}: {e}", dir.display()))?;
    for entry in entries.flatten() {
        let path = entry.path();
        if path.is_dir() {
            read_tree(base, &path, files)?;
        } else {
            let bytes = std::fs::read(&path).map_err(|e| format!("{}: {e}", path.display()))?;
            let relative = path
                .strip_prefix(base)
                .expect("below the book")
                .to_path_buf();
            files.insert(relative, bytes);
        }
    }
    Ok(())
}

/// An error naming the files that differ between two builds.
///
/// # Errors
/// If any file was added, removed or changed.
///
/// ```
/// use std::path::PathBuf;
///
/// let a = book_build::Snapshot::from([(PathBuf::from("x.html"), b"1".to_vec())]);
/// let b = book_build::Snapshot::from([(PathBuf::from("x.html"), b"2".to_vec())]);
/// assert!(book_build::compare(&a, &a).is_ok());
/// assert_eq!(book_build::compare(&a, &b).unwrap_err(), "two builds of book/ differ in: x.html");
/// ```
pub fn compare(first: &Snapshot, second: &Snapshot) -> Result<(), String> {
    let paths: BTreeSet<&PathBuf> = first.keys().chain(second.keys()).collect();
    let differ: Vec<String> = paths
        .into_iter()
        .filter(|path| first.get(*path) != second.get(*path))
        .map(|path| path.display().to_string())
        .collect();
    if differ.is_empty() {
        Ok(())
    } else {
        Err(format!(
            "two builds of book/ differ in: {}",
            differ.join(", ")
        ))
    }
}
