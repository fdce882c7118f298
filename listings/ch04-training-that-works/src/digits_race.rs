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
/// Epochs whose loss is `NaN` are passed over (`f64::min` keeps the other
/// number); a run with no finite epoch gives `+∞` or `NaN`.
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
/// [`TUNING_SEEDS`] reach the lowest mean [`best_validation_loss`]: each
/// run counts at its best finite epoch, and a run with no finite epoch as
/// infinitely bad.
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
    lowest(&tuning_curve(make, config, train_digits, validation))
}

/// The candidate with the lowest mean in a tuning curve (a learning rate,
/// or any other setting), the first if several tie.
///
/// # Panics
/// If every candidate's mean is infinite (every rate diverged).
///
/// ```
/// use training_that_works::digits_race::lowest;
///
/// assert_eq!(lowest(&[(0.1, 0.5), (0.3, 0.2), (1.0, f64::INFINITY)]), 0.3);
/// ```
pub fn lowest(curve: &[(f64, f64)]) -> f64 {
    let mut best = (f64::INFINITY, f64::NAN);
    for &(rate, mean) in curve {
        if mean < best.0 {
            best = (mean, rate);
        }
    }
    assert!(best.0.is_finite(), "every learning rate diverged");
    best.1
}

/// Every rate of [`learning_rates`] beside the mean, over the
/// [`TUNING_SEEDS`], of its runs' [`best_validation_loss`] (`+∞` for a run
/// with no finite epoch): the table [`choose_learning_rate`] picks from.
///
/// ```
/// use training_that_works::digits_race::tuning_curve;
/// use training_that_works::optimiser::Kind;
/// use training_that_works::split::{first_and_rest, three_way_split};
/// use training_that_works::training::TrainingConfig;
///
/// let split = three_way_split(&training_that_works::load_bundled());
/// let (few, _) = first_and_rest(&split.train, 100);
/// let quick = TrainingConfig { epochs: 1, ..TrainingConfig::book() };
/// let curve = tuning_curve(&Kind::Sgd.maker(), &quick, &few, &split.validation);
/// assert_eq!(curve.len(), 16);
/// ```
pub fn tuning_curve(
    make: &Maker,
    config: &TrainingConfig,
    train_digits: &Digits,
    validation: &Digits,
) -> Vec<(f64, f64)> {
    tuning_curve_on(&TUNING_SEEDS, make, config, train_digits, validation)
}

