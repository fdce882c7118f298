//! The book's editions, defined once in `book.toml`:
//!
//! ```toml
//! [[preprocessor.editions.list]]
//! code = "ko"
//! name = "한국어"
//! title = "…"
//! description = "…"
//! labels = { other-editions = "다른 언어", search = "검색", note = "참고", … }
//! ```
//!
//! The first entry is the default edition, the one `[book]` describes, so
//! that plain `mdbook build` builds it. `cargo xtask` builds each edition
//! from `src/<code>/` into `book/<code>/`, the `editions` preprocessor links
//! every page to its twins, `build.rs` and the whole-book tests read the list
//! from here, and the build writes it to `book/editions.json` for the
//! browser. Adding an edition means adding an entry (and its pages).

use std::path::Path;

use serde::{Deserialize, Serialize};

pub mod sync;

/// The file each edition is printed to, beside its pages
/// (`book/<code>/if-someone-asks.pdf`): `cargo xtask pdf` prints it, and the
/// preface links to it. The same name in every edition, so that an edition
/// made from a copy of another's pages links to its own PDF.
pub const PDF_FILE: &str = "if-someone-asks.pdf";

/// Where in `book.toml` the list lives, as mdBook's `Config::get` spells it.
pub const CONFIG_KEY: &str = "preprocessor.editions.list";

/// One language edition of the book.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case", deny_unknown_fields)]
pub struct Edition {
    /// Language code: `<html lang>`, the source folder `src/<code>/` and the
    /// output folder `book/<code>/`.
    pub code: String,
    /// The language's name in itself, the text of the link to this edition.
    pub name: String,
    /// The book's title in this edition.
    pub title: String,
    /// The book's description in this edition.
    pub description: String,
    /// The words the tooling puts on this edition's pages.
    pub labels: Labels,
    /// Whether this is the edition for readers whose browser prefers none of
    /// the book's languages (at most one edition; the first if none).
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub fallback: bool,
}

/// The words the tooling puts on an edition's pages, in its language.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case", deny_unknown_fields)]
pub struct Labels {
    /// What the list of links to the other editions is called.
    pub other_editions: String,
    /// The search button.
    pub search: String,
    /// The title of an aside.
    pub note: String,
    /// The title of a box about where the original post is wrong or loose.
    pub erratum: String,
    /// The title of a remark about Rust rather than deep learning.
    pub rust_note: String,
    /// The title of a section's answer, as a reader could say it out loud.
    pub answer: String,
    /// What a numbered code listing is called in its caption.
    pub listing: String,
    /// What a numbered figure is called in its caption.
    pub figure: String,
}

/// Why the editions could not be read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Error(pub String);

