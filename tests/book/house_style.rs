//! The mechanical half of `STYLE.md`, the book's house style: how numbers
//! are grouped, how exercises are labelled, what register alt text is in,
//! that no quote box starts in the middle of a paragraph, and, for the
//! Korean edition, one spelling of the 사이시옷 words, no italic Hangul and
//! an English gloss given once per chapter. What a rule cannot see (a
//! calque, a long sentence) is left to the line editor.

use std::collections::BTreeMap;

use crate::common::{editions, emphasized, listing_captions, prose, read, root, summary_pages};

/// What a reader reads on a page: its prose, and the words its figures and
/// listings carry (captions, alt text, axis names, legends), which are
/// prose too although they sit in directives.
fn readable_text(page: &str) -> Vec<String> {
    let mut text = prose(page);
    text.extend(listing_captions(page));
    for directive in mdbook_plot::find_directives(page) {
        let directive = directive.unwrap_or_else(|e| panic!("malformed plot directive: {e}"));
        text.push(directive.caption);
        text.push(directive.alt);
        text.push(directive.x);
        text.push(directive.y);
        text.extend(directive.series);
        text.extend(directive.panels);
    }
    text
}

fn pages(edition: &str) -> Vec<(String, String)> {
    summary_pages(edition)
        .into_iter()
        .map(|page| {
            let text = read(&root().join("src").join(edition).join(&page));
            (page, text)
        })
        .collect()
}

fn korean() -> Option<String> {
    editions().into_iter().find(|e| e == "ko")
}

/// Whole numbers of 1,000 or more written without commas (`5000`,
/// `1 797`). A four-digit number from 1900 to 2099 may be a year and passes.
fn ungrouped_numbers(text: &str) -> Vec<String> {
    let chars: Vec<char> = text.chars().collect();
    let mut found = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        let starts = chars[i].is_ascii_digit()
            && (i == 0
                || !(chars[i - 1].is_alphanumeric() || matches!(chars[i - 1], '_' | '.' | ',')));
        if !starts {
            i += 1;
            continue;
        }
        let mut end = i;
        while end < chars.len() && chars[end].is_ascii_digit() {
            end += 1;
        }
        let run: String = chars[i..end].iter().collect();
        let continues = |at: usize| {
            at + 1 < chars.len() && matches!(chars[at], '.' | ',') && chars[at + 1].is_ascii_digit()
        };
        if continues(end) {
            // A decimal (0.5000) or a number that is already grouped
            // (1,797): skip past all of it.
            while end < chars.len() && (chars[end].is_ascii_digit() || continues(end)) {
                end += 1;
            }
            i = end;
            continue;
        }
        // Grouped with spaces, as in "1 797".
        let spaced = run.len() <= 3
            && end + 4 <= chars.len()
            && chars[end] == ' '
            && chars[end + 1..end + 4].iter().all(char::is_ascii_digit)
            && chars.get(end + 4).is_none_or(|c| !c.is_ascii_digit());
        let year = run.len() == 4 && (1900..=2099).contains(&run.parse::<u32>().unwrap_or(0));
        if spaced {
            found.push(chars[i..end + 4].iter().collect());
        } else if run.len() >= 4 && !year && !run.starts_with('0') {
            found.push(run);
        }
        i = end;
    }
    found
}

#[test]
fn the_number_grouper_sees_what_the_text_writes() {
    let text =
        "1,797 digits, 5000 epochs, 1 157 left, 0.5000 loss, in 1958, 28 × 28, PCG64, 10⁻⁷, x_1000";
    assert_eq!(ungrouped_numbers(text), ["5000", "1 157"]);
    assert!(ungrouped_numbers("100,001 points and 1,000,000 values, seeds 1 to 10").is_empty());
}

#[test]
fn numbers_of_a_thousand_and_more_take_commas() {
    let mut found = Vec::new();
    for edition in editions() {
        for (page, text) in pages(&edition) {
            for block in readable_text(&text) {
                for number in ungrouped_numbers(&block) {
                    found.push(format!("src/{edition}/{page}: {number}"));
                }
            }
        }
    }
    assert!(
        found.is_empty(),
        "write these with commas (1,797; STYLE.md, Numbers):\n{}",
        found.join("\n")
    );
}

