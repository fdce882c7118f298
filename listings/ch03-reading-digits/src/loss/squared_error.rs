//! Squared error on the softmax's probabilities, for comparison.

use ndarray::{Array2, AsArray, Axis, Ix2};

use super::check_batch;
use crate::softmax_rows;

/// The mean over the batch of `½ Σ_k (y_k − t_k)²`, with `y` the softmax
/// of the logits.
///
/// # Panics
/// If `logits` and `targets` differ in shape or have no rows.
///
/// ```
/// use ndarray::array;
/// use reading_digits::loss::squared_error_of_softmax;
///
/// let l = squared_error_of_softmax(&array![[0.0, 0.0]], &array![[1.0, 0.0]]);
/// assert_eq!(l, 0.25);
/// ```
pub fn squared_error_of_softmax<'a>(
    logits: impl AsArray<'a, f64, Ix2>,
    targets: impl AsArray<'a, f64, Ix2>,
) -> f64 {
    let (logits, targets) = check_batch(logits, targets);
    let error = softmax_rows(logits) - targets;
    0.5 * error.mapv(|e| e * e).sum() / logits.nrows() as f64
}

// ANCHOR: squared_error_gradient
/// The gradient of [`squared_error_of_softmax`] with respect to the logits.
///
/// Through the softmax, `∂y_k/∂z_j = y_k (δ_kj − y_j)`, so for each example
/// `∂L/∂z_j = y_j ((y_j − t_j) − Σ_k (y_k − t_k) y_k)`. Every term carries
/// a factor `y`: when the network gives the right digit a probability near
/// 0, the push to raise it is near 0 too.
///
/// # Panics
/// As [`squared_error_of_softmax`].
///
/// ```
/// use ndarray::array;
/// use reading_digits::loss::squared_error_gradient;
///
/// let g = squared_error_gradient(&array![[0.0, 0.0]], &array![[1.0, 0.0]]);
/// assert_eq!(g, array![[-0.25, 0.25]]);
/// ```
pub fn squared_error_gradient<'a>(
    logits: impl AsArray<'a, f64, Ix2>,
    targets: impl AsArray<'a, f64, Ix2>,
) -> Array2<f64> {
    let (logits, targets) = check_batch(logits, targets);
    let y = softmax_rows(logits);
    let error = &y - &targets;
    let along_y = (&error * &y).sum_axis(Axis(1)).insert_axis(Axis(1));
    &y * &(error - along_y) / logits.nrows() as f64
}
// ANCHOR_END: squared_error_gradient
