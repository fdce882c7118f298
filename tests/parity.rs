//! The two editions are one book: the same pages in the same order, and on
//! each page the same code, includes, figures and formulas in the same order.
//! Only the prose differs.

mod common;

use common::{EDITIONS, code_blocks, markdown_files, read, root, summary_pages};

#[test]
fn both_summaries_list_the_same_pages_in_the_same_order() {
    let ko = summary_pages("ko");
    let en = summary_pages("en");
    assert!(!ko.is_empty(), "src/ko/SUMMARY.md lists no pages");
    assert_eq!(ko, en);
}

#[test]
fn every_page_is_in_the_summary_and_exists_in_both_editions() {
    for edition in EDITIONS {
        let mut listed = summary_pages(edition);
        listed.sort();
        assert_eq!(
            markdown_files(edition),
            listed,
            "src/{edition}: files vs SUMMARY.md"
        );
    }
}

/// The language-neutral outline of a page: one entry per code block (its
/// info string and every line that is not prose-free of meaning: includes and
/// code), plot directive (its figure name) and display-math block (its TeX).
fn skeleton(page: &str) -> Vec<String> {
    let mut outline = Vec::new();
    for block in code_blocks(page) {
        outline.push(format!("code `{}`:\n{}", block.info, block.body.join("\n")));
    }
    for directive in mdbook_plot::find_directives(page) {
        let directive = directive.unwrap_or_else(|e| panic!("malformed plot directive: {e}"));
        outline.push(format!("plot {}", directive.name));
    }
    let mut in_math = false;
    let mut math = String::new();
    for line in page.lines() {
        if line.trim() == "$$" {
            if in_math {
                outline.push(format!("math {}", math.trim()));
                math.clear();
            }
            in_math = !in_math;
        } else if in_math {
            math.push_str(line.trim());
            math.push(' ');
        }
    }
    outline
}

#[test]
fn each_pair_of_pages_has_the_same_code_figures_and_formulas() {
    for page in summary_pages("ko") {
        let ko = read(&root().join("src/ko").join(&page));
        let en = read(&root().join("src/en").join(&page));
        let (ko, en) = (skeleton(&ko), skeleton(&en));
        assert_eq!(
            ko, en,
            "{page}: the editions differ in code, figures or formulas"
        );
    }
}

#[test]
fn the_skeleton_sees_code_plots_and_math() {
    let page = "# T\n\n```rust\nfn main() {}\n```\n\n{{#plot relu}}\n\n$$\nx^2\n$$\n";
    assert_eq!(
        skeleton(page),
        ["code `rust`:\nfn main() {}", "plot relu", "math x^2"]
    );
}

#[test]
fn pages_hold_no_control_characters() {
    // A stray tab or form feed (a `\t` or `\f` eaten on the way into a file)
    // silently breaks a formula such as `\times` or `\frac`.
    for edition in EDITIONS {
        for page in summary_pages(edition) {
            let text = read(&root().join("src").join(edition).join(&page));
            let bad = text
                .char_indices()
                .find(|(_, c)| c.is_control() && *c != '\n');
            assert!(
                bad.is_none(),
                "src/{edition}/{page}: control character at byte {:?}",
                bad
            );
        }
    }
}

#[test]
fn korean_prose_uses_curly_quotes() {
    // mdBook turns "…" into “…“ when a Hangul particle follows the closing
    // quote, so the Korean pages write “…” themselves.
    for page in summary_pages("ko") {
        let text = read(&root().join("src/ko").join(&page));
        let mut in_code = false;
        for (number, line) in text.lines().enumerate() {
            let trimmed = line.trim_start();
            if trimmed.starts_with("```") {
                in_code = !in_code;
            }
            if in_code
                || trimmed.starts_with("```")
                || trimmed.starts_with("{{#")
                || trimmed.starts_with('<')
            {
                continue;
            }
            let prose: String = line.split('`').step_by(2).collect();
            assert!(
                !prose.contains('"'),
                "src/ko/{page}:{}: a straight quote in Korean prose: {line}",
                number + 1
            );
        }
    }
}
