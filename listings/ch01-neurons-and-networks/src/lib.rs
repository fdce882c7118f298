#![deny(missing_docs)]
//! Chapter 1 of *If Someone Asks: Deep Learning Basics in Rust*: what a
//! neural network is, from one artificial neuron to a small network that
//! learns XOR by backpropagation.
//!
//! Each concept lives in a file named after it: `src/neuron.rs`,
//! `src/gates.rs`, `src/xor.rs`, `src/layer.rs`, `src/digits.rs`,
//! `src/backpropagation.rs`, `src/xor_training.rs`.
//!
//! ```
//! use neurons_and_networks::gates::and;
//! use neurons_and_networks::xor::xor;
//!
//! assert_eq!(and(1.0, 1.0), 1.0);
//! assert_eq!(xor(1.0, 1.0), 0.0);
//! ```

pub mod activation;
pub mod backpropagation;
pub mod digits;
pub mod exercises;
pub mod gates;
pub mod layer;
pub mod neuron;
pub mod xor;
pub mod xor_training;
