//! The book's listings as a reader takes them home.
//!
//! Every folder under `listings/` with a `Cargo.toml` is a listing crate.
//! [`Listing::archive`] packs one into a zip a reader can download from the
//! chapter's page: its sources, examples, tests, data, benchmarks and
//! committed outputs, without the `// ANCHOR:` lines the book uses to cut out
//! excerpts, with a `Cargo.lock` cut down from the workspace's to what the
//! crate uses, and a short README. The same listing always gives the same
//! bytes: files in sorted order, one fixed timestamp, fixed permissions.

use std::fmt;
use std::io::{Cursor, Read, Write};
use std::path::{Path, PathBuf};
use std::process::Command;

use zip::write::SimpleFileOptions;
use zip::{CompressionMethod, DateTime, ZipArchive, ZipWriter};

/// Why a listing could not be read, packed or unpacked.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Error(String);

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for Error {}

fn error(context: impl fmt::Display, cause: impl fmt::Display) -> Error {
    Error(format!("{context}: {cause}"))
}

/// One listing crate.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Listing {
    /// The crate's folder.
    pub dir: PathBuf,
    /// The folder's name, e.g. `ch02-activation-and-loss`; also the archive's
    /// name and the folder it unpacks into.
    pub folder: String,
    /// The package name from `Cargo.toml`.
    pub package: String,
    /// The package description from `Cargo.toml`.
    pub description: String,
    /// The names of the crate's examples (`examples/<name>.rs`), sorted.
    pub examples: Vec<String>,
}

#[derive(serde::Deserialize)]
struct Manifest {
    package: Package,
}

#[derive(serde::Deserialize)]
struct Package {
    name: String,
    #[serde(default)]
    description: String,
}

/// Every listing crate in `listings_dir`, sorted by folder name.
///
/// # Errors
/// If the folder or a listing's `Cargo.toml` cannot be read or parsed.
///
/// ```
/// let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");
/// let listings = listing_archive::discover(&root.join("listings")).unwrap();
/// assert!(listings.iter().any(|l| l.folder == "ch02-activation-and-loss"));
/// ```
pub fn discover(listings_dir: &Path) -> Result<Vec<Listing>, Error> {
    let entries = std::fs::read_dir(listings_dir).map_err(|e| error(listings_dir.display(), e))?;
    let mut listings = Vec::new();
    for entry in entries {
        let dir = entry.map_err(|e| error(listings_dir.display(), e))?.path();
        if dir.join("Cargo.toml").is_file() {
            listings.push(Listing::read(&dir)?);
        }
    }
    listings.sort_by(|a, b| a.folder.cmp(&b.folder));
    Ok(listings)
}

impl Listing {
    /// The listing crate in `dir`.
    ///
    /// # Errors
    /// If its `Cargo.toml` cannot be read or has no `[package]` name.
    pub fn read(dir: &Path) -> Result<Listing, Error> {
        let manifest_path = dir.join("Cargo.toml");
        let text = std::fs::read_to_string(&manifest_path)
            .map_err(|e| error(manifest_path.display(), e))?;
        let manifest: Manifest =
            toml::from_str(&text).map_err(|e| error(manifest_path.display(), e))?;
        let folder = dir
            .file_name()
            .and_then(|n| n.to_str())
            .ok_or_else(|| error(dir.display(), "not a UTF-8 folder name"))?
            .to_owned();
        let mut examples = Vec::new();
        if let Ok(entries) = std::fs::read_dir(dir.join("examples")) {
            for entry in entries.flatten() {
                let path = entry.path();
                if path.extension().is_some_and(|e| e == "rs")
                    && let Some(stem) = path.file_stem().and_then(|s| s.to_str())
                {
                    examples.push(stem.to_owned());
                }
            }
        }
        examples.sort();
        Ok(Listing {
            dir: dir.to_path_buf(),
            folder,
            package: manifest.package.name,
            description: manifest.package.description,
            examples,
        })
    }

