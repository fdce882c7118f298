//! Exercise 3: one example per step, 32, or all of them.

use crate::comparison::{Runs, compare};
use crate::load_bundled;
use crate::split::three_way_split;
use crate::training::TrainingConfig;

// ANCHOR: runs_by_batch_size
/// The book's network trained with each `(batch_size, learning_rate)`,
/// from each of `seeds`, measured on the validation digits.
///
/// ```
/// use reading_digits::exercise_solutions::runs_by_batch_size;
///
/// let runs = runs_by_batch_size(&[(32, 1.0), (64, 2.0)], &[1], 2);
/// assert_eq!(runs.len(), 2);
/// ```
pub fn runs_by_batch_size(
    settings: &[(usize, f64)],
    seeds: &[u64],
    epochs: usize,
) -> Vec<Runs> {
    let split = three_way_split(&load_bundled());
    let configs: Vec<TrainingConfig> = settings
        .iter()
        .map(|&(batch_size, learning_rate)| TrainingConfig {
            batch_size,
            learning_rate,
            epochs,
            ..TrainingConfig::book()
        })
        .collect();
    compare(&configs, seeds, &split.train, &split.validation)
}
// ANCHOR_END: runs_by_batch_size
