//! Layers: the pieces a network is built from, each with a forward pass
//! and a backward pass.
//!
//! Chapter 3's network was two matrix products with an activation between
//! them, written out by hand. Here every piece is a [`Layer`]: given a batch
//! it computes its output, and given the gradient of the loss with respect
//! to that output it computes the gradient with respect to its input (and
//! to its own parameters, if it has any). A network of any depth is a list
//! of them, run forwards and then backwards.
//!
//! ```
//! use ndarray::array;
//! use training_that_works::layer::{Layer, Mode, Relu};
//!
//! let mut relu = Relu::default();
//! let out = relu.forward(array![[-1.0, 2.0]].view(), Mode::Training);
//! assert_eq!(out, array![[0.0, 2.0]]);
//! assert_eq!(relu.backward(array![[5.0, 5.0]].view()), array![[0.0, 5.0]]);
//! ```

mod activations;
mod affine;
mod batch_norm;
mod dropout;
mod forward_backward;

pub use activations::{Activation, Relu, Sigmoid, Tanh};
pub use affine::Affine;
pub use batch_norm::{BatchNorm, EPSILON, RUNNING_RATE};
pub use dropout::Dropout;
pub use forward_backward::{Layer, Mode, check_gradient, kept};
