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
//! use reading_digits::split::three_way_split;
//! use reading_digits::{TrainingConfig, load_bundled, train};
//!
//! let split = three_way_split(&load_bundled());
//! let config = TrainingConfig { epochs: 3, ..TrainingConfig::book() };
//! let (_, reports) = train(&config, &split.train, &split.validation);
//! assert!(reports[2].validation_accuracy > 0.9);
//! ```
//!
//! The names a program uses most are at the crate's root, as above; each
//! module holds one concept and its details. Functions that take a batch
//! accept anything that views as a 2-D array of `f64`: `&array`,
//! `array.view()` or a view of part of one, one example per row. The crate
//! re-exports the [`ndarray`] it is built on, so `reading_digits::ndarray`
//! is always a version that fits.
//!
//! # What bad input gets
//!
//! The same rule as in chapters 1 and 2:
//!
//! - **A mistake in the program panics**, with a message that names it,
//!   and the function's docs list it under *Panics*: a batch with the
//!   wrong number of columns, logits and targets of different shapes, a
//!   target row that is not a probability distribution, a learning rate
//!   that is not a finite number above 0, a batch size of 0, a label
//!   that is not a digit, pixels that are not numbers from 0 to 1, an
//!   image or digit index past the end.
//! - **A problem in data read from outside the program** (a data file or a
//!   saved network that is missing, cut short or malformed) is returned as
//!   an `Err` with a typed error that says what and where:
//!   [`DatasetError`](dataset::DatasetError) and
//!   [`NetworkFileError`](saving::NetworkFileError).
//! - **A `NaN` or infinite number is a value, not an error.** It flows
//!   through the arithmetic and comes out as `NaN` where anyone can see
//!   it (an infinity does too, unless a function has a finite limit there,
//!   as the sigmoid turns `+∞` into 1): every activation lets `NaN` through, and
//!   [`predictions`](evaluation::predictions) refuses to pick a digit from
//!   a row with a `NaN` in it rather than answer 0, as
//!   [`nearest_neighbours`](fn@baselines::nearest_neighbours) refuses an image
//!   with one (and so do [`accuracy`](evaluation::accuracy),
//!   [`confusion_matrix`](evaluation::confusion_matrix) and
//!   [`measure`](training::measure), which use `predictions`).
//!   [`Network::classify`] gives no digit (`None`) for such a row. No `NaN` is ever
//!   turned into a plausible-looking number; [`dead_neurons`], a count,
//!   says in its documentation that it does not count a neuron whose sums
//!   are `NaN`.

pub mod activation;
mod backward;
pub mod baselines;
mod bundled;
pub mod centring;
pub mod comparison;
pub mod confidence_interval;
pub mod dataset;
mod dead_neurons;
pub mod early_stopping;
pub mod evaluation;
pub mod exercise_solutions;
pub mod gradient_check;
pub mod initialisation;
pub mod loss;
pub mod mcnemar;
mod mistakes;
pub mod network;
mod one_hot;
pub mod random;
pub mod saving;
pub mod seeds;
pub mod sgd;
mod softmax;
pub mod split;
pub mod training;
pub mod tuning;

/// The version of `ndarray` this crate is written against, so that callers
/// build their arrays with the same one.
pub use ndarray;

pub use activation::Activation;
pub use backward::{Gradients, backward};
pub use bundled::load_bundled;
pub use dataset::{Digits, image_from_grid};
pub use dead_neurons::{dead_neuron_indices, dead_neurons};
pub use loss::Loss;
pub use mistakes::{Mistake, mistakes};
pub use network::{Classification, Network};
pub use one_hot::one_hot_rows;
pub use random::seeded;
pub use softmax::softmax_rows;
pub use training::{TrainingConfig, train};
