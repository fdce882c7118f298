//! Exercises 4 and 5: numerical gradients, to check that the gradient of
//! softmax plus cross-entropy is `y − t` (and `s·y − t` when the target
//! sums to `s`).

use ndarray::{Array1, ArrayView1, AsArray};

use crate::loss::{cross_entropy_from_logits, softmax_cross_entropy_gradient};
use crate::maximum;

/// The gradient of `loss` at `z`, one central difference per entry:
/// `(L(z + h e_k) − L(z − h e_k)) / 2h` with `h = 1e-6`.
///
/// ```
/// use activation_and_loss::exercise_solutions::numerical_gradient;
///
/// let g = numerical_gradient(|z| z[0] * z[0], &[3.0]);
/// assert!((g[0] - 6.0).abs() < 1e-6);
/// ```
// ANCHOR: numerical_gradient
pub fn numerical_gradient<'a>(
    loss: impl Fn(ArrayView1<f64>) -> f64,
    z: impl AsArray<'a, f64>,
) -> Array1<f64> {
    let z: ArrayView1<f64> = z.into();
    let h = 1e-6;
    Array1::from_shape_fn(z.len(), |k| {
        let (mut up, mut down) = (z.to_owned(), z.to_owned());
        up[k] += h;
        down[k] -= h;
        (loss(up.view()) - loss(down.view())) / (2.0 * h)
    })
}
// ANCHOR_END: numerical_gradient

/// How far `softmax(z) − t` is from the numerical gradient of the
/// cross-entropy from logits, at its worst entry.
///
/// # Panics
/// If `z` and `t` differ in length or are empty.
///
/// ```
/// use activation_and_loss::exercise_solutions::largest_gradient_error;
///
/// assert!(largest_gradient_error(&[2.0, -1.0, 0.5], &[0.0, 1.0, 0.0]) < 1e-8);
/// ```
// ANCHOR: largest_gradient_error
pub fn largest_gradient_error<'a>(
    z: impl AsArray<'a, f64>,
    t: impl AsArray<'a, f64>,
) -> f64 {
    let (z, t): (ArrayView1<f64>, ArrayView1<f64>) = (z.into(), t.into());
    let exact = softmax_cross_entropy_gradient(z, t);
    let estimate = numerical_gradient(|z| cross_entropy_from_logits(z, t), z);
    // `maximum`, unlike `f64::max`, keeps a NaN: a NaN difference is the answer.
    maximum(&(&exact - &estimate).mapv(f64::abs))
}
// ANCHOR_END: largest_gradient_error
