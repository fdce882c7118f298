//! Checks on the built HTML in `book/` (made by `cargo xtask build`, which
//! `cargo xtask test` runs first), read with an HTML parser (scraper, on
//! html5ever): every internal link, anchor and image resolves; no page loads
//! anything from another host; each edition says which language it is in;
//! every page links to its twins in the other editions.

use std::collections::HashMap;
use std::path::{Path, PathBuf};

use crate::common::{
    built_book, editions, files, formula_count, formula_count_in_asides, read, root, summary_pages,
};
use scraper::{Html, Selector};

fn book_dir() -> PathBuf {
    built_book()
}

/// Every `.html` file of the built book, relative to `book/`.
fn html_files(book: &Path) -> Vec<String> {
    files(book, "html")
}

fn selector(css: &str) -> Selector {
    Selector::parse(css).unwrap_or_else(|e| panic!("selector {css}: {e:?}"))
}

/// The values of `attribute` on every element `css` selects.
fn attributes(document: &Html, css: &str, attribute: &str) -> Vec<String> {
    document
        .select(&selector(css))
        .filter_map(|e| e.value().attr(attribute))
        .map(str::to_owned)
        .collect()
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
            .or_insert_with(|| attributes(&Html::parse_document(&read(file)), "[id]", "id"))
            .clone()
    };
    // Each edition's PDF is printed from the built book by a browser after
    // the build (`cargo xtask pdf`, and `cargo xtask test` while these
    // checks run), so it may not be there yet: the browser tests open the
    // preface's link to it and check the PDF itself. Here a link to it only
    // has to name the right file.
    let pdfs: Vec<PathBuf> = book_editions::read(&root())
        .unwrap_or_else(|e| panic!("{e}"))
        .iter()
        .map(|edition| book.join(&edition.code).join(book_editions::PDF_FILE))
        .collect();
    let mut pdf_links = 0;
    let mut problems = Vec::new();
    let mut checked = 0;
    for page in html_files(&book) {
        // The 404 page is served from wherever the missing page was; its
        // links resolve from a base its script finds (book-build's
        // not_found.rs), which the browser tests check.
        if page.ends_with("404.html") {
            continue;
        }
        let file = book.join(&page);
        let document = Html::parse_document(&read(&file));
        let dir = file.parent().expect("a page is in a folder");
        let urls = attributes(&document, "[href]", "href")
            .into_iter()
            .chain(attributes(&document, "[src]", "src"));
        for url in urls {
            if !is_checkable(&url) {
                continue;
            }
            checked += 1;
            let (path, fragment) = url.split_once('#').unwrap_or((&url, ""));
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
            if pdfs.contains(&target) {
                pdf_links += 1;
                continue;
            }
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
        pdf_links >= pdfs.len(),
        "{pdf_links} links to the editions' PDFs ({pdfs:?}): each preface links to its own"
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
        let document = Html::parse_document(&read(&book.join(&page)));
        let loading = "script[src], img[src], source[src], iframe[src], video[src], \
                       audio[src], image[href], link[href]";
        for element in document.select(&selector(loading)) {
            let value = element.value();
            // <link rel="canonical"|"alternate"> points somewhere but loads nothing.
            let navigational = value.name() == "link"
                && value.attr("rel").is_some_and(|rel| {
                    rel.split_whitespace()
                        .any(|r| r == "canonical" || r == "alternate")
                });
            let url = value
                .attr("src")
                .or_else(|| value.attr("href"))
                .unwrap_or("");
            if is_external(url) && !navigational {
                problems.push(format!("{page}: <{}> loads {url}", value.name()));
            }
        }
        for style in document.select(&selector("style")) {
            if style.text().any(|t| t.contains("@import")) {
                problems.push(format!("{page}: an @import in a <style>"));
            }
        }
    }
    let stylesheets = files(&book, "css");
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
    for edition in editions() {
        for page in html_files(&book.join(&edition)) {
            let document = Html::parse_document(&read(&book.join(&edition).join(&page)));
            let lang = attributes(&document, "html", "lang");
            assert_eq!(lang, vec![edition.as_str()], "book/{edition}/{page}");
        }
    }
}

#[test]
fn every_page_links_to_the_same_page_in_every_other_edition() {
    let book = book_dir();
    let editions = editions();
    for edition in &editions {
        for page in summary_pages(edition) {
            let html_page = page.replace(".md", ".html");
            let document = Html::parse_document(&read(&book.join(edition).join(&html_page)));
            let links = attributes(&document, "nav.edition-switch a", "href");
            let depth = html_page.matches('/').count() + 1;
            let expected: Vec<String> = editions
                .iter()
                .filter(|other| *other != edition)
                .map(|other| format!("{}{other}/{html_page}", "../".repeat(depth)))
                .collect();
            assert_eq!(links, expected, "book/{edition}/{html_page}");
        }
    }
}

