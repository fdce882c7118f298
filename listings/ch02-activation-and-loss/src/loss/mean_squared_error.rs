//! The mean squared error, an actual mean.

use ndarray::AsArray;

use super::squared_errors;

/// `(1/n) * Σ (y_k - t_k)^2`: the mean of the squared errors.
///
/// This is what "mean squared error" means in statistics and in
/// `torch.nn.MSELoss`. It does not grow with the number of outputs, so losses
/// over vectors of different lengths can be compared.
///
/// # Panics
/// As [`check_lengths`](super::check_lengths): if `y` and `t` differ in
/// length or are empty. `NaN` in either gives `NaN`.
///
/// ```
/// use activation_and_loss::loss::mean_squared_error;
///
/// assert_eq!(mean_squared_error(&[0.5, 1.0], &[0.0, 1.0]), 0.125);
/// ```
// ANCHOR: mean_squared_error
pub fn mean_squared_error<'a>(
    y: impl AsArray<'a, f64>,
    t: impl AsArray<'a, f64>,
) -> f64 {
    let squared = squared_errors(y, t);
    squared.sum() / squared.len() as f64
}
// ANCHOR_END: mean_squared_error
