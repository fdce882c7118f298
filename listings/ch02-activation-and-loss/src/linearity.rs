//! Linear functions, stacks of layers, and the test that tells them apart.

/// The linear function `f(x) = a x`, with slope `a`.
///
/// ```
/// use activation_and_loss::linearity::linear;
///
/// assert_eq!(linear(3.0)(2.0), 6.0);
/// ```
// ANCHOR: linear
pub fn linear(a: f64) -> impl Fn(f64) -> f64 {
    move |x| a * x
}
// ANCHOR_END: linear

/// `2x + 1`, the straight-line activation the chapter tries in place of
/// the step. Strictly it is affine, not linear: it adds 1 (see
/// [`additivity_gap`]).
///
/// ```
/// use activation_and_loss::linearity::two_x_plus_one;
///
/// assert_eq!(two_x_plus_one(0.5), 2.0);
/// ```
// ANCHOR: two_x_plus_one
pub fn two_x_plus_one(x: f64) -> f64 {
    2.0 * x + 1.0
}
// ANCHOR_END: two_x_plus_one

/// `f` applied `layers` times, `f(f(…f(x)))`: what a stack of one-neuron
/// layers with weight 1 and activation `f` does to its input.
///
/// ```
/// use activation_and_loss::linearity::{linear, stacked};
///
/// let three_layers = stacked(linear(2.0), 3);
/// assert_eq!(three_layers(1.5), 12.0); // 2³ × 1.5
/// ```
// ANCHOR: stacked
pub fn stacked(f: impl Fn(f64) -> f64, layers: usize) -> impl Fn(f64) -> f64 {
    move |x| (0..layers).fold(x, |x, _| f(x))
}
// ANCHOR_END: stacked

/// `f(u + v) − (f(u) + f(v))`: how far `f` is from adding up.
///
/// A linear function gives 0 for every `u` and `v`: that is what being linear
/// means. One pair with a gap is enough to show a function is not linear,
/// whether or not its graph is made of straight pieces.
///
/// ```
/// use activation_and_loss::activation::step;
/// use activation_and_loss::linearity::{additivity_gap, linear};
///
/// assert_eq!(additivity_gap(linear(2.0), 0.6, 0.6), 0.0);
/// assert_eq!(additivity_gap(step, 0.6, 0.6), -1.0); // 1 − (1 + 1)
/// ```
// ANCHOR: additivity_gap
pub fn additivity_gap(f: impl Fn(f64) -> f64, u: f64, v: f64) -> f64 {
    f(u + v) - (f(u) + f(v))
}
// ANCHOR_END: additivity_gap
