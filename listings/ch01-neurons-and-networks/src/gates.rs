//! AND, NAND and OR, each a single neuron with hand-picked weights.

use ndarray::array;

use crate::activation::step;
use crate::neuron::Neuron;

/// A two-input gate: `step(w1 x1 + w2 x2 + b)`.
// ANCHOR: gate
fn gate(w1: f64, w2: f64, bias: f64, x1: f64, x2: f64) -> f64 {
    let neuron = Neuron::new(array![w1, w2], bias);
    step(neuron.weighted_sum(array![x1, x2].view()))
}
// ANCHOR_END: gate

// ANCHOR: gates
/// AND: 1 only when both inputs are 1. The bias -0.7 sets the bar above
/// what one input (0.5) reaches and below what two (1.0) reach.
///
/// ```
/// use neurons_and_networks::gates::and;
///
/// assert_eq!([and(0.0, 0.0), and(0.0, 1.0), and(1.0, 0.0), and(1.0, 1.0)], [0.0, 0.0, 0.0, 1.0]);
/// ```
pub fn and(x1: f64, x2: f64) -> f64 {
    gate(0.5, 0.5, -0.7, x1, x2)
}

/// NAND (not AND): AND with every sign flipped, so it answers the opposite.
///
/// ```
/// use neurons_and_networks::gates::nand;
///
/// assert_eq!([nand(0.0, 0.0), nand(0.0, 1.0), nand(1.0, 0.0), nand(1.0, 1.0)], [1.0, 1.0, 1.0, 0.0]);
/// ```
pub fn nand(x1: f64, x2: f64) -> f64 {
    gate(-0.5, -0.5, 0.7, x1, x2)
}

/// OR: 1 when at least one input is 1. Same weights as AND, lower bar.
///
/// ```
/// use neurons_and_networks::gates::or;
///
/// assert_eq!([or(0.0, 0.0), or(0.0, 1.0), or(1.0, 0.0), or(1.0, 1.0)], [0.0, 1.0, 1.0, 1.0]);
/// ```
pub fn or(x1: f64, x2: f64) -> f64 {
    gate(0.5, 0.5, -0.2, x1, x2)
}
// ANCHOR_END: gates

/// The weights and bias of each gate, `(name, w1, w2, b)`, for drawing its
/// decision line `w1 x1 + w2 x2 + b = 0`.
///
/// ```
/// use neurons_and_networks::gates::GATE_WEIGHTS;
///
/// assert_eq!(GATE_WEIGHTS[0], ("AND", 0.5, 0.5, -0.7));
/// ```
pub const GATE_WEIGHTS: [(&str, f64, f64, f64); 3] = [
    ("AND", 0.5, 0.5, -0.7),
    ("NAND", -0.5, -0.5, 0.7),
    ("OR", 0.5, 0.5, -0.2),
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_table_matches_the_functions() {
        for x1 in [0.0, 1.0] {
            for x2 in [0.0, 1.0] {
                let by_table: Vec<f64> = GATE_WEIGHTS
                    .iter()
                    .map(|&(_, w1, w2, b)| gate(w1, w2, b, x1, x2))
                    .collect();
                assert_eq!(
                    by_table,
                    vec![and(x1, x2), nand(x1, x2), or(x1, x2)]
                );
            }
        }
    }
}