    /// The chapter the listing belongs to, from its folder name (`ch02-…` is
    /// chapter 2), if it has one.
    ///
    /// ```
    /// # use listing_archive::Listing;
    /// # let listing = |folder: &str| Listing { dir: folder.into(), folder: folder.into(),
    /// #     package: String::new(), description: String::new(), examples: vec![] };
    /// assert_eq!(listing("ch02-activation-and-loss").chapter(), Some(2));
    /// assert_eq!(listing("appendix").chapter(), None);
    /// ```
    pub fn chapter(&self) -> Option<u32> {
        let digits = self.folder.strip_prefix("ch")?.split('-').next()?;
        digits.parse().ok()
    }

    /// Where an example's committed output lives: `output/<example>.txt`.
    pub fn output_file(&self, example: &str) -> PathBuf {
        self.dir.join("output").join(format!("{example}.txt"))
    }

    /// The cargo arguments that run `example`, as the first line of its
    /// committed output spells them (`$ cargo run --release --example train`
    /// gives `["run", "--release", "--example", "train"]`). An example is
    /// run the way the book says to run it.
    ///
    /// # Errors
    /// If the output file is missing or its first line is not a `cargo run`
    /// command for this example.
    pub fn run_arguments(&self, example: &str) -> Result<Vec<String>, Error> {
        let file = self.output_file(example);
        let text = std::fs::read_to_string(&file).map_err(|e| error(file.display(), e))?;
        let first = text.lines().next().unwrap_or("");
        parse_run_command(first, example).ok_or_else(|| {
            error(
                file.display(),
                format!(
                    "the first line must be `$ cargo run [--release] --example {example}`, got `{first}`"
                ),
            )
        })
    }

    /// Every file a reader gets, relative to the crate's folder, sorted:
    /// everything but `target/` and hidden files.
    ///
    /// # Errors
    /// If a folder cannot be listed.
    pub fn files(&self) -> Result<Vec<PathBuf>, Error> {
        let mut found = Vec::new();
        let walk = walkdir::WalkDir::new(&self.dir)
            .min_depth(1)
            .into_iter()
            .filter_entry(|e| {
                let name = e.file_name().to_string_lossy();
                name != "target" && !name.starts_with('.')
            });
        for entry in walk {
            let entry = entry.map_err(|e| error(self.dir.display(), e))?;
            if !entry.file_type().is_dir() {
                let relative = entry
                    .path()
                    .strip_prefix(&self.dir)
                    .expect("below the crate");
                found.push(relative.to_path_buf());
            }
        }
        found.sort();
        Ok(found)
    }

    /// What the archive holds besides its `Cargo.lock`, as `(path, bytes)`
    /// sorted by path: the crate's files, anchors stripped, and a README.
    /// `Cargo.toml` is the listing's own as it stands in the repository,
    /// without the workspace's profile ([`Listing::archive`] adds it).
    ///
    /// # Errors
    /// If a file cannot be read or is not UTF-8 where it must be.
    pub fn contents(&self) -> Result<Vec<(String, Vec<u8>)>, Error> {
        let mut contents: Vec<(String, Vec<u8>)> = Vec::new();
        for relative in self.files()? {
            let path = self.dir.join(&relative);
            let bytes = std::fs::read(&path).map_err(|e| error(path.display(), e))?;
            let bytes = if relative.extension().is_some_and(|e| e == "rs") {
                let text = String::from_utf8(bytes).map_err(|e| error(path.display(), e))?;
                strip_anchors(&text).into_bytes()
            } else {
                bytes
            };
            contents.push((to_zip_path(&relative)?, bytes));
        }
        contents.push(("README.md".to_owned(), self.readme()?.into_bytes()));
        contents.sort_by(|a, b| a.0.cmp(&b.0));
        Ok(contents)
    }

