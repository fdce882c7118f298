//! Optimisers: the rules that turn a gradient into a step.
//!
//! Every optimiser takes the same two lists, the parameters and their
//! gradients, one array per parameter, and moves each parameter in place.
//! Plain gradient descent ([`Sgd`]) needs nothing else; the others remember
//! something about the gradients they have seen, one array of memory for
//! each parameter, so they must be given the same parameters, in the same
//! order, at every step.
//!
//! ```
//! use ndarray::array;
//! use training_that_works::optimiser::{Optimiser, Sgd};
//!
//! let mut weights = array![1.0, -2.0];
//! let gradient = array![0.5, -1.0];
//! let mut sgd = Sgd::new(0.1);
//! sgd.update(&mut [weights.view_mut().into_dyn()], &[gradient.view().into_dyn()]);
//! assert_eq!(weights, array![0.95, -1.9]);
//! ```

mod adagrad;
mod adam;
mod checks;
mod kind;
mod memory;
mod momentum;
mod rmsprop;
mod rule;
mod sgd;
mod weight_decay;

pub use adagrad::AdaGrad;
pub use adam::Adam;
pub use checks::{check_decay, check_learning_rate, check_shapes};
pub use kind::Kind;
pub use memory::Memory;
pub use momentum::Momentum;
pub use rmsprop::RmsProp;
pub use rule::{EPSILON, Optimiser};
pub use sgd::Sgd;
pub use weight_decay::WeightDecay;
