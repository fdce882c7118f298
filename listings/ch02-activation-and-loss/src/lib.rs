#![deny(missing_docs)]
//! Chapter 2 of *If Someone Asks: Deep Learning Basics in Rust*:
//! activation functions, loss functions and the perceptron that started it all.
//!
//! Each concept lives in a file named after it, so `src/activation/sigmoid.rs`
//! is where the sigmoid is, and `src/loss/cross_entropy_error.rs` is where the
//! cross-entropy error is.
//!
//! ```
//! use activation_and_loss::{argmax, cross_entropy_error, one_hot, sigmoid, softmax};
//!
//! assert_eq!(sigmoid(0.0), 0.5);
//! let y = softmax(&[1.0, 3.0, 0.5]);
//! let t = one_hot(1, 3);
//! assert_eq!(argmax(&y), 1);
//! assert!(cross_entropy_error(&y, &t) < 0.2);
//! ```
//!
//! Functions that take vectors accept anything that views as one: `&array`,
//! `array.view()`, `&vec`, `&[f64; N]` or a slice. The crate re-exports the
//! [`ndarray`] it is built on, so `activation_and_loss::ndarray` is always a
//! version that fits.
//!
//! # What bad input gets
//!
//! The same rule holds in every chapter's crate:
//!
//! - **A mistake in the program panics**, with a message that names it, and
//!   the function's docs list it under *Panics*: vectors of different
//!   lengths handed to a loss, an input of the wrong length for a model, a
//!   learning rate that is not a number above 0. The caller can always rule
//!   these out by how it is written.
//! - **A problem in data read from outside the program** (a file that is
//!   missing, cut short or malformed) is returned as an `Err` with a typed
//!   error that says what and where. No function in this crate reads files;
//!   chapter 3's does.
//! - **A `NaN` or infinite number is a value, not an error.** It flows
//!   through the arithmetic and comes out as `NaN` where anyone can see
//!   it; an infinity does too, unless a function has a finite limit there
//!   (the sigmoid turns `+∞` into 1, as it should). Each function's docs say what it gives. [`argmax`], which
//!   answers with an index and so cannot pass a `NaN` on, points at the
//!   first `NaN`, as its documentation says.
//!
//! The exercise answers are in [`exercise_solutions`]; try the exercises
//! first.

pub use ndarray;

pub mod activation;
pub mod and_gate;
mod argmax;
pub mod digit_example;
pub mod exercise_solutions;
pub mod fast;
pub mod least_squares;
pub mod linearity;
pub mod loss;
mod maximum;
mod one_hot;
pub mod perceptron;
pub mod vanishing_gradient;
pub mod weight_gradients;

pub use argmax::argmax;
pub use maximum::maximum;
pub use one_hot::one_hot;

// The functions a program calls most, at the root too, so that
// `use activation_and_loss::softmax;` works as well as the full path.
pub use activation::{relu, sigmoid, softmax, softmax_rows, tanh};
pub use loss::{
    cross_entropy_error, cross_entropy_from_logits, mean_squared_error,
};
