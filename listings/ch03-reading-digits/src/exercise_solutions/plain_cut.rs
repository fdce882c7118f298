//! Exercise 1: test on the last fifth of the file instead of every fifth
//! example of each digit.

use crate::load_bundled;
use crate::split::first_and_rest;
use crate::training::{TrainingConfig, train};

// ANCHOR: plain_cut_accuracy
/// The book's network trained on the first 1 442 digits of the file and
/// tested on the last 355: the test accuracy after the last epoch.
///
/// # Panics
/// If the crate's own data file cannot be read.
///
/// ```
/// use reading_digits::exercise_solutions::plain_cut_accuracy;
///
/// assert!(plain_cut_accuracy() < 0.95);
/// ```
pub fn plain_cut_accuracy() -> f64 {
    let digits = load_bundled();
    let (training, test) = first_and_rest(&digits, 1442);
    let (_, reports) = train(&TrainingConfig::book(), &training, &test);
    reports
        .last()
        .expect(
            "the book's settings train for 30 epochs, so there is a last one",
        )
        .test_accuracy
}
// ANCHOR_END: plain_cut_accuracy
