//! The drift guard: a record of every page as it was, in each edition, when
//! its twins were last read side by side and found to say the same.
//!
//! The record lives in `src/editions-in-sync.toml`. Whoever changes a page
//! in one edition is told (by `tests/editions_in_sync.rs`) to look at its
//! twins; once they say the same thing, `cargo xtask sync-mark <page>`
//! records the new contents.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use sha2::{Digest, Sha256};

use crate::Error;

/// Where the record is kept, relative to the book's root.
pub const RECORD: &str = "src/editions-in-sync.toml";

/// Page path (`ch02/loss.md`) → edition code → content hash.
pub type Record = BTreeMap<String, BTreeMap<String, String>>;

/// A short, stable fingerprint of a page's text: the first 16 hex digits of
/// its SHA-256.
///
/// ```
/// let a = book_editions::sync::fingerprint("# 제목\n");
/// assert_eq!(a.len(), 16);
/// assert_ne!(a, book_editions::sync::fingerprint("# 제목 \n"));
/// ```
pub fn fingerprint(text: &str) -> String {
    let digest = Sha256::digest(text.as_bytes());
    digest[..8].iter().map(|b| format!("{b:02x}")).collect()
}

/// The record in `<book_root>/src/editions-in-sync.toml` (empty if there is
/// none yet).
///
/// # Errors
/// If the file exists but cannot be read or parsed.
pub fn read_record(book_root: &Path) -> Result<Record, Error> {
    let path = book_root.join(RECORD);
    match std::fs::read_to_string(&path) {
        Ok(text) => toml::from_str(&text).map_err(|e| Error(format!("{}: {e}", path.display()))),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(Record::new()),
        Err(e) => Err(Error(format!("{}: {e}", path.display()))),
    }
}

/// Writes the record, with a header that says what it is.
///
/// # Errors
/// If the file cannot be written.
pub fn write_record(book_root: &Path, record: &Record) -> Result<(), Error> {
    let path = book_root.join(RECORD);
    let body = toml::to_string(record).map_err(|e| Error(e.to_string()))?;
    let text = format!(
        "# Each page as it was, in every edition, when its twins were last read side by\n\
         # side and found to say the same (the first 16 hex digits of its SHA-256).\n\
         # tests/editions_in_sync.rs fails when a page has changed since; check its twins,\n\
         # then record them with `cargo xtask sync-mark <page>` (e.g. ch02/loss.md).\n\n\
         {body}"
    );
    std::fs::write(&path, text).map_err(|e| Error(format!("{}: {e}", path.display())))
}

/// The file of `page` in `edition` under `book_root`.
pub fn page_file(book_root: &Path, edition: &str, page: &str) -> PathBuf {
    book_root.join("src").join(edition).join(page)
}

/// The fingerprints of `page` in every edition today.
///
/// # Errors
/// If a page file cannot be read.
pub fn current(
    book_root: &Path,
    editions: &[crate::Edition],
    page: &str,
) -> Result<BTreeMap<String, String>, Error> {
    editions
        .iter()
        .map(|e| {
            let file = page_file(book_root, &e.code, page);
            let text = std::fs::read_to_string(&file)
                .map_err(|err| Error(format!("{}: {err}", file.display())))?;
            Ok((e.code.clone(), fingerprint(&text)))
        })
        .collect()
}

/// What the guard says about one page: `None` when every edition is as
/// recorded, or a sentence for whoever changed it.
///
/// ```
/// use std::collections::BTreeMap;
/// use book_editions::sync::verdict;
///
/// let map = |pairs: &[(&str, &str)]| -> BTreeMap<String, String> {
///     pairs.iter().map(|(k, v)| (k.to_string(), v.to_string())).collect()
/// };
/// let recorded = map(&[("en", "1"), ("ko", "2")]);
/// assert_eq!(verdict("a.md", Some(&recorded), &recorded), None);
/// let ko_changed = map(&[("en", "1"), ("ko", "3")]);
/// let said = verdict("a.md", Some(&recorded), &ko_changed).unwrap();
/// assert!(said.contains("src/ko/a.md changed") && said.contains("src/en/a.md"));
/// ```
pub fn verdict(
    page: &str,
    recorded: Option<&BTreeMap<String, String>>,
    now: &BTreeMap<String, String>,
) -> Option<String> {
    let Some(recorded) = recorded else {
        return Some(format!(
            "{page} has never been marked in sync: read its editions side by side, then run \
             `cargo xtask sync-mark {page}`"
        ));
    };
    if recorded == now {
        return None;
    }
    let changed: Vec<&String> = now
        .iter()
        .filter(|(code, hash)| recorded.get(*code) != Some(*hash))
        .map(|(code, _)| code)
        .collect();
    let unchanged: Vec<&String> = now.keys().filter(|code| !changed.contains(code)).collect();
    let list = |codes: &[&String]| {
        codes
            .iter()
            .map(|c| format!("src/{c}/{page}"))
            .collect::<Vec<_>>()
            .join(", ")
    };
    Some(if unchanged.is_empty() {
        format!(
            "{} all changed since they were marked in sync: check they still say the same, \
             then run `cargo xtask sync-mark {page}`",
            list(&changed)
        )
    } else {
        format!(
            "{} changed since it was marked in sync with {}: make the twins say the same, \
             then run `cargo xtask sync-mark {page}`",
            list(&changed),
            list(&unchanged)
        )
    })
}