/// [`tuning_curve`] with other seeds kept for choosing than
/// [`TUNING_SEEDS`]: the mean is over `tuning_seeds`.
///
/// # Panics
/// If `tuning_seeds` is empty.
///
/// ```
/// use training_that_works::digits_race::tuning_curve_on;
/// use training_that_works::optimiser::Kind;
/// use training_that_works::split::{first_and_rest, three_way_split};
/// use training_that_works::training::TrainingConfig;
///
/// let split = three_way_split(&training_that_works::load_bundled());
/// let (few, _) = first_and_rest(&split.train, 100);
/// let quick = TrainingConfig { epochs: 1, ..TrainingConfig::book() };
/// let curve = tuning_curve_on(&[7], &Kind::Sgd.maker(), &quick, &few, &split.validation);
/// assert_eq!(curve.len(), 16);
/// ```
pub fn tuning_curve_on(
    tuning_seeds: &[u64],
    make: &Maker,
    config: &TrainingConfig,
    train_digits: &Digits,
    validation: &Digits,
) -> Vec<(f64, f64)> {
    assert!(!tuning_seeds.is_empty(), "choosing needs at least one seed");
    learning_rates()
        .into_iter()
        .map(|rate| {
            let losses: Vec<f64> = tuning_seeds
                .iter()
                .map(|&seed| {
                    let config = TrainingConfig {
                        seed,
                        ..config.clone()
                    };
                    let (_, reports) = train(
                        &config,
                        &mut *make(rate),
                        train_digits,
                        validation,
                    );
                    let best = best_validation_loss(&reports);
                    if best.is_finite() {
                        best
                    } else {
                        f64::INFINITY
                    }
                })
                .collect();
            (rate, losses.iter().sum::<f64>() / losses.len() as f64)
        })
        .collect()
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
/// let runs = Runs { learning_rate: 0.1, tuning: vec![], reports: vec![vec![r(0.3), r(0.2)], vec![r(0.4), r(0.1)]] };
/// assert_eq!(runs.best_losses(), [0.2, 0.1]);
/// ```
#[derive(Debug, Clone, PartialEq)]
pub struct Runs {
    /// The learning rate chosen.
    pub learning_rate: f64,
    /// The [`tuning_curve`] it was chosen from.
    pub tuning: Vec<(f64, f64)>,
    /// One run per seed of [`SEEDS`], in order.
    pub reports: Vec<Vec<EpochReport>>,
}

impl Runs {
    /// Chooses the learning rate, then trains from every seed of
    /// [`SEEDS`].
    ///
    /// ```
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
        Runs::tuned_on(&TUNING_SEEDS, make, config, train_digits, validation)
    }

    /// [`Runs::of`] with the learning rate chosen on `tuning_seeds`
    /// ([`tuning_curve_on`]) instead of [`TUNING_SEEDS`]; the runs are
    /// still from [`SEEDS`].
    ///
    /// # Panics
    /// If `tuning_seeds` is empty.
    ///
    /// ```
    /// use training_that_works::digits_race::Runs;
    /// use training_that_works::optimiser::Kind;
    /// use training_that_works::split::{first_and_rest, three_way_split};
    /// use training_that_works::training::TrainingConfig;
    ///
    /// let split = three_way_split(&training_that_works::load_bundled());
    /// let (few, _) = first_and_rest(&split.train, 100);
    /// let quick = TrainingConfig { epochs: 1, ..TrainingConfig::book() };
    /// let adam = Runs::tuned_on(&[201], &Kind::Adam.maker(), &quick, &few, &split.validation);
    /// assert_eq!(adam.reports.len(), 10);
    /// ```
    pub fn tuned_on(
        tuning_seeds: &[u64],
        make: &Maker,
        config: &TrainingConfig,
        train_digits: &Digits,
        validation: &Digits,
    ) -> Runs {
        let tuning = tuning_curve_on(
            tuning_seeds,
            make,
            config,
            train_digits,
            validation,
        );
        let learning_rate = lowest(&tuning);
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
            tuning,
            reports,
        }
    }

    /// Each run's [`best_validation_loss`], seed by seed.
    ///
    /// ```
    /// use training_that_works::digits_race::Runs;
    ///
    /// assert!(Runs { learning_rate: 0.1, tuning: vec![], reports: vec![] }.best_losses().is_empty());
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
    /// let a = Runs { learning_rate: 0.1, tuning: vec![], reports: vec![vec![r(0.3)], vec![r(0.1)]] };
    /// let b = Runs { learning_rate: 0.1, tuning: vec![], reports: vec![vec![r(0.2)], vec![r(0.2)]] };
    /// assert_eq!(a.lower_than(&b), 1);
    /// ```
    pub fn lower_than(&self, other: &Runs) -> usize {
        self.lower_than_by(other, best_validation_loss)
    }

    /// From how many seeds `measure` of this run is lower than of
    /// `other`'s run from the same seed: for any measure of a run, such as
    /// [`first_epoch_validation_loss`] or [`last_epoch_train_loss`].
    ///
    /// ```
    /// use training_that_works::digits_race::{Runs, first_epoch_validation_loss};
    /// use training_that_works::training::EpochReport;
    ///
    /// let r = |v| EpochReport { train_loss: 1.0, validation_loss: v, validation_accuracy: 0.9 };
    /// let fast = Runs { learning_rate: 0.1, tuning: vec![], reports: vec![vec![r(0.1), r(0.3)]] };
    /// let slow = Runs { learning_rate: 0.1, tuning: vec![], reports: vec![vec![r(0.5), r(0.2)]] };
    /// assert_eq!(fast.lower_than_by(&slow, first_epoch_validation_loss), 1);
    /// assert_eq!(fast.lower_than(&slow), 1);
    /// ```
    pub fn lower_than_by(
        &self,
        other: &Runs,
        measure: impl Fn(&[EpochReport]) -> f64,
    ) -> usize {
        self.reports
            .iter()
            .zip(&other.reports)
            .filter(|(mine, theirs)| measure(mine) < measure(theirs))
            .count()
    }
}

/// A run's validation loss after its first epoch: how fast it starts.
///
/// # Panics
/// If there are no reports.
///
/// ```
/// use training_that_works::digits_race::first_epoch_validation_loss;
/// use training_that_works::training::EpochReport;
///
/// let r = |v| EpochReport { train_loss: 1.0, validation_loss: v, validation_accuracy: 0.9 };
/// assert_eq!(first_epoch_validation_loss(&[r(0.3), r(0.1)]), 0.3);
/// ```
pub fn first_epoch_validation_loss(reports: &[EpochReport]) -> f64 {
    reports.first().expect("a run of no epochs").validation_loss
}

/// A run's training loss in its last epoch (the mean over that epoch's
/// batches, each before its step): how far it has fitted the training
/// digits.
///
/// # Panics
/// If there are no reports.
///
/// ```
/// use training_that_works::digits_race::last_epoch_train_loss;
/// use training_that_works::training::EpochReport;
///
/// let r = |t| EpochReport { train_loss: t, validation_loss: 0.1, validation_accuracy: 0.9 };
/// assert_eq!(last_epoch_train_loss(&[r(0.3), r(0.001)]), 0.001);
/// ```
pub fn last_epoch_train_loss(reports: &[EpochReport]) -> f64 {
    reports.last().expect("a run of no epochs").train_loss
}