#[test]
fn exercises_have_one_label() {
    // By edition: the word that starts an exercise's bold label, and the
    // label itself before its number. An edition not listed here is not
    // checked until it says what its label is.
    let labels = [
        ("ko", "연습", "연습 문제 "),
        ("en", "Exercise", "Exercise "),
    ];
    let mut seen = 0;
    for (edition, word, wanted) in labels {
        if !editions().iter().any(|e| e == edition) {
            continue;
        }
        for (page, text) in pages(edition) {
            for line in text.lines() {
                let Some(rest) = line.trim_start().strip_prefix("**") else {
                    continue;
                };
                if !rest.starts_with(word) {
                    continue;
                }
                seen += 1;
                let label = rest.split("**").next().unwrap_or("");
                let number = label.strip_prefix(wanted).and_then(|n| n.strip_suffix('.'));
                assert!(
                    number.is_some_and(|n| n.parse::<u32>().is_ok()),
                    "src/{edition}/{page}: exercise labelled `**{label}**`, not `**{wanted}N.**`"
                );
            }
        }
    }
    assert!(seen >= 20, "only {seen} exercise labels found");
}

/// Sentence endings of the spoken voice (반말), which Korean alt text, a
/// written description, does not use.
const SPOKEN_ENDINGS: [&str; 9] = [
    "야.", "어.", "아.", "해.", "돼.", "지.", "줘.", "봐.", "워.",
];

#[test]
fn alt_text_is_written_in_one_register() {
    let mut checked = 0;
    for edition in editions() {
        for (page, text) in pages(&edition) {
            for directive in mdbook_plot::find_directives(&text) {
                let alt = directive.expect("parity checks the directives").alt;
                checked += 1;
                assert!(
                    alt.trim_end().ends_with('.'),
                    "src/{edition}/{page}: alt text ends without a period: {alt}"
                );
                if edition == "ko" {
                    let spoken: Vec<&str> = alt
                        .split_inclusive('.')
                        .map(str::trim_end)
                        .filter(|s| SPOKEN_ENDINGS.iter().any(|e| s.ends_with(e)))
                        .collect();
                    assert!(
                        spoken.is_empty(),
                        "src/ko/{page}: alt text in the spoken voice (write ~다. or a noun \
                         phrase): {spoken:?}"
                    );
                }
            }
        }
    }
    assert!(checked >= 20, "only {checked} figures found");
}

/// Sino-Korean words that end in a vowel before 값, spelt as the standard
/// orthography writes them (한글 맞춤법 제30항), and the spelling without
/// ㅅ that the book does not use.
const SAI_SIOT: [(&str, &str); 11] = [
    ("최대값", "최댓값"),
    ("최소값", "최솟값"),
    ("절대값", "절댓값"),
    ("함수값", "함숫값"),
    ("목표값", "목푯값"),
    ("임계값", "임곗값"),
    ("기대값", "기댓값"),
    ("대표값", "대푯값"),
    ("결과값", "결괏값"),
    ("근사값", "근삿값"),
    ("초기값", "초깃값"),
];

#[test]
fn sai_siot_follows_the_standard_orthography() {
    let Some(korean) = korean() else { return };
    let mut found = Vec::new();
    for (page, text) in pages(&korean) {
        for block in readable_text(&text) {
            for (without, with) in SAI_SIOT {
                if block.contains(without) {
                    found.push(format!("src/ko/{page}: {without} → {with}"));
                }
            }
        }
    }
    found.dedup();
    assert!(
        found.is_empty(),
        "spellings to change:\n{}",
        found.join("\n")
    );
}

#[test]
fn hangul_is_never_italic() {
    let Some(korean) = korean() else { return };
    for (page, text) in pages(&korean) {
        for span in emphasized(&text) {
            assert!(
                !span.chars().any(is_hangul),
                "src/ko/{page}: italic Hangul, which has no italic face: *{span}*"
            );
        }
    }
}

fn is_hangul(c: char) -> bool {
    matches!(c, '\u{AC00}'..='\u{D7A3}' | '\u{1100}'..='\u{11FF}' | '\u{3130}'..='\u{318F}')
}

