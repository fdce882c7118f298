//! How good a network's answers are: the digit it picks, how often that is
//! right, and which digits it mistakes for which.

use ndarray::{Array2, ArrayView2, AsArray, Ix2};

use crate::dataset::{CLASSES, Digits};
use crate::network::Network;

/// The index of the largest entry in each row: the class a network picks.
/// The first wins a tie.
///
/// # Panics
/// If a score is NaN (a network whose training diverged): there is no
/// largest entry then, and reading every such row as a 0 would pass off a
/// broken network as a poor one.
///
/// ```
/// use ndarray::array;
/// use reading_digits::evaluation::predictions;
///
/// assert_eq!(predictions(&array![[0.1, 0.7, 0.2], [3.0, 1.0, 3.0]]), [1, 0]);
/// ```
pub fn predictions<'a>(scores: impl AsArray<'a, f64, Ix2>) -> Vec<usize> {
    let scores: ArrayView2<f64> = scores.into();
    scores
        .rows()
        .into_iter()
        .map(|row| {
            assert!(
                !row.iter().any(|v| v.is_nan()),
                "a score is NaN, so no digit is the most likely: {row}"
            );
            let mut best = 0;
            for (i, &v) in row.iter().enumerate() {
                if v > row[best] {
                    best = i;
                }
            }
            best
        })
        .collect()
}

/// The fraction of `digits` the network reads right.
///
/// # Panics
/// If `digits` is empty, or as [`predictions`] if a score is `NaN`.
///
/// ```
/// use reading_digits::activation::Activation;
/// use reading_digits::load_bundled;
/// use reading_digits::evaluation::accuracy;
/// use reading_digits::network::Network;
/// use reading_digits::random::seeded;
///
/// let untrained = Network::new(64, 16, 10, Activation::Relu, &mut seeded(1));
/// assert!(accuracy(&untrained, &load_bundled()) < 0.3);
/// ```
pub fn accuracy(network: &Network, digits: &Digits) -> f64 {
    assert!(!digits.is_empty(), "no digits to measure on");
    let guesses = predictions(&network.logits(digits.images()));
    let right = guesses
        .iter()
        .zip(digits.labels())
        .filter(|(guess, label)| guess == label)
        .count();
    right as f64 / digits.len() as f64
}

// ANCHOR: confusion_matrix
/// Row `t`, column `p`: how many digits labelled `t` the network read as
/// `p`. The diagonal holds the right answers.
///
/// # Panics
/// As [`predictions`], if a score is `NaN`.
///
/// ```
/// use reading_digits::activation::Activation;
/// use reading_digits::load_bundled;
/// use reading_digits::evaluation::confusion_matrix;
/// use reading_digits::network::Network;
/// use reading_digits::random::seeded;
///
/// let digits = load_bundled();
/// let network = Network::new(64, 16, 10, Activation::Relu, &mut seeded(1));
/// assert_eq!(confusion_matrix(&network, &digits).sum(), 1797);
/// ```
pub fn confusion_matrix(network: &Network, digits: &Digits) -> Array2<usize> {
    let mut counts = Array2::zeros((CLASSES, CLASSES));
    let guesses = predictions(&network.logits(digits.images()));
    for (&label, &guess) in digits.labels().iter().zip(&guesses) {
        counts[[label, guess]] += 1;
    }
    counts
}
// ANCHOR_END: confusion_matrix

#[cfg(test)]
mod tests {
    use super::*;
    use ndarray::array;

    #[test]
    #[should_panic(expected = "a score is NaN")]
    fn a_nan_score_is_not_read_as_digit_0() {
        predictions(&array![[f64::NAN, 0.5, 0.2]]);
    }
}
