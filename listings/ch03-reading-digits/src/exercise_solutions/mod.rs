//! Answers to chapter 3's exercises, held in place by `tests/exercises.rs`.

pub mod batch_size;
pub mod hidden_size;
pub mod plain_cut;

pub use batch_size::runs_by_batch_size;
pub use hidden_size::runs_by_hidden_size;
pub use plain_cut::runs_by_cut;
