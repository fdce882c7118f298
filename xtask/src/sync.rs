//! `cargo xtask sync-mark [PAGE…]`: records that a page's editions say the
//! same, so that the drift guard (`tests/editions_in_sync.rs`) is quiet
//! until one of them changes again.

use book_editions::sync::{current, read_record, verdict, write_record};

use crate::root;

/// Every page of the first edition, as paths like `ch02/loss.md`, with
/// `SUMMARY.md` (the table of contents has twins too).
pub fn pages() -> Result<Vec<String>, String> {
    let editions = book_editions::read(&root()).map_err(|e| e.to_string())?;
    book_editions::pages(&root(), &editions[0].code).map_err(|e| e.to_string())
}

/// Records the named pages (every page if none is named) as in sync, and
/// says which of them had changed since the last mark.
pub fn mark(named: &[String]) -> Result<(), String> {
    let editions = book_editions::read(&root()).map_err(|e| e.to_string())?;
    let all = pages()?;
    let chosen: Vec<String> = if named.is_empty() {
        all.clone()
    } else {
        for page in named {
            if !all.contains(page) {
                return Err(format!("no page {page} (pages look like ch02/loss.md)"));
            }
        }
        named.to_vec()
    };
    let mut record = read_record(&root()).map_err(|e| e.to_string())?;
    record.retain(|page, _| all.contains(page));
    for page in &chosen {
        let now = current(&root(), &editions, page).map_err(|e| e.to_string())?;
        if verdict(page, record.get(page), &now).is_some() {
            eprintln!("xtask: {page}: its editions are recorded as saying the same");
        }
        record.insert(page.clone(), now);
    }
    write_record(&root(), &record).map_err(|e| e.to_string())?;
    eprintln!(
        "xtask: {} page(s) marked in sync in {}",
        chosen.len(),
        book_editions::sync::RECORD
    );
    Ok(())
}
