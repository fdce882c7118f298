//! Exercise 5: the nudge `h` of a numerical gradient can be too small.

use ndarray::array;

use crate::xor_training::initial_network;

/// The largest difference between backpropagation's gradients and the
/// central differences with nudge `h`, for the worked example.
///
/// Too large an `h` measures the slope of a chord, not of the curve; too
/// small a one loses the difference of two nearly equal losses to rounding.
///
/// ```
/// use neurons_and_networks::exercise_solutions::largest_gradient_error;
///
/// assert!(largest_gradient_error(1e-5) < 1e-9);
/// ```
// ANCHOR: largest_gradient_error
pub fn largest_gradient_error(h: f64) -> f64 {
    let net = initial_network();
    let x = array![1.0, 0.0];
    let exact = net.gradients(&x, 1.0);
    let estimate = net.numerical_gradients(&x, 1.0, h);
    exact.largest_difference(&estimate)
}
// ANCHOR_END: largest_gradient_error
