//! Exercise 5: why the 0.5 in the sum of squared errors.

use ndarray::{Array1, AsArray};

use crate::loss::check_lengths;

/// The gradient of `0.5 * Σ (y_i - t_i)^2` with respect to `y`: just `y - t`.
/// The 0.5 is there to cancel the 2 that differentiating the square brings down.
///
/// # Panics
/// As [`check_lengths`](crate::loss::check_lengths).
///
/// ```
/// use activation_and_loss::exercise_solutions::sum_squared_error_gradient;
/// use ndarray::array;
///
/// let g = sum_squared_error_gradient(&[0.5, 1.0], &[0.0, 1.0]);
/// assert_eq!(g, array![0.5, 0.0]);
/// ```
// ANCHOR: sum_squared_error_gradient
pub fn sum_squared_error_gradient<'a>(
    y: impl AsArray<'a, f64>,
    t: impl AsArray<'a, f64>,
) -> Array1<f64> {
    let (y, t) = check_lengths(y, t);
    &y - &t
}
// ANCHOR_END: sum_squared_error_gradient
