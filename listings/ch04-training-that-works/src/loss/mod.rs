//! How far a batch's answers are from the targets, and which way to move
//! the logits to bring them closer: cross-entropy from the logits, chapter
//! 3's, copied so that this crate stands alone (a test of the book checks
//! that the copies agree).

mod cross_entropy;

pub use cross_entropy::{
    cross_entropy_gradient, log_sum_exp_rows, mean_cross_entropy_from_logits,
};

use ndarray::{ArrayView2, AsArray, Ix2};

/// `logits` and `targets` as views, once checked to be one non-empty batch:
/// the same shape, at least one row, and each target row a probability
/// distribution (no entry below 0, a sum of 1 to within 10⁻⁹).
///
/// The gradient rests on that last condition: `y − t` is the
/// cross-entropy's gradient only when the targets sum to 1.
///
/// # Panics
/// If any of the three does not hold.
///
/// ```
/// use ndarray::{Array2, array};
/// use training_that_works::loss::check_batch;
///
/// let (z, t) = (Array2::zeros((1, 2)), array![[0.5, 0.5]]);
/// let (logits, targets) = check_batch(&z, &t);
/// assert_eq!(logits.dim(), targets.dim());
/// ```
///
/// ```should_panic
/// use ndarray::{Array2, array};
/// use training_that_works::loss::check_batch;
///
/// check_batch(&Array2::zeros((1, 2)), &array![[1.0, 1.0]]);
/// ```
pub fn check_batch<'a>(
    logits: impl AsArray<'a, f64, Ix2>,
    targets: impl AsArray<'a, f64, Ix2>,
) -> (ArrayView2<'a, f64>, ArrayView2<'a, f64>) {
    let (logits, targets) = (logits.into(), targets.into());
    assert_eq!(
        logits.dim(),
        targets.dim(),
        "logits are {:?} but targets {:?}",
        logits.dim(),
        targets.dim()
    );
    assert!(logits.nrows() > 0, "an empty batch has no loss");
    for (i, row) in targets.rows().into_iter().enumerate() {
        assert!(
            row.iter().all(|&t| t >= 0.0) && (row.sum() - 1.0).abs() <= 1e-9,
            "target row {i} is not a probability distribution: {row}"
        );
    }
    (logits, targets)
}
