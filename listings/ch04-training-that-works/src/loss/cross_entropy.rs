//! Cross-entropy straight from the logits, for a batch.

use ndarray::{Array1, Array2, ArrayView2, AsArray, Axis, Ix2};

use super::check_batch;
use crate::softmax_rows;

// ANCHOR: mean_cross_entropy_from_logits
/// `ln Σ_k e^(z_k)` for each row, computed as `m + ln Σ_k e^(z_k − m)` with
/// `m` the row's largest logit, so that nothing overflows.
///
/// ```
/// use ndarray::array;
/// use training_that_works::loss::log_sum_exp_rows;
///
/// let lse = log_sum_exp_rows(&array![[1000.0, 1000.0]]);
/// assert!((lse[0] - (1000.0 + 2f64.ln())).abs() < 1e-12);
/// ```
pub fn log_sum_exp_rows<'a>(logits: impl AsArray<'a, f64, Ix2>) -> Array1<f64> {
    let logits: ArrayView2<f64> = logits.into();
    logits.map_axis(Axis(1), |row| {
        let m = row.fold(f64::NEG_INFINITY, |m, &v| m.max(v));
        if m.is_infinite() {
            // Every logit −∞: the sum is 0 and its log −∞. Some +∞: +∞.
            // Subtracting an infinite m would give ∞ − ∞ = NaN instead.
            return m;
        }
        m + row.mapv(|v| (v - m).exp()).sum().ln()
    })
}

/// The mean over the batch of `Σ_k t_k (lse − z_k)`, which is
/// `−Σ_k t_k ln softmax(z)_k` without ever taking the log of a
/// probability that rounded to 0.
///
/// # Panics
/// If `logits` and `targets` differ in shape or have no rows.
///
/// ```
/// use ndarray::array;
/// use training_that_works::loss::mean_cross_entropy_from_logits;
///
/// let l = mean_cross_entropy_from_logits(&array![[-800.0, 800.0]], &array![[1.0, 0.0]]);
/// assert_eq!(l, 1600.0);
/// ```
pub fn mean_cross_entropy_from_logits<'a>(
    logits: impl AsArray<'a, f64, Ix2>,
    targets: impl AsArray<'a, f64, Ix2>,
) -> f64 {
    let (logits, targets) = check_batch(logits, targets);
    let lse = log_sum_exp_rows(logits);
    let per_example = (&lse.insert_axis(Axis(1)) - &logits) * targets;
    per_example.sum() / logits.nrows() as f64
}
// ANCHOR_END: mean_cross_entropy_from_logits

// ANCHOR: cross_entropy_gradient
/// The gradient of [`mean_cross_entropy_from_logits`] with respect to the
/// logits: `(softmax(z) − t) / n` for a batch of `n`, when each row of
/// targets sums to 1 (chapter 2 derives it for one example).
///
/// # Panics
/// As [`mean_cross_entropy_from_logits`].
///
/// ```
/// use ndarray::array;
/// use training_that_works::loss::cross_entropy_gradient;
///
/// let g = cross_entropy_gradient(&array![[0.0, 0.0]], &array![[0.0, 1.0]]);
/// assert_eq!(g, array![[0.5, -0.5]]);
/// ```
pub fn cross_entropy_gradient<'a>(
    logits: impl AsArray<'a, f64, Ix2>,
    targets: impl AsArray<'a, f64, Ix2>,
) -> Array2<f64> {
    let (logits, targets) = check_batch(logits, targets);
    (softmax_rows(logits) - targets) / logits.nrows() as f64
}
// ANCHOR_END: cross_entropy_gradient
