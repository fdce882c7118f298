//! Exercise 1: the perceptron learns OR as easily as AND.

use ndarray::array;

use crate::perceptron::Perceptron;

/// A perceptron trained on the OR gate with the chapter's settings
/// (learning rate 0.2, 10 epochs, step activation).
///
/// ```
/// use activation_and_loss::exercise_solutions::train_or_gate;
/// use ndarray::array;
///
/// let p = train_or_gate();
/// assert_eq!(p.predict(array![0.0, 0.0].view()), 0.0);
/// assert_eq!(p.predict(array![1.0, 0.0].view()), 1.0);
/// ```
// ANCHOR: train_or_gate
pub fn train_or_gate() -> Perceptron {
    let inputs = array![[0.0, 0.0], [0.0, 1.0], [1.0, 0.0], [1.0, 1.0]];
    let or_targets = array![0.0, 1.0, 1.0, 1.0];
    let mut perceptron = Perceptron::new(2, 0.2, 10);
    perceptron.fit(&inputs, &or_targets);
    perceptron
}
// ANCHOR_END: train_or_gate
