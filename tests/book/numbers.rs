//! Every computed number the prose quotes comes from the committed output of
//! a program the page runs, or of its chapter's listing, and
//! `tests/listings.rs` holds those outputs to a fresh run. So a change in the
//! code that changes a number the text states fails the build, through this
//! chain, instead of leaving the text stale.
//!
//! "Computed" here means written with three or more decimals (or in
//! scientific notation): inputs and round figures such as 0.2 or 0.25 are
//! held by the listings' own tests instead.

use std::path::PathBuf;

use crate::common::{editions, included_paths, read, root, summary_pages};

/// Numbers written like `-0.1648`, `0.029999999999999992` or `9.139e-14`,
/// with a trailing `…` kept to mark a truncated value.
fn numbers(text: &str) -> Vec<String> {
    let chars: Vec<char> = text.chars().collect();
    let mut found = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        let starts_number = chars[i].is_ascii_digit()
            && (i == 0
                || !(chars[i - 1].is_alphanumeric() || chars[i - 1] == '_' || chars[i - 1] == '.'));
        if !starts_number {
            i += 1;
            continue;
        }
        let start = if i > 0 && chars[i - 1] == '-' {
            i - 1
        } else {
            i
        };
        let mut end = i;
        while end < chars.len() && (chars[end].is_ascii_digit() || chars[end] == '.') {
            end += 1;
        }
        if end + 1 < chars.len()
            && chars[end] == 'e'
            && (chars[end + 1].is_ascii_digit() || chars[end + 1] == '-')
        {
            end += 2;
            while end < chars.len() && chars[end].is_ascii_digit() {
                end += 1;
            }
        }
        let mut token: String = chars[start..end].iter().collect();
        token = token.trim_end_matches('.').to_owned();
        if end < chars.len() && chars[end] == '…' {
            token.push('…');
        }
        found.push(token);
        i = end;
    }
    found
}

/// Three or more decimals, or a mantissa with decimals in scientific
/// notation (`9.139e-14`; a bare power such as `1e300` is an input).
fn is_computed(token: &str) -> bool {
    let plain = token.trim_end_matches('…');
    let Some((_, decimals)) = plain.split_once('.') else {
        return false;
    };
    let mantissa_decimals = decimals.split('e').next().unwrap_or("").len();
    mantissa_decimals >= 3 || decimals.contains('e')
}

/// The committed outputs that may vouch for a number on `page` (a path
/// like `ch02/loss.md`): the ones the page includes, and those of its own
/// chapter's listing crates (`listings/ch02-*/output/`). A number printed by
/// an unrelated program proves nothing about this page.
fn vouching_outputs(edition: &str, page: &str) -> Vec<PathBuf> {
    let page_file = root().join("src").join(edition).join(page);
    let page_dir = page_file
        .parent()
        .expect("a page is in a folder")
        .to_path_buf();
    let mut files: Vec<PathBuf> = included_paths(&read(&page_file))
        .into_iter()
        .map(|target| page_dir.join(target))
        .filter(|p| p.components().any(|c| c.as_os_str() == "output"))
        .collect();
    if let Some(chapter) = page.split('/').next().filter(|c| c.starts_with("ch")) {
        let listings = root().join("listings");
        for entry in std::fs::read_dir(&listings).expect("listings/").flatten() {
            let name = entry.file_name().to_string_lossy().into_owned();
            if name.starts_with(&format!("{chapter}-")) {
                let outputs = entry.path().join("output");
                let found = crate::common::files(&outputs, "txt");
                files.extend(found.into_iter().map(|f| outputs.join(f)));
            }
        }
    }
    files
}

/// A page's prose: its text without code blocks or directives.
fn page_prose(edition: &str, page: &str) -> String {
    let text = read(&root().join("src").join(edition).join(page));
    crate::common::prose(&text).join("\n")
}

/// The numbers in a page's prose.
fn prose_numbers(edition: &str, page: &str) -> Vec<String> {
    numbers(&page_prose(edition, page))
}

