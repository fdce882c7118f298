//! `cargo xtask sync-mark [PAGE…]`: records that a page's editions say the
//! same, so that the drift guard (`tests/editions_in_sync.rs`) is quiet
//! until one of them changes again.

use book_editions::sync::{current, read_record, verdict, write_record};

use crate::root;

/// Every page of the first edition, as paths like `ch02/loss.md`, with
/// `SUMMARY.md` (the table of contents has twins too).
pub fn pages() -> Result<Vec<String>, String> {
    let editions = book_editions::read(&root()).map_err(|e| e.to_string())?;
    let base = root().join("src").join(&editions[0].code);
    let mut found = Vec::new();
    collect(&base, &base, &mut found)?;
    found.sort();
    Ok(found)
}

fn collect(
    base: &std::path::Path,
    dir: &std::path::Path,
    found: &mut Vec<String>,
) -> Result<(), String> {
    for entry in std::fs::read_dir(dir)
        .map_err(|e| format!("{}: {e}", dir.display()))?
        .flatten()
    {
        let path = entry.path();
        if path.is_dir() {
            collect(base, &path, found)?;
        } else if path.extension().is_some_and(|e| e == "md") {
            let relative = path.strip_prefix(base).expect("below the base");
            found.push(relative.to_string_lossy().replace('\\', "/"));
        }
    }
    Ok(())
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
