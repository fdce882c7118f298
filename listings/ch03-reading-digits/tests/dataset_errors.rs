//! A broken data file gives an error that names the file, the line and the
//! problem, never a wrong number.

use std::io::Write;

use flate2::Compression;
use flate2::write::GzEncoder;
use reading_digits::dataset::{DatasetError, Problem, load, read};

fn gzip(text: &str) -> Vec<u8> {
    let mut encoder = GzEncoder::new(Vec::new(), Compression::default());
    encoder
        .write_all(text.as_bytes())
        .expect("writing to a Vec");
    encoder.finish().expect("writing to a Vec")
}

/// A valid line: 64 pixels of `pixel`, then `label`.
fn line(pixel: &str, label: &str) -> String {
    let mut values = vec![pixel; 64];
    values.push(label);
    values.join(",") + "\n"
}

fn error_for(text: &str) -> DatasetError {
    read(&gzip(text)[..], "broken.csv.gz").expect_err("a broken file")
}

#[test]
fn a_missing_file_is_named() {
    let error = load("no/such/digits.csv.gz").expect_err("missing");
    assert!(matches!(error.problem, Problem::Open(_)));
    assert!(
        error
            .to_string()
            .starts_with("no/such/digits.csv.gz: cannot open"),
        "{error}"
    );
}

#[test]
fn a_row_of_63_values_names_its_line() {
    let mut short = vec!["0"; 62];
    short.push("3");
    let text = line("1", "2") + &short.join(",") + "\n";
    let error = error_for(&text);
    assert_eq!(error.line, Some(2));
    assert!(matches!(error.problem, Problem::WrongCount { found: 63 }));
    assert_eq!(
        error.to_string(),
        "broken.csv.gz, line 2: 63 values, expected 65 (64 pixels and a label)"
    );
}

#[test]
fn a_pixel_of_17_is_out_of_range() {
    let mut text = line("0", "1");
    text.replace_range(0..1, "17");
    let error = error_for(&text);
    assert!(matches!(
        error.problem,
        Problem::PixelTooLarge {
            column: 1,
            value: 17
        }
    ));
    assert_eq!(
        error.to_string(),
        "broken.csv.gz, line 1: pixel 1 is 17, above the largest, 16"
    );
}

#[test]
fn a_label_of_10_is_not_a_digit() {
    let error = error_for(&line("0", "10"));
    assert!(matches!(error.problem, Problem::NotADigit { value: 10 }));
    assert_eq!(
        error.to_string(),
        "broken.csv.gz, line 1: the label is 10, not a digit 0-9"
    );
}

#[test]
fn text_where_a_number_should_be_is_reported() {
    let error = error_for(&line("x", "1"));
    assert!(matches!(
        error.problem,
        Problem::NotANumber { column: 1, .. }
    ));
}

#[test]
fn a_truncated_gzip_stream_is_a_read_error() {
    let whole = gzip(&(line("1", "2").repeat(50)));
    let error =
        read(&whole[..whole.len() / 2], "cut.csv.gz").expect_err("truncated");
    assert!(matches!(error.problem, Problem::Read(_)), "{error}");
    assert!(
        error.to_string().starts_with("cut.csv.gz, line "),
        "{error}"
    );
}

#[test]
fn an_empty_file_has_no_digits() {
    let error = error_for("");
    assert!(matches!(error.problem, Problem::Empty));
    assert_eq!(error.to_string(), "broken.csv.gz: no digits in the file");
}

#[test]
fn a_broken_file_on_disk_is_named_with_its_path() {
    let dir = std::env::temp_dir()
        .join(format!("reading-digits-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("a temporary folder");
    let path = dir.join("digits.csv.gz");
    std::fs::write(&path, gzip(&line("0", "11"))).expect("write the file");
    let error = load(&path).expect_err("label 11");
    assert!(
        error
            .to_string()
            .starts_with(&format!("{}, line 1", path.display())),
        "{error}"
    );
    std::fs::remove_dir_all(&dir).expect("clean up");
}
