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
    let script = commands(&readme, HEADING)
        .ok_or(format!("README.md has no sh block under \"{HEADING}\""))?;
    eprintln!("xtask: the README's plain-mdBook commands, in a shell without cargo's variables");
    let mut shell = Command::new("sh");
    shell
        .args(["-e", "-x", "-c", &script])
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
    let log = format!(
        "{}{}",
        String::from_utf8_lossy(&output.stdout),
        String::from_utf8_lossy(&output.stderr)
    );
    let complaints = complaints(&log);
    if !output.status.success() || !complaints.is_empty() {
        return Err(format!(
            "the README's plain-mdBook commands {}:\n{log}",
            if output.status.success() {
                "printed warnings or errors"
            } else {
                "failed"
            }
        ));
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

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