impl std::fmt::Display for Error {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for Error {}

#[derive(Deserialize)]
struct BookToml {
    #[serde(default)]
    book: BookSection,
    #[serde(default)]
    build: BuildSection,
    preprocessor: Option<Preprocessors>,
}

#[derive(Default, Deserialize)]
struct BuildSection {
    #[serde(rename = "build-dir")]
    build_dir: Option<String>,
}

#[derive(Default, Deserialize)]
struct BookSection {
    language: Option<String>,
    src: Option<String>,
    title: Option<String>,
}

#[derive(Deserialize)]
struct Preprocessors {
    editions: Option<EditionsTable>,
}

#[derive(Deserialize)]
struct EditionsTable {
    list: Vec<Edition>,
}

/// The editions `book.toml` (given as text) defines, checked: at least one,
/// codes unique and usable as folder names, and `[book]` describing the
/// first.
///
/// # Errors
/// If the text is not TOML, has no `[[preprocessor.editions.list]]`, or the
/// list breaks one of the rules above.
///
/// ```
/// let toml = r#"
/// [book]
/// language = "ko"
/// src = "src/ko"
/// title = "제목"
/// [build]
/// build-dir = "book/ko"
/// [[preprocessor.editions.list]]
/// code = "ko"
/// name = "한국어"
/// title = "제목"
/// description = "설명"
/// labels = { other-editions = "다른 언어", search = "검색", note = "참고", erratum = "원래 글", rust-note = "러스트", answer = "답", listing = "예제", figure = "그림" }
/// "#;
/// let editions = book_editions::parse(toml).unwrap();
/// assert_eq!(editions[0].code, "ko");
/// ```
pub fn parse(book_toml: &str) -> Result<Vec<Edition>, Error> {
    let parsed: BookToml =
        toml::from_str(book_toml).map_err(|e| Error(format!("book.toml: {e}")))?;
    let list = parsed
        .preprocessor
        .and_then(|p| p.editions)
        .map(|e| e.list)
        .ok_or_else(|| Error("book.toml has no [[preprocessor.editions.list]]".into()))?;
    check(&list)?;
    let first = &list[0];
    let expected_src = format!("src/{}", first.code);
    let expected_build_dir = format!("book/{}", first.code);
    let book = &parsed.book;
    if book.language.as_deref() != Some(first.code.as_str())
        || book.src.as_deref() != Some(expected_src.as_str())
        || book.title.as_deref() != Some(first.title.as_str())
        || parsed.build.build_dir.as_deref() != Some(expected_build_dir.as_str())
    {
        return Err(Error(format!(
            "[book] and [build] must describe the first edition, `{}`: language = \"{}\", \
             src = \"{expected_src}\", its title, and build-dir = \"{expected_build_dir}\"",
            first.code, first.code
        )));
    }
    Ok(list)
}

/// Every Markdown file of an edition, `SUMMARY.md` included, as paths
/// relative to `src/<code>/` with `/` between folders (`ch02/loss.md`),
/// sorted.
///
/// # Errors
/// If the edition's folder cannot be read.
///
/// ```
/// let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");
/// let pages = book_editions::pages(&root, "en").unwrap();
/// assert!(pages.contains(&"SUMMARY.md".to_owned()) && pages.contains(&"ch02/loss.md".to_owned()));
/// ```
pub fn pages(book_root: &Path, code: &str) -> Result<Vec<String>, Error> {
    let base = book_root.join("src").join(code);
    let mut found = Vec::new();
    for entry in walkdir::WalkDir::new(&base) {
        let entry = entry.map_err(|e| Error(format!("{}: {e}", base.display())))?;
        let path = entry.path();
        if entry.file_type().is_file() && path.extension().is_some_and(|e| e == "md") {
            let relative = path
                .strip_prefix(&base)
                .expect("below the edition's folder");
            found.push(relative.to_string_lossy().replace('\\', "/"));
        }
    }
    found.sort();
    Ok(found)
}

/// The editions defined in `<book_root>/book.toml`.
///
/// # Errors
/// As [`parse`], or if the file cannot be read.
pub fn read(book_root: &Path) -> Result<Vec<Edition>, Error> {
    let path = book_root.join("book.toml");
    let text =
        std::fs::read_to_string(&path).map_err(|e| Error(format!("{}: {e}", path.display())))?;
    parse(&text)
}

/// Checks a list of editions: not empty, codes unique, each a plain folder
/// name (letters, digits and `-`).
///
/// # Errors
/// Naming the first rule broken.
///
/// ```
/// use book_editions::{Edition, Labels, check};
///
/// let edition = |code: &str| Edition {
///     code: code.into(),
///     name: code.into(),
///     title: String::new(),
///     description: String::new(),
///     labels: Labels::default(),
///     fallback: false,
/// };
/// assert!(check(&[edition("ko"), edition("en")]).is_ok());
/// assert!(check(&[edition("ko"), edition("ko")]).is_err());
/// assert!(check(&[edition("../x")]).is_err());
/// assert!(check(&[]).is_err());
/// ```
pub fn check(editions: &[Edition]) -> Result<(), Error> {
    if editions.is_empty() {
        return Err(Error("book.toml defines no editions".into()));
    }
    for (i, edition) in editions.iter().enumerate() {
        let plain = !edition.code.is_empty()
            && edition
                .code
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || c == '-');
        if !plain {
            return Err(Error(format!(
                "edition code `{}` must be letters, digits and `-` (it names folders)",
                edition.code
            )));
        }
        if editions[..i].iter().any(|e| e.code == edition.code) {
            return Err(Error(format!(
                "edition `{}` is defined twice",
                edition.code
            )));
        }
    }
    if editions.iter().filter(|e| e.fallback).count() > 1 {
        return Err(Error("only one edition can be the fallback".into()));
    }
    Ok(())
}

