//! Exercise 3: any constant cancels from softmax, but only the largest
//! score keeps every exponent at or below 0 and one of them at exactly 0.

use ndarray::{Array1, ArrayView1, AsArray};

/// Softmax with the mean of the scores subtracted before `exp`, where the
/// safe [`softmax`](crate::activation::softmax) subtracts the largest. On
/// paper the two are equal: `e^(−c)` cancels for any `c`. In floating
/// point the largest exponent here is `max − mean`, not 0, so scores
/// spread widely enough overflow: `[1500, 0]` gives `[NaN, 0]`. No
/// scores give an empty array.
///
/// ```
/// use activation_and_loss::exercise_solutions::softmax_shifted_by_mean;
///
/// let p = softmax_shifted_by_mean(&[1500.0, 0.0]);
/// assert!(p[0].is_nan()); // e^750 / (e^750 + e^-750) is ∞ / ∞
/// assert_eq!(p[1], 0.0); // e^-750 underflows
/// ```
// ANCHOR: softmax_shifted_by_mean
pub fn softmax_shifted_by_mean<'a>(z: impl AsArray<'a, f64>) -> Array1<f64> {
    let z: ArrayView1<f64> = z.into();
    // `mean` is `None` only for no scores; their softmax is no outputs.
    let Some(mean) = z.mean() else {
        return Array1::zeros(0);
    };
    let e = z.mapv(|z_k| (z_k - mean).exp());
    &e / e.sum()
}
// ANCHOR_END: softmax_shifted_by_mean
