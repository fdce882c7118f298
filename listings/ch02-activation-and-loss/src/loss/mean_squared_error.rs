//! The mean squared error, an actual mean.

use ndarray::ArrayView1;

use super::error::{LossError, check_lengths};

/// `(1/n) * Σ (y_i - t_i)^2`: the mean of the squared errors.
///
/// This is what "mean squared error" means in statistics and in
/// `torch.nn.MSELoss`. It does not grow with the number of outputs, so losses
/// over vectors of different lengths can be compared.
///
/// # Errors
/// [`LossError::LengthMismatch`] if `y` and `t` differ in length,
/// [`LossError::Empty`] if both are empty (a mean of nothing is undefined).
/// `NaN` in either gives `NaN`.
///
/// ```
/// use activation_and_loss::loss::mean_squared_error;
/// use ndarray::array;
///
/// let y = array![0.5, 1.0];
/// let t = array![0.0, 1.0];
/// assert_eq!(mean_squared_error(y.view(), t.view())?, 0.125);
/// # Ok::<(), activation_and_loss::loss::LossError>(())
/// ```
// ANCHOR: mean_squared_error
pub fn mean_squared_error(
    y: ArrayView1<f64>,
    t: ArrayView1<f64>,
) -> Result<f64, LossError> {
    check_lengths(y, t)?;
    let squared_errors = (&y - &t).mapv(|e| e * e);
    Ok(squared_errors.sum() / y.len() as f64)
}
// ANCHOR_END: mean_squared_error
