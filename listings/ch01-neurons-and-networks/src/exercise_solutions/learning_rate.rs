//! Exercise 4: what the learning rate does to the XOR plateau.

use crate::xor_training::train_xor;

/// XOR's total loss after `epochs` epochs of training at `learning_rate`.
///
/// # Panics
/// If `learning_rate` is not a positive, finite number.
///
/// ```
/// use neurons_and_networks::exercise_solutions::xor_loss_after;
///
/// assert!(xor_loss_after(5000, 1.0) < 0.001);
/// ```
// ANCHOR: xor_loss_after
pub fn xor_loss_after(epochs: usize, learning_rate: f64) -> f64 {
    let (_, losses) = train_xor(epochs, learning_rate);
    losses[epochs]
}
// ANCHOR_END: xor_loss_after
