//! Solutions to the exercises at the end of chapter 1. Try them first!
//!
//! ```
//! use neurons_and_networks::exercise_solutions::nor;
//!
//! assert_eq!(nor(0.0, 0.0), 1.0);
//! ```

mod gradient_step_size;
mod learning_rate;
mod majority;
mod nor;
mod one_pixel;
mod template_score;
mod xnor;

pub use gradient_step_size::largest_gradient_error;
pub use learning_rate::{first_epoch_below, xor_loss_after};
pub use majority::majority;
pub use nor::nor;
pub use one_pixel::{flip_pixel, flips_read_as};
pub use template_score::score_from_differences;
pub use xnor::xnor;
