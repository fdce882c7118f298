//! Choosing two settings at once by random search: each trial draws a
//! learning rate and a weight decay at random, evenly on a log scale, trains
//! chapter 3's network with them from the tuning seeds, and is scored on the
//! validation digits. The trial with the lowest score is the choice.

use rand_pcg::rand_core::Rng;

use crate::dataset::Digits;
use crate::digits_race::TUNING_SEEDS;
use crate::network::Network;
use crate::optimiser::{Sgd, WeightDecay};
use crate::overfitting::last_validation_loss;
use crate::parallel::map_in_parallel;
use crate::random::{seeded, uniform};
use crate::training::{EpochReport, TrainingConfig, train};

// ANCHOR: log_range
/// A range of positive numbers to draw from evenly on a log scale: a draw is
/// as likely to land between 0.01 and 0.1 as between 1 and 10.
///
/// ```
/// use training_that_works::random::seeded;
/// use training_that_works::search::LogRange;
///
/// let range = LogRange::new(0.01, 10.0);
/// let mut rng = seeded(1);
/// let draws: Vec<f64> = (0..1000).map(|_| range.draw(&mut rng)).collect();
/// assert!(draws.iter().all(|d| (0.01..=10.0).contains(d)));
/// // Each factor of ten gets about a third of the draws, not 90 % for the last.
/// let below_one_tenth = draws.iter().filter(|&&d| d < 0.1).count();
/// assert!((280..390).contains(&below_one_tenth));
/// ```
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct LogRange {
    low: f64,
    high: f64,
}

impl LogRange {
    /// The range from `low` to `high`.
    ///
    /// # Panics
    /// Unless `0 < low ≤ high < ∞`: a log scale has no room for 0 or less.
    ///
    /// ```should_panic
    /// training_that_works::search::LogRange::new(0.0, 1.0);
    /// ```
    pub const fn new(low: f64, high: f64) -> LogRange {
        assert!(
            low > 0.0 && low <= high && high < f64::INFINITY,
            "a log-scale range runs from a positive number up to a finite one"
        );
        LogRange { low, high }
    }

    /// A number drawn from the range: its base-10 logarithm is drawn evenly
    /// between those of the ends.
    ///
    /// ```
    /// use training_that_works::random::seeded;
    /// use training_that_works::search::LogRange;
    ///
    /// let eta = LogRange::new(1e-3, 1.0).draw(&mut seeded(3));
    /// assert!((1e-3..=1.0).contains(&eta));
    /// ```
    pub fn draw(&self, rng: &mut impl Rng) -> f64 {
        let (low, high) = (self.low.log10(), self.high.log10());
        // `uniform` draws from [-0.5, 0.5); shifted, from [0, 1).
        let share = uniform(rng, 0.5) + 0.5;
        // 10 to a power can round just past an end.
        10f64
            .powf(low + share * (high - low))
            .clamp(self.low, self.high)
    }

    /// The lower end.
    ///
    /// ```
    /// assert_eq!(training_that_works::search::LEARNING_RATES.low(), 0.01);
    /// ```
    pub fn low(&self) -> f64 {
        self.low
    }

    /// The upper end.
    ///
    /// ```
    /// assert_eq!(training_that_works::search::LEARNING_RATES.high(), 10.0);
    /// ```
    pub fn high(&self) -> f64 {
        self.high
    }
}
// ANCHOR_END: log_range

/// Where learning rates are drawn from: 0.01 to 10, the range in which the
/// race of the optimisers found plain gradient descent's best rate and
/// where it starts to fly off.
///
/// ```
/// use training_that_works::search::LEARNING_RATES;
///
/// assert_eq!((LEARNING_RATES.low(), LEARNING_RATES.high()), (0.01, 10.0));
/// ```
pub const LEARNING_RATES: LogRange = LogRange::new(0.01, 10.0);

/// Where weight decays are drawn from: 10⁻⁶, too little to matter, to 0.1,
/// far more than the 300 digits of overfitting needed.
///
/// ```
/// use training_that_works::search::WEIGHT_DECAYS;
///
/// assert_eq!((WEIGHT_DECAYS.low(), WEIGHT_DECAYS.high()), (1e-6, 0.1));
/// ```
pub const WEIGHT_DECAYS: LogRange = LogRange::new(1e-6, 0.1);

/// How many settings the search tries.
///
/// ```
/// assert_eq!(training_that_works::search::TRIALS, 30);
/// ```
pub const TRIALS: usize = 30;

/// The seed the settings are drawn from, apart from the seeds any network
/// trains from.
///
/// ```
/// assert_eq!(training_that_works::search::SEARCH_SEED, 200);
/// ```
pub const SEARCH_SEED: u64 = 200;

/// The learning rate the race of the optimisers chose for plain gradient
/// descent on these digits, 4.64 from its grid
/// ([`digits_race::learning_rates`](crate::digits_race::learning_rates)).
/// With no weight decay, it is the setting the search's choice is measured
/// against: what this chapter had before searching.
///
/// ```
/// let eta = training_that_works::search::race_learning_rate();
/// assert!((eta - 4.6416).abs() < 1e-4);
/// ```
pub fn race_learning_rate() -> f64 {
    crate::digits_race::learning_rates()[14]
}