    /// The archive a reader downloads, as bytes: [`Listing::contents`] in a
    /// folder named after the crate, with a `Cargo.lock` cut down from the
    /// workspace's by `cargo` (run offline, in a scratch folder), and in
    /// `Cargo.toml` the workspace's dev profile for the packages in that
    /// lock ([`with_workspace_profile`]).
    ///
    /// # Errors
    /// If a file cannot be read, `cargo` cannot prune the lock file offline,
    /// or the zip cannot be written.
    pub fn archive(&self, workspace: &Path, cargo: &Path) -> Result<Vec<u8>, Error> {
        let mut contents = self.contents()?;
        let lock = pruned_lock(&contents, &workspace.join("Cargo.lock"), cargo)?;
        let workspace_manifest = std::fs::read_to_string(workspace.join("Cargo.toml"))
            .map_err(|e| error(workspace.join("Cargo.toml").display(), e))?;
        let lock_text = String::from_utf8_lossy(&lock).into_owned();
        for (name, bytes) in &mut contents {
            if name == "Cargo.toml" {
                let own = String::from_utf8_lossy(bytes).into_owned();
                *bytes =
                    with_workspace_profile(&own, &workspace_manifest, &lock_text)?.into_bytes();
            }
        }
        contents.push(("Cargo.lock".to_owned(), lock));
        contents.sort_by(|a, b| a.0.cmp(&b.0));
        write_zip(&self.folder, &contents)
    }

    /// The README at the top of the archive, in both of the book's languages.
    ///
    /// # Errors
    /// If an example's output file does not say how to run it.
    pub fn readme(&self) -> Result<String, Error> {
        let chapter = self.chapter();
        let mut text = format!("# {}\n\n{}\n\n", self.package, self.description);
        if let Some(n) = chapter {
            text.push_str(&format!(
                "The code of chapter {n} of *If Someone Asks: Deep Learning Basics in Rust*.\n\
                 「누가 물어보면 뭐라고 해야 할까 — 러스트로 배우는 딥러닝 기초」 {n}장의 코드야.\n\n"
            ));
        }
        text.push_str(
            "It builds on its own: every dependency's version is written out, and\n\
             `Cargo.lock` pins the versions the book was tested with.\n\
             이 폴더만으로 빌드돼. 의존성 버전은 모두 적혀 있고, `Cargo.lock`이 책을 테스트한 버전을 고정해.\n\n\
             ```sh\n\
             cargo test    # the lesson's tests / 이 장의 테스트\n",
        );
        for example in &self.examples {
            let command = self.run_arguments(example)?.join(" ");
            text.push_str(&format!("cargo {command}\n"));
        }
        if self.dir.join("benches").is_dir() {
            text.push_str(
                "cargo bench --features bench   # the benchmarks (criterion) / 벤치마크(criterion)\n",
            );
        }
        text.push_str(
            "```\n\n\
             `output/<example>.txt` holds what each example printed when the book was built.\n\
             `output/<프로그램 이름>.txt`에는 책을 만들 때 `examples/`의 각 프로그램이 출력한 내용이 들어 있어.\n",
        );
        text.push_str(&format!(
            "\nTo use it from a crate of your own, add it as a path dependency and let cargo\n\
             optimise it and its arrays even in your debug builds, as this folder's own\n\
             `Cargo.toml` does; unoptimised, the numeric code runs many times slower:\n\
             네 크레이트에서 쓰려면 경로 의존성으로 넣고, 이 폴더의 `Cargo.toml`처럼 디버그 빌드에서도\n\
             이 크레이트와 배열 계산을 최적화하게 해. 최적화하지 않으면 수치 계산이 몇 배나 느려져.\n\n\
             ```toml\n\
             [dependencies]\n\
             {package} = {{ path = \"../{folder}\" }}\n\n\
             [profile.dev.package.{package}]\n\
             opt-level = 2\n\
             [profile.dev.package.ndarray]\n\
             opt-level = 2\n\
             [profile.dev.package.matrixmultiply]\n\
             opt-level = 2\n\
             ```\n",
            package = self.package,
            folder = self.folder,
        ));
        Ok(text)
    }
}

