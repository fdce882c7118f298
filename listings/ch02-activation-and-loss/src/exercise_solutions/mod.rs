//! Solutions to the exercises at the end of chapter 2. Try them first!
//!
//! ```
//! use activation_and_loss::exercise_solutions::two_class_softmax;
//!
//! assert_eq!(two_class_softmax(0.0, 0.0), 0.5);
//! ```

mod dying_relu;
mod exploding_gradient;
mod logit_gradient;
mod shift_invariance;
mod two_classes;

pub use dying_relu::{TrainedNeuron, train_one_neuron};
pub use exploding_gradient::gradient_after_20_layers;
pub use logit_gradient::{largest_gradient_error, numerical_gradient};
pub use shift_invariance::largest_shift_difference;
pub use two_classes::two_class_softmax;
