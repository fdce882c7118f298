//! Checks on the built HTML in `book/` (made by `cargo xtask build`, which
//! `cargo xtask test` runs first): every internal link, anchor and image
//! resolves; no page loads anything from another host; each edition says
//! which language it is in; every page links to its twin in the other edition.

mod common;

use std::collections::HashMap;
use std::path::{Path, PathBuf};

use common::{EDITIONS, collect, read, root, summary_pages};

fn book_dir() -> PathBuf {
    let book = root().join("book");
    assert!(
        book.join("ko/index.html").is_file() && book.join("en/index.html").is_file(),
        "book/ is not built: run `cargo xtask build` first (`cargo xtask test` does it for you)"
    );
    book
}

/// Every `.html` file of the built book, relative to `book/`.
fn html_files(book: &Path) -> Vec<String> {
    let mut found = Vec::new();
    collect(book, book, "html", &mut found);
    found.sort();
    found
}

/// The values of every `name="…"` attribute in `html`.
fn attribute_values<'a>(html: &'a str, name: &str) -> Vec<&'a str> {
    let needle = format!(" {name}=\"");
    let mut values = Vec::new();
    let mut rest = html;
    while let Some(start) = rest.find(&needle) {
        rest = &rest[start + needle.len()..];
        if let Some(end) = rest.find('"') {
            values.push(&rest[..end]);
            rest = &rest[end..];
        }
    }
    values
}

fn is_external(url: &str) -> bool {
    url.starts_with("http:") || url.starts_with("https:") || url.starts_with("//")
}

fn is_checkable(url: &str) -> bool {
    !(is_external(url)
        || url.starts_with("mailto:")
        || url.starts_with("javascript:")
        || url.starts_with("data:")
        || url.starts_with("{{")
        || url.is_empty())
}

/// Percent-decoding for the paths mdBook writes (ASCII plus UTF-8 escapes).
fn decode(path: &str) -> String {
    let bytes = path.as_bytes();
    let mut out = Vec::new();
    let mut i = 0;
    while i < bytes.len() {
        let escaped = (bytes[i] == b'%')
            .then(|| path.get(i + 1..i + 3))
            .flatten()
            .and_then(|hex| u8::from_str_radix(hex, 16).ok());
        match escaped {
            Some(byte) => {
                out.push(byte);
                i += 3;
            }
            None => {
                out.push(bytes[i]);
                i += 1;
            }
        }
    }
    String::from_utf8_lossy(&out).into_owned()
}

#[test]
fn every_internal_link_anchor_and_image_resolves() {
    let book = book_dir();
    let mut ids: HashMap<PathBuf, Vec<String>> = HashMap::new();
    let mut ids_of = |file: &Path| -> Vec<String> {
        ids.entry(file.to_path_buf())
            .or_insert_with(|| {
                let html = read(file);
                attribute_values(&html, "id")
                    .into_iter()
                    .map(String::from)
                    .collect()
            })
            .clone()
    };
    let mut problems = Vec::new();
    let mut checked = 0;
    for page in html_files(&book) {
        // The 404 page is served from wherever the missing page was; its
        // links are absolute to the site root, which is not known here.
        if page.ends_with("404.html") {
            continue;
        }
        let file = book.join(&page);
        let html = read(&file);
        let dir = file.parent().expect("a page is in a folder");
        for url in attribute_values(&html, "href")
            .into_iter()
            .chain(attribute_values(&html, "src"))
        {
            if !is_checkable(url) {
                continue;
            }
            checked += 1;
            let (path, fragment) = url.split_once('#').unwrap_or((url, ""));
            let path = path.split('?').next().unwrap_or("");
            let target = if path.is_empty() {
                file.clone()
            } else {
                let mut target = dir.join(decode(path));
                if path.ends_with('/') || target.is_dir() {
                    target = target.join("index.html");
                }
                target
            };
            if !target.is_file() {
                problems.push(format!("{page}: {url} → missing {}", target.display()));
                continue;
            }
            let is_page = target.extension().is_some_and(|e| e == "html");
            if !fragment.is_empty()
                && is_page
                && !ids_of(&target).iter().any(|id| id == &decode(fragment))
            {
                problems.push(format!("{page}: {url} → no id \"{fragment}\""));
            }
        }
    }
    assert!(
        checked > 100,
        "only {checked} links checked: is the book empty?"
    );
    assert!(
        problems.is_empty(),
        "{} broken:\n{}",
        problems.len(),
        problems.join("\n")
    );
}

