//! Exercise 2: how many hidden neurons does it take?

use crate::comparison::{Runs, compare};
use crate::load_bundled;
use crate::split::three_way_split;
use crate::training::TrainingConfig;

// ANCHOR: runs_by_hidden_size
/// The book's network with each of `sizes` hidden neurons, from each of
/// `seeds`, all at the book's learning rate, measured on the validation
/// digits.
///
/// ```
/// use reading_digits::exercise_solutions::runs_by_hidden_size;
///
/// let runs = runs_by_hidden_size(&[4, 16], &[1], 2);
/// assert_eq!(runs.len(), 2);
/// ```
pub fn runs_by_hidden_size(
    sizes: &[usize],
    seeds: &[u64],
    epochs: usize,
) -> Vec<Runs> {
    let split = three_way_split(&load_bundled());
    let configs: Vec<TrainingConfig> = sizes
        .iter()
        .map(|&hidden| TrainingConfig {
            hidden,
            epochs,
            ..TrainingConfig::book()
        })
        .collect();
    compare(&configs, seeds, &split.train, &split.validation)
}
// ANCHOR_END: runs_by_hidden_size