/// `["run", …, "--example", example]` from a line like
/// `$ cargo run --release --example train`.
fn parse_run_command(line: &str, example: &str) -> Option<Vec<String>> {
    let words: Vec<&str> = line.strip_prefix("$ cargo ")?.split_whitespace().collect();
    let allowed = |w: &&str| ["run", "--release", "--example", example].contains(w);
    let well_formed = words.first() == Some(&"run")
        && words.ends_with(&["--example", example])
        && words.iter().all(allowed);
    well_formed.then(|| words.iter().map(|w| (*w).to_owned()).collect())
}

/// A relative path with `/` separators, as zip wants it.
fn to_zip_path(relative: &Path) -> Result<String, Error> {
    let parts: Option<Vec<&str>> = relative
        .components()
        .map(|c| c.as_os_str().to_str())
        .collect();
    parts
        .map(|p| p.join("/"))
        .ok_or_else(|| error(relative.display(), "not a UTF-8 path"))
}

/// Source text without the lines that mark excerpts for the book
/// (`// ANCHOR: name` and `// ANCHOR_END: name`), which mean nothing to a
/// reader who has the whole file.
///
/// ```
/// let source = "// ANCHOR: f\nfn f() {}\n    // ANCHOR_END: f\n";
/// assert_eq!(listing_archive::strip_anchors(source), "fn f() {}\n");
/// ```
pub fn strip_anchors(source: &str) -> String {
    source
        .split_inclusive('\n')
        .filter(|line| {
            let line = line.trim_start();
            !(line.starts_with("// ANCHOR:") || line.starts_with("// ANCHOR_END:"))
        })
        .collect()
}

/// The workspace's `Cargo.lock` cut down to what one crate uses: the crate
/// is written to a scratch folder with the whole lock file beside it, and
/// `cargo update --offline --workspace` drops every package it does not
/// need, changing no version.
fn pruned_lock(
    contents: &[(String, Vec<u8>)],
    workspace_lock: &Path,
    cargo: &Path,
) -> Result<Vec<u8>, Error> {
    let scratch = ScratchDir::new()?;
    for (name, bytes) in contents {
        let path = scratch.0.join(name);
        if let Some(parent) = path.parent() {
            std::fs::create_dir_all(parent).map_err(|e| error(parent.display(), e))?;
        }
        std::fs::write(&path, bytes).map_err(|e| error(path.display(), e))?;
    }
    let lock = scratch.0.join("Cargo.lock");
    std::fs::copy(workspace_lock, &lock).map_err(|e| error(workspace_lock.display(), e))?;
    let output = Command::new(cargo)
        .args(["update", "--offline", "--workspace", "--quiet"])
        .current_dir(&scratch.0)
        .env_remove("CARGO_TARGET_DIR")
        .output()
        .map_err(|e| error(format!("{}", cargo.display()), e))?;
    if !output.status.success() {
        return Err(error(
            "cargo update --offline --workspace",
            String::from_utf8_lossy(&output.stderr),
        ));
    }
    std::fs::read(&lock).map_err(|e| error(lock.display(), e))
}

/// A folder under the system's temporary directory (outside any cargo
/// workspace), removed when dropped.
struct ScratchDir(PathBuf);

