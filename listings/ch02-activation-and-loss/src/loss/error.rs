//! What can be wrong with the arrays handed to a loss function.

use std::fmt;

use ndarray::ArrayView1;

/// Why a loss could not be computed.
///
/// ```
/// use activation_and_loss::loss::LossError;
///
/// let e = LossError::LengthMismatch { predictions: 3, targets: 2 };
/// assert_eq!(e.to_string(), "3 predictions but 2 targets: the lengths must match");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LossError {
    /// `y` and `t` have different lengths.
    LengthMismatch {
        /// Length of the predictions `y`.
        predictions: usize,
        /// Length of the targets `t`.
        targets: usize,
    },
    /// Both arrays are empty: there is nothing to measure.
    Empty,
}

impl fmt::Display for LossError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            LossError::LengthMismatch {
                predictions,
                targets,
            } => write!(
                f,
                "{predictions} predictions but {targets} targets: the lengths must match"
            ),
            LossError::Empty => write!(
                f,
                "no predictions and no targets: the loss is undefined"
            ),
        }
    }
}

impl std::error::Error for LossError {}

/// Checks that `y` and `t` can be compared element by element: the same
/// length, and not empty.
///
/// # Errors
/// [`LossError::Empty`] if both are empty, [`LossError::LengthMismatch`] if
/// their lengths differ.
///
/// ```
/// use activation_and_loss::loss::{LossError, check_lengths};
/// use ndarray::{Array1, array};
///
/// assert_eq!(check_lengths(array![1.0].view(), array![0.0].view()), Ok(()));
/// assert_eq!(
///     check_lengths(Array1::zeros(0).view(), Array1::zeros(0).view()),
///     Err(LossError::Empty)
/// );
/// ```
pub fn check_lengths(
    y: ArrayView1<f64>,
    t: ArrayView1<f64>,
) -> Result<(), LossError> {
    match (y.len(), t.len()) {
        (0, 0) => Err(LossError::Empty),
        (predictions, targets) if predictions != targets => {
            Err(LossError::LengthMismatch {
                predictions,
                targets,
            })
        }
        _ => Ok(()),
    }
}
