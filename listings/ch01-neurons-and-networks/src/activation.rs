//! The two activation functions this chapter needs. Chapter 2 is all about
//! them; this crate keeps its own copies so that it builds on its own.

use ndarray::{Array1, ArrayView1, AsArray};

/// The step function: 1.0 above 0, 0.0 at or below 0 (and `NaN` for `NaN`).
///
/// ```
/// use neurons_and_networks::activation::step;
///
/// assert_eq!(step(0.5), 1.0);
/// assert_eq!(step(0.0), 0.0);
/// ```
pub fn step(x: f64) -> f64 {
    if x > 0.0 {
        1.0
    } else if x <= 0.0 {
        0.0
    } else {
        f64::NAN
    }
}

/// The sigmoid, `1 / (1 + e^(-x))`, which squashes any number into (0, 1).
///
/// ```
/// use neurons_and_networks::activation::sigmoid;
///
/// assert_eq!(sigmoid(0.0), 0.5);
/// ```
pub fn sigmoid(x: f64) -> f64 {
    1.0 / (1.0 + (-x).exp())
}

/// Softmax with the maximum subtracted first, so that large scores cannot
/// overflow: scores in, probabilities that sum to 1 out. `NaN` or `+∞` in
/// the input gives `NaN` everywhere; an empty input gives an empty output.
/// (Chapter 2 takes it apart line by line.)
///
/// ```
/// use neurons_and_networks::activation::softmax;
/// use ndarray::array;
///
/// let p = softmax(&[1.0, 1.0]);
/// assert_eq!(p, array![0.5, 0.5]);
/// ```
pub fn softmax<'a>(scores: impl AsArray<'a, f64>) -> Array1<f64> {
    let scores: ArrayView1<f64> = scores.into();
    // The largest score, or NaN if any score is NaN: f64::max would skip a
    // NaN and hide the problem.
    let max = scores.fold(f64::NEG_INFINITY, |max, &x| {
        if x > max || x.is_nan() { x } else { max }
    });
    let exps = scores.mapv(|x| (x - max).exp());
    let sum = exps.sum();
    exps / sum
}
