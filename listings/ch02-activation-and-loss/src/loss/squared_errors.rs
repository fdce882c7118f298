//! The squared error of each output: what both squared-error losses add up.

use ndarray::{Array1, AsArray};

use super::check_lengths;

/// Each output's squared error, `(y_k - t_k)^2`.
///
/// # Panics
/// As [`check_lengths`]: if `y` and `t` differ in length or are empty.
///
/// ```
/// use activation_and_loss::loss::squared_errors;
/// use ndarray::array;
///
/// assert_eq!(squared_errors(&[0.5, 1.0], &[0.0, 1.0]), array![0.25, 0.0]);
/// ```
// ANCHOR: squared_errors
pub fn squared_errors<'a>(
    y: impl AsArray<'a, f64>,
    t: impl AsArray<'a, f64>,
) -> Array1<f64> {
    let (y, t) = check_lengths(y, t);
    (&y - &t).mapv(|e| e * e)
}
// ANCHOR_END: squared_errors
