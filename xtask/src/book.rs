//! Building the book: every edition `book.toml` defines, each into
//! `<out>/<code>/` with its search index and the listings' downloads, plus
//! `<out>/index.html` (the front door that picks an edition) and
//! `<out>/editions.json` (the list, for the browser).

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

use book_editions::Edition;

use crate::tools::Tools;
use crate::{cargo, root, run};

/// The preprocessor binaries mdBook runs. `book.toml` runs them with `cargo
/// run` so that plain `mdbook build` works; xtask builds them once and hands
/// mdBook the binaries through the environment, saving a cargo start-up per
/// preprocessor, per edition, per rebuild.
pub struct Preprocessors {
    plot: PathBuf,
    editions: PathBuf,
    asides: PathBuf,
}

/// Builds the preprocessors with the `preprocessors` profile (optimised;
/// quick when nothing changed) and returns them.
pub fn build_preprocessors() -> Result<Preprocessors, String> {
    run(cargo().args([
        "build",
        "--quiet",
        "--profile",
        "preprocessors",
        "--package",
        "mdbook-plot",
        "--package",
        "mdbook-editions",
        "--package",
        "mdbook-asides",
    ]))?;
    let binaries = root().join("target").join("preprocessors");
    let exe = |name: &str| binaries.join(format!("{name}{}", std::env::consts::EXE_SUFFIX));
    Ok(Preprocessors {
        plot: exe("mdbook-plot"),
        editions: exe("mdbook-editions"),
        asides: exe("mdbook-asides"),
    })
}

/// Everything a build needs besides the sources.
pub struct Toolbox {
    pub tools: Tools,
    pub preprocessors: Preprocessors,
    pub pagefind: PathBuf,
}

impl Toolbox {
    /// Installs what is missing and builds the preprocessors.
    pub fn ready() -> Result<Toolbox, String> {
        Ok(Toolbox {
            tools: crate::tools::ensure()?,
            preprocessors: build_preprocessors()?,
            pagefind: crate::search::ensure()?,
        })
    }
}

/// Whole builds of a copy of the book: what adding an edition to
/// `book.toml` takes, and what a rebuild may carry over.
#[cfg(test)]
mod whole_builds {
    use super::*;

    /// The tools `cargo xtask build` installed; these tests install nothing.
    fn toolbox() -> Toolbox {
        Toolbox {
            tools: crate::tools::installed().unwrap_or_else(|e| panic!("{e}")),
            preprocessors: build_preprocessors().unwrap(),
            pagefind: crate::search::installed().unwrap_or_else(|e| panic!("{e}")),
        }
    }

    /// A copy of the book's sources in a temporary folder.
    fn copy_of_the_book() -> tempfile::TempDir {
        let copy = tempfile::tempdir().unwrap();
        for file in ["book.toml", "Cargo.lock"] {
            std::fs::copy(root().join(file), copy.path().join(file)).unwrap();
        }
        for dir in ["src", "theme", "listings"] {
            copy_tree(&root().join(dir), &copy.path().join(dir));
        }
        copy
    }

    fn copy_tree(from: &Path, to: &Path) {
        std::fs::create_dir_all(to).unwrap();
        for entry in std::fs::read_dir(from).unwrap().flatten() {
            let name = entry.file_name();
            if name == "target" || name == "node_modules" {
                continue;
            }
            let path = entry.path();
            if path.is_dir() {
                copy_tree(&path, &to.join(&name));
            } else {
                std::fs::copy(&path, to.join(&name)).unwrap();
            }
        }
    }

    #[test]
    fn a_rebuild_that_carries_unchanged_editions_over_equals_a_full_build() {
        let toolbox = toolbox();
        let copy = copy_of_the_book();
        let sources = copy.path();
        let first = book_editions::read(sources).unwrap()[0].code.clone();
        build(sources, &sources.join("before"), &toolbox).unwrap();
        let page = sources.join("src").join(&first).join("ch02/relu.md");
        let mut text = std::fs::read_to_string(&page).unwrap();
        text.push_str("\nOne more line.\n");
        std::fs::write(&page, text).unwrap();
        let reuse = Reuse {
            previous: &sources.join("before"),
            changed: std::slice::from_ref(&first),
        };
        build_reusing(sources, &sources.join("incremental"), &toolbox, Some(reuse)).unwrap();
        build(sources, &sources.join("full"), &toolbox).unwrap();
        compare(
            &snapshot(&sources.join("full")).unwrap(),
            &snapshot(&sources.join("incremental")).unwrap(),
        )
        .unwrap();
        let before = snapshot(&sources.join("before")).unwrap();
        let after = snapshot(&sources.join("full")).unwrap();
        assert!(
            compare(&before, &after).is_err(),
            "the edit shows in the build"
        );
    }

