//! Choosing the learning rate on validation digits, for each setting on
//! its own.

use crate::dataset::Digits;
use crate::early_stopping::best_epoch;
use crate::seeds::over_seeds;
use crate::training::{EpochReport, TrainingConfig};

/// What [`tune_learning_rate`] found.
///
/// ```
/// use reading_digits::tuning::Tuned;
///
/// let tuned = Tuned { learning_rate: 0.5, losses: vec![(0.1, 0.3), (0.5, 0.2)] };
/// assert_eq!(tuned.learning_rate, 0.5);
/// ```
#[derive(Debug, Clone, PartialEq)]
pub struct Tuned {
    /// The learning rate with the lowest mean validation loss.
    pub learning_rate: f64,
    /// Each candidate with its mean validation loss at the best epoch.
    pub losses: Vec<(f64, f64)>,
}

/// The learning rate among `rates` under which `config` reaches the
/// lowest validation loss, averaged over `seeds`, each run stopped at its
/// best epoch ([`best_epoch`]). A comparison between two settings is fair
/// only if each gets its own learning rate chosen this way: one rate for
/// both favours whichever it happens to suit.
///
/// A candidate so large that its runs diverge to `NaN` gets an infinite
/// loss: it is never chosen, and shows as `inf` in `losses`.
///
/// # Panics
/// If `rates` or `seeds` is empty, or as [`train`](crate::train).
///
/// ```
/// use reading_digits::split::three_way_split;
/// use reading_digits::tuning::tune_learning_rate;
/// use reading_digits::{TrainingConfig, load_bundled};
///
/// let split = three_way_split(&load_bundled());
/// let config = TrainingConfig { epochs: 3, hidden: 16, ..TrainingConfig::book() };
/// let tuned = tune_learning_rate(&config, &[0.001, 0.5], &[1, 2], &split.train, &split.validation);
/// assert_eq!(tuned.learning_rate, 0.5);
/// ```
pub fn tune_learning_rate(
    config: &TrainingConfig,
    rates: &[f64],
    seeds: &[u64],
    train_on: &Digits,
    validation: &Digits,
) -> Tuned {
    assert!(!rates.is_empty(), "no learning rates to choose from");
    assert!(!seeds.is_empty(), "no seeds to run");
    let losses: Vec<(f64, f64)> = rates
        .iter()
        .map(|&learning_rate| {
            let candidate = TrainingConfig {
                learning_rate,
                ..*config
            };
            let runs = over_seeds(&candidate, seeds, train_on, validation);
            let mean = runs
                .iter()
                .map(|(_, reports)| lowest_loss(reports))
                .sum::<f64>()
                / runs.len() as f64;
            (learning_rate, mean)
        })
        .collect();
    let mut best = losses[0];
    for &candidate in &losses[1..] {
        if candidate.1 < best.1 {
            best = candidate;
        }
    }
    Tuned {
        learning_rate: best.0,
        losses,
    }
}

/// The lowest validation loss of a run, or `∞` if every epoch's is `NaN`.
fn lowest_loss(reports: &[EpochReport]) -> f64 {
    match best_epoch(reports).validation_loss {
        loss if loss.is_nan() => f64::INFINITY,
        loss => loss,
    }
}
