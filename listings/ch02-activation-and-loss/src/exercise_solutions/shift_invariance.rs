//! Exercise 3: adding a constant to every score leaves softmax unchanged.

use ndarray::{ArrayView1, AsArray};

use crate::activation::softmax;
use crate::maximum;

/// The largest difference between `softmax(a + c)` and `softmax(a)`, entry
/// by entry. On paper it is 0 for every `c`:
/// `e^(a_k + c) / Σ e^(a_i + c) = e^c e^(a_k) / (e^c Σ e^(a_i))`; in
/// floating point it is within a few units of rounding. NaN if any entry
/// differs by NaN; −∞ for no scores, as [`maximum`] gives.
///
/// ```
/// use activation_and_loss::exercise_solutions::largest_shift_difference;
///
/// assert!(largest_shift_difference(&[1.0, 2.0, 3.0], 100.0) < 1e-15);
/// ```
// ANCHOR: largest_shift_difference
pub fn largest_shift_difference<'a>(a: impl AsArray<'a, f64>, c: f64) -> f64 {
    let a: ArrayView1<f64> = a.into();
    let shifted = softmax(&a.mapv(|a_k| a_k + c));
    let plain = softmax(a);
    // `maximum`, unlike `f64::max`, keeps a NaN: a NaN difference is the answer.
    maximum(&(&shifted - &plain).mapv(f64::abs))
}
// ANCHOR_END: largest_shift_difference