    #[test]
    fn a_third_edition_needs_only_its_entry_in_book_toml_and_its_pages() {
        let toolbox = toolbox();
        let copy = copy_of_the_book();
        let sources = copy.path();
        // The only edit: one more entry in the definition (and the pages).
        let mut book_toml = std::fs::read_to_string(sources.join("book.toml")).unwrap();
        book_toml.push_str(
            "\n[[preprocessor.editions.list]]\n\
             code = \"xx\"\n\
             name = \"Test\"\n\
             title = \"A test edition\"\n\
             description = \"The English pages under another code\"\n\
             labels = { other-editions = \"Others\", search = \"Find\", note = \"N\", erratum = \"E\", rust-note = \"R\", answer = \"A\" }\n",
        );
        std::fs::write(sources.join("book.toml"), book_toml).unwrap();
        copy_tree(
            &sources.join("src").join("en"),
            &sources.join("src").join("xx"),
        );

        let out = sources.join("book");
        build(sources, &out, &toolbox).unwrap();

        let editions = book_editions::read(sources).unwrap();
        assert_eq!(editions.len(), 3);
        assert!(out.join("xx/ch02/sigmoid.html").is_file());
        assert!(
            out.join("xx/pagefind/pagefind.js").is_file(),
            "xx has a search index"
        );
        assert!(
            out.join("xx/listings/ch02-activation-and-loss.zip")
                .is_file()
        );
        assert!(
            std::fs::read_to_string(out.join("index.html"))
                .unwrap()
                .contains("\"xx\"")
        );
        assert!(
            std::fs::read_to_string(out.join("editions.json"))
                .unwrap()
                .contains("\"xx\"")
        );

        // The whole-book checks, run on the copy, see three editions: the
        // same pages and code in each, every page linking to both twins.
        let checks = ["parity", "code_blocks", "numbers", "built_book"];
        let mut command = cargo();
        command.args(["test", "--quiet", "--workspace"]);
        for check in checks {
            command.args(["--test", check]);
        }
        let output = command.env("BOOK_ROOT", sources).output().unwrap();
        assert!(
            output.status.success(),
            "the whole-book checks fail on a book with a third edition:\n{}\n{}",
            String::from_utf8_lossy(&output.stdout),
            String::from_utf8_lossy(&output.stderr)
        );
    }
}

/// `mdbook` set up to build `edition` of the book at `sources`: `book.toml`
/// with the source folder, language, title and description overridden
/// through mdBook's environment variables.
pub fn mdbook(sources: &Path, edition: &Edition, toolbox: &Toolbox) -> Command {
    let mut command = Command::new(toolbox.tools.mdbook());
    command
        .current_dir(sources)
        .env("PATH", toolbox.tools.path_env())
        .env("MDBOOK_BOOK__SRC", format!("src/{}", edition.code))
        .env("MDBOOK_BOOK__LANGUAGE", &edition.code)
        .env("MDBOOK_BOOK__TITLE", &edition.title)
        .env("MDBOOK_BOOK__DESCRIPTION", &edition.description)
        .env(
            "MDBOOK_PREPROCESSOR__PLOT__COMMAND",
            &toolbox.preprocessors.plot,
        )
        .env(
            "MDBOOK_PREPROCESSOR__EDITIONS__COMMAND",
            &toolbox.preprocessors.editions,
        )
        .env(
            "MDBOOK_PREPROCESSOR__ASIDES__COMMAND",
            &toolbox.preprocessors.asides,
        )
        // mdbook-katex 0.10.0, the newest, was built against mdBook 0.5.3
        // and warns on every run that it is called from 0.5.4. That one
        // warning (target `mdbook_katex`) is silenced here on purpose; its
        // warnings about formulas it cannot render (`mdbook_katex::render`)
        // still show, and fail the build.
        .env(
            "RUST_LOG",
            "info,mdbook_katex=error,mdbook_katex::render=warn",
        );
    command
}

/// Builds every edition of the book at `sources` into `out`.
pub fn build(sources: &Path, out: &Path, toolbox: &Toolbox) -> Result<(), String> {
    build_reusing(sources, out, toolbox, None)
}

/// What a rebuild may carry over from the build before it: every edition
/// whose own sources (`src/<code>/`) did not change. Nothing on an
/// edition's pages depends on another edition's sources (its links to its
/// twins follow from page paths alone), so carrying it over gives the same
/// bytes as building it again.
pub struct Reuse<'a> {
    /// The previous build's folder.
    pub previous: &'a Path,
    /// The codes of the editions whose sources changed.
    pub changed: &'a [String],
}

