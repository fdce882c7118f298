#![deny(missing_docs)]
//! Chapter 1 of *If Someone Asks: Deep Learning Basics in Rust*: what a
//! neural network is, from one artificial neuron to a small network that
//! learns XOR by backpropagation.
//!
//! Each concept lives in a file named after it: `src/neuron.rs`,
//! `src/gates.rs`, `src/xor.rs`, `src/layer.rs`, `src/digits.rs`,
//! `src/backpropagation.rs`, `src/initialisation.rs`, `src/xor_training.rs`.
//!
//! ```
//! use neurons_and_networks::gates::and;
//! use neurons_and_networks::xor::xor;
//!
//! assert_eq!(and(1.0, 1.0), 1.0);
//! assert_eq!(xor(1.0, 1.0), 0.0);
//! ```
//!
//! Functions that take vectors accept anything that views as one: `&array`,
//! `array.view()`, `&vec`, `&[f64; N]` or a slice. The crate re-exports the
//! [`ndarray`] it is built on.
//!
//! # What bad input gets
//!
//! The same rule holds in every chapter's crate:
//!
//! - **A mistake in the program panics**, with a message that names it, and
//!   the function's docs list it under *Panics*: an input of the wrong
//!   length for a neuron, layer or network, weights whose shapes do not fit
//!   together, a learning rate that is not a number above 0.
//! - **A problem in data read from outside the program** (a file that is
//!   missing, cut short or malformed) is returned as an `Err` with a typed
//!   error that says what and where. Nothing in this crate reads files.
//! - **A `NaN` or infinite number is a value, not an error.** It flows
//!   through the arithmetic and comes out as `NaN` where anyone can see
//!   it; an infinity does too, unless a function has a finite limit there
//!   (the sigmoid turns `+∞` into 1, as it should). No `NaN` is ever turned into a plausible-looking number;
//!   the one answer that cannot carry a `NaN`, [`Neuron::fires`](neuron::Neuron::fires)'s
//!   yes or no, says in its documentation that a `NaN` gives `false`.
//!
//! The exercise answers are in [`exercise_solutions`]; try the exercises
//! first.

pub use ndarray;

pub mod activation;
pub mod backpropagation;
pub mod digits;
pub mod exercise_solutions;
pub mod gates;
pub mod initialisation;
pub mod layer;
pub mod neuron;
pub mod xor;
pub mod xor_restarts;
pub mod xor_training;
