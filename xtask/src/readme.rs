//! The README's plain-mdBook commands, run as a reader types them: the
//! shell block under its "Plain mdBook" heading, from the repository root,
//! in an environment with nothing cargo sets (no `CARGO_MANIFEST_DIR`, no
//! `CARGO`), so that a page that only builds under `cargo run` fails here.
//! They must pass quietly: no warning or error in what they print.

use std::process::Command;

use pulldown_cmark::{CodeBlockKind, Event, HeadingLevel, Parser, Tag, TagEnd};

use crate::root;

/// The heading the commands sit under.
const HEADING: &str = "Plain mdBook";

/// The first `sh` block after the heading `heading` in `markdown`.
fn commands(markdown: &str, heading: &str) -> Option<String> {
    let mut in_heading = false;
    let mut heading_text = String::new();
    let mut after_heading = false;
    let mut block: Option<String> = None;
    for event in Parser::new(markdown) {
        match event {
            Event::Start(Tag::Heading { level, .. }) if level <= HeadingLevel::H3 => {
                if after_heading && block.is_none() {
                    return None;
                }
                in_heading = true;
                heading_text.clear();
            }
            Event::End(TagEnd::Heading(_)) => {
                in_heading = false;
                after_heading = heading_text.trim() == heading;
            }
            Event::Text(text) | Event::Code(text) if in_heading => heading_text.push_str(&text),
            Event::Start(Tag::CodeBlock(CodeBlockKind::Fenced(info)))
                if after_heading && info.as_ref() == "sh" =>
            {
                block = Some(String::new());
            }
            Event::Text(text) if block.is_some() => {
                block.as_mut().expect("checked").push_str(&text)
            }
            Event::End(TagEnd::CodeBlock) if block.is_some() => return block,
            _ => {}
        }
    }
    None
}

/// The block split into one script per edition, to run side by side:
/// the lines that set up the shell (`export …`) begin every script, and
/// each other line goes, in its order, to the script of the edition it
/// names by `MDBOOK_BOOK__SRC=…` (or of the default edition, if none).
/// An edition's lines still run one after another, exactly as written;
/// two editions share nothing but the chapters' build, which cargo's lock
/// keeps one at a time.
fn edition_scripts(block: &str) -> Vec<String> {
    let setup: String = block
        .lines()
        .filter(|l| l.trim_start().starts_with("export "))
        .map(|l| format!("{l}\n"))
        .collect();
    let mut scripts: Vec<(Option<&str>, String)> = Vec::new();
    for line in block.lines() {
        let trimmed = line.trim();
        if trimmed.is_empty() || trimmed.starts_with("export ") {
            continue;
        }
        let edition = trimmed
            .split_whitespace()
            .find_map(|w| w.strip_prefix("MDBOOK_BOOK__SRC="));
        match scripts.iter_mut().find(|(e, _)| *e == edition) {
            Some((_, script)) => script.push_str(&format!("{line}\n")),
            None => scripts.push((edition, format!("{setup}{line}\n"))),
        }
    }
    scripts.into_iter().map(|(_, script)| script).collect()
}

/// The lines of a log that report a warning or an error.
fn complaints(log: &str) -> Vec<&str> {
    log.lines()
        .filter(|line| {
            let words: Vec<&str> = line.split_whitespace().take(2).collect();
            words
                .iter()
                .any(|w| *w == "WARN" || *w == "ERROR" || w.starts_with("warning"))
        })
        .collect()
}

