//! Half the sum of squared errors: what the blog post calls "MSE".

use ndarray::AsArray;

use super::squared_errors;

/// `0.5 * Σ (y_k - t_k)^2`: half the *sum* of the squared errors.
///
/// Squaring stops errors of opposite sign from cancelling out (−7 and +8
/// would otherwise add up to a harmless-looking 1). The factor 0.5 cancels
/// the 2 that appears when you differentiate, leaving a gradient of `y - t`.
///
/// Many texts, the post this chapter follows among them, call this the mean
/// squared error; it is not a mean. See [`mean_squared_error`](super::mean_squared_error)
/// for that.
///
/// # Panics
/// As [`check_lengths`](super::check_lengths): if `y` and `t` differ in
/// length or are empty. `NaN` in either is not a panic: it gives `NaN`.
///
/// ```
/// use activation_and_loss::loss::sum_squared_error;
///
/// assert_eq!(sum_squared_error(&[0.5, 1.0], &[0.0, 1.0]), 0.125);
/// ```
// ANCHOR: sum_squared_error
pub fn sum_squared_error<'a>(
    y: impl AsArray<'a, f64>,
    t: impl AsArray<'a, f64>,
) -> f64 {
    0.5 * squared_errors(y, t).sum()
}
// ANCHOR_END: sum_squared_error

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    #[should_panic(expected = "3 predictions but 1 targets")]
    fn lengths_must_match() {
        sum_squared_error(&[0.2, 0.3, 0.5], &[1.0]);
    }

    #[test]
    #[should_panic(expected = "a loss over nothing is undefined")]
    fn empty_vectors_measure_nothing() {
        sum_squared_error(&[] as &[f64], &[] as &[f64]);
    }
}
