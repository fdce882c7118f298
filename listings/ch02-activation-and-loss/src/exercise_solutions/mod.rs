//! Solutions to the exercises at the end of chapter 2. Try them first!
//!
//! ```
//! use activation_and_loss::exercise_solutions::two_class_cross_entropy;
//!
//! // Two equal scores and a sure target: ln 2.
//! assert!((two_class_cross_entropy(0.0, 0.0, 1.0) - 2f64.ln()).abs() < 1e-15);
//! ```

mod any_target;
mod dying_relu;
mod logit_gradient;
mod mean_shift;
mod saturated_sigmoid;
mod two_classes;

pub use any_target::{cross_entropy_gradient_for_any_target, smoothed_target};
pub use dying_relu::{TrainedNeuron, train_one_neuron};
pub use logit_gradient::{largest_gradient_error, numerical_gradient};
pub use mean_shift::softmax_shifted_by_mean;
pub use saturated_sigmoid::sigmoid_layer_factors;
pub use two_classes::{two_class_cross_entropy, two_class_slope};