#[test]
fn formulas_are_rendered_at_build_time() {
    let book = book_dir();
    for edition in editions() {
        let html = read(&book.join(&edition).join("ch02/sigmoid.html"));
        let document = Html::parse_document(&html);
        assert!(
            document.select(&selector(".katex")).next().is_some(),
            "{edition}: no KaTeX markup"
        );
        let main_text: String = document
            .select(&selector("main"))
            .flat_map(|m| m.text())
            .collect();
        assert!(
            !main_text.contains("$$"),
            "{edition}: raw $$ left in the page"
        );
    }
}

#[test]
fn every_formula_of_every_page_is_rendered_and_breaks_only_outside_brackets() {
    let book = book_dir();
    for edition in editions() {
        let source_of = |page: &str| read(&root().join("src").join(&edition).join(page));
        for page in summary_pages(&edition) {
            let source = source_of(&page);
            // The errata page is the chapters' erratum boxes, gathered by
            // mdbook-asides: its formulas are theirs.
            let expected = if source.contains("{{#errata}}") {
                summary_pages(&edition)
                    .iter()
                    .map(|chapter| formula_count_in_asides(&source_of(chapter), "ERRATUM"))
                    .sum()
            } else {
                formula_count(&source)
            };
            let html_page = page.replace(".md", ".html");
            let document = Html::parse_document(&read(&book.join(&edition).join(&html_page)));
            // KaTeX wraps each formula, inline or display, in one `.katex`.
            let rendered = document.select(&selector("main .katex")).count();
            assert_eq!(
                rendered, expected,
                "book/{edition}/{html_page}: formulas rendered vs. in the source"
            );
            // Each is drawn for the eye (HTML hidden from assistive
            // technology) and written for a screen reader (MathML), whose
            // copy of the TeX survived the page's Markdown: no emphasis
            // or other markup made of it.
            for formula in document.select(&selector("main .katex")) {
                let hidden = formula
                    .select(&selector(":scope > .katex-html[aria-hidden=true]"))
                    .count();
                let math = formula
                    .select(&selector(":scope > .katex-mathml > math > semantics"))
                    .count();
                let tex = formula.select(&selector("annotation")).count();
                let markup = formula
                    .select(&selector("annotation *, math em, math strong, math a"))
                    .count();
                assert!(
                    hidden == 1 && math == 1 && tex == 1 && markup == 0,
                    "book/{edition}/{html_page}: a formula without its MathML or with Markdown \
                     in it: {}",
                    formula.text().collect::<String>()
                );
            }
            // A line may break between two of an inline formula's `.base`
            // boxes only: none may leave a bracket open for the next line.
            for base in document.select(&selector("main .katex-html > .base")) {
                if base
                    .ancestors()
                    .filter_map(scraper::ElementRef::wrap)
                    .any(|e| e.value().classes().any(|c| c == "katex-display"))
                {
                    continue;
                }
                let text: String = base.text().collect();
                let opened = text.matches(['(', '[']).count();
                let closed = text.matches([')', ']']).count();
                assert_eq!(
                    opened, closed,
                    "book/{edition}/{html_page}: an inline formula may break inside a bracket, \
                     after `{text}`"
                );
            }
            // What follows an inline formula without a space (a particle,
            // a comma) is joined to it by a word joiner (U+2060, which
            // mdbook-math writes), so that it cannot start a line.
            for formula in document.select(&selector("main .katex")) {
                let Some(after) = formula
                    .next_sibling()
                    .and_then(|n| n.value().as_text().cloned())
                else {
                    continue;
                };
                let first = after.chars().next();
                assert!(
                    first.is_none_or(|c| c.is_whitespace() || c == '\u{2060}'),
                    "book/{edition}/{html_page}: `{}` may start a line after an inline formula",
                    after.chars().take(10).collect::<String>()
                );
            }
        }
    }
}

#[test]
fn figures_are_inline_svg_that_follow_the_theme() {
    let book = book_dir();
    for edition in editions() {
        let document = Html::parse_document(&read(&book.join(&edition).join("ch02/sigmoid.html")));
        let figure = document
            .select(&selector("figure.plot"))
            .next()
            .expect("a figure on the sigmoid page");
        let svg = figure
            .select(&selector("svg"))
            .next()
            .expect("an inline svg in the figure");
        assert!(
            svg.html().contains("currentColor"),
            "{edition}: the figure's colours are fixed"
        );
        assert!(
            figure.select(&selector("figcaption")).next().is_some(),
            "{edition}: no caption"
        );
    }
}

#[test]
fn figures_are_numbered_in_reading_order_within_each_chapter_alike_in_every_edition() {
    let book = book_dir();
    let defined = book_editions::read(&root()).expect("book.toml");
    let mut numbers_by_edition = Vec::new();
    for edition in &defined {
        let word = &edition.labels.figure;
        let mut next: HashMap<String, usize> = HashMap::new();
        let mut numbers = Vec::new();
        for page in summary_pages(&edition.code) {
            let html = page.replace(".md", ".html");
            let document = Html::parse_document(&read(&book.join(&edition.code).join(&html)));
            for caption in document.select(&selector("figure figcaption")) {
                let text = caption.text().collect::<String>();
                let chapter = page.split('/').next().unwrap_or_default();
                let label = if let Some(n) = chapter.strip_prefix("ch") {
                    n.trim_start_matches('0').to_owned()
                } else {
                    chapter[..1].to_uppercase()
                };
                let n = next.entry(label.clone()).or_insert(0);
                *n += 1;
                let expected = format!("{word} {label}-{n}: ");
                assert!(
                    text.starts_with(&expected),
                    "{}/{html}: caption {text:?} should start with {expected:?}",
                    edition.code
                );
                numbers.push(format!("{html} {label}-{n}"));
            }
        }
        assert!(
            numbers.len() >= 20,
            "{}: only {} figures",
            edition.code,
            numbers.len()
        );
        numbers_by_edition.push(numbers);
    }
    assert!(
        numbers_by_edition.windows(2).all(|w| w[0] == w[1]),
        "the editions number their figures differently"
    );
}

