//! Overfitting on purpose, and three ways to hold it back: a network of 100
//! hidden neurons trained on only 300 digits, with weight decay, dropout
//! or early stopping, each setting chosen on the validation digits.

use crate::dataset::Digits;
use crate::digits_race::{best_validation_loss, lowest};
use crate::optimiser::{Sgd, WeightDecay};
use crate::training::{EpochReport, TrainingConfig, train};

/// How many training digits the network gets: few enough that it can
/// learn every one of them by heart.
///
/// ```
/// assert_eq!(training_that_works::overfitting::SMALL_TRAIN, 300);
/// ```
pub const SMALL_TRAIN: usize = 300;

/// How many epochs every run trains for.
///
/// ```
/// use training_that_works::overfitting::{EPOCHS, network};
///
/// assert_eq!(network(0.0).epochs, EPOCHS);
/// ```
pub const EPOCHS: usize = 100;

/// The network: one hidden layer of 100 ReLUs with He's weights, batches
/// of 32, [`EPOCHS`] epochs, and a dropout layer of `dropout` after the
/// hidden layer (none at 0).
///
/// ```
/// use training_that_works::overfitting::network;
///
/// assert_eq!(network(0.5).hidden, [100]);
/// ```
pub fn network(dropout: f64) -> TrainingConfig {
    TrainingConfig {
        hidden: vec![100],
        dropout,
        epochs: EPOCHS,
        ..TrainingConfig::book()
    }
}

// ANCHOR: setting
/// What a run is trained with: plain gradient descent at `learning_rate`,
/// weight decay `weight_decay` (0 for none) and dropout `dropout` (0 for
/// none).
///
/// ```
/// use training_that_works::overfitting::Setting;
///
/// let plain = Setting { learning_rate: 0.1, weight_decay: 0.0, dropout: 0.0 };
/// assert_eq!(Setting { dropout: 0.5, ..plain }.learning_rate, 0.1);
/// ```
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Setting {
    /// The step size η.
    pub learning_rate: f64,
    /// The weight decay λ.
    pub weight_decay: f64,
    /// The dropout rate.
    pub dropout: f64,
}

/// Trains [`network`] with `setting` from `seed`, and returns its reports,
/// one per epoch.
///
/// # Panics
/// As [`train`], or if the learning rate, weight decay or dropout rate is
/// out of its range.
///
/// ```
/// use training_that_works::overfitting::{EPOCHS, Setting, run};
/// use training_that_works::split::{first_and_rest, three_way_split};
///
/// let split = three_way_split(&training_that_works::load_bundled());
/// let (few, _) = first_and_rest(&split.train, 100);
/// let setting = Setting { learning_rate: 0.1, weight_decay: 1e-3, dropout: 0.2 };
/// assert_eq!(run(setting, 1, &few, &split.validation).len(), EPOCHS);
/// ```
pub fn run(
    setting: Setting,
    seed: u64,
    train_digits: &Digits,
    validation: &Digits,
) -> Vec<EpochReport> {
    let config = TrainingConfig {
        seed,
        ..network(setting.dropout)
    };
    let sgd = Box::new(Sgd::new(setting.learning_rate));
    let mut optimiser = WeightDecay::new(sgd, setting.weight_decay);
    train(&config, &mut optimiser, train_digits, validation).1
}
// ANCHOR_END: setting

/// The runs of `setting` from each of `seeds`.
///
/// ```
/// use training_that_works::overfitting::{Setting, runs};
/// use training_that_works::split::{first_and_rest, three_way_split};
///
/// let split = three_way_split(&training_that_works::load_bundled());
/// let (few, _) = first_and_rest(&split.train, 50);
/// let setting = Setting { learning_rate: 0.1, weight_decay: 0.0, dropout: 0.0 };
/// assert_eq!(runs(setting, &[1, 2], &few, &split.validation).len(), 2);
/// ```
pub fn runs(
    setting: Setting,
    seeds: &[u64],
    train_digits: &Digits,
    validation: &Digits,
) -> Vec<Vec<EpochReport>> {
    seeds
        .iter()
        .map(|&seed| run(setting, seed, train_digits, validation))
        .collect()
}

