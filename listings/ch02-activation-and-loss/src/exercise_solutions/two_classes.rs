//! Exercise 5: with two classes, the cross-entropy from logits is the
//! binary cross-entropy of their difference.

use crate::exercise_solutions::numerical_gradient;
use crate::loss::cross_entropy_from_logits;

/// The cross-entropy from the logits `z1`, `z2` of two classes, for the
/// target `t1` on the first and `1 − t1` on the second. With `d = z1 − z2`
/// it is `ln(1 + e^d) − t1·d`, the binary cross-entropy of the one logit
/// `d` with the target `t1`, and its slope in `z1` is `σ(d) − t1`.
///
/// ```
/// use activation_and_loss::exercise_solutions::two_class_cross_entropy;
/// use activation_and_loss::loss::binary_cross_entropy_from_logit;
///
/// let two = two_class_cross_entropy(3.0, 1.0, 1.0);
/// assert!((two - binary_cross_entropy_from_logit(2.0, 1.0)).abs() < 1e-15);
/// ```
// ANCHOR: two_class_cross_entropy
pub fn two_class_cross_entropy(z1: f64, z2: f64, t1: f64) -> f64 {
    cross_entropy_from_logits(&[z1, z2], &[t1, 1.0 - t1])
}
// ANCHOR_END: two_class_cross_entropy

/// The slope of [`two_class_cross_entropy`] in `z1`, found without its
/// formula: the central difference of [`numerical_gradient`]. It should
/// come out as `σ(z1 − z2) − t1`.
///
/// ```
/// use activation_and_loss::activation::sigmoid;
/// use activation_and_loss::exercise_solutions::two_class_slope;
///
/// let slope = two_class_slope(3.0, 1.0, 0.25);
/// assert!((slope - (sigmoid(2.0) - 0.25)).abs() < 1e-8);
/// ```
// ANCHOR: two_class_slope
pub fn two_class_slope(z1: f64, z2: f64, t1: f64) -> f64 {
    let gradient = numerical_gradient(
        |z| two_class_cross_entropy(z[0], z[1], t1),
        &[z1, z2],
    );
    gradient[0]
}
// ANCHOR_END: two_class_slope
