//! How far a batch's answers are from the targets, and which way to move
//! the logits to bring them closer.

mod cross_entropy;
mod squared_error;

pub use cross_entropy::{
    cross_entropy_gradient, log_sum_exp_rows, mean_cross_entropy_from_logits,
};
pub use squared_error::{squared_error_gradient, squared_error_of_softmax};

use ndarray::{Array2, ArrayView2, AsArray, Ix2};

/// The loss a network trains on. Both are measured on the softmax of the
/// logits, averaged over the batch.
///
/// ```
/// use ndarray::array;
/// use reading_digits::loss::Loss;
///
/// let (z, t) = (array![[0.0, 8.0]], array![[1.0, 0.0]]);
/// // Confidently wrong: cross-entropy pushes hard, squared error barely.
/// let ce = Loss::CrossEntropy.gradient(&z, &t)[[0, 0]];
/// let se = Loss::SquaredError.gradient(&z, &t)[[0, 0]];
/// assert!(ce.abs() > 100.0 * se.abs());
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Loss {
    /// Cross-entropy, computed from the logits: the one to use.
    CrossEntropy,
    /// Half the squared distance between probabilities and targets: the
    /// comparison chapter 2 argues against.
    SquaredError,
}

impl Loss {
    /// The loss, averaged over the rows of the batch.
    ///
    /// # Panics
    /// If `logits` and `targets` differ in shape or have no rows.
    ///
    /// ```
    /// use ndarray::array;
    /// use reading_digits::loss::Loss;
    ///
    /// let l = Loss::CrossEntropy.value(&array![[0.0, 0.0]], &array![[1.0, 0.0]]);
    /// assert!((l - 2f64.ln()).abs() < 1e-15);
    /// ```
    pub fn value<'a>(
        self,
        logits: impl AsArray<'a, f64, Ix2>,
        targets: impl AsArray<'a, f64, Ix2>,
    ) -> f64 {
        match self {
            Loss::CrossEntropy => {
                mean_cross_entropy_from_logits(logits, targets)
            }
            Loss::SquaredError => squared_error_of_softmax(logits, targets),
        }
    }

    /// The loss's gradient with respect to each logit.
    ///
    /// # Panics
    /// As [`Loss::value`].
    ///
    /// ```
    /// use ndarray::array;
    /// use reading_digits::loss::Loss;
    ///
    /// let g = Loss::CrossEntropy.gradient(&array![[0.0, 0.0]], &array![[1.0, 0.0]]);
    /// assert_eq!(g, array![[-0.5, 0.5]]);
    /// ```
    pub fn gradient<'a>(
        self,
        logits: impl AsArray<'a, f64, Ix2>,
        targets: impl AsArray<'a, f64, Ix2>,
    ) -> Array2<f64> {
        match self {
            Loss::CrossEntropy => cross_entropy_gradient(logits, targets),
            Loss::SquaredError => squared_error_gradient(logits, targets),
        }
    }
}

/// `logits` and `targets` as views, once checked to be one non-empty batch:
/// the same shape, at least one row, and each target row a probability
/// distribution (no entry below 0, a sum of 1 to within 10⁻⁹).
///
/// Both losses' gradients rest on that last condition: `y − t` is the
/// cross-entropy's gradient only when the targets sum to 1.
///
/// # Panics
/// If any of the three does not hold.
///
/// ```
/// use ndarray::{Array2, array};
/// use reading_digits::loss::check_batch;
///
/// let (z, t) = (Array2::zeros((1, 2)), array![[0.5, 0.5]]);
/// let (logits, targets) = check_batch(&z, &t);
/// assert_eq!(logits.dim(), targets.dim());
/// ```
///
/// ```should_panic
/// use ndarray::{Array2, array};
/// use reading_digits::loss::check_batch;
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
