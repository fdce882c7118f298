//! Exercise 5: why the 0.5 in the sum of squared errors.

use ndarray::{Array1, ArrayView1};

use crate::loss::{LossError, check_lengths};

/// The gradient of `0.5 * Σ (y_i - t_i)^2` with respect to `y`: just `y - t`.
/// The 0.5 is there to cancel the 2 that differentiating the square brings down.
///
/// # Errors
/// The same as [`sum_squared_error`](crate::loss::sum_squared_error).
///
/// ```
/// use activation_and_loss::exercises::sum_squared_error_gradient;
/// use ndarray::array;
///
/// let g = sum_squared_error_gradient(array![0.5, 1.0].view(), array![0.0, 1.0].view())?;
/// assert_eq!(g, array![0.5, 0.0]);
/// # Ok::<(), activation_and_loss::loss::LossError>(())
/// ```
// ANCHOR: sum_squared_error_gradient
pub fn sum_squared_error_gradient(
    y: ArrayView1<f64>,
    t: ArrayView1<f64>,
) -> Result<Array1<f64>, LossError> {
    check_lengths(y, t)?;
    Ok(&y - &t)
}
// ANCHOR_END: sum_squared_error_gradient
