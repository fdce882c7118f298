//! Cross-entropy computed from raw scores, the numerically sound way.

use ndarray::{ArrayView1, AsArray};

use super::check_lengths;
use crate::maximum;

/// `ln Σ e^(z_k)`, computed without overflow by factoring out the maximum:
/// `m + ln Σ e^(z_k - m)`. It is a smooth maximum: never below `max(z)`,
/// and at most `ln n` above it.
///
/// An empty input gives `-∞` (the log of an empty sum, 0); `NaN` or `+∞` in
/// the input gives `NaN` and `+∞` respectively.
///
/// ```
/// use activation_and_loss::loss::log_sum_exp;
///
/// assert!((log_sum_exp(&[0.0, 0.0]) - 2f64.ln()).abs() < 1e-15);
/// assert!((log_sum_exp(&[1000.0, 1000.0]) - (1000.0 + 2f64.ln())).abs() < 1e-12);
/// ```
// ANCHOR: log_sum_exp
pub fn log_sum_exp<'a>(z: impl AsArray<'a, f64>) -> f64 {
    let z: ArrayView1<f64> = z.into();
    let m = maximum(z);
    if m.is_infinite() {
        // All -∞ (or empty): the sum is 0. Some +∞: the sum is +∞.
        // Subtracting an infinite maximum would give ∞ - ∞ = NaN instead.
        return m;
    }
    m + z.mapv(|z_k| (z_k - m).exp()).sum().ln()
}
// ANCHOR_END: log_sum_exp

/// The cross-entropy of `softmax(z)` against `t`, computed from the scores `z`
/// directly: `Σ t_k * (log_sum_exp(z) - z_k)`.
///
/// Since `ln softmax(z)_k = z_k - log_sum_exp(z)`, this is the same loss as
/// `cross_entropy_error(softmax(z), t)` but with no `ε` and no rounding of
/// tiny probabilities to 0: a confident wrong answer gets its true, large
/// loss instead of being capped at `-ln(1e-7) ≈ 16.1`.
///
/// # Panics
/// As [`check_lengths`](super::check_lengths): if `z` and `t` differ in
/// length or are empty. `NaN` or `+∞` in `z` gives `NaN`.
///
/// ```
/// use activation_and_loss::loss::cross_entropy_from_logits;
///
/// let loss = cross_entropy_from_logits(&[2.0, 1.0, 0.1], &[1.0, 0.0, 0.0]);
/// assert!((loss - 0.4170300).abs() < 1e-6);
///
/// // Scores far apart: still finite, still exact.
/// assert_eq!(cross_entropy_from_logits(&[0.0, 1000.0], &[1.0, 0.0]), 1000.0);
/// ```
// ANCHOR: cross_entropy_from_logits
pub fn cross_entropy_from_logits<'a>(
    z: impl AsArray<'a, f64>,
    t: impl AsArray<'a, f64>,
) -> f64 {
    let (z, t) = check_lengths(z, t);
    let lse = log_sum_exp(z);
    t.dot(&z.mapv(|z_k| lse - z_k))
}
// ANCHOR_END: cross_entropy_from_logits
