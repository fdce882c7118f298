//! The AND gate: the perceptron's first task.

use ndarray::{Array1, Array2, array};

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