/// Builds the book at `sources` into `out`, building afresh only what
/// `reuse` does not allow to carry over.
pub fn build_reusing(
    sources: &Path,
    out: &Path,
    toolbox: &Toolbox,
    reuse: Option<Reuse>,
) -> Result<(), String> {
    let editions = book_editions::read(sources).map_err(|e| e.to_string())?;
    let mut fresh = Vec::new();
    for edition in &editions {
        let carried = reuse.as_ref().and_then(|r| {
            let previous = r.previous.join(&edition.code);
            (!r.changed.contains(&edition.code) && previous.is_dir()).then_some(previous)
        });
        match carried {
            Some(previous) => link_tree(&previous, &out.join(&edition.code))?,
            None => fresh.push(edition),
        }
    }
    let mut builds = Vec::new();
    for edition in &fresh {
        let child = mdbook(sources, edition, toolbox)
            .arg("build")
            .arg("--dest-dir")
            .arg(out.join(&edition.code))
            .stdout(Stdio::null())
            .stderr(Stdio::piped())
            .spawn()
            .map_err(|e| format!("could not start mdbook: {e}"))?;
        builds.push((&edition.code, child));
    }
    // Each edition is indexed for search as soon as mdBook has built it.
    let mut problems = Vec::new();
    let mut indexing = Vec::new();
    for (code, child) in builds {
        let output = child
            .wait_with_output()
            .map_err(|e| format!("mdbook ({code}): {e}"))?;
        let log = String::from_utf8_lossy(&output.stderr);
        let complaints = complaints(&log);
        for line in &complaints {
            eprintln!("mdbook ({code}): {line}");
        }
        if output.status.success() && complaints.is_empty() {
            indexing.push(crate::search::spawn_index(
                &toolbox.pagefind,
                &out.join(code),
            )?);
        } else {
            problems.push(format!(
                "building the {code} edition {}",
                if output.status.success() {
                    "logged warnings or errors"
                } else {
                    "failed"
                }
            ));
        }
    }
    for index in indexing {
        if let Err(problem) = index.finish() {
            problems.push(problem);
        }
    }
    if !problems.is_empty() {
        return Err(problems.join("; "));
    }
    let fresh_dirs: Vec<PathBuf> = fresh.iter().map(|e| out.join(&e.code)).collect();
    crate::downloads::write(
        &sources.join("listings"),
        &sources.join("Cargo.lock"),
        &fresh_dirs,
    )?;
    write(&out.join("index.html"), &front_door(&editions))?;
    write(
        &out.join("editions.json"),
        &book_editions::to_json(&editions),
    )?;
    Ok(())
}

/// `to` as a copy of `from` made of hard links (a real copy where the file
/// system cannot link): instant, and safe because no build writes into a
/// file it did not create.
fn link_tree(from: &Path, to: &Path) -> Result<(), String> {
    std::fs::create_dir_all(to).map_err(|e| format!("{}: {e}", to.display()))?;
    for entry in std::fs::read_dir(from).map_err(|e| format!("{}: {e}", from.display()))? {
        let entry = entry.map_err(|e| format!("{}: {e}", from.display()))?;
        let (source, target) = (entry.path(), to.join(entry.file_name()));
        if source.is_dir() {
            link_tree(&source, &target)?;
        } else if std::fs::hard_link(&source, &target).is_err() {
            std::fs::copy(&source, &target).map_err(|e| format!("{}: {e}", source.display()))?;
        }
    }
    Ok(())
}

fn write(path: &Path, text: &str) -> Result<(), String> {
    std::fs::write(path, text).map_err(|e| format!("could not write {}: {e}", path.display()))
}

/// The lines of mdBook's log (preprocessors' included) that report a
/// warning or an error, colour codes removed. mdBook carries on after, say,
/// an include it cannot read; the book's build does not.
fn complaints(log: &str) -> Vec<String> {
    log.lines()
        .map(strip_ansi)
        .filter(|line| {
            let words: Vec<&str> = line.split_whitespace().take(2).collect();
            words.iter().any(|w| *w == "WARN" || *w == "ERROR")
        })
        .collect()
}

fn strip_ansi(line: &str) -> String {
    let mut out = String::with_capacity(line.len());
    let mut chars = line.chars();
    while let Some(c) = chars.next() {
        if c == '\u{1b}' {
            // ESC [ … letter
            for d in chars.by_ref() {
                if d.is_ascii_alphabetic() {
                    break;
                }
            }
        } else {
            out.push(c);
        }
    }
    out
}

