//! How hard each loss pulls on the score a sigmoid or softmax output comes
//! from: why classification uses cross-entropy.

use ndarray::{Array1, AsArray};

use super::check_lengths;
use crate::activation::{sigmoid, sigmoid_derivative, softmax};

/// `∂L/∂z` for half the squared error of a sigmoid output against `t`,
/// `L = ½ (σ(z) − t)²`: by the chain rule `(y − t) σ′(z)` with `y = σ(z)`.
///
/// The factor `σ′(z) = y (1 − y)` vanishes as the output nears 0 or 1,
/// whether the output is right or wrong: a confidently wrong output
/// (`t = 1`, `z = −10`) barely moves.
///
/// ```
/// use activation_and_loss::loss::squared_error_gradient_at_logit;
///
/// assert!(squared_error_gradient_at_logit(-10.0, 1.0).abs() < 1e-4);
/// ```
// ANCHOR: squared_error_gradient_at_logit
pub fn squared_error_gradient_at_logit(z: f64, t: f64) -> f64 {
    (sigmoid(z) - t) * sigmoid_derivative(z)
}
// ANCHOR_END: squared_error_gradient_at_logit

/// `∂L/∂z` for the cross-entropy of a sigmoid output against `t`: just
/// `σ(z) − t`. The `1 / (y (1 − y))` that the logarithm brings cancels the
/// sigmoid's `y (1 − y)`, so the pull is as large as the error itself.
///
/// ```
/// use activation_and_loss::loss::cross_entropy_gradient_at_logit;
///
/// assert!((cross_entropy_gradient_at_logit(-10.0, 1.0) + 1.0).abs() < 1e-4);
/// ```
// ANCHOR: cross_entropy_gradient_at_logit
pub fn cross_entropy_gradient_at_logit(z: f64, t: f64) -> f64 {
    sigmoid(z) - t
}
// ANCHOR_END: cross_entropy_gradient_at_logit

/// The gradient of [`cross_entropy_from_logits`](super::cross_entropy_from_logits)
/// with respect to the scores `z`: `softmax(z) − t`, for a target `t` whose
/// entries sum to 1 (a one-hot target does).
///
/// # Panics
/// As [`check_lengths`]: if `z` and `t` differ in length or are empty.
///
/// ```
/// use activation_and_loss::loss::softmax_cross_entropy_gradient;
///
/// let g = softmax_cross_entropy_gradient(&[0.0, 0.0], &[1.0, 0.0]);
/// assert_eq!(g.to_vec(), vec![-0.5, 0.5]);
/// ```
// ANCHOR: softmax_cross_entropy_gradient
pub fn softmax_cross_entropy_gradient<'a>(
    z: impl AsArray<'a, f64>,
    t: impl AsArray<'a, f64>,
) -> Array1<f64> {
    let (z, t) = check_lengths(z, t);
    softmax(z) - t
}
// ANCHOR_END: softmax_cross_entropy_gradient

/// The gradient of half the squared error after a softmax,
/// `L = ½ Σₖ (yₖ − tₖ)²` with `y = softmax(z)`, with respect to the scores
/// `z`. With `r = y − t`, the prediction minus the target, the chain rule
/// through the softmax's Jacobian `∂yₖ/∂zⱼ = yₖ (δₖⱼ − yⱼ)` gives
/// `∂L/∂zⱼ = yⱼ (rⱼ − Σₖ rₖ yₖ)`.
///
/// Every entry carries a factor `yⱼ`: a score whose probability is near 0
/// gets almost no pull, even when it is the right answer's.
///
/// # Panics
/// As [`check_lengths`]: if `z` and `t` differ in length or are empty.
///
/// ```
/// use activation_and_loss::loss::softmax_squared_error_gradient;
///
/// // Two equal scores, right answer first: y = (0.5, 0.5), r = (-0.5, 0.5).
/// let g = softmax_squared_error_gradient(&[0.0, 0.0], &[1.0, 0.0]);
/// assert_eq!(g.to_vec(), vec![-0.25, 0.25]);
/// ```
// ANCHOR: softmax_squared_error_gradient
pub fn softmax_squared_error_gradient<'a>(
    z: impl AsArray<'a, f64>,
    t: impl AsArray<'a, f64>,
) -> Array1<f64> {
    let (z, t) = check_lengths(z, t);
    let y = softmax(z);
    let error = &y - &t;
    let pull_on_all = error.dot(&y);
    &y * &(error - pull_on_all)
}
// ANCHOR_END: softmax_squared_error_gradient
