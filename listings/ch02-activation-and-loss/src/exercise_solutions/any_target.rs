//! Exercise 4: the gradient of softmax plus cross-entropy for a target that
//! is not one-hot.

use ndarray::{Array1, ArrayView1, AsArray};

use crate::activation::softmax;
use crate::loss::check_lengths;

/// The gradient of [`cross_entropy_from_logits`](crate::loss::cross_entropy_from_logits)
/// with respect to the scores `z` for any target `t`: `s · softmax(z) − t`,
/// where `s = Σ t_k`. For a target that sums to 1 (one-hot, or smoothed)
/// it is `softmax(z) − t`.
///
/// # Panics
/// If `z` and `t` differ in length or are empty.
///
/// ```
/// use activation_and_loss::exercise_solutions::cross_entropy_gradient_for_any_target;
///
/// // A target that sums to 2 pulls twice as hard on the softmax.
/// let g = cross_entropy_gradient_for_any_target(&[0.0, 0.0], &[2.0, 0.0]);
/// assert_eq!(g.to_vec(), vec![-1.0, 1.0]);
/// ```
// ANCHOR: cross_entropy_gradient_for_any_target
pub fn cross_entropy_gradient_for_any_target<'a>(
    z: impl AsArray<'a, f64>,
    t: impl AsArray<'a, f64>,
) -> Array1<f64> {
    let (z, t): (ArrayView1<f64>, ArrayView1<f64>) = check_lengths(z, t);
    softmax(z) * t.sum() - t
}
// ANCHOR_END: cross_entropy_gradient_for_any_target

/// A smoothed one-hot target: `1 − smoothing` on `label`, and `smoothing`
/// shared evenly by the other classes. Its entries sum to 1.
///
/// # Panics
/// If `classes < 2`, `label >= classes`, or `smoothing` is not in `[0, 1]`.
///
/// ```
/// use activation_and_loss::exercise_solutions::smoothed_target;
///
/// let t = smoothed_target(1, 3, 0.1);
/// assert_eq!(t.to_vec(), vec![0.05, 0.9, 0.05]);
/// ```
// ANCHOR: smoothed_target
pub fn smoothed_target(
    label: usize,
    classes: usize,
    smoothing: f64,
) -> Array1<f64> {
    assert!(
        classes >= 2,
        "smoothing needs at least two classes, got {classes}"
    );
    assert!(
        label < classes,
        "label {label} is not one of {classes} classes"
    );
    assert!(
        (0.0..=1.0).contains(&smoothing),
        "smoothing must be in [0, 1], got {smoothing}"
    );
    let rest = smoothing / (classes - 1) as f64;
    Array1::from_shape_fn(classes, |k| {
        if k == label { 1.0 - smoothing } else { rest }
    })
}
// ANCHOR_END: smoothed_target
