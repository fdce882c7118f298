//! Chapter 3 of *If Someone Asks: Deep Learning Basics in Rust*: a network
//! with one hidden layer learns to read 8 × 8 handwritten digits.
//!
//! The pieces are chapters 1 and 2's, for a batch at a time: a forward pass
//! of two matrix products ([`network`]), cross-entropy from the logits
//! ([`loss`]), a backward pass of matrix products ([`backward`]), and
//! mini-batch stochastic gradient descent ([`training`]). The data comes
//! with the crate ([`dataset`]).
//!
//! ```
//! use reading_digits::load_bundled;
//! use reading_digits::split::{TEST_EVERY, train_test_split};
//! use reading_digits::training::{TrainingConfig, train};
//!
//! let (tr, te) = train_test_split(&load_bundled(), TEST_EVERY);
//! let (_, reports) = train(&TrainingConfig { epochs: 3, ..TrainingConfig::book() }, &tr, &te);
//! assert!(reports[2].test_accuracy > 0.9);
//! ```

pub mod activation;
pub mod backward;
mod bundled;
pub mod comparison;
pub mod dataset;
pub mod dead_neurons;
pub mod evaluation;
pub mod exercise_solutions;
pub mod gradient_check;
pub mod initialisation;
pub mod loss;
pub mod mistakes;
pub mod network;
pub mod one_hot;
pub mod random;
pub mod sgd;
pub mod softmax;
pub mod split;
pub mod training;

/// The version of `ndarray` this crate is written against, so that callers
/// build their arrays with the same one.
pub use ndarray;

pub use bundled::load_bundled;
