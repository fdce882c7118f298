//! Answers to chapter 4's exercises, held in place by `tests/exercises.rs`.

pub mod batch_statistics;
pub mod dropout_left_on;
pub mod uncorrected_adam;

pub use batch_statistics::{Answering, answering_by_statistics};
pub use dropout_left_on::{DropoutAnswers, answers_with_dropout};
pub use uncorrected_adam::{UncorrectedAdam, uncorrected_step_factor};