/// The percentages a page's prose gives with one decimal (`71.9 %`,
/// `91.6%`): shares from a profile, which a speed page must copy exactly.
fn prose_percentages(edition: &str, page: &str) -> Vec<String> {
    let prose = page_prose(edition, page);
    let mut found = Vec::new();
    for (start, _) in prose.match_indices('%') {
        let before = prose[..start].trim_end();
        let token: String = before
            .chars()
            .rev()
            .take_while(|c| c.is_ascii_digit() || *c == '.')
            .collect::<Vec<_>>()
            .into_iter()
            .rev()
            .collect();
        if token
            .split_once('.')
            .is_some_and(|(whole, d)| !whole.is_empty() && d.len() == 1)
        {
            found.push(token);
        }
    }
    found
}

/// Every number the given files print.
fn printed_by(files: &[PathBuf]) -> Vec<String> {
    files.iter().flat_map(|f| numbers(&read(f))).collect()
}

/// Whether the text's `quoted` is a printed number: the same, the start of
/// one (`-0.1648…`), or one rounded to fewer decimals (`-0.165` for
/// `-0.16483626841185234`: the full value stays in the output block, the
/// prose gives what its point needs).
fn matches(quoted: &str, printed: &[String]) -> bool {
    if let Some(prefix) = quoted.strip_suffix('…') {
        return printed.iter().any(|p| p.starts_with(prefix));
    }
    printed
        .iter()
        .any(|p| p == quoted || is_rounded_from(quoted, p))
}

/// Whether `quoted`, written with fewer decimals than `printed` (both
/// plain decimals), is `printed` rounded to those decimals.
fn is_rounded_from(quoted: &str, printed: &str) -> bool {
    let decimals = |t: &str| t.split_once('.').map(|(_, d)| d.len());
    let (Some(places), Some(more)) = (decimals(quoted), decimals(printed)) else {
        return false;
    };
    if quoted.contains('e') || printed.contains('e') || places >= more {
        return false;
    }
    let (Ok(q), Ok(p)) = (quoted.parse::<f64>(), printed.parse::<f64>()) else {
        return false;
    };
    // Half a unit in the last place written, with room for the binary
    // rounding of both numbers.
    let half_unit = 0.5 * 10f64.powi(-(places as i32));
    q.signum() == p.signum() && (q - p).abs() <= half_unit * (1.0 + 1e-9)
}

#[test]
fn every_computed_number_in_the_prose_was_printed_by_a_program() {
    let mut unbacked = Vec::new();
    let mut checked = 0;
    for edition in editions() {
        for page in summary_pages(&edition) {
            // A speed record the page includes is a program's output too.
            let mut sources = vouching_outputs(&edition, &page);
            sources.extend(included_records(&edition, &page));
            let printed = printed_by(&sources);
            for token in prose_numbers(&edition, &page)
                .into_iter()
                .filter(|t| is_computed(t))
            {
                checked += 1;
                if !matches(&token, &printed) {
                    unbacked.push(format!("src/{edition}/{page}: {token}"));
                }
            }
        }
    }
    assert!(
        checked >= 20,
        "only {checked} computed numbers found in the prose"
    );
    assert!(
        unbacked.is_empty(),
        "numbers in the text that neither an output the page includes nor its chapter's \
         listing prints:\n{}",
        unbacked.join("\n")
    );
}

#[test]
fn a_page_is_vouched_for_by_its_own_outputs_only() {
    let ch01 = vouching_outputs("en", "ch01/layers.md");
    assert!(ch01.iter().any(|f| f.ends_with("digit_six.txt")));
    assert!(ch01.iter().all(|f| f.to_string_lossy().contains("ch01-")));
    assert!(vouching_outputs("en", "glossary.md").is_empty());
}

