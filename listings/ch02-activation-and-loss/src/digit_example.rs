//! The book's running example: chapter 1's network shown a sloppy 6.

use ndarray::Array1;

use crate::activation::softmax;

// ANCHOR: digit_example
/// What chapter 1's digit network scores a sloppily written 6, one score per
/// digit 0–9: the pixels where the picture agrees with each digit's model
/// drawing minus those where it does not. The model 6 differs in one pixel
/// (13), the 5 and the 8 in two (11).
///
/// ```
/// use activation_and_loss::digit_example::SCORES_FOR_SIX;
///
/// assert_eq!(SCORES_FOR_SIX[6], 13.0);
/// ```
pub const SCORES_FOR_SIX: [f64; 10] =
    [9.0, 1.0, 7.0, 7.0, 3.0, 11.0, 13.0, -1.0, 11.0, 9.0];

/// The right answer, 6, one-hot encoded: 1 at index 6, 0 everywhere else.
///
/// ```
/// use activation_and_loss::digit_example::TARGET_SIX;
///
/// assert_eq!(TARGET_SIX.iter().sum::<f64>(), 1.0);
/// ```
pub const TARGET_SIX: [f64; 10] =
    [0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 1.0, 0.0, 0.0, 0.0];
// ANCHOR_END: digit_example

/// The network's answer for the 6: the softmax of [`SCORES_FOR_SIX`], the
/// same ten probabilities chapter 1 printed (6 gets 0.7620).
///
/// ```
/// use activation_and_loss::digit_example::network_output_for_six;
///
/// let p = network_output_for_six();
/// assert!((p[6] - 0.7620).abs() < 1e-4);
/// ```
pub fn network_output_for_six() -> Array1<f64> {
    softmax(&SCORES_FOR_SIX)
}

/// The scores of a network as sure the picture is a 2 as ours is that it
/// is a 6: [`SCORES_FOR_SIX`] with the scores of 2 and 6 swapped.
///
/// ```
/// use activation_and_loss::digit_example::WRONG_SCORES_FOR_SIX;
///
/// assert_eq!(WRONG_SCORES_FOR_SIX[2], 13.0);
/// ```
pub const WRONG_SCORES_FOR_SIX: [f64; 10] =
    [9.0, 1.0, 13.0, 7.0, 3.0, 11.0, 7.0, -1.0, 11.0, 9.0];

/// The softmax of [`WRONG_SCORES_FOR_SIX`]: a confident wrong answer.
///
/// ```
/// use activation_and_loss::digit_example::wrong_output_for_six;
///
/// let p = wrong_output_for_six();
/// assert!(p[2] > 0.7 && p[6] < 0.01);
/// ```
pub fn wrong_output_for_six() -> Array1<f64> {
    softmax(&WRONG_SCORES_FOR_SIX)
}

/// The output the original post uses for its loss examples: 0.8 for 6, 0.1
/// for 4 and 8, and exact zeros elsewhere. No softmax of ordinary scores gives an exact 0, but
/// the numbers are easy to check by hand, and the listing reproduces the
/// post's losses from it to the last digit.
///
/// ```
/// use activation_and_loss::digit_example::POST_OUTPUT_FOR_SIX;
///
/// assert_eq!(POST_OUTPUT_FOR_SIX[6], 0.8);
/// ```
pub const POST_OUTPUT_FOR_SIX: [f64; 10] =
    [0.0, 0.0, 0.0, 0.0, 0.1, 0.0, 0.8, 0.0, 0.1, 0.0];
