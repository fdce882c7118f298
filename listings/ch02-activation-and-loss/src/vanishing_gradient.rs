//! How much of the gradient reaches the first layer of a deep stack.

/// The gradient of a stack's output with respect to its input, for a stack
/// of `depth` one-neuron layers that each compute `activation(weight * x)`.
///
/// By the chain rule it is the product, over the layers, of
/// `derivative(z_k) * weight` with `z_k` the layer's weighted input. A
/// factor below 1 at every layer makes the product shrink geometrically
/// (the vanishing gradient); a factor above 1 makes it grow (the exploding
/// gradient). The weight is in every factor, so whether a stack vanishes
/// depends on its weights as much as on its activation.
///
/// ```
/// use activation_and_loss::activation::{relu, relu_derivative, sigmoid, sigmoid_derivative};
/// use activation_and_loss::vanishing_gradient::first_layer_gradient;
///
/// let through_sigmoids = first_layer_gradient(sigmoid, sigmoid_derivative, 10, 1.0, 1.0);
/// let through_relus = first_layer_gradient(relu, relu_derivative, 10, 1.0, 1.0);
/// assert!(through_sigmoids < 0.25_f64.powi(10));
/// assert_eq!(through_relus, 1.0);
/// ```
// ANCHOR: first_layer_gradient
pub fn first_layer_gradient(
    activation: impl Fn(f64) -> f64,
    derivative: impl Fn(f64) -> f64,
    depth: usize,
    weight: f64,
    input: f64,
) -> f64 {
    let mut x = input;
    let mut gradient = 1.0;
    for _ in 0..depth {
        let z = weight * x;
        gradient *= derivative(z) * weight;
        x = activation(z);
    }
    gradient
}
// ANCHOR_END: first_layer_gradient

#[cfg(test)]
mod tests {
    use super::*;
    use crate::activation::{identity, sigmoid, sigmoid_derivative};

    #[test]
    fn matches_a_central_difference_through_the_whole_stack() {
        let stack = |x: f64| (0..5).fold(x, |x, _| sigmoid(0.8 * x));
        let h = 1e-6;
        let numerical = (stack(0.3 + h) - stack(0.3 - h)) / (2.0 * h);
        let analytic =
            first_layer_gradient(sigmoid, sigmoid_derivative, 5, 0.8, 0.3);
        assert!((numerical - analytic).abs() < 1e-9);
    }

    #[test]
    fn a_linear_stack_multiplies_the_weights() {
        let gradient = first_layer_gradient(identity, |_| 1.0, 3, 2.0, 5.0);
        assert_eq!(gradient, 8.0);
    }
}
