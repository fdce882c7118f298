//! Reading the committed outputs that the tests check the chapter's claims
//! against. Each output is what its example printed, and the book's tests
//! check that the example prints it today, so a test that reads it checks
//! a fresh run without training everything again.

// Each test file uses what it needs of these.
#![allow(dead_code)]

/// What `examples/<example>.rs` printed: `output/<example>.txt`.
pub fn output(example: &str) -> String {
    let path = format!("{}/output/{example}.txt", env!("CARGO_MANIFEST_DIR"));
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"))
}

/// Column `column` (column 0 is the seed) of the table of seeds 1 to 10
/// under the line `<title>, seed by seed` and its header.
///
/// # Panics
/// If there is no such table of ten rows of numbers.
pub fn seed_column(text: &str, title: &str, column: usize) -> Vec<f64> {
    let heading = format!("{title}, seed by seed");
    let rows: Vec<Vec<f64>> = text
        .lines()
        .skip_while(|l| !l.starts_with(&heading))
        .skip(2)
        .take(10)
        .map(numbers)
        .collect();
    assert_eq!(rows.len(), 10, "ten seeds under {title}");
    rows.iter().map(|r| r[column]).collect()
}

/// The numbers on `line`, one per word.
///
/// # Panics
/// If a word is not a number.
pub fn numbers(line: &str) -> Vec<f64> {
    line.split_whitespace()
        .map(|w| w.parse().expect("a number"))
        .collect()
}

/// Every row of the table that runs to the end of `text` under the line
/// starting with `heading` and its header line.
///
/// # Panics
/// If a row holds a word that is not a number.
pub fn rows_to_the_end(text: &str, heading: &str) -> Vec<Vec<f64>> {
    text.lines()
        .skip_while(|l| !l.starts_with(heading))
        .skip(2)
        .map(numbers)
        .collect()
}

/// In how many seeds `a` is lower than `b`.
pub fn lower(a: &[f64], b: &[f64]) -> usize {
    a.iter().zip(b).filter(|(x, y)| x < y).count()
}
