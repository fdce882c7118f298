//! The pinned tools the book needs, installed on first use into
//! `target/tools/` (never into the global cargo home).

use std::path::PathBuf;
use std::process::Command;

use crate::{root, run};

/// A tool from crates.io at a fixed version.
struct Tool {
    krate: &'static str,
    version: &'static str,
    binary: &'static str,
}

const TOOLS: [Tool; 2] = [
    Tool {
        krate: "mdbook",
        version: "0.5.4",
        binary: "mdbook",
    },
    Tool {
        krate: "mdbook-katex",
        version: "0.10.0",
        binary: "mdbook-katex",
    },
];

/// Where the tools are, once installed.
pub struct Tools {
    /// `target/tools/bin`, put first on `PATH` for mdBook, which finds
    /// `mdbook-katex` there.
    pub bin: PathBuf,
}

impl Tools {
    /// The installed `mdbook` binary.
    pub fn mdbook(&self) -> PathBuf {
        self.bin
            .join(format!("mdbook{}", std::env::consts::EXE_SUFFIX))
    }

    /// `PATH` with the tools folder first.
    pub fn path_env(&self) -> std::ffi::OsString {
        let mut paths = vec![self.bin.clone()];
        paths.extend(std::env::split_paths(
            &std::env::var_os("PATH").unwrap_or_default(),
        ));
        std::env::join_paths(paths).expect("paths from PATH join again")
    }
}

/// The tools as already installed, without installing anything.
#[cfg(test)]
pub fn installed() -> Result<Tools, String> {
    let bin = root().join("target").join("tools").join("bin");
    for tool in &TOOLS {
        let binary = bin.join(format!("{}{}", tool.binary, std::env::consts::EXE_SUFFIX));
        if installed_version(&binary).as_deref() != Some(tool.version) {
            return Err(format!(
                "{} {} is not installed: run `cargo xtask build` first",
                tool.krate, tool.version
            ));
        }
    }
    Ok(Tools { bin })
}

/// Installs every missing or outdated tool, then returns where they are.
pub fn ensure() -> Result<Tools, String> {
    let install_root = root().join("target").join("tools");
    let bin = install_root.join("bin");
    for tool in &TOOLS {
        let binary = bin.join(format!("{}{}", tool.binary, std::env::consts::EXE_SUFFIX));
        if installed_version(&binary).as_deref() == Some(tool.version) {
            continue;
        }
        eprintln!(
            "xtask: installing {} {} into {} (first run only; this takes a few minutes)",
            tool.krate,
            tool.version,
            install_root.display()
        );
        run(
            Command::new(std::env::var("CARGO").unwrap_or_else(|_| "cargo".into()))
                .args([
                    "install",
                    "--locked",
                    "--quiet",
                    "--version",
                    tool.version,
                    "--root",
                ])
                .arg(&install_root)
                .arg(tool.krate),
        )
        .map_err(|e| {
            format!(
                "{e}\nxtask: could not install {} {}: cargo needs to reach crates.io once",
                tool.krate, tool.version
            )
        })?;
        if installed_version(&binary).as_deref() != Some(tool.version) {
            return Err(format!(
                "{} reports a version other than {} after installing it",
                binary.display(),
                tool.version
            ));
        }
    }
    Ok(Tools { bin })
}

/// The version a tool prints for `--version` (`mdbook v0.5.4` → `0.5.4`).
fn installed_version(binary: &std::path::Path) -> Option<String> {
    let output = Command::new(binary).arg("--version").output().ok()?;
    let text = String::from_utf8(output.stdout).ok()?;
    parse_version(&text)
}

fn parse_version(text: &str) -> Option<String> {
    let word = text.split_whitespace().nth(1)?;
    Some(word.trim_start_matches('v').to_owned())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn versions_with_and_without_v() {
        assert_eq!(parse_version("mdbook v0.5.4\n").as_deref(), Some("0.5.4"));
        assert_eq!(
            parse_version("mdbook-katex 0.10.0").as_deref(),
            Some("0.10.0")
        );
        assert_eq!(parse_version(""), None);
    }
}
