//! The drift guard. `src/editions-in-sync.toml` records every page as it
//! was, in each edition, when its twins were last read side by side and
//! found to say the same. When one edition's page changes, this test names
//! its twins, so that whoever changed it looks at them too; once they say
//! the same, `cargo xtask sync-mark <page>` records the new contents.

use crate::common::{editions, root, summary_pages};
use book_editions::sync::{current, read_record, verdict};

#[test]
fn every_page_is_as_it_was_when_its_editions_were_last_marked_in_sync() {
    let definition = book_editions::read(&root()).expect("book.toml");
    let record = read_record(&root()).expect("the record parses");
    let mut pages = summary_pages(&editions()[0]);
    pages.push("SUMMARY.md".to_owned());
    let mut problems = Vec::new();
    for page in &pages {
        let now = current(&root(), &definition, page).expect("every edition has the page");
        if let Some(said) = verdict(page, record.get(page), &now) {
            problems.push(said);
        }
    }
    for recorded in record.keys() {
        if !pages.contains(recorded) {
            problems.push(format!(
                "{recorded} is in the record but no longer in the book: run `cargo xtask sync-mark`"
            ));
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}