/// A setting the search tried and how it scored.
///
/// ```
/// use training_that_works::search::Trial;
///
/// let t = Trial { learning_rate: 1.0, weight_decay: 1e-4, score: 0.03 };
/// assert!(t.score.is_finite());
/// ```
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Trial {
    /// The step size η of plain gradient descent.
    pub learning_rate: f64,
    /// The weight decay λ.
    pub weight_decay: f64,
    /// The mean validation loss after the last epoch over the tuning seeds
    /// ([`score`]); `+∞` if some run did not end with a finite loss.
    pub score: f64,
}

/// `trials` settings drawn from `seed`: for each, a learning rate from
/// [`LEARNING_RATES`], then a weight decay from [`WEIGHT_DECAYS`].
///
/// ```
/// use training_that_works::search::{SEARCH_SEED, draw_settings};
///
/// let settings = draw_settings(3, SEARCH_SEED);
/// assert_eq!(settings.len(), 3);
/// assert_eq!(settings, draw_settings(3, SEARCH_SEED));
/// ```
pub fn draw_settings(trials: usize, seed: u64) -> Vec<(f64, f64)> {
    let mut rng = seeded(seed);
    (0..trials)
        .map(|_| {
            let learning_rate = LEARNING_RATES.draw(&mut rng);
            (learning_rate, WEIGHT_DECAYS.draw(&mut rng))
        })
        .collect()
}

// ANCHOR: search
/// Chapter 3's network ([`TrainingConfig::book`]) trained from `seed` with
/// plain gradient descent at `learning_rate` and weight decay
/// `weight_decay`: the network after the last epoch, and a report for each
/// epoch.
///
/// # Panics
/// As [`train`], or if the learning rate is not a finite number above 0 or
/// the weight decay is negative or not finite.
///
/// ```
/// use training_that_works::search::train_with;
/// use training_that_works::split::{first_and_rest, three_way_split};
///
/// let split = three_way_split(&training_that_works::load_bundled());
/// let (few, _) = first_and_rest(&split.train, 100);
/// let (_, reports) = train_with(1.0, 1e-4, 1, &few, &split.validation);
/// assert_eq!(reports.len(), 20);
/// ```
pub fn train_with(
    learning_rate: f64,
    weight_decay: f64,
    seed: u64,
    train_digits: &Digits,
    validation: &Digits,
) -> (Network, Vec<EpochReport>) {
    let config = TrainingConfig {
        seed,
        ..TrainingConfig::book()
    };
    let sgd = Box::new(Sgd::new(learning_rate));
    let mut optimiser = WeightDecay::new(sgd, weight_decay);
    train(&config, &mut optimiser, train_digits, validation)
}

/// How well a setting does on the validation digits: the mean over the
/// [`TUNING_SEEDS`] of the validation loss after the last epoch of
/// [`train_with`], or `+∞` if some run does not end with a finite loss (a
/// rate so large that the run flew off).
///
/// ```
/// use training_that_works::search::score;
/// use training_that_works::split::{first_and_rest, three_way_split};
///
/// let split = three_way_split(&training_that_works::load_bundled());
/// let (few, _) = first_and_rest(&split.train, 100);
/// assert!(score(1.0, 1e-4, &few, &split.validation) < 1.0);
/// ```
pub fn score(
    learning_rate: f64,
    weight_decay: f64,
    train_digits: &Digits,
    validation: &Digits,
) -> f64 {
    let losses = TUNING_SEEDS.map(|seed| {
        let (_, reports) = train_with(
            learning_rate,
            weight_decay,
            seed,
            train_digits,
            validation,
        );
        last_validation_loss(&reports)
    });
    if losses.iter().all(|l| l.is_finite()) {
        losses.iter().sum::<f64>() / losses.len() as f64
    } else {
        f64::INFINITY
    }
}

/// `trials` settings drawn from `seed` ([`draw_settings`]), each with its
/// [`score`], in the order they were drawn. The page's search tries
/// [`TRIALS`] settings drawn from [`SEARCH_SEED`]. The trials run side by
/// side, one thread per core; each depends only on its own setting.
///
/// ```
/// use training_that_works::search::{SEARCH_SEED, random_search};
/// use training_that_works::split::{first_and_rest, three_way_split};
///
/// let split = three_way_split(&training_that_works::load_bundled());
/// let (few, _) = first_and_rest(&split.train, 100);
/// let trials = random_search(2, SEARCH_SEED, &few, &split.validation);
/// assert_eq!(trials.len(), 2);
/// ```
pub fn random_search(
    trials: usize,
    seed: u64,
    train_digits: &Digits,
    validation: &Digits,
) -> Vec<Trial> {
    map_in_parallel(
        &draw_settings(trials, seed),
        |&(learning_rate, weight_decay)| Trial {
            learning_rate,
            weight_decay,
            score: score(learning_rate, weight_decay, train_digits, validation),
        },
    )
}

/// The trial with the lowest score, the first drawn if several tie.
///
/// # Panics
/// If there are no trials, or none has a finite score.
///
/// ```
/// use training_that_works::search::{Trial, best};
///
/// let t = |score| Trial { learning_rate: 1.0, weight_decay: 1e-4, score };
/// assert_eq!(best(&[t(0.05), t(0.03), t(f64::INFINITY)]).score, 0.03);
/// ```
pub fn best(trials: &[Trial]) -> Trial {
    let chosen = trials
        .iter()
        .copied()
        .reduce(|a, b| if b.score < a.score { b } else { a })
        .expect("a search of no trials chooses nothing");
    assert!(
        chosen.score.is_finite(),
        "every trial flew off: no setting to choose"
    );
    chosen
}
// ANCHOR_END: search
