//! One step of gradient descent on every parameter.

use crate::Gradients;
use crate::network::Network;

// ANCHOR: step
/// Moves every parameter against its gradient: `θ ← θ − η ∂L/∂θ`.
///
/// # Panics
/// If the gradients are not shaped like the network's parameters.
///
/// ```
/// use ndarray::array;
/// use reading_digits::activation::Activation;
/// use reading_digits::Gradients;
/// use reading_digits::network::Network;
/// use reading_digits::sgd::step;
///
/// let mut network = Network::from_parameters(
///     array![[1.0]], array![0.0], array![[1.0]], array![0.0], Activation::Relu,
/// );
/// let g = Gradients { w1: array![[2.0]], b1: array![0.0], w2: array![[0.0]], b2: array![0.0] };
/// step(&mut network, &g, 0.1);
/// assert_eq!(network.w1()[[0, 0]], 0.8);
/// ```
pub fn step(network: &mut Network, gradients: &Gradients, learning_rate: f64) {
    let (mut w1, mut b1, mut w2, mut b2) = network.layers_mut();
    // `scaled_add` would broadcast a gradient of the wrong shape; refuse.
    assert!(
        w1.dim() == gradients.w1.dim()
            && b1.dim() == gradients.b1.dim()
            && w2.dim() == gradients.w2.dim()
            && b2.dim() == gradients.b2.dim(),
        "gradients do not fit the network"
    );
    w1.scaled_add(-learning_rate, &gradients.w1);
    b1.scaled_add(-learning_rate, &gradients.b1);
    w2.scaled_add(-learning_rate, &gradients.w2);
    b2.scaled_add(-learning_rate, &gradients.b2);
}
// ANCHOR_END: step