// ANCHOR: choose
/// The settings the overfitting page chooses, and the tables it chooses
/// them from: each candidate beside the mean of its measure over the
/// tuning runs.
/// ```
/// use training_that_works::overfitting::Chosen;
/// let c = Chosen {
///     learning_rate: 1.0,
///     learning_rate_curve: vec![(0.1, 0.4), (1.0, 0.3)],
///     slower_learning_rate: 0.1,
///     slower_learning_rate_curve: vec![(0.1, 0.35), (1.0, 0.4)],
///     weight_decay: 1e-3,
///     weight_decay_curve: vec![(1e-3, 0.3)],
///     dropout: 0.1,
///     dropout_curve: vec![(0.1, 0.32)],
///     stop: 13,
/// };
/// assert!(c.slower_learning_rate < c.learning_rate);
/// ```
#[derive(Debug, Clone, PartialEq)]
pub struct Chosen {
    /// The plain network's learning rate, for its best epoch.
    pub learning_rate: f64,
    /// Each rate with the mean best validation loss of its runs.
    pub learning_rate_curve: Vec<(f64, f64)>,
    /// The plain network's learning rate, for the last epoch ("slower").
    pub slower_learning_rate: f64,
    /// Each rate with the mean validation loss after the last epoch.
    pub slower_learning_rate_curve: Vec<(f64, f64)>,
    /// The weight decay, at [`Chosen::learning_rate`].
    pub weight_decay: f64,
    /// Each weight decay with the mean validation loss after the last epoch.
    pub weight_decay_curve: Vec<(f64, f64)>,
    /// The dropout rate, at [`Chosen::learning_rate`].
    pub dropout: f64,
    /// Each dropout rate with the mean validation loss after the last epoch.
    pub dropout_curve: Vec<(f64, f64)>,
    /// The epoch early stopping stops at.
    pub stop: usize,
}

/// Chooses every setting of [`Chosen`] from runs on `tuning_seeds`, on the
/// validation digits: first the plain network's learning rate by its best
/// epoch ([`best_validation_loss`]), as in the race of the optimisers; at
/// that rate, the weight decay and the dropout rate by the last epoch
/// ([`last_validation_loss`]), because stopping at the best epoch is one of
/// the methods compared; and the epoch early stopping stops at. Beside
/// them, the rate the plain network would get if it too were judged by its
/// last epoch.
///
/// # Panics
/// If `tuning_seeds` is empty.
/// ```
/// use training_that_works::overfitting::choose_on;
/// use training_that_works::split::{first_and_rest, three_way_split};
/// let split = three_way_split(&training_that_works::load_bundled());
/// let (few, _) = first_and_rest(&split.train, 40);
/// let chosen = choose_on(&[7], &few, &split.validation);
/// assert!(chosen.stop >= 1);
/// assert_eq!(chosen.dropout_curve.len(), 4);
/// ```
pub fn choose_on(
    tuning_seeds: &[u64],
    train_digits: &Digits,
    validation: &Digits,
) -> Chosen {
    let plain = Setting {
        learning_rate: 0.0,
        weight_decay: 0.0,
        dropout: 0.0,
    };
    let rate = |r| Setting {
        learning_rate: r,
        ..plain
    };
    // The plain network's runs at each rate serve three choices: its rate
    // for the best epoch, its rate for the last epoch, and, at the rate
    // chosen, early stopping's epoch; they are trained once.
    assert!(!tuning_seeds.is_empty(), "choosing needs at least one seed");
    let by_rate: Vec<(f64, Vec<Vec<EpochReport>>)> = learning_rates()
        .into_iter()
        .map(|r| (r, runs(rate(r), tuning_seeds, train_digits, validation)))
        .collect();
    let rate_curve = |measure: fn(&[EpochReport]) -> f64| -> Vec<(f64, f64)> {
        by_rate
            .iter()
            .map(|(r, tuned)| (*r, mean_measure(tuned, measure)))
            .collect()
    };
    let learning_rate_curve = rate_curve(best_validation_loss);
    let learning_rate = lowest(&learning_rate_curve);
    let slower_learning_rate_curve = rate_curve(last_validation_loss);
    let slower_learning_rate = lowest(&slower_learning_rate_curve);
    let plain = rate(learning_rate);
    let weight_decay_curve = tuning_curve_on(
        tuning_seeds,
        &weight_decays(),
        |d| Setting {
            weight_decay: d,
            ..plain
        },
        last_validation_loss,
        train_digits,
        validation,
    );
    let dropout_curve = tuning_curve_on(
        tuning_seeds,
        &DROPOUT_RATES,
        |p| Setting {
            dropout: p,
            ..plain
        },
        last_validation_loss,
        train_digits,
        validation,
    );
    let (_, plain_runs) = by_rate
        .iter()
        .find(|(r, _)| *r == learning_rate)
        .expect("the chosen rate is one of the rates tried");
    Chosen {
        learning_rate,
        learning_rate_curve,
        slower_learning_rate,
        slower_learning_rate_curve,
        weight_decay: lowest(&weight_decay_curve),
        weight_decay_curve,
        dropout: lowest(&dropout_curve),
        dropout_curve,
        stop: stopping_epoch(plain_runs),
    }
}

