//! Exercise 3: which single pixel turns the sloppy 6 into another digit.

use crate::digits::digit_network;

/// The picture with the pixel at `row`, `column` flipped: ink to paper or
/// paper to ink.
///
/// # Panics
/// If `row` is not 0–4 or `column` not 0–2.
///
/// ```
/// use neurons_and_networks::exercise_solutions::flip_pixel;
///
/// let flipped = flip_pixel(&["###", "#.#", "#.#", "#.#", "###"], 2, 1);
/// assert_eq!(flipped[2], "###");
/// ```
// ANCHOR: flip_pixel
pub fn flip_pixel(
    picture: &[&str; 5],
    row: usize,
    column: usize,
) -> [String; 5] {
    assert!(
        row < 5 && column < 3,
        "no pixel at row {row}, column {column}"
    );
    let mut flipped = picture.map(String::from);
    let pixel = if picture[row].as_bytes()[column] == b'#' {
        "."
    } else {
        "#"
    };
    flipped[row].replace_range(column..=column, pixel);
    flipped
}
// ANCHOR_END: flip_pixel

/// Every single-pixel flip of `picture` that the chapter's digit network
/// reads as `digit` (its most probable answer), as `(row, column,
/// probability of digit)`, rows top to bottom and columns left to right.
///
/// A tie for the most probable digit does not count as reading it.
///
/// # Panics
/// If `digit` is not 0–9.
///
/// ```
/// use neurons_and_networks::digits::HANDWRITTEN_SIX;
/// use neurons_and_networks::exercise_solutions::flips_read_as;
///
/// // Fill in the missing top-right pixel and it is the model 6 itself.
/// let to_six = flips_read_as(&HANDWRITTEN_SIX, 6);
/// assert!(to_six.iter().any(|&(row, column, _)| (row, column) == (0, 2)));
/// ```
// ANCHOR: flips_read_as
pub fn flips_read_as(
    picture: &[&str; 5],
    digit: usize,
) -> Vec<(usize, usize, f64)> {
    assert!(digit < 10, "{digit} is not a digit");
    let network = digit_network();
    let mut found = Vec::new();
    for row in 0..5 {
        for column in 0..3 {
            let flipped = flip_pixel(picture, row, column);
            let p = network.read(&flipped.each_ref().map(String::as_str));
            let beaten = (0..10).all(|k| k == digit || p[k] < p[digit]);
            if beaten {
                found.push((row, column, p[digit]));
            }
        }
    }
    found
}
// ANCHOR_END: flips_read_as
