//! XOR: what one neuron cannot do and two layers can.

use crate::gates::{and, nand, or};

/// XOR: 1 when exactly one input is 1. No single line separates its cases,
/// so no single neuron computes it; a second layer that ANDs a NAND and an
/// OR does.
///
/// ```
/// use neurons_and_networks::xor::xor;
///
/// assert_eq!([xor(0.0, 0.0), xor(0.0, 1.0), xor(1.0, 0.0), xor(1.0, 1.0)], [0.0, 1.0, 1.0, 0.0]);
/// ```
// ANCHOR: xor
pub fn xor(x1: f64, x2: f64) -> f64 {
    let s1 = nand(x1, x2); // first layer
    let s2 = or(x1, x2); // first layer
    and(s1, s2) // second layer
}
// ANCHOR_END: xor
