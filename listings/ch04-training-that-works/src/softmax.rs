//! Softmax over each row of a batch: this chapter's own copy of chapter 2's
//! stable softmax, so that the crate stands alone.

use ndarray::{Array2, ArrayView2, AsArray, Axis, Ix2};

// ANCHOR: softmax_rows
/// Each row of `logits` turned into probabilities that sum to 1.
///
/// The row's largest logit is subtracted before `exp`, which changes
/// nothing in the result (the factor `e^(-max)` cancels) but keeps `exp`
/// from overflowing.
///
/// ```
/// use ndarray::array;
/// use training_that_works::softmax_rows;
///
/// let p = softmax_rows(&array![[1000.0, 1000.0], [0.0, 0.0]]);
/// assert_eq!(p, array![[0.5, 0.5], [0.5, 0.5]]);
/// ```
pub fn softmax_rows<'a>(logits: impl AsArray<'a, f64, Ix2>) -> Array2<f64> {
    let logits: ArrayView2<f64> = logits.into();
    let mut p = logits.to_owned();
    for mut row in p.axis_iter_mut(Axis(0)) {
        let max = row.fold(f64::NEG_INFINITY, |m, &v| m.max(v));
        row.mapv_inplace(|v| (v - max).exp());
        let sum = row.sum();
        row /= sum;
    }
    p
}
// ANCHOR_END: softmax_rows
