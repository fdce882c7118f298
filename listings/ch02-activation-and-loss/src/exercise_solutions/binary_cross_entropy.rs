//! Exercise 4: binary cross-entropy from a logit, without overflow.

use super::softplus;

/// The binary cross-entropy of `sigmoid(z)` against a target `t` in [0, 1],
/// computed from the logit `z`: `softplus(z) - t * z`.
///
/// That is `-t ln σ(z) - (1 - t) ln(1 - σ(z))` rewritten with
/// `ln σ(z) = -softplus(-z)` and `softplus(z) - softplus(-z) = z`, so no
/// probability is ever rounded to 0 and no logarithm of 0 is taken.
///
/// ```
/// use activation_and_loss::exercise_solutions::binary_cross_entropy_from_logit;
///
/// assert!((binary_cross_entropy_from_logit(0.0, 1.0) - 2f64.ln()).abs() < 1e-15);
/// assert_eq!(binary_cross_entropy_from_logit(-800.0, 1.0), 800.0);
/// ```
// ANCHOR: binary_cross_entropy_from_logit
pub fn binary_cross_entropy_from_logit(z: f64, t: f64) -> f64 {
    softplus(z) - t * z
}
// ANCHOR_END: binary_cross_entropy_from_logit
