//! Loss functions: one number that says how far the predictions `y` are from
//! the targets `t`. Training is the search for weights that make it small.
//!
//! Every loss here checks its inputs first: `y` and `t` must have the same,
//! non-zero length. (ndarray would otherwise broadcast a length-1 array
//! against any length and return a number for a question nobody asked.)
//!
//! ```
//! use activation_and_loss::loss::{LossError, sum_squared_error};
//! use ndarray::array;
//!
//! let y = array![0.5, 0.5];
//! let t = array![1.0];
//! assert_eq!(
//!     sum_squared_error(y.view(), t.view()),
//!     Err(LossError::LengthMismatch { predictions: 2, targets: 1 })
//! );
//! ```

mod cross_entropy_error;
mod cross_entropy_from_logits;
mod error;
mod mean_squared_error;
mod sum_squared_error;

pub use cross_entropy_error::{CROSS_ENTROPY_DELTA, cross_entropy_error};
pub use cross_entropy_from_logits::{cross_entropy_from_logits, log_sum_exp};
pub use error::{LossError, check_lengths};
pub use mean_squared_error::mean_squared_error;
pub use sum_squared_error::sum_squared_error;
