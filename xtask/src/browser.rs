//! The browser tests (`tests/browser/`, Node's test runner with
//! playwright-core) need Debian's Chromium: no test tool may download a
//! browser of its own. The book is served to them by the same server as
//! `cargo xtask serve`, under a sub-path as on a project site.

use std::path::PathBuf;
use std::process::Command;

use book_server::BookServer;

use crate::{root, run};

/// The sub-path the browser tests see the book under, as GitHub Pages serves
/// a project site (`https://<user>.github.io/<repository>/`).
const SUB_PATH: &str = "/if-someone-asks/";

/// Where Chromium is: `$CHROMIUM`, or Debian's Chromium, which is installed
/// when missing if this is a root shell on Debian. Debian's
/// `chromium-headless-shell` is preferred to its `chromium`: the same Blink
/// without the desktop browser around it, it ran the browser tests with
/// 30 % less CPU time (200 s against 286 s), which on CI's two cores
/// shared with cargo is time off the whole run.
pub fn ensure_chromium() -> Result<PathBuf, String> {
    if let Some(path) = std::env::var_os("CHROMIUM") {
        return Ok(PathBuf::from(path));
    }
    let shell = PathBuf::from("/usr/bin/chromium-headless-shell");
    for installed in [&shell, &PathBuf::from("/usr/bin/chromium")] {
        if installed.exists() {
            return Ok(installed.clone());
        }
    }
    let is_root = Command::new("id")
        .arg("-u")
        .output()
        .is_ok_and(|out| out.stdout.starts_with(b"0"));
    let has_apt = PathBuf::from("/usr/bin/apt-get").exists();
    if !(is_root && has_apt) {
        return Err(
            "the browser tests need Chromium: install Debian's `chromium-headless-shell` \
             package (apt-get install chromium-headless-shell fonts-noto-cjk) or set CHROMIUM \
             to a Chromium binary"
                .to_owned(),
        );
    }
    eprintln!(
        "xtask: installing Debian's chromium-headless-shell (and Korean fonts for the \
         screenshots) with apt-get"
    );
    run(Command::new("apt-get").args(["update", "-qq"]))?;
    run(Command::new("apt-get")
        .args([
            "install",
            "-y",
            "-qq",
            "--no-install-recommends",
            "chromium-headless-shell",
            "fonts-noto-cjk",
        ])
        .env("DEBIAN_FRONTEND", "noninteractive"))?;
    Ok(shell)
}

/// Whether every package `package.json` lists is in `node_modules/`: a
/// package added since the last install makes it install again.
fn npm_packages_installed(dir: &std::path::Path) -> Result<bool, String> {
    let manifest = dir.join("package.json");
    let text =
        std::fs::read_to_string(&manifest).map_err(|e| format!("{}: {e}", manifest.display()))?;
    let json: serde_json::Value =
        serde_json::from_str(&text).map_err(|e| format!("{}: {e}", manifest.display()))?;
    let packages = json["devDependencies"].as_object().into_iter().flatten();
    Ok(packages.map(|(name, _)| name).all(|name| {
        dir.join("node_modules")
            .join(name)
            .join("package.json")
            .is_file()
    }))
}

/// Everything the browser tests need besides the built book: Chromium and
/// the npm packages. Installs what is missing.
pub fn prepare() -> Result<PathBuf, String> {
    let chromium = ensure_chromium()?;
    let dir = root().join("tests").join("browser");
    if !npm_packages_installed(&dir)? {
        eprintln!(
            "xtask: installing the browser tests' npm packages into tests/browser/node_modules"
        );
        run(Command::new("npm")
            .args(["ci", "--no-audit", "--no-fund", "--loglevel=error"])
            .current_dir(&dir))
        .map_err(|e| format!("{e}\nxtask: the browser tests need Node.js and npm on PATH"))?;
    }
    Ok(chromium)
}

/// The browser tests at work: started with [`start`], they run beside
/// whatever xtask does next, writing to `target/browser-tests.log`.
pub struct Running {
    // Serves the book for as long as the tests run.
    _server: BookServer,
    child: std::process::Child,
    log: PathBuf,
}

/// Serves the built book in `book` and starts the browser tests against it
/// in `chromium`, saving screenshots and print PDFs if asked to.
pub fn start(
    chromium: &std::path::Path,
    book: PathBuf,
    screenshots: bool,
) -> Result<Running, String> {
    let dir = root().join("tests").join("browser");
    let server = BookServer::start("127.0.0.1:0", SUB_PATH, book.clone(), false)?;
    let log = root().join("target").join("browser-tests.log");
    eprintln!(
        "xtask: browser tests in {} against {}, meanwhile (their report: {}){}",
        chromium.display(),
        server.url(),
        log.display(),
        if screenshots {
            "; screenshots and PDFs in target/browser-screenshots"
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
    let child = node.spawn().map_err(|e| {
        format!("could not start node: {e}\nxtask: the browser tests need Node.js on PATH")
    })?;
    Ok(Running {
        _server: server,
        child,
        log,
    })
}

impl Running {
    /// Waits for the tests to end; on a failure, prints their report.
    pub fn finish(mut self) -> Result<(), String> {
        let status = self.child.wait().map_err(|e| format!("node: {e}"))?;
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
