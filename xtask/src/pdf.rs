//! `cargo xtask pdf`: each edition printed to a PDF beside its pages
//! (`book/<code>/if-someone-asks.pdf`, [`book_editions::PDF_FILE`]), which the
//! preface links to. Chromium prints the edition's whole-book page
//! (`print.html`) with the book's print style (`theme/css/book.css`,
//! `theme/js/print.js`): page numbers, the chapter at the head of each
//! sheet, bookmarks from the headings. The script that drives it is
//! `tools/book-pdf/print.mjs`; `cargo xtask test` prints the book it tests
//! the same way, and the browser tests check the PDFs.

use std::path::{Path, PathBuf};
use std::process::Command;

use book_server::BookServer;

use crate::{browser, root, run};

/// Where the printing script and its npm package live.
pub fn tool_dir() -> PathBuf {
    root().join("tools").join("book-pdf")
}

/// Prints every edition of the book built in `book`, served at `url`, with
/// `chromium`.
pub fn print(chromium: &Path, url: &str, book: &Path) -> Result<(), String> {
    let editions = book_editions::read(&root()).map_err(|e| e.to_string())?;
    let started = std::time::Instant::now();
    let mut node = Command::new("node");
    node.arg(tool_dir().join("print.mjs"))
        .arg(url)
        .arg(book)
        .arg(book_editions::PDF_FILE)
        .args(editions.iter().map(|edition| &edition.code))
        .env("CHROMIUM", chromium);
    run(&mut node).map_err(|e| format!("{e}\nxtask: printing the PDFs needs Node.js on PATH"))?;
    eprintln!(
        "xtask: printed {} to PDF in {:.1} s",
        editions
            .iter()
            .map(|e| format!("{}/{}", e.code, book_editions::PDF_FILE))
            .collect::<Vec<_>>()
            .join(" and "),
        started.elapsed().as_secs_f64()
    );
    Ok(())
}

/// `cargo xtask pdf`: builds the book into `book/` and prints each edition
/// there.
pub fn build_and_print() -> Result<(), String> {
    let chromium = std::thread::spawn(browser::prepare_printing);
    crate::build()?;
    let chromium = chromium
        .join()
        .map_err(|_| "preparing Chromium panicked".to_owned())??;
    let book = root().join("book");
    let server = BookServer::start("127.0.0.1:0", "/", book.clone(), false)?;
    print(&chromium, server.url(), &book)
}