/// Each candidate beside the mean, over the runs from `tuning_seeds`, of
/// `measure` of its runs (`+∞` where that is not finite): the table a
/// setting is chosen from.
///
/// # Panics
/// If `tuning_seeds` is empty.
/// ```
/// use training_that_works::overfitting::{Setting, last_validation_loss, tuning_curve_on};
/// use training_that_works::split::{first_and_rest, three_way_split};
/// let split = three_way_split(&training_that_works::load_bundled());
/// let (few, _) = first_and_rest(&split.train, 50);
/// let plain = Setting { learning_rate: 0.1, weight_decay: 0.0, dropout: 0.0 };
/// let curve = tuning_curve_on(&[7], &[0.0], |d| Setting { weight_decay: d, ..plain }, last_validation_loss, &few, &split.validation);
/// assert_eq!(curve.len(), 1);
/// ```
pub fn tuning_curve_on(
    tuning_seeds: &[u64],
    candidates: &[f64],
    setting: impl Fn(f64) -> Setting,
    measure: fn(&[EpochReport]) -> f64,
    train_digits: &Digits,
    validation: &Digits,
) -> Vec<(f64, f64)> {
    assert!(!tuning_seeds.is_empty(), "choosing needs at least one seed");
    candidates
        .iter()
        .map(|&c| {
            let tuned =
                runs(setting(c), tuning_seeds, train_digits, validation);
            (c, mean_measure(&tuned, measure))
        })
        .collect()
}

/// The mean of `measure` over `runs`, a run whose measure is not finite
/// counted as `+∞`: a tuning curve's entry.
fn mean_measure(
    runs: &[Vec<EpochReport>],
    measure: fn(&[EpochReport]) -> f64,
) -> f64 {
    let losses: Vec<f64> = runs
        .iter()
        .map(|r| measure(r))
        .map(|l| if l.is_finite() { l } else { f64::INFINITY })
        .collect();
    losses.iter().sum::<f64>() / losses.len() as f64
}

/// The epoch (counting from 1) at which the mean validation loss over the
/// runs is lowest: where early stopping, chosen on those runs, stops.
///
/// # Panics
/// If there are no runs, or they differ in length.
///
/// ```
/// use training_that_works::overfitting::stopping_epoch;
/// use training_that_works::training::EpochReport;
///
/// let r = |v| EpochReport { train_loss: 0.1, validation_loss: v, validation_accuracy: 0.9 };
/// assert_eq!(stopping_epoch(&[vec![r(0.5), r(0.3), r(0.4)], vec![r(0.6), r(0.4), r(0.3)]]), 2);
/// ```
pub fn stopping_epoch(runs: &[Vec<EpochReport>]) -> usize {
    assert!(!runs.is_empty(), "no runs to choose an epoch from");
    let epochs = runs[0].len();
    assert!(
        runs.iter().all(|r| r.len() == epochs),
        "runs of different lengths"
    );
    let mean = |e: usize| {
        runs.iter().map(|r| r[e].validation_loss).sum::<f64>()
            / runs.len() as f64
    };
    (0..epochs)
        .min_by(|&a, &b| mean(a).total_cmp(&mean(b)))
        .map_or(0, |e| e + 1)
}
// ANCHOR_END: choose

/// The validation loss after the last epoch.
///
/// # Panics
/// If there are no reports.
///
/// ```
/// use training_that_works::overfitting::last_validation_loss;
/// use training_that_works::training::EpochReport;
///
/// let r = |v| EpochReport { train_loss: 0.1, validation_loss: v, validation_accuracy: 0.9 };
/// assert_eq!(last_validation_loss(&[r(0.5), r(0.4)]), 0.4);
/// ```
pub fn last_validation_loss(reports: &[EpochReport]) -> f64 {
    reports.last().expect("at least one epoch").validation_loss
}

/// The learning rates the page tries: 10⁻² to 10^½ ≈ 3.162, two to every
/// factor of ten.
/// ```
/// assert_eq!(training_that_works::overfitting::learning_rates().len(), 6);
/// ```
pub fn learning_rates() -> Vec<f64> {
    (-4..=1).map(|k| 10f64.powf(f64::from(k) / 2.0)).collect()
}

/// The weight decays the page tries: 10⁻⁴ to 10⁻², two to every factor of
/// ten.
/// ```
/// assert_eq!(training_that_works::overfitting::weight_decays().len(), 5);
/// ```
pub fn weight_decays() -> Vec<f64> {
    (-8..=-4).map(|k| 10f64.powf(f64::from(k) / 2.0)).collect()
}

/// The dropout rates the page tries.
/// ```
/// assert_eq!(training_that_works::overfitting::DROPOUT_RATES, [0.1, 0.2, 0.3, 0.5]);
/// ```
pub const DROPOUT_RATES: [f64; 4] = [0.1, 0.2, 0.3, 0.5];
