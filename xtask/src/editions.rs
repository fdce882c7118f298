//! The two editions and how each is built.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::process::Command;

use crate::tools::Tools;
use crate::{cargo, root, run};

/// One language edition of the book.
pub struct Edition {
    /// Language code, `<html lang>` and the folder under `book/`.
    pub code: &'static str,
    title: &'static str,
    description: &'static str,
}

/// Korean first: it is the default edition in `book.toml`.
pub const EDITIONS: [Edition; 2] = [
    Edition {
        code: "ko",
        title: "누가 물어보면 뭐라고 해야 할까 — 러스트로 배우는 딥러닝 기초",
        description: "딥러닝 기초를 러스트 코드로 설명하는 책",
    },
    Edition {
        code: "en",
        title: "If Someone Asks: Deep Learning Basics in Rust",
        description: "The basics of deep learning, explained with Rust code you can run",
    },
];

impl Edition {
    /// `mdbook` set up for this edition: `book.toml` with the source folder,
    /// language and title overridden through mdBook's environment variables,
    /// and the tools folder on `PATH`.
    pub fn mdbook(&self, tools: &Tools) -> Command {
        let mut command = Command::new(tools.mdbook());
        command
            .current_dir(root())
            .env("PATH", tools.path_env())
            .env("MDBOOK_BOOK__SRC", format!("src/{}", self.code))
            .env("MDBOOK_BOOK__LANGUAGE", self.code)
            .env("MDBOOK_BOOK__TITLE", self.title)
            .env("MDBOOK_BOOK__DESCRIPTION", self.description);
        command
    }
}

/// Builds both editions into `book/ko` and `book/en` and writes
/// `book/index.html`.
pub fn build_all(tools: &Tools) -> Result<(), String> {
    // Build the preprocessors once and let mdBook run the binaries directly:
    // `cargo run` in book.toml costs a cargo start-up per preprocessor, per
    // edition, per rebuild.
    run(cargo().args([
        "build",
        "--quiet",
        "--package",
        "mdbook-plot",
        "--package",
        "mdbook-edition-switch",
    ]))?;
    let binaries = root().join("target").join("debug");
    let mut builds = Vec::new();
    for edition in &EDITIONS {
        let mut command = edition.mdbook(tools);
        command
            .env(
                "MDBOOK_PREPROCESSOR__PLOT__COMMAND",
                binaries.join("mdbook-plot"),
            )
            .env(
                "MDBOOK_PREPROCESSOR__EDITION_SWITCH__COMMAND",
                binaries.join("mdbook-edition-switch"),
            )
            .arg("build")
            .arg("--dest-dir")
            .arg(root().join("book").join(edition.code));
        let child = command
            .spawn()
            .map_err(|e| format!("could not start mdbook: {e}"))?;
        builds.push((edition.code, child));
    }
    for (code, mut child) in builds {
        let status = child.wait().map_err(|e| format!("mdbook ({code}): {e}"))?;
        if !status.success() {
            return Err(format!("building the {code} edition failed ({status})"));
        }
    }
    let pagefind = crate::search::ensure()?;
    for edition in &EDITIONS {
        crate::search::index(&pagefind, &root().join("book").join(edition.code))?;
    }
    let edition_dirs: Vec<_> = EDITIONS
        .iter()
        .map(|e| root().join("book").join(e.code))
        .collect();
    crate::downloads::write(&edition_dirs)?;
    std::fs::write(root().join("book").join("index.html"), LANGUAGE_REDIRECT)
        .map_err(|e| format!("could not write book/index.html: {e}"))?;
    eprintln!("xtask: built book/ko and book/en");
    Ok(())
}

/// `book/index.html`: sends the reader to the edition in the first of the
/// browser's preferred languages that the book has (English when it has
/// none of them), with plain links for readers without JavaScript.
const LANGUAGE_REDIRECT: &str = r#"<!DOCTYPE html>
<html lang="ko">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>누가 물어보면 뭐라고 해야 할까 · If Someone Asks</title>
<script>
(function () {
  var preferred = navigator.languages || [navigator.language || ""];
  for (var i = 0; i < preferred.length; i++) {
    var code = String(preferred[i]).toLowerCase().slice(0, 2);
    if (code === "ko" || code === "en") { location.replace(code + "/"); return; }
  }
  location.replace("en/");
})();
</script>
</head>
<body>
<p><a href="ko/" hreflang="ko" lang="ko">한국어</a> · <a href="en/" hreflang="en" lang="en">English</a></p>
</body>
</html>
"#;

/// Every file under `book/` with its bytes.
pub type Snapshot = BTreeMap<PathBuf, Vec<u8>>;

/// Reads the whole built book.
pub fn snapshot() -> Result<Snapshot, String> {
    let book = root().join("book");
    let mut files = Snapshot::new();
    read_tree(&book, &book, &mut files)?;
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
            let relative = path.strip_prefix(base).expect("below book/").to_path_buf();
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
}
