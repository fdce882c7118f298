//! Exercise 5: with two classes, softmax is the sigmoid of the difference.

use crate::activation::softmax;

/// The first of softmax's two outputs for the scores `z1`, `z2`. It equals
/// `sigmoid(z1 − z2)`: divide top and bottom of `e^z1 / (e^z1 + e^z2)` by
/// `e^z1` to get `1 / (1 + e^(z2 − z1))`.
///
/// ```
/// use activation_and_loss::activation::sigmoid;
/// use activation_and_loss::exercise_solutions::two_class_softmax;
///
/// assert!((two_class_softmax(3.0, 1.0) - sigmoid(2.0)).abs() < 1e-15);
/// ```
// ANCHOR: two_class_softmax
pub fn two_class_softmax(z1: f64, z2: f64) -> f64 {
    softmax(&[z1, z2])[0]
}
// ANCHOR_END: two_class_softmax
