//! Exercise 2: no single line separates XOR.

use ndarray::array;

use crate::perceptron::Perceptron;

/// How many of XOR's four cases a perceptron still gets wrong after training
/// for `epochs` passes. It is never 0: no line puts (0, 1) and (1, 0) on one
/// side and (0, 0) and (1, 1) on the other.
///
/// ```
/// use activation_and_loss::exercise_solutions::xor_mistakes;
///
/// assert!(xor_mistakes(1000) > 0);
/// ```
// ANCHOR: xor_mistakes
pub fn xor_mistakes(epochs: usize) -> usize {
    let inputs = array![[0.0, 0.0], [0.0, 1.0], [1.0, 0.0], [1.0, 1.0]];
    let xor_targets = array![0.0, 1.0, 1.0, 0.0];
    let mut perceptron = Perceptron::new(2, 0.2, epochs);
    perceptron.fit(&inputs, &xor_targets);
    inputs
        .rows()
        .into_iter()
        .zip(&xor_targets)
        .filter(|(input, target)| perceptron.predict(*input) != **target)
        .count()
}
// ANCHOR_END: xor_mistakes
