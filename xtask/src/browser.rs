//! The browser tests (`tests/browser/`, Node's test runner with
//! playwright-core) need Debian's Chromium: no test tool may download a
//! browser of its own. The book is served to them by the same server as
//! `cargo xtask serve`, under a sub-path as on a project site.

use std::path::{Path, PathBuf};
use std::process::Command;

use book_server::BookServer;

use crate::{pdf, root, run};

/// The sub-path the browser tests see the book under, as GitHub Pages serves
/// a project site (`https://<user>.github.io/<repository>/`).
const SUB_PATH: &str = "/if-someone-asks/";

/// Where Chromium is: `$CHROMIUM`, or Debian's Chromium. Debian's
/// `chromium-headless-shell` is preferred to its `chromium`: the same Blink
/// without the desktop browser around it, it ran the browser tests with
/// 30 % less CPU time (200 s against 286 s), which on CI's two cores
/// shared with cargo is time off the whole run.
fn chromium() -> Option<PathBuf> {
    if let Some(path) = std::env::var_os("CHROMIUM") {
        return Some(PathBuf::from(path));
    }
    ["/usr/bin/chromium-headless-shell", "/usr/bin/chromium"]
        .into_iter()
        .map(PathBuf::from)
        .find(|installed| installed.exists())
}

/// Whether poppler's `pdftotext` runs: the browser tests read the printed
/// PDFs' page heads and numbers with it.
fn has_pdftotext() -> bool {
    Command::new("pdftotext")
        .arg("-v")
        .output()
        .is_ok_and(|out| out.status.success())
}

/// Whether fontconfig knows the Korean typeface the PDFs are printed in
/// (book.css's print style): Nanum Barun Gothic, whose TrueType outlines
/// Chromium embeds as fonts. Noto Sans CJK, the screen's Korean typeface,
/// has PostScript outlines, which Chromium's PDFs carry as Type 3 glyph
/// drawings instead: unhinted, and poorly searched and copied by viewers.
fn has_print_fonts() -> bool {
    Command::new("fc-list")
        .args(["NanumBarunGothic", "family"])
        .output()
        .is_ok_and(|out| out.status.success() && !out.stdout.is_empty())
}

/// Installs Debian packages with apt-get if this is a root shell on Debian;
/// otherwise says which to install.
fn install_with_apt(packages: &[&str]) -> Result<(), String> {
    let is_root = Command::new("id")
        .arg("-u")
        .output()
        .is_ok_and(|out| out.stdout.starts_with(b"0"));
    let has_apt = PathBuf::from("/usr/bin/apt-get").exists();
    if !(is_root && has_apt) {
        return Err(format!(
            "the browser tests and the PDFs need Debian's {} (apt-get install {}); \
             CHROMIUM may name another Chromium binary",
            packages.join(", "),
            packages.join(" ")
        ));
    }
    eprintln!("xtask: installing {} with apt-get", packages.join(", "));
    run(Command::new("apt-get").args(["update", "-qq"]))?;
    run(Command::new("apt-get")
        .args(["install", "-y", "-qq", "--no-install-recommends"])
        .args(packages)
        .env("DEBIAN_FRONTEND", "noninteractive"))
}

/// Chromium (with Korean fonts, for the Korean pages), the PDFs' Korean
/// typeface, and poppler's `pdftotext` and `pdffonts` too if
/// `with_pdftotext`: installed when missing.
fn ensure_system_packages(with_pdftotext: bool) -> Result<PathBuf, String> {
    let mut missing = Vec::new();
    if chromium().is_none() {
        missing.extend(["chromium-headless-shell", "fonts-noto-cjk"]);
    }
    if !has_print_fonts() {
        missing.push("fonts-nanum");
    }
    if with_pdftotext && !has_pdftotext() {
        missing.push("poppler-utils");
    }
    if !missing.is_empty() {
        install_with_apt(&missing)?;
    }
    chromium().ok_or_else(|| "apt-get installed no Chromium".to_owned())
}