#[test]
fn the_build_writes_the_editions_for_the_browser() {
    let book = book_dir();
    let written = read(&book.join("editions.json"));
    let defined = book_editions::read(&root()).expect("book.toml");
    assert_eq!(written, book_editions::to_json(&defined));
}

/// Markdown that only shows in a page when something did not render it:
/// a heading or aside marker at the start of a line, or a directive.
fn unrendered_markdown(text: &str) -> Vec<String> {
    text.lines()
        .map(str::trim)
        .filter(|line| {
            line.starts_with("# ")
                || line.starts_with("## ")
                || line.starts_with("### ")
                || line.starts_with("> [!")
                || line.starts_with("[!")
                || line.contains("{{#")
                // Emphasis CommonMark could not close, e.g. `**과적합(overfitting)**이라고`:
                // a closing `**` after punctuation must not touch a letter.
                || line.contains("**")
        })
        .map(str::to_owned)
        .collect()
}

/// The text a reader sees in a page's `main`, less code, figures and
/// scripts.
fn reading_text(document: &Html) -> String {
    const SKIPPED: [&str; 6] = ["pre", "code", "svg", "script", "style", "math"];
    let mut text = String::new();
    for main in document.select(&selector("main")) {
        for node in main.descendants() {
            let Some(piece) = node.value().as_text() else {
                continue;
            };
            let hidden = node.ancestors().any(|a| {
                a.value()
                    .as_element()
                    .is_some_and(|e| SKIPPED.contains(&e.name()))
            });
            if !hidden {
                text.push_str(piece);
            }
        }
    }
    text
}

#[test]
fn no_markdown_is_left_unrendered_in_the_prose() {
    let book = book_dir();
    let mut leaks = Vec::new();
    for edition in editions() {
        for page in summary_pages(&edition) {
            let html_page = page.replace(".md", ".html");
            let document = Html::parse_document(&read(&book.join(&edition).join(&html_page)));
            for line in unrendered_markdown(&reading_text(&document)) {
                leaks.push(format!("book/{edition}/{html_page}: {line}"));
            }
        }
    }
    assert!(
        leaks.is_empty(),
        "raw Markdown in the built pages:\n{}",
        leaks.join("\n")
    );
}

#[test]
fn the_leak_finder_sees_what_a_renderer_left_behind() {
    assert_eq!(
        unrendered_markdown("text\n## Its derivative\n> [!NOTE]\nok {{#plot relu}}"),
        ["## Its derivative", "> [!NOTE]", "ok {{#plot relu}}"]
    );
    assert!(unrendered_markdown("A # in the middle, and C# too.").is_empty());
    assert_eq!(
        unrendered_markdown("이걸 **과적합(overfitting)**이라고 해"),
        ["이걸 **과적합(overfitting)**이라고 해"]
    );
}

/// The text of `element` a reader sees without asking: everything but the
/// lines mdBook marks as hidden (`span.boring`).
fn shown_text(element: scraper::ElementRef) -> String {
    element
        .descendants()
        .filter_map(|node| node.value().as_text().map(|text| (node, text)))
        .filter(|(node, _)| {
            !node.ancestors().any(|a| {
                a.value()
                    .as_element()
                    .is_some_and(|e| e.has_class("boring", scraper::CaseSensitivity::CaseSensitive))
            })
        })
        .map(|(_, text)| text.to_string())
        .collect()
}

/// The lines of `code` that open or close a doc comment's example.
fn doc_example_fences(code: &str) -> usize {
    code.lines()
        .map(str::trim_start)
        .filter(|l| l.starts_with("/// ```") || l.starts_with("//! ```"))
        .count()
}

#[test]
fn listings_show_no_doc_comment_examples_but_still_carry_them() {
    let book = book_dir();
    let rust = selector("code.language-rust");
    let (mut shown, mut carried) = (Vec::new(), 0);
    for page in html_files(&book) {
        let document = Html::parse_document(&read(&book.join(&page)));
        for code in document.select(&rust) {
            carried += doc_example_fences(&code.text().collect::<String>());
            if doc_example_fences(&shown_text(code)) > 0 {
                shown.push(page.clone());
            }
        }
    }
    assert!(
        shown.is_empty(),
        "listings that show a doc example: {shown:?}"
    );
    // The examples are still in the pages, hidden, so `mdbook test` runs them.
    assert!(
        carried > 100,
        "only {carried} doc-example fences in the listings"
    );
}
