//! How far a batch's answers are from the targets, and which way to move
//! the logits to bring them closer.

mod cross_entropy;
mod squared_error;

pub use cross_entropy::{
    cross_entropy_from_logits, cross_entropy_gradient, log_sum_exp_rows,
};
pub use squared_error::{squared_error_gradient, squared_error_of_softmax};

use ndarray::{Array2, ArrayView2};

/// The loss a network trains on. Both are measured on the softmax of the
/// logits, averaged over the batch.
///
/// ```
/// use ndarray::array;
/// use reading_digits::loss::Loss;
///
/// let (z, t) = (array![[0.0, 8.0]], array![[1.0, 0.0]]);
/// // Confidently wrong: cross-entropy pushes hard, squared error barely.
/// let ce = Loss::CrossEntropy.gradient(z.view(), t.view())[[0, 0]];
/// let se = Loss::SquaredError.gradient(z.view(), t.view())[[0, 0]];
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
    /// let l = Loss::CrossEntropy.value(array![[0.0, 0.0]].view(), array![[1.0, 0.0]].view());
    /// assert!((l - 2f64.ln()).abs() < 1e-15);
    /// ```
    pub fn value(
        self,
        logits: ArrayView2<f64>,
        targets: ArrayView2<f64>,
    ) -> f64 {
        match self {
            Loss::CrossEntropy => cross_entropy_from_logits(logits, targets),
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
    /// let g = Loss::CrossEntropy.gradient(array![[0.0, 0.0]].view(), array![[1.0, 0.0]].view());
    /// assert_eq!(g, array![[-0.5, 0.5]]);
    /// ```
    pub fn gradient(
        self,
        logits: ArrayView2<f64>,
        targets: ArrayView2<f64>,
    ) -> Array2<f64> {
        match self {
            Loss::CrossEntropy => cross_entropy_gradient(logits, targets),
            Loss::SquaredError => squared_error_gradient(logits, targets),
        }
    }
}

/// Panics unless `logits` and `targets` are one non-empty batch: the same
/// shape, at least one row.
///
/// # Panics
/// As it says.
///
/// ```
/// use ndarray::Array2;
/// use reading_digits::loss::check_batch;
///
/// check_batch(&Array2::zeros((2, 10)).view(), &Array2::zeros((2, 10)).view());
/// ```
pub fn check_batch(logits: &ArrayView2<f64>, targets: &ArrayView2<f64>) {
    assert_eq!(
        logits.dim(),
        targets.dim(),
        "logits are {:?} but targets {:?}",
        logits.dim(),
        targets.dim()
    );
    assert!(logits.nrows() > 0, "an empty batch has no loss");
}
