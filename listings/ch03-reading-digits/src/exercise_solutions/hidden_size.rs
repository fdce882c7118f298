//! Exercise 2: how many hidden neurons does it take?

use crate::comparison::compare;
use crate::training::TrainingConfig;

// ANCHOR: accuracy_by_hidden_size
/// The test accuracy after the book's 30 epochs, for each hidden-layer
/// size in `sizes`.
///
/// # Panics
/// If a size is 0, or the crate's own data file cannot be read.
///
/// ```
/// use reading_digits::exercise_solutions::accuracy_by_hidden_size;
///
/// assert!(accuracy_by_hidden_size(&[8])[0] > 0.8);
/// ```
pub fn accuracy_by_hidden_size(sizes: &[usize]) -> Vec<f64> {
    let configs: Vec<TrainingConfig> = sizes
        .iter()
        .map(|&hidden| TrainingConfig {
            hidden,
            ..TrainingConfig::book()
        })
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
// ANCHOR_END: accuracy_by_hidden_size