#[test]
fn no_page_or_stylesheet_loads_anything_from_another_host() {
    let book = book_dir();
    let mut problems = Vec::new();
    for page in html_files(&book) {
        let html = read(&book.join(&page));
        for tag in [
            "<script", "<link", "<img", "<source", "<iframe", "<video", "<audio", "<image",
        ] {
            for element in html.split(tag).skip(1) {
                let element = &element[..element.find('>').unwrap_or(element.len())];
                let loads = attribute_values(element, "src")
                    .into_iter()
                    .chain(attribute_values(element, "href"))
                    .filter(|url| is_external(url))
                    .collect::<Vec<_>>();
                // <link rel="canonical"|"alternate"> points somewhere but loads nothing.
                let navigational = tag == "<link"
                    && (element.contains("rel=\"canonical\"")
                        || element.contains("rel=\"alternate\""));
                if !loads.is_empty() && !navigational {
                    problems.push(format!("{page}: {tag} loads {loads:?}"));
                }
            }
        }
        if html.contains("@import") {
            problems.push(format!("{page}: an @import"));
        }
    }
    let mut stylesheets = Vec::new();
    collect(&book, &book, "css", &mut stylesheets);
    assert!(!stylesheets.is_empty());
    for sheet in stylesheets {
        let css = read(&book.join(&sheet));
        for part in css.split("url(").skip(1) {
            let url = part.trim_start_matches(['"', '\'']);
            if is_external(url) {
                problems.push(format!("{sheet}: url({})", &url[..url.len().min(60)]));
            }
        }
        if css.contains("@import") {
            problems.push(format!("{sheet}: an @import"));
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

#[test]
fn each_edition_declares_its_language() {
    let book = book_dir();
    for edition in EDITIONS {
        for page in html_files(&book.join(edition)) {
            let html = read(&book.join(edition).join(&page));
            assert!(
                html.contains(&format!("<html lang=\"{edition}\"")),
                "book/{edition}/{page} does not say lang=\"{edition}\""
            );
        }
    }
}

#[test]
fn every_page_links_to_the_same_page_in_the_other_edition() {
    let book = book_dir();
    for (edition, other) in [("ko", "en"), ("en", "ko")] {
        for page in summary_pages(edition) {
            let html_page = page.replace(".md", ".html");
            let html = read(&book.join(edition).join(&html_page));
            let depth = html_page.matches('/').count() + 1;
            let expected = format!("{}{other}/{html_page}", "../".repeat(depth));
            assert!(
                attribute_values(&html, "href").contains(&expected.as_str()),
                "book/{edition}/{html_page} has no link to {expected}"
            );
        }
    }
}

#[test]
fn formulas_are_rendered_at_build_time() {
    let book = book_dir();
    for edition in EDITIONS {
        let html = read(&book.join(edition).join("ch02/sigmoid.html"));
        assert!(html.contains("class=\"katex"), "{edition}: no KaTeX markup");
        assert!(!html.contains("$$"), "{edition}: raw $$ left in the page");
    }
}

#[test]
fn figures_are_inline_svg_that_follow_the_theme() {
    let book = book_dir();
    for edition in EDITIONS {
        let html = read(&book.join(edition).join("ch02/sigmoid.html"));
        let figure = html
            .split("<figure class=\"plot\"")
            .nth(1)
            .expect("a figure on the sigmoid page");
        assert!(figure.contains("<svg") && figure.contains("currentColor"));
        assert!(figure.contains("<figcaption>"));
    }
}
