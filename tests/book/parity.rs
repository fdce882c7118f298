//! The editions are one book: the same pages in the same order, and on each
//! page the same code, includes, figures and formulas in the same order.
//! Only the prose differs.

use crate::common::{
    CodeBlock, aside_kinds, code_blocks, code_spans, directives, display_math, editions,
    included_paths, listing_captions, markdown_files, prose, read, root, summary_pages,
};

#[test]
fn every_summary_lists_the_same_pages_in_the_same_order() {
    let editions = editions();
    let first = summary_pages(&editions[0]);
    assert!(
        !first.is_empty(),
        "src/{}/SUMMARY.md lists no pages",
        editions[0]
    );
    for edition in &editions[1..] {
        assert_eq!(summary_pages(edition), first, "src/{edition}/SUMMARY.md");
    }
}

#[test]
fn every_page_is_in_the_summary_and_exists_in_every_edition() {
    for edition in editions() {
        let mut listed = summary_pages(&edition);
        // The page a host serves for a missing address, which mdBook reads
        // by its name (`404.md`) and no reader reaches from the contents.
        listed.push("404.md".to_owned());
        listed.sort();
        assert_eq!(
            markdown_files(&edition),
            listed,
            "src/{edition}: files vs SUMMARY.md and 404.md"
        );
    }
}

/// The language-neutral outline of a page: one entry per code block (its
/// info string and every line), plot directive (its figure name), display
/// formula (its TeX), aside (its kind) and listing caption (its number),
/// and the set of tests and functions the prose names (word order differs
/// between languages, so as a sorted set).
fn skeleton(page: &str) -> Vec<String> {
    let mut outline = Vec::new();
    for kind in aside_kinds(page) {
        outline.push(format!("aside {kind}"));
    }
    // The words differ by language; how many listings, and where, must not.
    for _ in listing_captions(page) {
        outline.push("listing".to_owned());
    }
    let mut named: Vec<String> = code_spans(page)
        .into_iter()
        .filter(|span| names_a_function(span))
        .collect();
    named.sort();
    named.dedup();
    outline.extend(named.into_iter().map(|name| format!("names `{name}`")));
    for block in code_blocks(page) {
        outline.push(format!("code `{}`:\n{}", block.info, block.body.join("\n")));
    }
    for directive in mdbook_plot::find_directives(page) {
        let directive = directive.unwrap_or_else(|e| panic!("malformed plot directive: {e}"));
        // The words differ by language; which of them a figure has must not.
        outline.push(format!(
            "plot {} (x: {}, y: {}, {} series, {} panels)",
            directive.name,
            !directive.x.is_empty(),
            !directive.y.is_empty(),
            directive.series.len(),
            directive.panels.len()
        ));
    }
    for tex in display_math(page) {
        outline.push(format!("math {tex}"));
    }
    outline
}

/// Whether a code span is a function or test name: snake case with at
/// least two underscores (`cross_entropy_error`, not `f64` or `new`).
fn names_a_function(span: &str) -> bool {
    span.matches('_').count() >= 2
        && span
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_')
}

#[test]
fn each_set_of_twin_pages_has_the_same_code_figures_and_formulas() {
    let editions = editions();
    for page in summary_pages(&editions[0]) {
        let first = skeleton(&read(&root().join("src").join(&editions[0]).join(&page)));
        for edition in &editions[1..] {
            let other = skeleton(&read(&root().join("src").join(edition).join(&page)));
            assert_eq!(
                first, other,
                "{page}: the {} and {edition} editions differ in code, figures or formulas",
                editions[0]
            );
        }
    }
}

#[test]
fn the_skeleton_sees_code_plots_math_asides_listings_and_names() {
    let page = "# T\n\n{{#listing caption=\"x\"}}\n\n```rust\nfn main() {}\n```\n\n\
                {{#plot relu}}\n\n$$\nx^2\n$$\n\n> [!ANSWER]\n> The test `sigmoid_is_not_linear`, not `f64`.\n";
    assert_eq!(
        skeleton(page),
        [
            "aside ANSWER",
            "listing",
            "names `sigmoid_is_not_linear`",
            "code `rust`:\nfn main() {}",
            "plot relu (x: false, y: false, 0 series, 0 panels)",
            "math x^2"
        ]
    );
}

/// Every `.rs` file under `listings/`, read.
fn listing_sources() -> String {
    crate::common::files(&root().join("listings"), "rs")
        .iter()
        .map(|file| read(&root().join("listings").join(file)))
        .collect::<Vec<_>>()
        .join("\n")
}

#[test]
fn every_test_and_function_the_prose_names_exists() {
    let sources = listing_sources();
    let mut missing = Vec::new();
    for edition in editions() {
        for page in summary_pages(&edition) {
            let text = read(&root().join("src").join(&edition).join(&page));
            for name in code_spans(&text)
                .into_iter()
                .filter(|s| names_a_function(s))
            {
                if !sources.contains(&format!("fn {name}("))
                    && !sources.contains(&format!("fn {name}<"))
                {
                    missing.push(format!("src/{edition}/{page}: `{name}`"));
                }
            }
        }
    }
    assert!(
        missing.is_empty(),
        "the prose names functions no listing defines:\n{}",
        missing.join("\n")
    );
}

#[test]
fn the_markdown_reader_tells_code_math_and_prose_apart() {
    let page = "# Title\n\nSome *prose* with `code` and $x^2$.\n\n```rust\nfn main() {}\n```\n\n$$\na + b\n$$\n\n{{#plot relu caption=\"x\"}}\n";
    assert_eq!(
        code_blocks(page),
        [CodeBlock {
            info: "rust".into(),
            body: vec!["fn main() {}".into()]
        }]
    );
    assert_eq!(display_math(page), ["a + b"]);
    assert_eq!(prose(page), ["Title", "Some prose with  and ."]);
    let text = "a {{#include ../x.txt}} b\n{{#rustdoc_include ../y.rs:main}}";
    assert_eq!(included_paths(text), ["../x.txt", "../y.rs"]);
    assert_eq!(directives("{{#plot step}}")[0].name, "plot");
}

#[test]
fn pages_hold_no_control_characters() {
    // A stray tab or form feed (a `\t` or `\f` eaten on the way into a file)
    // silently breaks a formula such as `\times` or `\frac`.
    for edition in editions() {
        for page in summary_pages(&edition) {
            let text = read(&root().join("src").join(&edition).join(&page));
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
    // quote, so the Korean pages write “…” themselves. Code, directives and
    // HTML may hold straight quotes; the prose may not.
    let Some(korean) = editions().into_iter().find(|e| e == "ko") else {
        return;
    };
    for page in summary_pages(&korean) {
        let text = read(&root().join("src").join(&korean).join(&page));
        for block in prose(&text) {
            assert!(
                !block.contains('"'),
                "src/ko/{page}: a straight quote in Korean prose: {block}"
            );
        }
    }
}
