//! Exercise 3: one example per step, 32, or all of them.

use crate::comparison::compare;
use crate::training::TrainingConfig;

// ANCHOR: accuracy_by_batch_size
/// The test accuracy after the book's 30 epochs for each batch size, at
/// the book's learning rate.
///
/// # Panics
/// If a size is 0 or larger than the training set, or the crate's own data
/// file cannot be read.
///
/// ```
/// use reading_digits::exercise_solutions::accuracy_by_batch_size;
///
/// assert!(accuracy_by_batch_size(&[32])[0] > 0.96);
/// ```
pub fn accuracy_by_batch_size(sizes: &[usize]) -> Vec<f64> {
    let book = TrainingConfig::book();
    let configs: Vec<TrainingConfig> = sizes
        .iter()
        .map(|&batch_size| TrainingConfig { batch_size, ..book })
        .collect();
    compare(&configs)
        .iter()
        .map(|(_, reports)| {
            reports
                .last()
                .expect("the book's settings train for 30 epochs, so there is a last one")
                .test_accuracy
        })
        .collect()
}
// ANCHOR_END: accuracy_by_batch_size
