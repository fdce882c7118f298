//! Starting XOR from many random weights: different starts are needed,
//! and they are not enough.

use crate::backpropagation::TwoLayerNetwork;
use crate::xor_training::train_xor_from;

/// A 2-2-1 network with random starting weights, drawn as the book draws
/// them (Xavier-uniform, from `seed`) and biases at 0: the same network as
/// [`TwoLayerNetwork::new`]`(2, 2, seed)`, named for what this module does
/// with it.
///
/// ```
/// use neurons_and_networks::xor_restarts::random_start;
///
/// assert_ne!(random_start(1), random_start(2));
/// assert_eq!(random_start(1), random_start(1));
/// ```
pub fn random_start(seed: u64) -> TwoLayerNetwork {
    TwoLayerNetwork::new(2, 2, seed)
}

/// The seeds among `seeds` whose [`random_start`], trained on XOR for
/// `epochs` epochs at `learning_rate` as the chapter trains it, still has
/// a total loss above `stuck_above`: starts from which gradient descent
/// stalls.
///
/// # Panics
/// If `learning_rate` is not a positive, finite number.
///
/// ```
/// use neurons_and_networks::xor_restarts::stalled_starts;
///
/// let stalled = stalled_starts(1..=4, 100, 1.0, 0.1);
/// assert!(stalled.len() <= 4);
/// ```
pub fn stalled_starts(
    seeds: impl IntoIterator<Item = u64>,
    epochs: usize,
    learning_rate: f64,
    stuck_above: f64,
) -> Vec<u64> {
    seeds
        .into_iter()
        .filter(|&seed| {
            let (_, losses) =
                train_xor_from(random_start(seed), epochs, learning_rate);
            losses.last().is_some_and(|&loss| loss > stuck_above)
        })
        .collect()
}
