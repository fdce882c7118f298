//! Loss functions: one number that says how far the predictions `y` are from
//! the targets `t`. Training is the search for weights that make it small.
//!
//! Every loss checks first that `y` and `t` have the same, non-zero length,
//! and panics with a message that says so if not: comparing vectors of
//! different lengths is a mistake in the program, and ndarray would
//! otherwise broadcast a length-1 array against any length and return a
//! number for a question nobody asked.
//!
//! ```
//! use activation_and_loss::loss::{cross_entropy_error, sum_squared_error};
//!
//! let y = [0.1, 0.8, 0.1];
//! let t = [0.0, 1.0, 0.0];
//! assert!((sum_squared_error(&y, &t) - 0.03).abs() < 1e-15);
//! assert!((cross_entropy_error(&y, &t) - 0.2231434).abs() < 1e-6);
//! ```

mod binary_cross_entropy;
mod check_lengths;
mod cross_entropy_error;
mod cross_entropy_from_logits;
mod gradient_at_logit;
mod mean_squared_error;
mod squared_errors;
mod sum_squared_error;

pub use binary_cross_entropy::binary_cross_entropy_from_logit;
pub use check_lengths::check_lengths;
pub use cross_entropy_error::{
    CROSS_ENTROPY_EPSILON, batch_cross_entropy_error, cross_entropy_error,
};
pub use cross_entropy_from_logits::{cross_entropy_from_logits, log_sum_exp};
pub use gradient_at_logit::{
    cross_entropy_gradient_at_logit, softmax_cross_entropy_gradient,
    softmax_squared_error_gradient, squared_error_gradient_at_logit,
};
pub use mean_squared_error::mean_squared_error;
pub use squared_errors::squared_errors;
pub use sum_squared_error::sum_squared_error;
