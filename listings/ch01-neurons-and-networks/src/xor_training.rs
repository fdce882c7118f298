//! Teaching the 2-2-1 network XOR by backpropagation.

use ndarray::{Array1, Array2, array};

use crate::backpropagation::TwoLayerNetwork;

/// Where training starts: small, unequal numbers written out rather than
/// drawn at random, so that a reader can follow the first steps with a
/// calculator. They must differ, or the two hidden neurons would get the
/// same gradients and learn the same thing; differing is needed but not
/// enough (some unequal starts stall, as `xor_restarts` shows).
///
/// ```
/// use neurons_and_networks::xor_training::initial_network;
///
/// assert_eq!(initial_network().w1().dim(), (2, 2));
/// ```
// ANCHOR: initial_network
pub fn initial_network() -> TwoLayerNetwork {
    TwoLayerNetwork::from_parameters(
        array![[0.5, -0.4], [0.3, 0.6]],
        array![0.1, -0.2],
        array![0.7, -0.5],
        0.05,
    )
}
// ANCHOR_END: initial_network

/// XOR's truth table: the four inputs, one per row, and their targets.
///
/// ```
/// use neurons_and_networks::xor_training::xor_table;
///
/// let (inputs, targets) = xor_table();
/// assert_eq!(targets.to_vec(), vec![0.0, 1.0, 1.0, 0.0]);
/// assert_eq!(inputs.nrows(), 4);
/// ```
pub fn xor_table() -> (Array2<f64>, Array1<f64>) {
    (
        array![[0.0, 0.0], [0.0, 1.0], [1.0, 0.0], [1.0, 1.0]],
        array![0.0, 1.0, 1.0, 0.0],
    )
}

/// Trains [`initial_network`] on XOR for `epochs` passes, one gradient step
/// after every example, and returns the trained network with the total loss
/// over the four examples before each epoch (and once more at the end).
///
/// # Panics
/// If `learning_rate` is not a positive, finite number.
///
/// ```
/// use neurons_and_networks::xor_training::train_xor;
///
/// let (_, losses) = train_xor(100, 1.0);
/// assert_eq!(losses.len(), 101);
/// ```
// ANCHOR: train_xor
pub fn train_xor(
    epochs: usize,
    learning_rate: f64,
) -> (TwoLayerNetwork, Vec<f64>) {
    train_xor_from(initial_network(), epochs, learning_rate)
}

/// As [`train_xor`], from the network `start` instead.
///
/// # Panics
/// If `learning_rate` is not a positive, finite number.
///
/// ```
/// use neurons_and_networks::xor_training::{initial_network, train_xor, train_xor_from};
///
/// assert_eq!(train_xor_from(initial_network(), 10, 1.0), train_xor(10, 1.0));
/// ```
pub fn train_xor_from(
    start: TwoLayerNetwork,
    epochs: usize,
    learning_rate: f64,
) -> (TwoLayerNetwork, Vec<f64>) {
    assert!(
        learning_rate.is_finite() && learning_rate > 0.0,
        "the learning rate must be a positive, finite number, got {learning_rate}"
    );
    let (inputs, targets) = xor_table();
    let total_loss = |net: &TwoLayerNetwork| -> f64 {
        inputs
            .rows()
            .into_iter()
            .zip(&targets)
            .map(|(x, &t)| net.loss(x, t))
            .sum()
    };
    let mut net = start;
    let mut losses = Vec::with_capacity(epochs + 1);
    for _ in 0..epochs {
        losses.push(total_loss(&net));
        for (x, &t) in inputs.rows().into_iter().zip(&targets) {
            let gradients = net.gradients(x, t);
            net.descend(&gradients, learning_rate);
        }
    }
    losses.push(total_loss(&net));
    (net, losses)
}
// ANCHOR_END: train_xor