/// The edition for readers whose browser prefers none of the book's
/// languages: the one marked `fallback = true`, or else the first.
///
/// # Panics
/// If `editions` is empty ([`parse`] never returns an empty list).
///
/// ```
/// # use book_editions::{Edition, Labels, fallback};
/// # let edition = |code: &str, fallback: bool| Edition { code: code.into(), name: code.into(),
/// #     title: String::new(), description: String::new(), fallback,
/// #     labels: Labels::default() };
/// assert_eq!(fallback(&[edition("ko", false), edition("en", true)]).code, "en");
/// assert_eq!(fallback(&[edition("ko", false), edition("en", false)]).code, "ko");
/// ```
pub fn fallback(editions: &[Edition]) -> &Edition {
    editions
        .iter()
        .find(|e| e.fallback)
        .unwrap_or_else(|| editions.first().expect("a checked list is not empty"))
}

/// The edition whose code is `language`, or the first (default) edition
/// when `language` is `None` or names none of them.
///
/// ```
/// # use book_editions::{Edition, Labels, current};
/// # let edition = |code: &str| Edition { code: code.into(), name: code.into(),
/// #     title: String::new(), description: String::new(), fallback: false,
/// #     labels: Labels::default() };
/// let editions = [edition("ko"), edition("en")];
/// assert_eq!(current(&editions, Some("en")).code, "en");
/// assert_eq!(current(&editions, None).code, "ko");
/// ```
///
/// # Panics
/// If `editions` is empty ([`parse`] never returns an empty list).
pub fn current<'a>(editions: &'a [Edition], language: Option<&str>) -> &'a Edition {
    language
        .and_then(|code| editions.iter().find(|e| e.code == code))
        .unwrap_or_else(|| editions.first().expect("a checked list is not empty"))
}

/// The list as JSON, for the browser: what the build writes to
/// `book/editions.json`.
///
/// ```
/// # use book_editions::{Edition, Labels, to_json};
/// # let edition = |code: &str| Edition { code: code.into(), name: code.into(),
/// #     title: String::new(), description: String::new(), fallback: false,
/// #     labels: Labels::default() };
/// assert!(to_json(&[edition("ko")]).contains("\"code\": \"ko\""));
/// ```
pub fn to_json(editions: &[Edition]) -> String {
    serde_json::to_string_pretty(editions).expect("plain strings serialize") + "\n"
}

#[cfg(test)]
mod tests {
    use super::*;

    const TWO: &str = r#"
[book]
language = "ko"
src = "src/ko"
title = "책"

[build]
build-dir = "book/ko"

[[preprocessor.editions.list]]
code = "ko"
name = "한국어"
title = "책"
description = "설명"
labels = { other-editions = "다른 언어", search = "검색", note = "참고", erratum = "원래 글", rust-note = "러스트", answer = "답", listing = "예제", figure = "그림" }

[[preprocessor.editions.list]]
code = "en"
name = "English"
title = "Book"
description = "About"
labels = { other-editions = "Other languages", search = "Search", note = "Note", erratum = "Post", rust-note = "Rust", answer = "Answer", listing = "Listing", figure = "Figure" }
"#;

    #[test]
    fn the_list_keeps_its_order() {
        let codes: Vec<String> = parse(TWO).unwrap().into_iter().map(|e| e.code).collect();
        assert_eq!(codes, ["ko", "en"]);
    }

    #[test]
    fn book_must_describe_the_first_edition() {
        let wrong = TWO.replace("language = \"ko\"", "language = \"en\"");
        assert!(parse(&wrong).unwrap_err().0.contains("first edition"));
    }

    #[test]
    fn a_missing_label_is_an_error_not_a_blank() {
        let missing = TWO.replace(", search = \"Search\"", "");
        assert!(parse(&missing).unwrap_err().0.contains("search"));
    }

    #[test]
    fn the_books_own_definition_parses() {
        let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");
        let editions = read(&root).unwrap();
        assert!(editions.len() >= 2);
    }
}
