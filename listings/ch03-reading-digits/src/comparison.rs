//! Training the same network several ways, each over the same seeds, to
//! compare the choices chapter 2 argued about.

use crate::dataset::Digits;
use crate::early_stopping::best_epoch;
use crate::seeds::{Spread, over_seeds, spread};
use crate::training::{EpochReport, TrainingConfig};

/// One setting's runs, one per seed, each measured on the validation
/// digits after every epoch.
///
/// ```
/// use reading_digits::comparison::compare;
/// use reading_digits::split::three_way_split;
/// use reading_digits::{TrainingConfig, load_bundled};
///
/// let split = three_way_split(&load_bundled());
/// let config = TrainingConfig { epochs: 2, ..TrainingConfig::book() };
/// let runs = compare(&[config], &[1, 2], &split.train, &split.validation);
/// assert_eq!(runs[0].lowest_losses().len(), 2);
/// ```
#[derive(Debug, Clone, PartialEq)]
pub struct Runs {
    /// Each seed's reports, in the order of the seeds.
    pub reports: Vec<Vec<EpochReport>>,
}

impl Runs {
    /// Each seed's lowest validation loss: the run stopped at its best
    /// epoch.
    ///
    /// ```
    /// # use reading_digits::comparison::compare;
    /// # use reading_digits::split::three_way_split;
    /// # use reading_digits::{TrainingConfig, load_bundled};
    /// # let split = three_way_split(&load_bundled());
    /// let config = TrainingConfig { epochs: 2, ..TrainingConfig::book() };
    /// let runs = &compare(&[config], &[1], &split.train, &split.validation)[0];
    /// assert!(runs.lowest_losses()[0] <= runs.reports[0][1].validation_loss);
    /// ```
    pub fn lowest_losses(&self) -> Vec<f64> {
        self.at_best_epoch(|r| r.validation_loss)
    }

    /// Each seed's validation accuracy at its best epoch.
    ///
    /// ```
    /// # use reading_digits::comparison::compare;
    /// # use reading_digits::split::three_way_split;
    /// # use reading_digits::{TrainingConfig, load_bundled};
    /// # let split = three_way_split(&load_bundled());
    /// let config = TrainingConfig { epochs: 2, ..TrainingConfig::book() };
    /// let runs = &compare(&[config], &[1], &split.train, &split.validation)[0];
    /// assert!(runs.accuracies_at_best_epoch()[0] > 0.8);
    /// ```
    pub fn accuracies_at_best_epoch(&self) -> Vec<f64> {
        self.at_best_epoch(|r| r.validation_accuracy)
    }

    /// Each seed's validation accuracy after `epoch` (counting from 1).
    ///
    /// # Panics
    /// If a run has fewer epochs.
    ///
    /// ```
    /// # use reading_digits::comparison::compare;
    /// # use reading_digits::split::three_way_split;
    /// # use reading_digits::{TrainingConfig, load_bundled};
    /// # let split = three_way_split(&load_bundled());
    /// let config = TrainingConfig { epochs: 1, ..TrainingConfig::book() };
    /// let runs = &compare(&[config], &[1, 2], &split.train, &split.validation)[0];
    /// assert_eq!(runs.accuracies_after(1).len(), 2);
    /// ```
    pub fn accuracies_after(&self, epoch: usize) -> Vec<f64> {
        self.reports
            .iter()
            .map(|reports| reports[epoch - 1].validation_accuracy)
            .collect()
    }

    /// The validation accuracy after each epoch, summarised over the seeds.
    ///
    /// ```
    /// # use reading_digits::comparison::compare;
    /// # use reading_digits::split::three_way_split;
    /// # use reading_digits::{TrainingConfig, load_bundled};
    /// # let split = three_way_split(&load_bundled());
    /// let config = TrainingConfig { epochs: 2, ..TrainingConfig::book() };
    /// let runs = &compare(&[config], &[1, 2], &split.train, &split.validation)[0];
    /// let by_epoch = runs.accuracy_by_epoch();
    /// assert!(by_epoch[1].min <= by_epoch[1].mean && by_epoch[1].mean <= by_epoch[1].max);
    /// ```
    pub fn accuracy_by_epoch(&self) -> Vec<Spread> {
        let epochs = self.reports.iter().map(Vec::len).min().unwrap_or(0);
        (1..=epochs)
            .map(|epoch| spread(&self.accuracies_after(epoch)))
            .collect()
    }

    fn at_best_epoch(&self, value: impl Fn(&EpochReport) -> f64) -> Vec<f64> {
        self.reports
            .iter()
            .map(|reports| value(best_epoch(reports)))
            .collect()
    }
}

/// Trains one network per configuration and seed (each configuration's
/// own seed is replaced by each of `seeds` in turn, so every setting
/// starts from the same seeds: paired runs), measuring on `validation`.
///
/// # Panics
/// If `seeds` is empty, or a configuration is invalid (see
/// [`train`](crate::train)).
///
/// ```
/// use reading_digits::comparison::compare;
/// use reading_digits::split::three_way_split;
/// use reading_digits::{Activation, TrainingConfig, load_bundled};
///
/// let split = three_way_split(&load_bundled());
/// let relu = TrainingConfig { epochs: 1, ..TrainingConfig::book() };
/// let tanh = TrainingConfig { activation: Activation::Tanh, ..relu };
/// let runs = compare(&[relu, tanh], &[1, 2], &split.train, &split.validation);
/// assert_eq!(runs.len(), 2);
/// ```
pub fn compare(
    configs: &[TrainingConfig],
    seeds: &[u64],
    train: &Digits,
    validation: &Digits,
) -> Vec<Runs> {
    assert!(!seeds.is_empty(), "no seeds to run");
    configs
        .iter()
        .map(|config| Runs {
            reports: over_seeds(config, seeds, train, validation)
                .into_iter()
                .map(|(_, reports)| reports)
                .collect(),
        })
        .collect()
}
