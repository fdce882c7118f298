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
    for entry in walkdir::WalkDir::new(book) {
        let entry = entry.map_err(|e| format!("{}: {e}", book.display()))?;
        if entry.file_type().is_file() {
            let path = entry.path();
            let bytes = std::fs::read(path).map_err(|e| format!("{}: {e}", path.display()))?;
            let relative = path.strip_prefix(book).expect("below the book");
            files.insert(relative.to_path_buf(), bytes);
        }
    }
    Ok(files)
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
