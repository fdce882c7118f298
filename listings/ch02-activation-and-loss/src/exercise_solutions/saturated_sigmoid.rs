//! Exercise 1: at weight 4 the sigmoid's bound reaches 1, and the gradient
//! still vanishes.

use ndarray::Array1;

use crate::activation::{sigmoid, sigmoid_derivative};

/// What each layer of a stack of one-neuron sigmoid layers, every weight
/// `weight`, multiplies the gradient by on its way back: `weight · σ′(z_k)`
/// with `z_k = weight · x_k` the layer's weighted input, first layer first.
/// Their product is the gradient that reaches the input, as
/// [`first_layer_gradient`](crate::vanishing_gradient::first_layer_gradient)
/// computes it.
///
/// ```
/// use activation_and_loss::exercise_solutions::sigmoid_layer_factors;
///
/// // At z = 0 the factor is weight / 4, the bound itself.
/// assert_eq!(sigmoid_layer_factors(4.0, 1, 0.0)[0], 1.0);
/// // From input 1 the first weighted input is 4, far from 0.
/// assert!(sigmoid_layer_factors(4.0, 1, 1.0)[0] < 0.08);
/// ```
// ANCHOR: sigmoid_layer_factors
pub fn sigmoid_layer_factors(
    weight: f64,
    depth: usize,
    input: f64,
) -> Array1<f64> {
    let mut x = input;
    Array1::from_shape_fn(depth, |_| {
        let z = weight * x;
        x = sigmoid(z);
        weight * sigmoid_derivative(z)
    })
}
// ANCHOR_END: sigmoid_layer_factors
