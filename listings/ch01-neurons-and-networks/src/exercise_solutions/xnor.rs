//! Exercise 2: XNOR from two layers of gates.

use super::nor;
use crate::gates::{and, or};

/// XNOR: 1 when both inputs are the same. The first layer asks "both 1?"
/// (AND) and "both 0?" (NOR); the second says yes if either answer is yes.
///
/// ```
/// use neurons_and_networks::exercise_solutions::xnor;
///
/// assert_eq!([xnor(0.0, 0.0), xnor(0.0, 1.0), xnor(1.0, 0.0), xnor(1.0, 1.0)], [1.0, 0.0, 0.0, 1.0]);
/// ```
// ANCHOR: xnor
pub fn xnor(x1: f64, x2: f64) -> f64 {
    or(and(x1, x2), nor(x1, x2))
}
// ANCHOR_END: xnor
