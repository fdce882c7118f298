//! Exercise 1: the weight decides whether a deep gradient vanishes or
//! explodes.

use crate::activation::{relu, relu_derivative, sigmoid, sigmoid_derivative};
use crate::vanishing_gradient::first_layer_gradient;

/// The gradient that reaches the input of 20 layers of ReLU and of 20
/// layers of sigmoid, every weight `weight`, input 1: `(relu, sigmoid)`.
///
/// ```
/// use activation_and_loss::exercise_solutions::gradient_after_20_layers;
///
/// let (relu, _) = gradient_after_20_layers(2.0);
/// assert_eq!(relu, 2f64.powi(20));
/// ```
// ANCHOR: gradient_after_20_layers
pub fn gradient_after_20_layers(weight: f64) -> (f64, f64) {
    let through = |f: fn(f64) -> f64, df: fn(f64) -> f64| {
        first_layer_gradient(f, df, 20, weight, 1.0)
    };
    (
        through(relu, relu_derivative),
        through(sigmoid, sigmoid_derivative),
    )
}
// ANCHOR_END: gradient_after_20_layers