/// Installs the npm packages `dir/package.json` lists, unless every one is
/// in `dir/node_modules/` already (a package added since the last install
/// makes it install again).
fn ensure_npm_packages(dir: &Path) -> Result<(), String> {
    let manifest = dir.join("package.json");
    let text =
        std::fs::read_to_string(&manifest).map_err(|e| format!("{}: {e}", manifest.display()))?;
    let json: serde_json::Value =
        serde_json::from_str(&text).map_err(|e| format!("{}: {e}", manifest.display()))?;
    let mut packages = json["devDependencies"].as_object().into_iter().flatten();
    if packages.all(|(name, _)| {
        dir.join("node_modules")
            .join(name)
            .join("package.json")
            .is_file()
    }) {
        return Ok(());
    }
    eprintln!(
        "xtask: installing npm packages into {}",
        dir.strip_prefix(root())
            .unwrap_or(dir)
            .join("node_modules")
            .display()
    );
    run(Command::new("npm")
        .args(["ci", "--no-audit", "--no-fund", "--loglevel=error"])
        .current_dir(dir))
    .map_err(|e| format!("{e}\nxtask: the browser tests and the PDFs need Node.js and npm on PATH"))
}

/// Everything printing the PDFs needs besides the built book: Chromium and
/// the printing script's npm package. Installs what is missing.
pub fn prepare_printing() -> Result<PathBuf, String> {
    let chromium = ensure_system_packages(false)?;
    ensure_npm_packages(&pdf::tool_dir())?;
    Ok(chromium)
}

/// Everything the browser tests need besides the built book: Chromium,
/// `pdftotext`, and the npm packages of the tests and of the printing
/// script (they test the PDFs it prints). Installs what is missing.
pub fn prepare() -> Result<PathBuf, String> {
    let chromium = ensure_system_packages(true)?;
    ensure_npm_packages(&root().join("tests").join("browser"))?;
    ensure_npm_packages(&pdf::tool_dir())?;
    Ok(chromium)
}

/// The browser tests at work: started with [`start`], they run beside
/// whatever xtask does next, writing to `target/browser-tests.log`.
pub struct Running {
    // Prints the PDFs, then runs the tests; says how the tests ended.
    thread: std::thread::JoinHandle<Result<std::process::ExitStatus, String>>,
    log: PathBuf,
}

/// Serves the built book in `book`, prints each edition to PDF there (the
/// tests check the PDFs) and then starts the browser tests against it in
/// `chromium`, saving screenshots if asked to; all beside whatever xtask
/// does next.
pub fn start(chromium: &Path, book: PathBuf, screenshots: bool) -> Result<Running, String> {
    let dir = root().join("tests").join("browser");
    let server = BookServer::start("127.0.0.1:0", SUB_PATH, book.clone(), false)?;
    let log = root().join("target").join("browser-tests.log");
    eprintln!(
        "xtask: printing the PDFs, then browser tests in {} against {}, meanwhile (their \
         report: {}){}",
        chromium.display(),
        server.url(),
        log.display(),
        if screenshots {
            "; screenshots in target/browser-screenshots"
        } else {
            ""
        }
    );
    let file = std::fs::File::create(&log).map_err(|e| format!("{}: {e}", log.display()))?;
    let mut node = Command::new("node");
    node.arg("--test")
        .arg(&dir)
        .env("CHROMIUM", chromium)
        .env("BOOK_URL", server.url())
        .env("BOOK_BUILT", &book)
        .current_dir(root())
        .stdout(file.try_clone().map_err(|e| e.to_string())?)
        .stderr(file);
    if screenshots {
        node.env("SCREENSHOTS", "1");
    }
    let chromium = chromium.to_path_buf();
    let thread = std::thread::spawn(move || {
        pdf::print(&chromium, server.url(), &book)?;
        let mut child = node.spawn().map_err(|e| {
            format!("could not start node: {e}\nxtask: the browser tests need Node.js on PATH")
        })?;
        let status = child.wait().map_err(|e| format!("node: {e}"));
        // The server stops only once the tests are done with it.
        drop(server);
        status
    });
    Ok(Running { thread, log })
}

impl Running {
    /// Waits for the tests to end; on a failure, prints their report.
    pub fn finish(self) -> Result<(), String> {
        let status = self
            .thread
            .join()
            .map_err(|_| "printing the PDFs or running the browser tests panicked".to_owned())??;
        let report = std::fs::read_to_string(&self.log).unwrap_or_default();
        let summary: Vec<&str> = report
            .lines()
            .filter(|l| {
                l.starts_with("# tests") || l.starts_with("# pass") || l.starts_with("# fail")
            })
            .collect();
        if status.success() {
            eprintln!(
                "xtask: browser tests: {}",
                summary.join(", ").replace("# ", "")
            );
            Ok(())
        } else {
            eprintln!("{report}");
            Err(format!(
                "the browser tests failed ({status}); their report is above and in {}",
                self.log.display()
            ))
        }
    }
}
