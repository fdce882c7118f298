//! Activation functions: what a neuron does with its weighted sum before
//! passing it on.
//!
//! The scalar functions take and return one `f64`, so they can be mapped over
//! any `ndarray` array with `mapv`. `softmax` looks at a whole vector at once,
//! because each of its outputs depends on every input.
//!
//! ```
//! use activation_and_loss::activation::{relu, sigmoid};
//! use ndarray::array;
//!
//! let z = array![-1.0, 0.0, 2.0];
//! assert_eq!(z.mapv(relu), array![0.0, 0.0, 2.0]);
//! assert_eq!(z.mapv(sigmoid)[1], 0.5);
//! ```

mod identity;
mod leaky_relu;
mod relu;
mod sigmoid;
mod softmax;
mod step;
mod tanh;

pub use identity::identity;
pub use leaky_relu::{leaky_relu, leaky_relu_derivative};
pub use relu::{relu, relu_derivative};
pub use sigmoid::{sigmoid, sigmoid_derivative};
pub use softmax::{softmax, softmax_naive, softmax_rows};
pub use step::{step, step_derivative};
pub use tanh::{tanh, tanh_derivative};
