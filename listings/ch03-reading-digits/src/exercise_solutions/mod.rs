//! Answers to chapter 3's exercises, held in place by `tests/exercises.rs`.

pub mod batch_size;
pub mod hidden_size;
pub mod plain_cut;

pub use batch_size::accuracy_by_batch_size;
pub use hidden_size::accuracy_by_hidden_size;
pub use plain_cut::plain_cut_accuracy;