/// Runs the README's plain-mdBook block.
pub fn run_plain_mdbook_commands() -> Result<(), String> {
    let readme =
        std::fs::read_to_string(root().join("README.md")).map_err(|e| format!("README.md: {e}"))?;
    let block = commands(&readme, HEADING)
        .ok_or(format!("README.md has no sh block under \"{HEADING}\""))?;
    eprintln!(
        "xtask: the README's plain-mdBook commands, in a shell without cargo's variables, \
         each edition's lines beside the other's"
    );
    let runs: Vec<Result<(bool, String), String>> = std::thread::scope(|scope| {
        let threads: Vec<_> = edition_scripts(&block)
            .into_iter()
            .map(|script| scope.spawn(move || run_in_plain_shell(&script)))
            .collect();
        threads
            .into_iter()
            .map(|t| {
                t.join()
                    .unwrap_or_else(|_| Err("a README script panicked".to_owned()))
            })
            .collect()
    });
    let mut log = String::new();
    let mut failed = false;
    for run in runs {
        let (success, output) = run?;
        failed |= !success;
        log.push_str(&output);
    }
    let complaints = complaints(&log);
    if failed || !complaints.is_empty() {
        return Err(format!(
            "the README's plain-mdBook commands {}:\n{log}",
            if failed {
                "failed"
            } else {
                "printed warnings or errors"
            }
        ));
    }
    Ok(())
}

/// Runs `script` with `sh -e -x` at the root, in an environment with only
/// what a reader's shell has, and returns whether it succeeded and what it
/// printed.
fn run_in_plain_shell(script: &str) -> Result<(bool, String), String> {
    let mut shell = Command::new("sh");
    shell
        .args(["-e", "-x", "-c", script])
        .current_dir(root())
        .env_clear();
    // What a reader's shell has: where programs are, and the home folder
    // (with cargo's and rustup's, if they were moved).
    for kept in ["PATH", "HOME", "CARGO_HOME", "RUSTUP_HOME", "LANG", "TERM"] {
        if let Some(value) = std::env::var_os(kept) {
            shell.env(kept, value);
        }
    }
    let output = shell
        .output()
        .map_err(|e| format!("could not start sh: {e}"))?;
    Ok((
        output.status.success(),
        format!(
            "{}{}",
            String::from_utf8_lossy(&output.stdout),
            String::from_utf8_lossy(&output.stderr)
        ),
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_edition_gets_the_setup_and_its_own_lines_in_order() {
        let block = "export PATH=\"x:$PATH\"\nmdbook build\nmdbook test -L lib\n\
                     MDBOOK_BOOK__SRC=src/en A=b mdbook build -d book/en\n\
                     MDBOOK_BOOK__SRC=src/en A=b mdbook test -L lib\n";
        assert_eq!(
            edition_scripts(block),
            [
                "export PATH=\"x:$PATH\"\nmdbook build\nmdbook test -L lib\n",
                "export PATH=\"x:$PATH\"\nMDBOOK_BOOK__SRC=src/en A=b mdbook build -d book/en\n\
                 MDBOOK_BOOK__SRC=src/en A=b mdbook test -L lib\n",
            ]
        );
    }

    #[test]
    fn the_block_under_the_heading_is_found() {
        let readme = "# Book\n\n```sh\nnot this\n```\n\n## Plain mdBook\n\nText.\n\n```sh\nmdbook build\nmdbook test\n```\n\n## Next\n";
        assert_eq!(
            commands(readme, "Plain mdBook").as_deref(),
            Some("mdbook build\nmdbook test\n")
        );
        assert_eq!(
            commands(
                "## Plain mdBook\n\n## Next\n\n```sh\nx\n```\n",
                "Plain mdBook"
            ),
            None
        );
    }

    #[test]
    fn the_readme_has_the_block() {
        let readme = std::fs::read_to_string(root().join("README.md")).unwrap();
        let script = commands(&readme, HEADING).unwrap();
        assert!(script.contains("mdbook build") && script.contains("mdbook test -L"));
    }

    #[test]
    fn warnings_and_errors_are_complaints() {
        let log = " INFO Book building has started\n WARN mdbook_driver: oops\nERROR failed\nwarning: unused\n";
        assert_eq!(complaints(log).len(), 3);
        assert!(complaints(" INFO Testing chapter 'Warnings': \"x.md\"").is_empty());
    }
}
