//! Cross-entropy computed from raw scores, the numerically sound way.

use ndarray::{ArrayView1, Zip};

use super::error::{LossError, check_lengths};

/// `ln Σ e^(z_i)`, computed without overflow by factoring out the maximum:
/// `m + ln Σ e^(z_i - m)`.
///
/// An empty input gives `-∞` (the log of an empty sum, 0); `NaN` or `+∞` in
/// the input gives `NaN` and `+∞` respectively.
///
/// ```
/// use activation_and_loss::loss::log_sum_exp;
/// use ndarray::array;
///
/// assert!((log_sum_exp(array![0.0, 0.0].view()) - 2f64.ln()).abs() < 1e-15);
/// assert!((log_sum_exp(array![1000.0, 1000.0].view()) - (1000.0 + 2f64.ln())).abs() < 1e-12);
/// ```
// ANCHOR: log_sum_exp
pub fn log_sum_exp(z: ArrayView1<f64>) -> f64 {
    let max =
        z.fold(
            f64::NEG_INFINITY,
            |m, &x| if x > m || x.is_nan() { x } else { m },
        );
    if max.is_infinite() {
        // All -∞ (or empty): the sum is 0. Some +∞: the sum is +∞.
        // Subtracting an infinite max would give ∞ - ∞ = NaN instead.
        return max;
    }
    max + z.mapv(|x| (x - max).exp()).sum().ln()
}
// ANCHOR_END: log_sum_exp

/// The cross-entropy of `softmax(z)` against `t`, computed from the scores `z`
/// directly: `Σ t_i * (log_sum_exp(z) - z_i)`.
///
/// Since `ln softmax(z)_i = z_i - log_sum_exp(z)`, this is the same loss as
/// `cross_entropy_error(softmax(z), t)` but with no `δ` and no rounding of
/// tiny probabilities to 0: a confident wrong answer gets its true, large
/// loss instead of being capped at `-ln(1e-7) ≈ 16.1`.
///
/// # Errors
/// [`LossError::LengthMismatch`] if `z` and `t` differ in length,
/// [`LossError::Empty`] if both are empty. `NaN` or `+∞` in `z` gives `NaN`.
///
/// ```
/// use activation_and_loss::loss::cross_entropy_from_logits;
/// use ndarray::array;
///
/// let z = array![2.0, 1.0, 0.1];
/// let t = array![1.0, 0.0, 0.0];
/// let loss = cross_entropy_from_logits(z.view(), t.view())?;
/// assert!((loss - 0.4170300).abs() < 1e-6);
///
/// // Scores far apart: still finite, still exact.
/// let z = array![0.0, 1000.0];
/// assert_eq!(cross_entropy_from_logits(z.view(), t.slice(ndarray::s![..2]))?, 1000.0);
/// # Ok::<(), activation_and_loss::loss::LossError>(())
/// ```
// ANCHOR: cross_entropy_from_logits
pub fn cross_entropy_from_logits(
    z: ArrayView1<f64>,
    t: ArrayView1<f64>,
) -> Result<f64, LossError> {
    check_lengths(z, t)?;
    let lse = log_sum_exp(z);
    let terms = Zip::from(&t)
        .and(&z)
        .map_collect(|&t_i, &z_i| t_i * (lse - z_i));
    Ok(terms.sum())
}
// ANCHOR_END: cross_entropy_from_logits