impl ScratchDir {
    fn new() -> Result<ScratchDir, Error> {
        use std::sync::atomic::{AtomicUsize, Ordering};
        static COUNT: AtomicUsize = AtomicUsize::new(0);
        let n = COUNT.fetch_add(1, Ordering::Relaxed);
        let dir = std::env::temp_dir().join(format!("listing-archive-{}-{n}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).map_err(|e| error(dir.display(), e))?;
        Ok(ScratchDir(dir))
    }
}

impl Drop for ScratchDir {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

/// A zip of `files` (sorted, relative paths) inside the folder `top`, with
/// nothing in it that depends on when or where it was made.
fn write_zip(top: &str, files: &[(String, Vec<u8>)]) -> Result<Vec<u8>, Error> {
    let mut zip = ZipWriter::new(Cursor::new(Vec::new()));
    let options = SimpleFileOptions::default()
        .compression_method(CompressionMethod::Deflated)
        .last_modified_time(DateTime::default())
        .unix_permissions(0o644);
    for (name, bytes) in files {
        zip.start_file(format!("{top}/{name}"), options)
            .map_err(|e| error(name, e))?;
        zip.write_all(bytes).map_err(|e| error(name, e))?;
    }
    let cursor = zip.finish().map_err(|e| error(top, e))?;
    Ok(cursor.into_inner())
}

/// Unpacks a zip made by [`Listing::archive`] into `dest`, refusing any
/// entry whose path would leave `dest`.
///
/// # Errors
/// If the bytes are not a zip, an entry's path is unsafe, or a file cannot
/// be written.
pub fn unpack(zip_bytes: &[u8], dest: &Path) -> Result<(), Error> {
    let mut archive = ZipArchive::new(Cursor::new(zip_bytes)).map_err(|e| error("zip", e))?;
    for i in 0..archive.len() {
        let mut entry = archive.by_index(i).map_err(|e| error("zip entry", e))?;
        let relative = entry
            .enclosed_name()
            .ok_or_else(|| error(format!("zip entry {i}"), "a path that leaves the folder"))?;
        let path = dest.join(relative);
        if entry.is_dir() {
            std::fs::create_dir_all(&path).map_err(|e| error(path.display(), e))?;
            continue;
        }
        if let Some(parent) = path.parent() {
            std::fs::create_dir_all(parent).map_err(|e| error(parent.display(), e))?;
        }
        let mut bytes = Vec::new();
        entry
            .read_to_end(&mut bytes)
            .map_err(|e| error(path.display(), e))?;
        std::fs::write(&path, bytes).map_err(|e| error(path.display(), e))?;
    }
    Ok(())
}

/// The names of the entries in a zip, in order.
///
/// # Errors
/// If the bytes are not a zip.
pub fn entry_names(zip_bytes: &[u8]) -> Result<Vec<String>, Error> {
    let archive = ZipArchive::new(Cursor::new(zip_bytes)).map_err(|e| error("zip", e))?;
    archive
        .file_names()
        .map(|name| {
            name.map(|n| n.into_owned())
                .map_err(|e| error("zip entry", e))
        })
        .collect()
}

/// What the book's workspace root says for every listing (its profiles
/// apply only there), written into a downloaded crate's own manifest: tests
/// that train networks run many times faster optimised.
/// A downloaded crate's manifest: the listing's own, then the workspace's
/// `[profile.dev]` as it applies to the packages in the crate's `lock`
/// (the tables for other packages left out). The crate then builds as it
/// does in the book's workspace: its own code optimised even in the dev
/// profile (its tests train networks), its dependencies as quick to compile
/// as the workspace keeps them; and the book's tests, which build the
/// unpacked crates in the workspace's `target/`, reuse the dependencies the
/// workspace built.
///
/// # Errors
/// If a manifest or the lock does not parse.
///
/// ```
/// let workspace = "[workspace]\n[profile.dev]\nopt-level = 2\n\
///                  [profile.dev.package.\"*\"]\nopt-level = 0\n\
///                  [profile.dev.package.ndarray]\nopt-level = 2\n\
///                  [profile.dev.package.xtask]\nopt-level = 0\n";
/// let lock = "[[package]]\nname = \"x\"\nversion = \"0.1.0\"\n\n\
///             [[package]]\nname = \"ndarray\"\nversion = \"0.17.2\"\n";
/// let manifest = listing_archive::with_workspace_profile("[package]\nname = \"x\"\n", workspace, lock).unwrap();
/// assert!(manifest.contains("[profile.dev.package.ndarray]"));
/// assert!(!manifest.contains("xtask"));
/// ```
pub fn with_workspace_profile(
    manifest: &str,
    workspace: &str,
    lock: &str,
) -> Result<String, Error> {
    let workspace: toml::Table =
        toml::from_str(workspace).map_err(|e| error("the workspace's Cargo.toml", e))?;
    let lock: toml::Table = toml::from_str(lock).map_err(|e| error("Cargo.lock", e))?;
    let in_lock: std::collections::BTreeSet<&str> = lock
        .get("package")
        .and_then(|p| p.as_array())
        .into_iter()
        .flatten()
        .filter_map(|p| p.get("name")?.as_str())
        .collect();
    let Some(dev) = workspace
        .get("profile")
        .and_then(|p| p.get("dev"))
        .and_then(|d| d.as_table())
    else {
        return Ok(manifest.to_owned());
    };
    let mut dev = dev.clone();
    // The workspace turns incremental compilation off for its cold builds;
    // a reader who edits the crate wants it, as cargo's default.
    dev.remove("incremental");
    if let Some(packages) = dev.get_mut("package").and_then(|p| p.as_table_mut()) {
        packages.retain(|name, _| name == "*" || in_lock.contains(name as &str));
    }
    let mut profile = toml::Table::new();
    profile.insert("dev".to_owned(), toml::Value::Table(dev));
    let mut document = toml::Table::new();
    document.insert("profile".to_owned(), toml::Value::Table(profile));
    let text = toml::to_string(&document).map_err(|e| error("the profile", e))?;
    Ok(format!(
        "{}\n\n# The book's workspace builds with this profile, and so does this crate:\n\
         # its own code optimised even in the dev profile (its tests train networks),\n\
         # its dependencies quick to compile except the numeric ones.\n{text}",
        manifest.trim_end()
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn run_commands_are_read_from_the_output_files_first_line() {
        assert_eq!(
            parse_run_command("$ cargo run --example softmax", "softmax"),
            Some(vec!["run".into(), "--example".into(), "softmax".into()])
        );
        assert_eq!(
            parse_run_command("$ cargo run --release --example train", "train").map(|w| w.len()),
            Some(4)
        );
        for wrong in [
            "cargo run --example softmax",
            "$ cargo run --example relu",
            "$ cargo test --example softmax",
            "$ cargo run --example softmax --features x",
        ] {
            assert_eq!(parse_run_command(wrong, "softmax"), None, "{wrong}");
        }
    }

    #[test]
    fn zips_are_the_same_bytes_every_time_and_unpack_again() {
        let files = vec![
            ("a.txt".to_owned(), b"one".to_vec()),
            ("src/b.rs".to_owned(), b"fn b() {}\n".to_vec()),
        ];
        let first = write_zip("top", &files).unwrap();
        std::thread::sleep(std::time::Duration::from_millis(1100));
        assert_eq!(first, write_zip("top", &files).unwrap());
        assert_eq!(entry_names(&first).unwrap(), ["top/a.txt", "top/src/b.rs"]);
        let dest = tempfile::tempdir().unwrap();
        unpack(&first, dest.path()).unwrap();
        assert_eq!(
            std::fs::read(dest.path().join("top/src/b.rs")).unwrap(),
            files[1].1
        );
    }

    #[test]
    fn anchors_go_and_everything_else_stays() {
        let source =
            "//! Doc.\n// ANCHOR: x\nlet a = \"// ANCHOR: not a line start\";\n// ANCHOR_END: x\n";
        assert_eq!(
            strip_anchors(source),
            "//! Doc.\nlet a = \"// ANCHOR: not a line start\";\n"
        );
    }
}
