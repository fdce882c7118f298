//! The browser tests (`tests/browser/`, Node's test runner with
//! playwright-core) need Debian's Chromium: no test tool may download a
//! browser of its own.

use std::path::PathBuf;
use std::process::Command;

use crate::{root, run};

/// Where Chromium is: `$CHROMIUM`, or Debian's `/usr/bin/chromium`, which is
/// installed when missing if this is a root shell on Debian.
pub fn ensure_chromium() -> Result<PathBuf, String> {
    if let Some(path) = std::env::var_os("CHROMIUM") {
        return Ok(PathBuf::from(path));
    }
    let debian = PathBuf::from("/usr/bin/chromium");
    if debian.exists() {
        return Ok(debian);
    }
    let is_root = Command::new("id")
        .arg("-u")
        .output()
        .is_ok_and(|out| out.stdout.starts_with(b"0"));
    let has_apt = PathBuf::from("/usr/bin/apt-get").exists();
    if !(is_root && has_apt) {
        return Err(
            "the browser tests need Chromium: install Debian's `chromium` package \
                    (apt-get install chromium fonts-noto-cjk) or set CHROMIUM to a Chromium binary"
                .to_owned(),
        );
    }
    eprintln!(
        "xtask: installing Debian's chromium (and Korean fonts for the screenshots) with apt-get"
    );
    run(Command::new("apt-get").args(["update", "-qq"]))?;
    run(Command::new("apt-get")
        .args([
            "install",
            "-y",
            "-qq",
            "--no-install-recommends",
            "chromium",
            "fonts-noto-cjk",
        ])
        .env("DEBIAN_FRONTEND", "noninteractive"))?;
    Ok(debian)
}

/// Runs the browser tests against the built book.
pub fn test() -> Result<(), String> {
    let chromium = ensure_chromium()?;
    let dir = root().join("tests").join("browser");
    if !dir.join("node_modules").join("playwright-core").exists() {
        eprintln!("xtask: installing playwright-core with npm into tests/browser/node_modules");
        run(Command::new("npm")
            .args(["ci", "--no-audit", "--no-fund", "--loglevel=error"])
            .current_dir(&dir))
        .map_err(|e| format!("{e}\nxtask: the browser tests need Node.js and npm on PATH"))?;
    }
    eprintln!(
        "xtask: browser tests in {} (screenshots in target/browser-screenshots)",
        chromium.display()
    );
    run(Command::new("node")
        .arg("--test")
        .arg(&dir)
        .env("CHROMIUM", &chromium)
        .current_dir(root()))
}
