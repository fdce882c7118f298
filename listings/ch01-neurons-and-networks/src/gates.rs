//! AND, NAND and OR, each a single neuron with hand-picked weights.

use ndarray::array;

use crate::activation::step;
use crate::neuron::Neuron;

/// A two-input logic gate made of one neuron: `step(w1 x1 + w2 x2 + b)`.
///
/// ```
/// use neurons_and_networks::gates::Gate;
///
/// let majority_of_two = Gate { name: "AND", w1: 1.0, w2: 1.0, bias: -1.5 };
/// assert_eq!(majority_of_two.output(1.0, 1.0), 1.0);
/// ```
// ANCHOR: gate
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Gate {
    /// What the gate is called: "AND", "NAND", "OR".
    pub name: &'static str,
    /// The weight on the first input.
    pub w1: f64,
    /// The weight on the second input.
    pub w2: f64,
    /// The bias: minus the threshold the weighted inputs must clear.
    pub bias: f64,
}

impl Gate {
    /// The gate's neuron.
    ///
    /// ```
    /// use neurons_and_networks::gates::AND;
    ///
    /// assert_eq!(AND.neuron().bias(), -0.7);
    /// ```
    pub fn neuron(&self) -> Neuron {
        Neuron::new(array![self.w1, self.w2], self.bias)
    }

    /// The gate's answer, 0 or 1, for the inputs `x1` and `x2`.
    ///
    /// ```
    /// use neurons_and_networks::gates::OR;
    ///
    /// assert_eq!(OR.output(0.0, 1.0), 1.0);
    /// ```
    pub fn output(&self, x1: f64, x2: f64) -> f64 {
        step(self.neuron().weighted_sum(&[x1, x2]))
    }
}
// ANCHOR_END: gate

impl Gate {
    /// Where the gate's decision line `w1 x1 + w2 x2 + b = 0` crosses the
    /// vertical line at `x1`: the `x2` at which the weighted sum is exactly 0.
    /// Above or below it, the gate answers 1 on one side and 0 on the other.
    ///
    /// ```
    /// use neurons_and_networks::gates::AND;
    ///
    /// // 0.5 × 0.4 + 0.5 × 1.0 − 0.7 = 0
    /// assert!((AND.decision_line(0.4) - 1.0).abs() < 1e-12);
    /// ```
    pub fn decision_line(&self, x1: f64) -> f64 {
        -(self.w1 * x1 + self.bias) / self.w2
    }
}

// ANCHOR: gates
/// AND: 1 only when both inputs are 1. The bias -0.7 sets the bar above
/// what one input (0.5) reaches and below what two (1.0) reach.
///
/// ```
/// use neurons_and_networks::gates::AND;
///
/// assert_eq!(AND.output(1.0, 1.0), 1.0);
/// ```
pub const AND: Gate = Gate {
    name: "AND",
    w1: 0.5,
    w2: 0.5,
    bias: -0.7,
};

/// NAND (not AND): AND with every sign flipped, so it answers the opposite.
///
/// ```
/// use neurons_and_networks::gates::NAND;
///
/// assert_eq!(NAND.output(1.0, 1.0), 0.0);
/// ```
pub const NAND: Gate = Gate {
    name: "NAND",
    w1: -0.5,
    w2: -0.5,
    bias: 0.7,
};

/// OR: 1 when at least one input is 1. Same weights as AND, lower bar.
///
/// ```
/// use neurons_and_networks::gates::OR;
///
/// assert_eq!(OR.output(1.0, 0.0), 1.0);
/// ```
pub const OR: Gate = Gate {
    name: "OR",
    w1: 0.5,
    w2: 0.5,
    bias: -0.2,
};
// ANCHOR_END: gates

/// The four inputs a two-input gate can get, in truth-table order.
///
/// ```
/// use neurons_and_networks::gates::{INPUT_PAIRS, OR};
///
/// let column = INPUT_PAIRS.map(|(x1, x2)| OR.output(x1, x2));
/// assert_eq!(column, [0.0, 1.0, 1.0, 1.0]);
/// ```
pub const INPUT_PAIRS: [(f64, f64); 4] =
    [(0.0, 0.0), (0.0, 1.0), (1.0, 0.0), (1.0, 1.0)];

/// The three gates, in the order the chapter draws them.
///
/// ```
/// use neurons_and_networks::gates::GATES;
///
/// assert_eq!(GATES.map(|g| g.name), ["AND", "NAND", "OR"]);
/// ```
pub const GATES: [Gate; 3] = [AND, NAND, OR];

/// AND as a function of two inputs.
///
/// ```
/// use neurons_and_networks::gates::and;
///
/// assert_eq!([and(0.0, 0.0), and(0.0, 1.0), and(1.0, 0.0), and(1.0, 1.0)], [0.0, 0.0, 0.0, 1.0]);
/// ```
pub fn and(x1: f64, x2: f64) -> f64 {
    AND.output(x1, x2)
}

/// NAND as a function of two inputs.
///
/// ```
/// use neurons_and_networks::gates::nand;
///
/// assert_eq!([nand(0.0, 0.0), nand(0.0, 1.0), nand(1.0, 0.0), nand(1.0, 1.0)], [1.0, 1.0, 1.0, 0.0]);
/// ```
pub fn nand(x1: f64, x2: f64) -> f64 {
    NAND.output(x1, x2)
}

/// OR as a function of two inputs.
///
/// ```
/// use neurons_and_networks::gates::or;
///
/// assert_eq!([or(0.0, 0.0), or(0.0, 1.0), or(1.0, 0.0), or(1.0, 1.0)], [0.0, 1.0, 1.0, 1.0]);
/// ```
pub fn or(x1: f64, x2: f64) -> f64 {
    OR.output(x1, x2)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_inputs_on_the_decision_line_sum_to_zero() {
        for gate in GATES {
            for x1 in [-0.5, 0.0, 0.7, 1.5] {
                let x2 = gate.decision_line(x1);
                let z = gate.neuron().weighted_sum(&[x1, x2]);
                assert!(z.abs() < 1e-12, "{}: {z}", gate.name);
            }
        }
    }
}
