//! Solutions to the exercises at the end of chapter 2. Try them first!
//!
//! ```
//! use activation_and_loss::exercise_solutions::softplus;
//!
//! assert!((softplus(0.0) - 2f64.ln()).abs() < 1e-15);
//! ```

mod binary_cross_entropy;
mod or_gate;
mod softplus;
mod squared_error_gradient;
mod xor;

pub use binary_cross_entropy::binary_cross_entropy_from_logit;
pub use or_gate::train_or_gate;
pub use softplus::softplus;
pub use squared_error_gradient::sum_squared_error_gradient;
pub use xor::xor_mistakes;
