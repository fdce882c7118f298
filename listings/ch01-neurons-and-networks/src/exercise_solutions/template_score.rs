//! The count behind exercise 3's answer: what the digit network's weighted sums count.

use crate::digits::{TEMPLATES, pixels};

/// Neuron `digit`'s weighted sum for `picture`, counted instead of
/// multiplied: every pixel where picture and template agree adds 1, every
/// pixel where they differ subtracts 1, so the sum is `15 - 2 × differences`.
///
/// # Panics
/// If `digit` is not 0–9.
///
/// ```
/// use neurons_and_networks::exercise_solutions::score_from_differences;
/// use neurons_and_networks::digits::TEMPLATES;
///
/// assert_eq!(score_from_differences(&TEMPLATES[8], 8), 15.0);
/// assert_eq!(score_from_differences(&TEMPLATES[8], 0), 13.0); // the middle pixel
/// ```
// ANCHOR: score_from_differences
pub fn score_from_differences(picture: &[&str; 5], digit: usize) -> f64 {
    let differences = pixels(picture)
        .iter()
        .zip(pixels(&TEMPLATES[digit]).iter())
        .filter(|(a, b)| a != b)
        .count();
    15.0 - 2.0 * differences as f64
}
// ANCHOR_END: score_from_differences
