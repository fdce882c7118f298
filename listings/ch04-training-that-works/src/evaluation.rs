//! How good a network's answers are: the digit it picks, and how often
//! that is right. `predictions` is chapter 3's, copied.

use ndarray::{ArrayView2, AsArray, Ix2};

use crate::dataset::Digits;
use crate::layer::Mode;
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
/// use training_that_works::evaluation::predictions;
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

/// The share of `digits` whose most likely digit, by `network`, is the
/// label.
///
/// # Panics
/// If `digits` is empty, or a score is `NaN` (see [`predictions`]).
///
/// ```
/// use training_that_works::evaluation::accuracy;
/// use training_that_works::initialisation::Initialisation;
/// use training_that_works::layer::Activation;
/// use training_that_works::network::Network;
/// use training_that_works::random::seeded;
///
/// let digits = training_that_works::load_bundled();
/// let mut network = Network::fully_connected(&[64, 10], Activation::Relu, Initialisation::He, &mut seeded(1));
/// let a = accuracy(&mut network, &digits);
/// assert!((0.0..=1.0).contains(&a));
/// ```
pub fn accuracy(network: &mut Network, digits: &Digits) -> f64 {
    assert!(
        !digits.is_empty(),
        "the accuracy on no digits is not defined"
    );
    let scores = network.forward(digits.images(), Mode::Inference);
    share_right(&scores, digits.labels())
}

/// The share of rows of `scores` whose largest entry is at the label
/// beside it: the accuracy of scores already computed.
///
/// # Panics
/// If there are no rows, the rows and labels differ in number, or a score
/// is `NaN` (see [`predictions`]).
///
/// ```
/// use ndarray::array;
/// use training_that_works::evaluation::share_right;
///
/// assert_eq!(share_right(&array![[0.9, 0.1], [0.2, 0.8]], &[0, 0]), 0.5);
/// ```
pub fn share_right<'a>(
    scores: impl AsArray<'a, f64, Ix2>,
    labels: &[usize],
) -> f64 {
    let scores: ArrayView2<'_, f64> = scores.into();
    assert!(
        !labels.is_empty(),
        "the accuracy on no digits is not defined"
    );
    assert_eq!(
        scores.nrows(),
        labels.len(),
        "{} rows of scores for {} labels",
        scores.nrows(),
        labels.len()
    );
    let right = predictions(scores)
        .iter()
        .zip(labels)
        .filter(|(p, l)| p == l)
        .count();
    right as f64 / labels.len() as f64
}
