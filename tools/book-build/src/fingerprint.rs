//! What a build of the book reads, as one hash, written beside the build:
//! the whole-book tests read the built book only if it was built from
//! today's sources.

use std::path::Path;

use sha2::{Digest, Sha256};

/// The file in a built book that holds the fingerprint of its sources.
pub const FINGERPRINT_FILE: &str = ".fingerprint";

/// Everything a build of the book at `sources` reads: `book.toml`,
/// `Cargo.toml`, `Cargo.lock`, and every file under each edition's
/// `src/<code>/`, `theme/`, `listings/` and `tools/` (build products and npm
/// packages aside), names and bytes, as a hex SHA-256.
///
/// # Errors
/// If a file cannot be read.
///
/// ```
/// let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");
/// let a = book_build::fingerprint(&root).unwrap();
/// assert_eq!(a.len(), 64);
/// assert_eq!(a, book_build::fingerprint(&root).unwrap());
/// ```
pub fn fingerprint(sources: &Path) -> Result<String, String> {
    let mut hasher = Sha256::new();
    for file in ["book.toml", "Cargo.toml", "Cargo.lock"] {
        add(&mut hasher, sources, &sources.join(file))?;
    }
    let editions = book_editions::read(sources).map_err(|e| e.to_string())?;
    let pages = editions.iter().map(|e| Path::new("src").join(&e.code));
    let others = ["theme", "listings", "tools"].map(|dir| Path::new(dir).to_path_buf());
    for dir in pages.chain(others) {
        let walk = walkdir::WalkDir::new(sources.join(dir))
            .sort_by_file_name()
            .into_iter()
            .filter_entry(|e| {
                let name = e.file_name();
                name != "target" && name != "node_modules"
            });
        for entry in walk {
            let entry = entry.map_err(|e| e.to_string())?;
            if entry.file_type().is_file() {
                add(&mut hasher, sources, entry.path())?;
            }
        }
    }
    Ok(hasher
        .finalize()
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect())
}

/// Adds a file's path (relative to `base`) and bytes to the hash.
fn add(hasher: &mut Sha256, base: &Path, file: &Path) -> Result<(), String> {
    let bytes = std::fs::read(file).map_err(|e| format!("{}: {e}", file.display()))?;
    let name = file.strip_prefix(base).unwrap_or(file);
    hasher.update(name.to_string_lossy().as_bytes());
    hasher.update((bytes.len() as u64).to_le_bytes());
    hasher.update(&bytes);
    Ok(())
}
