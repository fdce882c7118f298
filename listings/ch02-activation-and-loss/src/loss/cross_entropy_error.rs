//! The cross-entropy error on probabilities, as the blog post writes it.

use ndarray::{ArrayView2, AsArray, Ix2};

use super::check_lengths;

/// The small number added inside the logarithm so that a predicted
/// probability of exactly 0 gives `ln(1e-7) ≈ -16.1` instead of `-∞`.
///
/// ```
/// assert_eq!(activation_and_loss::loss::CROSS_ENTROPY_EPSILON, 1e-7);
/// ```
pub const CROSS_ENTROPY_EPSILON: f64 = 1e-7;

/// `-Σ t_k * ln(y_k + ε)` with `ε = 1e-7`: minus the dot product of the
/// targets with the logarithms of the predictions.
///
/// With a one-hot target only the predicted probability of the right answer
/// counts: the loss is `-ln(y_right + ε)`, close to 0 for a confident right
/// answer and large for a confident wrong one. The `ε` keeps `ln(0) = -∞`
/// out, so the loss is finite even when `y` holds zeros.
///
/// `y` should be probabilities (a softmax output). If you have the scores
/// *before* the softmax, [`cross_entropy_from_logits`](super::cross_entropy_from_logits)
/// is more accurate.
///
/// # Panics
/// As [`check_lengths`](super::check_lengths): if `y` and `t` differ in
/// length or are empty. `NaN` or a negative `y` is not a panic: it gives
/// `NaN`.
///
/// ```
/// use activation_and_loss::loss::cross_entropy_error;
///
/// let loss = cross_entropy_error(&[0.0, 0.9, 0.1], &[0.0, 1.0, 0.0]);
/// assert!((loss - 0.1053604).abs() < 1e-6);
/// ```
// ANCHOR: cross_entropy_error
pub fn cross_entropy_error<'a>(
    y: impl AsArray<'a, f64>,
    t: impl AsArray<'a, f64>,
) -> f64 {
    let (y, t) = check_lengths(y, t);
    let ln_y = y.mapv(|y_k| (y_k + CROSS_ENTROPY_EPSILON).ln());
    -t.dot(&ln_y)
}
// ANCHOR_END: cross_entropy_error

/// The mean [`cross_entropy_error`] over a batch: one row of `y` and `t` per
/// example. The mean, not the sum, so that the loss (and the size of a
/// gradient step) does not grow with the batch size.
///
/// # Panics
/// If `y` and `t` differ in shape or hold no rows, or (as
/// [`check_lengths`](super::check_lengths)) if the rows are empty.
///
/// ```
/// use activation_and_loss::loss::batch_cross_entropy_error;
/// use ndarray::array;
///
/// let y = array![[0.5, 0.5], [0.9, 0.1]];
/// let t = array![[1.0, 0.0], [1.0, 0.0]];
/// let mean = batch_cross_entropy_error(&y, &t);
/// assert!((mean - (-(0.5f64 + 1e-7).ln() - (0.9f64 + 1e-7).ln()) / 2.0).abs() < 1e-15);
/// ```
// ANCHOR: batch_cross_entropy_error
pub fn batch_cross_entropy_error<'a>(
    y: impl AsArray<'a, f64, Ix2>,
    t: impl AsArray<'a, f64, Ix2>,
) -> f64 {
    let (y, t): (ArrayView2<f64>, ArrayView2<f64>) = (y.into(), t.into());
    assert_eq!(
        y.dim(),
        t.dim(),
        "predictions of shape {:?} but targets of shape {:?}: one target row per prediction row",
        y.dim(),
        t.dim()
    );
    assert!(y.nrows() > 0, "an empty batch has no mean loss");
    let total: f64 = y
        .rows()
        .into_iter()
        .zip(t.rows())
        .map(|(y_row, t_row)| cross_entropy_error(y_row, t_row))
        .sum();
    total / y.nrows() as f64
}
// ANCHOR_END: batch_cross_entropy_error
