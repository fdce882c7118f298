//! NOR from one neuron: used in the answer to exercise 2 (XNOR).

use ndarray::array;

use crate::activation::step;
use crate::neuron::Neuron;

/// NOR (not OR): 1 only when both inputs are 0. OR's weights with every
/// sign flipped.
///
/// ```
/// use neurons_and_networks::exercise_solutions::nor;
///
/// assert_eq!([nor(0.0, 0.0), nor(0.0, 1.0), nor(1.0, 0.0), nor(1.0, 1.0)], [1.0, 0.0, 0.0, 0.0]);
/// ```
// ANCHOR: nor
pub fn nor(x1: f64, x2: f64) -> f64 {
    let neuron = Neuron::new(array![-0.5, -0.5], 0.2);
    step(neuron.weighted_sum(&[x1, x2]))
}
// ANCHOR_END: nor
