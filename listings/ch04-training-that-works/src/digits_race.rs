//! The optimisers on the digits: each with its own learning rate, chosen
//! on the validation digits from seeds kept for choosing, then trained from
//! ten other seeds, the same ten for every optimiser.

use crate::dataset::Digits;
use crate::training::{EpochReport, TrainingConfig, train};
use crate::tuning::Maker;

/// The seeds the learning rates are chosen with, kept apart from
/// [`SEEDS`] as chapter 3 kept its own.
///
/// ```
/// assert_eq!(training_that_works::digits_race::TUNING_SEEDS, [101, 102, 103, 104, 105]);
/// ```
pub const TUNING_SEEDS: [u64; 5] = [101, 102, 103, 104, 105];

/// The seeds every optimiser is then trained from: 1 to 10.
///
/// ```
/// assert_eq!(training_that_works::digits_race::SEEDS.len(), 10);
/// ```
pub const SEEDS: [u64; 10] = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10];

/// The learning rates tried: 10⁻⁴ to 10, three to every factor of ten
/// (1, 2.15, 4.64, 10, …).
///
/// ```
/// let rates = training_that_works::digits_race::learning_rates();
/// assert_eq!(rates.len(), 16);
/// assert!((rates[0] - 1e-4).abs() < 1e-19 && (rates[15] - 10.0).abs() < 1e-12);
/// ```
pub fn learning_rates() -> Vec<f64> {
    (-12..=3).map(|k| 10f64.powf(f64::from(k) / 3.0)).collect()
}

/// The lowest validation loss of a run: where early stopping would stop.
///
/// # Panics
/// If there are no reports.
///
/// ```
/// use training_that_works::digits_race::best_validation_loss;
/// use training_that_works::training::EpochReport;
///
/// let r = |v| EpochReport { train_loss: 1.0, validation_loss: v, validation_accuracy: 0.9 };
/// assert_eq!(best_validation_loss(&[r(0.3), r(0.1), r(0.2)]), 0.1);
/// ```
pub fn best_validation_loss(reports: &[EpochReport]) -> f64 {
    assert!(!reports.is_empty(), "a run of no epochs has no best");
    reports
        .iter()
        .map(|r| r.validation_loss)
        .fold(f64::INFINITY, f64::min)
}

// ANCHOR: choose
/// The learning rate from [`learning_rates`] whose runs from the
/// [`TUNING_SEEDS`] reach the lowest mean [`best_validation_loss`] (a run
/// whose loss becomes `NaN` or infinite counts as infinitely bad).
///
/// ```
/// use training_that_works::digits_race::{choose_learning_rate, learning_rates};
/// use training_that_works::optimiser::Kind;
/// use training_that_works::split::{first_and_rest, three_way_split};
/// use training_that_works::training::TrainingConfig;
///
/// // One epoch on 100 digits, to keep the example quick.
/// let split = three_way_split(&training_that_works::load_bundled());
/// let (few, _) = first_and_rest(&split.train, 100);
/// let quick = TrainingConfig { epochs: 1, ..TrainingConfig::book() };
/// let eta = choose_learning_rate(&Kind::Adam.maker(), &quick, &few, &split.validation);
/// assert!(learning_rates().contains(&eta));
/// ```
pub fn choose_learning_rate(
    make: &Maker,
    config: &TrainingConfig,
    train_digits: &Digits,
    validation: &Digits,
) -> f64 {
    let mut best = (f64::INFINITY, f64::NAN);
    for rate in learning_rates() {
        let losses = TUNING_SEEDS.map(|seed| {
            let config = TrainingConfig {
                seed,
                ..config.clone()
            };
            let (_, reports) =
                train(&config, &mut *make(rate), train_digits, validation);
            let best = best_validation_loss(&reports);
            if best.is_finite() {
                best
            } else {
                f64::INFINITY
            }
        });
        let mean = losses.iter().sum::<f64>() / losses.len() as f64;
        if mean < best.0 {
            best = (mean, rate);
        }
    }
    assert!(best.0.is_finite(), "every learning rate diverged");
    best.1
}
// ANCHOR_END: choose

/// An optimiser's runs on the digits: its learning rate and, for each of
/// [`SEEDS`], the epoch reports.
///
/// ```
/// use training_that_works::digits_race::Runs;
/// use training_that_works::training::EpochReport;
///
/// let r = |v| EpochReport { train_loss: 1.0, validation_loss: v, validation_accuracy: 0.9 };
/// let runs = Runs { learning_rate: 0.1, reports: vec![vec![r(0.3), r(0.2)], vec![r(0.4), r(0.1)]] };
/// assert_eq!(runs.best_losses(), [0.2, 0.1]);
/// ```
#[derive(Debug, Clone, PartialEq)]
pub struct Runs {
    /// The learning rate chosen.
    pub learning_rate: f64,
    /// One run per seed of [`SEEDS`], in order.
    pub reports: Vec<Vec<EpochReport>>,
}

impl Runs {
    /// Chooses the learning rate, then trains from every seed of
    /// [`SEEDS`].
    ///    /// ```
    /// use training_that_works::digits_race::Runs;
    /// use training_that_works::optimiser::Kind;
    /// use training_that_works::split::{first_and_rest, three_way_split};
    /// use training_that_works::training::TrainingConfig;
    ///
    /// // One epoch on 100 digits, to keep the example quick.
    /// let split = three_way_split(&training_that_works::load_bundled());
    /// let (few, _) = first_and_rest(&split.train, 100);
    /// let quick = TrainingConfig { epochs: 1, ..TrainingConfig::book() };
    /// let adam = Runs::of(&Kind::Adam.maker(), &quick, &few, &split.validation);
    /// assert_eq!(adam.reports.len(), 10);
    /// ```
    pub fn of(
        make: &Maker,
        config: &TrainingConfig,
        train_digits: &Digits,
        validation: &Digits,
    ) -> Runs {
        let learning_rate =
            choose_learning_rate(make, config, train_digits, validation);
        let reports = SEEDS
            .iter()
            .map(|&seed| {
                let config = TrainingConfig {
                    seed,
                    ..config.clone()
                };
                train(
                    &config,
                    &mut *make(learning_rate),
                    train_digits,
                    validation,
                )
                .1
            })
            .collect();
        Runs {
            learning_rate,
            reports,
        }
    }

    /// Each run's [`best_validation_loss`], seed by seed.
    ///
    /// ```
    /// use training_that_works::digits_race::Runs;
    ///
    /// assert!(Runs { learning_rate: 0.1, reports: vec![] }.best_losses().is_empty());
    /// ```
    pub fn best_losses(&self) -> Vec<f64> {
        self.reports
            .iter()
            .map(|r| best_validation_loss(r))
            .collect()
    }

    /// From how many seeds this run's best validation loss is lower than
    /// `other`'s from the same seed.
    ///
    /// ```
    /// use training_that_works::digits_race::Runs;
    /// use training_that_works::training::EpochReport;
    ///
    /// let r = |v| EpochReport { train_loss: 1.0, validation_loss: v, validation_accuracy: 0.9 };
    /// let a = Runs { learning_rate: 0.1, reports: vec![vec![r(0.3)], vec![r(0.1)]] };
    /// let b = Runs { learning_rate: 0.1, reports: vec![vec![r(0.2)], vec![r(0.2)]] };
    /// assert_eq!(a.lower_than(&b), 1);
    /// ```
    pub fn lower_than(&self, other: &Runs) -> usize {
        self.best_losses()
            .iter()
            .zip(other.best_losses())
            .filter(|(mine, theirs)| **mine < *theirs)
            .count()
    }
}
