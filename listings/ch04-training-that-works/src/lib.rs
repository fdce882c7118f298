//! Chapter 4 of *If Someone Asks: Deep Learning Basics in Rust*: training
//! that works.
//!
//! Chapter 3 trained its network with plain gradient descent and a learning
//! rate searched for on the validation digits. This crate starts where that
//! left off: the rules that turn a gradient into a step ([`optimiser`]), tried first on a long,
//! narrow bowl ([`bowl`]) where each can be watched step by step
//! ([`descent`]), each with the learning rate that suits it best
//! ([`tuning`]), raced fairly over many seeds ([`race`]).
//!
//! ```
//! use training_that_works::bowl::Bowl;
//! use training_that_works::descent::descend;
//! use training_that_works::optimiser::Adam;
//!
//! let bowl = Bowl::aligned();
//! let path = descend(&mut Adam::new(0.5), |p| bowl.gradient(p), &bowl.start(), 100);
//! assert!(bowl.height(path.row(100)) < bowl.height(path.row(0)));
//! ```
//!
//! # What bad input gets
//!
//! The same rule as in chapters 1–3:
//!
//! - **A mistake in the program panics**, with a message that names it,
//!   and the function's docs list it under *Panics*: a learning rate that is
//!   not a finite number above 0, a decay rate outside `[0, 1)`, a gradient
//!   shaped unlike its parameter, an optimiser with memory given other
//!   parameters than at its first step, a point on the bowl without two
//!   coordinates.
//! - **A `NaN` or infinite number is a value, not an error.** A gradient
//!   with a `NaN` in it makes its parameter `NaN`, which every later step
//!   keeps and anyone can see; [`tuning::score`] counts a descent that ends
//!   at an infinite or `NaN` height as flying off (`+∞`), never as a good
//!   result.

pub mod bowl;
mod bundled;
pub mod centring;
pub mod confidence_interval;
pub mod dataset;
pub mod descent;
pub mod digits_race;
pub mod evaluation;
pub mod exercise_solutions;
pub mod initialisation;
pub mod layer;
pub mod loss;
pub mod mcnemar;
pub mod nearest_neighbours;
pub mod network;
mod one_hot;
pub mod optimiser;
pub mod overfitting;
pub mod parallel;
pub mod race;
pub mod random;
pub mod search;
pub mod signals;
mod softmax;
pub mod split;
pub mod training;
pub mod tuning;

pub use bundled::load_bundled;
pub use dataset::{Digits, image_from_grid};
pub use one_hot::one_hot_rows;
pub use softmax::softmax_rows;

/// The version of `ndarray` this crate is written against, so that callers
/// build their arrays with the same one.
pub use ndarray;
