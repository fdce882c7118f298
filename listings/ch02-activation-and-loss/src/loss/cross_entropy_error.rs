//! The cross-entropy error on probabilities, as the blog post writes it.

use ndarray::{ArrayView1, Zip};

use super::error::{LossError, check_lengths};

/// The small number added inside the logarithm so that a predicted
/// probability of exactly 0 gives `ln(1e-7) ≈ -16.1` instead of `-∞`.
///
/// ```
/// assert_eq!(activation_and_loss::loss::CROSS_ENTROPY_DELTA, 1e-7);
/// ```
pub const CROSS_ENTROPY_DELTA: f64 = 1e-7;

/// `-Σ t_i * ln(y_i + δ)` with `δ = 1e-7`.
///
/// With a one-hot target only the predicted probability of the right answer
/// counts: the loss is `-ln(y_correct)`, 0 for a certain right answer and
/// large for a confident wrong one. The `δ` keeps `ln(0) = -∞` out, so the
/// loss is finite even when `y` holds zeros.
///
/// `y` should be probabilities (a softmax output). If you have the scores
/// *before* the softmax, [`cross_entropy_from_logits`](super::cross_entropy_from_logits)
/// is more accurate.
///
/// # Errors
/// [`LossError::LengthMismatch`] if `y` and `t` differ in length,
/// [`LossError::Empty`] if both are empty. `NaN` or a negative `y` gives `NaN`.
///
/// ```
/// use activation_and_loss::loss::cross_entropy_error;
/// use ndarray::array;
///
/// let y = array![0.0, 0.9, 0.1];
/// let t = array![0.0, 1.0, 0.0];
/// let loss = cross_entropy_error(y.view(), t.view())?;
/// assert!((loss - 0.1053604).abs() < 1e-6);
/// # Ok::<(), activation_and_loss::loss::LossError>(())
/// ```
// ANCHOR: cross_entropy_error
pub fn cross_entropy_error(
    y: ArrayView1<f64>,
    t: ArrayView1<f64>,
) -> Result<f64, LossError> {
    check_lengths(y, t)?;
    let terms = Zip::from(&t)
        .and(&y)
        .map_collect(|&t_i, &y_i| t_i * (y_i + CROSS_ENTROPY_DELTA).ln());
    Ok(-terms.sum())
}
// ANCHOR_END: cross_entropy_error
