#![deny(missing_docs)]
//! Chapter 2 of *If Someone Asks: Deep Learning Basics in Rust*:
//! activation functions, loss functions and the perceptron that started it all.
//!
//! Each concept lives in a file named after it, so `src/activation/sigmoid.rs`
//! is where the sigmoid is, and `src/loss/cross_entropy_error.rs` is where the
//! cross-entropy error is.
//!
//! ```
//! use activation_and_loss::activation::sigmoid;
//! use activation_and_loss::loss::cross_entropy_error;
//! use ndarray::array;
//!
//! assert_eq!(sigmoid(0.0), 0.5);
//! let y = array![0.1, 0.8, 0.1];
//! let t = array![0.0, 1.0, 0.0];
//! let loss = cross_entropy_error(y.view(), t.view())?;
//! assert!((loss - 0.2231434).abs() < 1e-6);
//! # Ok::<(), activation_and_loss::loss::LossError>(())
//! ```

pub mod activation;
pub mod and_gate;
pub mod digit_example;
pub mod exercises;
pub mod loss;
pub mod perceptron;
pub mod vanishing_gradient;
