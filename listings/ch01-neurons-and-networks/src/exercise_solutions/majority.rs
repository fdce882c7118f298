//! Exercise 1: a three-input majority gate from one neuron.

use ndarray::array;

use crate::activation::step;
use crate::neuron::Neuron;

/// 1 when at least two of the three inputs are 1. Each input counts 1, so
/// the weighted inputs are the number of 1s; a threshold of 1.5 (bias -1.5)
/// lies between one and two of them.
///
/// ```
/// use neurons_and_networks::exercise_solutions::majority;
///
/// assert_eq!(majority(1.0, 0.0, 1.0), 1.0);
/// assert_eq!(majority(0.0, 0.0, 1.0), 0.0);
/// ```
// ANCHOR: majority
pub fn majority(x1: f64, x2: f64, x3: f64) -> f64 {
    let neuron = Neuron::new(array![1.0, 1.0, 1.0], -1.5);
    step(neuron.weighted_sum(&[x1, x2, x3]))
}
// ANCHOR_END: majority
