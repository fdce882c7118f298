//! Half the sum of squared errors: what the blog post calls "MSE".

use ndarray::ArrayView1;

use super::error::{LossError, check_lengths};

/// `0.5 * Σ (y_i - t_i)^2`: half the *sum* of the squared errors.
///
/// Squaring stops errors of opposite sign from cancelling out (−7 and +8
/// would otherwise add up to a harmless-looking 1). The factor 0.5 cancels
/// the 2 that appears when you differentiate, leaving a gradient of `y - t`.
///
/// Many texts, the post this chapter follows among them, call this the mean
/// squared error; it is not a mean. See [`mean_squared_error`](super::mean_squared_error)
/// for that.
///
/// # Errors
/// [`LossError::LengthMismatch`] if `y` and `t` differ in length,
/// [`LossError::Empty`] if both are empty. `NaN` in either gives `NaN`.
///
/// ```
/// use activation_and_loss::loss::sum_squared_error;
/// use ndarray::array;
///
/// let y = array![0.5, 1.0];
/// let t = array![0.0, 1.0];
/// assert_eq!(sum_squared_error(y.view(), t.view())?, 0.125);
/// # Ok::<(), activation_and_loss::loss::LossError>(())
/// ```
// ANCHOR: sum_squared_error
pub fn sum_squared_error(
    y: ArrayView1<f64>,
    t: ArrayView1<f64>,
) -> Result<f64, LossError> {
    check_lengths(y, t)?;
    let squared_errors = (&y - &t).mapv(|e| e * e);
    Ok(0.5 * squared_errors.sum())
}
// ANCHOR_END: sum_squared_error
