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

/// The first epoch after which XOR's total loss, trained at
/// `learning_rate`, is below `threshold`, or `None` if it is not within
/// `max_epochs`.
///
/// # Panics
/// If `learning_rate` is not a positive, finite number.
///
/// ```
/// use neurons_and_networks::exercise_solutions::first_epoch_below;
///
/// let epoch = first_epoch_below(0.01, 1.0, 5000).expect("within 5,000 epochs");
/// assert!(epoch > 1000);
/// assert_eq!(first_epoch_below(0.01, 1.0, 10), None);
/// ```
// ANCHOR: first_epoch_below
pub fn first_epoch_below(
    threshold: f64,
    learning_rate: f64,
    max_epochs: usize,
) -> Option<usize> {
    let (_, losses) = train_xor(max_epochs, learning_rate);
    // losses[e] is the loss after e epochs; losses[0] is the start's.
    losses.iter().position(|&loss| loss < threshold)
}
// ANCHOR_END: first_epoch_below