/// Every English gloss in Korean text: the ASCII words in parentheses
/// right after Hangul, as in `활성화 함수(activation function)`, lowercased
/// and without a trailing "function", so that two glosses of one term match.
fn english_glosses(text: &str) -> Vec<String> {
    let mut found = Vec::new();
    let mut rest = text;
    while let Some(open) = rest.find('(') {
        let before = rest[..open].chars().next_back();
        let after = &rest[open + 1..];
        let Some(close) = after.find(')') else { break };
        let inside = &after[..close];
        // `(MSE, mean squared error)` or `(중심화, centring)`: the parts in
        // Latin letters with a lowercase word are glosses; an abbreviation
        // or a Korean synonym is not.
        let glosses = inside
            .split(',')
            .map(str::trim)
            .filter(|part| {
                part.starts_with(|c: char| c.is_ascii_alphabetic())
                    && part
                        .chars()
                        .all(|c| c.is_ascii_alphanumeric() || matches!(c, ' ' | '-' | '\'' | '’'))
                    && part.chars().any(|c| c.is_ascii_lowercase())
                    && part.chars().filter(char::is_ascii_alphabetic).count() >= 2
            })
            // `시그모이드 함수(sigmoid function)` glosses the same term as
            // `시그모이드(sigmoid)`.
            .map(|part| {
                let part = part.to_lowercase();
                part.strip_suffix(" function")
                    .map(str::to_owned)
                    .unwrap_or(part)
            });
        if before.is_some_and(is_hangul) {
            found.extend(glosses);
        }
        rest = after;
    }
    found
}

#[test]
fn the_gloss_finder_finds_glosses_only() {
    let text = "활성화 함수(activation function)와 `f(x)`, 시그모이드(sigmoid)의 값(0.5), 입력(x), \
                ReLU 함수(ReLU), 오차(MSE, mean squared error), 점(1, 0), 가운데 맞추기(중심화, centring), \
                그림(잉크 +1, 빈칸 -1), 소프트맥스 함수(softmax function)";
    assert_eq!(
        english_glosses(text),
        [
            "activation",
            "sigmoid",
            "relu",
            "mean squared error",
            "centring",
            "softmax"
        ]
    );
}

#[test]
fn an_english_gloss_appears_once_per_chapter() {
    let Some(korean) = korean() else { return };
    // A chapter is a folder (`ch02/`); a page outside one is its own. The
    // glossary gives every term's English by design.
    let mut by_chapter: BTreeMap<String, BTreeMap<String, Vec<String>>> = BTreeMap::new();
    let mut seen = 0;
    for (page, text) in pages(&korean) {
        if page == "glossary.md" {
            continue;
        }
        let chapter = match page.split_once('/') {
            Some((folder, _)) if folder.starts_with("ch") => folder.to_owned(),
            _ => page.clone(),
        };
        for gloss in readable_text(&text).iter().flat_map(|b| english_glosses(b)) {
            seen += 1;
            by_chapter
                .entry(chapter.clone())
                .or_default()
                .entry(gloss)
                .or_default()
                .push(page.clone());
        }
    }
    let twice: Vec<String> = by_chapter
        .iter()
        .flat_map(|(chapter, glosses)| {
            glosses
                .iter()
                .filter(|(_, pages)| pages.len() > 1)
                .map(move |(gloss, pages)| format!("{chapter}: ({gloss}) on {}", pages.join(", ")))
        })
        .collect();
    assert!(seen >= 50, "only {seen} English glosses found");
    assert!(
        twice.is_empty(),
        "give the English beside a term once per chapter, on its first use (STYLE.md):\n{}",
        twice.join("\n")
    );
}

/// Lines that start a blockquote (`> `) right under a line of an ordinary
/// paragraph: CommonMark ends the paragraph there, so a sentence broken
/// across such a line renders half in the text and half in a quote box.
fn quotes_breaking_a_paragraph(page: &str) -> Vec<usize> {
    let mut found = Vec::new();
    let mut in_code = false;
    let mut previous = "";
    for (number, line) in page.lines().enumerate() {
        if line.trim_start().starts_with("```") {
            in_code = !in_code;
        }
        let paragraph_line = !previous.trim().is_empty()
            && !previous.trim_start().starts_with('>')
            && !previous.trim_start().starts_with("{{#")
            && !previous.trim_start().starts_with('#');
        if !in_code && line.starts_with('>') && paragraph_line {
            found.push(number + 1);
        }
        previous = line;
    }
    found
}

#[test]
fn the_quote_finder_sees_a_quote_that_splits_a_sentence() {
    let page = "A sentence that goes on\n> and ends in a quote box.\n\n> [!NOTE]\n> fine\n\n```text\nx\n> y\n```\n";
    assert_eq!(quotes_breaking_a_paragraph(page), [2]);
}

#[test]
fn no_quote_box_starts_in_the_middle_of_a_paragraph() {
    let mut found = Vec::new();
    for edition in editions() {
        for (page, text) in pages(&edition) {
            for line in quotes_breaking_a_paragraph(&text) {
                found.push(format!("src/{edition}/{page}:{line}"));
            }
        }
    }
    assert!(
        found.is_empty(),
        "a `>` line right under a paragraph line starts a quote box mid-paragraph:\n{}",
        found.join("\n")
    );
}