/// `index.html` at the top of the book: sends the reader to the edition in
/// the first of the browser's preferred languages that the book has (the
/// fallback edition when it has none of them), with plain links for readers
/// without JavaScript.
pub fn front_door(editions: &[Edition]) -> String {
    let codes: Vec<String> = editions.iter().map(|e| format!("{:?}", e.code)).collect();
    let links: Vec<String> = editions
        .iter()
        .map(|e| {
            format!(
                "<a href=\"{code}/\" hreflang=\"{code}\" lang=\"{code}\">{name}</a>",
                code = e.code,
                name = e.name
            )
        })
        .collect();
    let titles: Vec<&str> = editions.iter().map(|e| e.title.as_str()).collect();
    format!(
        r#"<!DOCTYPE html>
<html lang="{first}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{title}</title>
<script>
(function () {{
  var editions = [{codes}];
  var preferred = navigator.languages || [navigator.language || ""];
  for (var i = 0; i < preferred.length; i++) {{
    var code = String(preferred[i]).toLowerCase().split("-")[0];
    if (editions.indexOf(code) >= 0) {{ location.replace(code + "/"); return; }}
  }}
  location.replace({fallback:?} + "/");
}})();
</script>
</head>
<body>
<p>{links}</p>
</body>
</html>
"#,
        first = editions[0].code,
        fallback = book_editions::fallback(editions).code,
        title = titles.join(" · "),
        codes = codes.join(", "),
        links = links.join(" · "),
    )
}

/// Every file under a folder with its bytes.
pub type Snapshot = BTreeMap<PathBuf, Vec<u8>>;

/// Reads a whole built book.
pub fn snapshot(book: &Path) -> Result<Snapshot, String> {
    let mut files = Snapshot::new();
    read_tree(book, book, &mut files)?;
    Ok(files)
}

fn read_tree(base: &Path, dir: &Path, files: &mut Snapshot) -> Result<(), String> {
    let entries = std::fs::read_dir(dir).map_err(|e| format!("{}: {e}", dir.display()))?;
    for entry in entries.flatten() {
        let path = entry.path();
        if path.is_dir() {
            read_tree(base, &path, files)?;
        } else {
            let bytes = std::fs::read(&path).map_err(|e| format!("{}: {e}", path.display()))?;
            let relative = path
                .strip_prefix(base)
                .expect("below the book")
                .to_path_buf();
            files.insert(relative, bytes);
        }
    }
    Ok(())
}

/// An error naming the files that differ between two builds.
pub fn compare(first: &Snapshot, second: &Snapshot) -> Result<(), String> {
    let paths: std::collections::BTreeSet<&PathBuf> = first.keys().chain(second.keys()).collect();
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn compare_names_changed_added_and_removed_files() {
        let snapshot = |files: &[(&str, &[u8])]| -> Snapshot {
            files
                .iter()
                .map(|(p, b)| (PathBuf::from(p), b.to_vec()))
                .collect()
        };
        let a = snapshot(&[("x.html", b"1"), ("y.css", b"2")]);
        let changed = snapshot(&[("x.html", b"1"), ("y.css", b"9")]);
        let swapped = snapshot(&[("x.html", b"1"), ("z.js", b"3")]);
        assert_eq!(compare(&a, &a.clone()), Ok(()));
        assert_eq!(
            compare(&a, &changed),
            Err("two builds of book/ differ in: y.css".to_owned())
        );
        assert_eq!(
            compare(&a, &swapped),
            Err("two builds of book/ differ in: y.css, z.js".to_owned())
        );
    }

    #[test]
    fn warnings_and_errors_in_the_log_are_complaints() {
        let log = " INFO Book building has started\n\
                   \u{1b}[2m2026\u{1b}[0m \u{1b}[33m WARN\u{1b}[0m mdbook_katex::render: Rendering failed\n\
                   ERROR Error updating \"{{#include x}}\"\n";
        let found = complaints(log);
        assert_eq!(found.len(), 2, "{found:?}");
        assert!(found[0].contains("Rendering failed") && !found[0].contains('\u{1b}'));
    }

    #[test]
    fn the_front_door_knows_every_edition() {
        let editions = book_editions::read(&root()).unwrap();
        let html = front_door(&editions);
        for edition in &editions {
            assert!(html.contains(&format!("\"{}\"", edition.code)));
            assert!(html.contains(&format!("href=\"{}/\"", edition.code)));
        }
    }
}