#[test]
fn the_number_finder_finds_what_the_text_writes() {
    let text = "at -0.16483626841185234 and 9.139e-14, about -0.1648…, not v2.0 or x_1.5; 0.25.";
    assert_eq!(
        numbers(text),
        ["-0.16483626841185234", "9.139e-14", "-0.1648…", "0.25"]
    );
    assert!(is_computed("-0.1648…") && is_computed("1.000e0"));
    assert!(!is_computed("0.25") && !is_computed("1e300"));
}

#[test]
fn a_rounded_number_is_vouched_for_by_the_value_it_rounds() {
    let printed = [
        "-0.16483626841185234".to_owned(),
        "6.271737315990275".to_owned(),
    ];
    assert!(matches("-0.165", &printed) && matches("-0.1648", &printed));
    assert!(matches("6.272", &printed) && matches("6.27174", &printed));
    // Rounded the wrong way, truncated without its `…`, or the sign lost.
    assert!(!matches("-0.164", &printed) && !matches("6.271", &printed));
    assert!(!matches("0.165", &printed));
    // More decimals than were printed is not a rounding.
    assert!(!matches("6.2717373159902750", &printed));
}

/// The speed records (`benches/*.txt`) a page includes.
fn included_records(edition: &str, page: &str) -> Vec<PathBuf> {
    let page_file = root().join("src").join(edition).join(page);
    let page_dir = page_file
        .parent()
        .expect("a page is in a folder")
        .to_path_buf();
    included_paths(&read(&page_file))
        .into_iter()
        .map(|target| page_dir.join(target))
        .filter(|p| p.components().any(|c| c.as_os_str() == "benches"))
        .collect()
}

/// Timings are written with fewer decimals than computed values (a ratio
/// such as 0.43), so on a page that shows a speed record every number with
/// two or more decimals must be one that the record, or an output the page
/// may cite, prints: a ratio left over from an earlier record fails here.
/// (Rounder figures, "about 0.8 MB", are the prose's own.) The few
/// measured numbers a page cites from elsewhere are listed with the page
/// and the place it names for them.
#[test]
fn every_ratio_on_a_speed_page_was_measured() {
    const CITED_ELSEWHERE: &[(&str, &[&str])] = &[
        // The before-and-after timing of inlining the derivative, which
        // the page says is in the message of commit e05d670.
        ("ch03/training.md", &["0.81", "0.67", "0.92"]),
        // The fast softmax of a million values against numpy writing into
        // one array in two earlier records, committed in 6f7e7ba and
        // d00c6e5, which the page names for them.
        ("appendix/speed.md", &["0.66", "0.62", "0.77"]),
    ];
    let mut unbacked = Vec::new();
    let mut checked = 0;
    for edition in editions() {
        for page in summary_pages(&edition) {
            let records = included_records(&edition, &page);
            if records.is_empty() {
                continue;
            }
            let mut sources = records;
            sources.extend(vouching_outputs(&edition, &page));
            let printed = printed_by(&sources);
            let cited = CITED_ELSEWHERE
                .iter()
                .find(|(p, _)| *p == page)
                .map_or(&[][..], |(_, c)| *c);
            for token in prose_numbers(&edition, &page) {
                let decimals = token.split_once('.').map_or(0, |(_, d)| d.len());
                if decimals < 2 || cited.contains(&token.as_str()) {
                    continue;
                }
                checked += 1;
                if !matches(&token, &printed) {
                    unbacked.push(format!("src/{edition}/{page}: {token}"));
                }
            }
            // A profile's shares are printed with one decimal and a `%`,
            // so those are held to the record too (a stale 71.6 % slipped
            // through before this).
            for token in prose_percentages(&edition, &page) {
                checked += 1;
                if !matches(&token, &printed) {
                    unbacked.push(format!("src/{edition}/{page}: {token} %"));
                }
            }
        }
    }
    assert!(
        checked >= 100,
        "only {checked} ratios found on the speed pages"
    );
    assert!(
        unbacked.is_empty(),
        "numbers on speed pages that no record or output they include prints:\n{}",
        unbacked.join("\n")
    );
}
