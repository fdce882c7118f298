//! The AND gate, the task chapter 2 teaches the perceptron.

use ndarray::{Array1, Array2, array};

use crate::perceptron::Perceptron;

/// The AND gate's truth table: the four input pairs, one per row, and the
/// target for each (1 only when both inputs are 1).
///
/// ```
/// use activation_and_loss::and_gate::truth_table;
///
/// let (inputs, targets) = truth_table();
/// assert_eq!(inputs.nrows(), 4);
/// assert_eq!(targets.sum(), 1.0);
/// ```
// ANCHOR: truth_table
pub fn truth_table() -> (Array2<f64>, Array1<f64>) {
    let inputs = array![[0.0, 0.0], [0.0, 1.0], [1.0, 0.0], [1.0, 1.0]];
    let targets = array![0.0, 0.0, 0.0, 1.0];
    (inputs, targets)
}
// ANCHOR_END: truth_table

/// The perceptron of the chapter, trained on the AND gate: two inputs, step
/// activation, learning rate 0.2, 10 epochs, starting from zero weights.
///
/// ```
/// use activation_and_loss::and_gate::trained_perceptron;
/// use ndarray::array;
///
/// assert_eq!(trained_perceptron().weights(), array![-0.4, 0.4, 0.2]);
/// ```
// ANCHOR: trained_perceptron
pub fn trained_perceptron() -> Perceptron {
    let (inputs, targets) = truth_table();
    let mut perceptron = Perceptron::new(2, 0.2, 10);
    perceptron.fit(&inputs, &targets);
    perceptron
}
// ANCHOR_END: trained_perceptron

/// Where a two-input perceptron's decision line `w1 x1 + w2 x2 + b = 0`
/// crosses the vertical line at `x1`: on one side of it the weighted sum is
/// positive and the step gives 1, on the other it gives 0.
///
/// # Panics
/// If the perceptron does not have exactly two inputs.
///
/// ```
/// use activation_and_loss::and_gate::{decision_line, trained_perceptron};
///
/// // 0.4 x1 + 0.2 x2 - 0.4 = 0 is the line x2 = 2 - 2 x1.
/// assert!((decision_line(&trained_perceptron(), 0.5) - 1.0).abs() < 1e-12);
/// ```
pub fn decision_line<A: Fn(f64) -> f64>(
    perceptron: &Perceptron<A>,
    x1: f64,
) -> f64 {
    let w = perceptron.input_weights();
    assert_eq!(
        w.len(),
        2,
        "a decision line needs a perceptron with two inputs, this one has {}",
        w.len()
    );
    -(w[0] * x1 + perceptron.bias()) / w[1]
}
