//! Giving every optimiser its own best learning rate before comparing them.

use ndarray::Array1;

use crate::bowl::Bowl;
use crate::descent::descend;
use crate::optimiser::Kind;
use crate::random::seeded;

/// How many steps every optimiser gets on the bowl.
///
/// ```
/// assert_eq!(training_that_works::tuning::STEPS, 100);
/// ```
pub const STEPS: usize = 100;

/// Heights below this count as this: in `f64` they are all the bottom, and
/// without a floor one lucky start at 10⁻³⁰⁰ would outweigh nine others.
///
/// ```
/// assert_eq!(training_that_works::tuning::FLOOR, 1e-30);
/// ```
pub const FLOOR: f64 = 1e-30;

/// The learning rates tried: 81 of them from 0.001 to 10, evenly spaced on a
/// log scale (20 to every factor of ten).
///
/// ```
/// let rates = training_that_works::tuning::learning_rates();
/// assert_eq!(rates.len(), 81);
/// assert!((rates[0] - 0.001).abs() < 1e-18 && (rates[80] - 10.0).abs() < 1e-12);
/// ```
pub fn learning_rates() -> Vec<f64> {
    (-60..=20)
        .map(|k| 10f64.powf(f64::from(k) / 20.0))
        .collect()
}

// ANCHOR: score
/// How far down `kind` gets from each of `starts` in [`STEPS`] steps with
/// `learning_rate`: the base-10 logarithm of the height it ends at (at least
/// that of [`FLOOR`]), or `+∞` if it flew off to an infinite or `NaN` height.
///
/// ```
/// use training_that_works::bowl::Bowl;
/// use training_that_works::optimiser::Kind;
/// use training_that_works::tuning::score;
///
/// let bowl = Bowl::aligned();
/// let starts = [bowl.start()];
/// assert!(score(Kind::Sgd, 0.9, &bowl, &starts)[0] < 0.0);
/// // η = 50 multiplies y by −99 a step: after 100, the height overflows.
/// assert_eq!(score(Kind::Sgd, 50.0, &bowl, &starts)[0], f64::INFINITY);
/// ```
pub fn score(
    kind: Kind,
    learning_rate: f64,
    bowl: &Bowl,
    starts: &[Array1<f64>],
) -> Vec<f64> {
    starts
        .iter()
        .map(|start| {
            let mut optimiser = kind.with_learning_rate(learning_rate);
            let path =
                descend(&mut *optimiser, |p| bowl.gradient(p), start, STEPS);
            let height = bowl.height(path.row(STEPS));
            if height.is_finite() {
                height.max(FLOOR).log10()
            } else {
                f64::INFINITY
            }
        })
        .collect()
}
// ANCHOR_END: score

// ANCHOR: tune
/// The learning rate from [`learning_rates`] with which `kind` gets lowest
/// on average (of [`score`]) from `starts`: the smallest such rate if
/// several tie.
///
/// # Panics
/// If `starts` is empty, or `kind` flies off from some start with every rate.
///
/// ```
/// use training_that_works::bowl::Bowl;
/// use training_that_works::optimiser::Kind;
/// use training_that_works::random::seeded;
/// use training_that_works::tuning::tune;
///
/// let bowl = Bowl::aligned();
/// let eta = tune(Kind::Sgd, &bowl, &bowl.starts(10, &mut seeded(1)));
/// assert!(eta < 1.0);
/// ```
pub fn tune(kind: Kind, bowl: &Bowl, starts: &[Array1<f64>]) -> f64 {
    assert!(!starts.is_empty(), "tuning needs at least one start");
    let mean = |rate: f64| {
        let scores = score(kind, rate, bowl, starts);
        scores.iter().sum::<f64>() / scores.len() as f64
    };
    let mut best = (f64::INFINITY, f64::NAN);
    for rate in learning_rates() {
        let m = mean(rate);
        if m < best.0 {
            best = (m, rate);
        }
    }
    assert!(
        best.0.is_finite(),
        "{} flew off the bowl with every learning rate",
        kind.name()
    );
    best.1
}
// ANCHOR_END: tune

/// The seed of the starts each learning rate is chosen on, and of the
/// starts it is then judged from: different ones, as a validation set is
/// kept apart from the training set.
///
/// ```
/// use training_that_works::tuning::{JUDGING_SEED, TUNING_SEED};
///
/// assert_ne!(TUNING_SEED, JUDGING_SEED);
/// ```
pub const TUNING_SEED: u64 = 1;

/// See [`TUNING_SEED`].
///
/// ```
/// assert_eq!(training_that_works::tuning::JUDGING_SEED, 2);
/// ```
pub const JUDGING_SEED: u64 = 2;

/// How many starts each learning rate is chosen on, and judged from.
///
/// ```
/// assert_eq!(training_that_works::tuning::STARTS, 10);
/// ```
pub const STARTS: usize = 10;

/// An optimiser with the learning rate chosen for it, and its [`score`]s
/// from starts it was not chosen on.
///
/// ```
/// use training_that_works::bowl::Bowl;
/// use training_that_works::optimiser::Kind;
/// use training_that_works::tuning::judge;
///
/// let bowl = Bowl::aligned();
/// let (sgd, adam) = (judge(Kind::Sgd, &bowl), judge(Kind::Adam, &bowl));
/// assert_eq!(adam.lower_than(&sgd), 10);
/// ```
#[derive(Debug, Clone, PartialEq)]
pub struct Judged {
    /// Which optimiser.
    pub kind: Kind,
    /// Its learning rate, from [`tune`] on [`STARTS`] starts drawn with
    /// [`TUNING_SEED`].
    pub learning_rate: f64,
    /// Its scores from [`STARTS`] other starts, drawn with [`JUDGING_SEED`].
    pub scores: Vec<f64>,
}

impl Judged {
    /// The mean of the scores.
    ///
    /// ```
    /// use training_that_works::optimiser::Kind;
    /// use training_that_works::tuning::Judged;
    ///
    /// let j = Judged { kind: Kind::Sgd, learning_rate: 0.1, scores: vec![-1.0, -2.0] };
    /// assert_eq!(j.mean(), -1.5);
    /// ```
    pub fn mean(&self) -> f64 {
        self.scores.iter().sum::<f64>() / self.scores.len() as f64
    }

    /// From how many of the judging starts this ends lower than `other`
    /// (the starts are the same, so they pair up).
    ///
    /// ```
    /// use training_that_works::optimiser::Kind;
    /// use training_that_works::tuning::Judged;
    ///
    /// let a = Judged { kind: Kind::Sgd, learning_rate: 0.1, scores: vec![-1.0, -2.0] };
    /// let b = Judged { kind: Kind::Adam, learning_rate: 0.1, scores: vec![-3.0, -1.0] };
    /// assert_eq!(b.lower_than(&a), 1);
    /// ```
    pub fn lower_than(&self, other: &Judged) -> usize {
        self.scores
            .iter()
            .zip(&other.scores)
            .filter(|(mine, theirs)| mine < theirs)
            .count()
    }
}

// ANCHOR: judge
/// `kind` with its learning rate chosen on one set of starts on `bowl`,
/// then judged from another.
///
/// ```
/// use training_that_works::bowl::Bowl;
/// use training_that_works::optimiser::Kind;
/// use training_that_works::tuning::judge;
///
/// let sgd = judge(Kind::Sgd, &Bowl::aligned());
/// assert_eq!(sgd.scores.len(), 10);
/// ```
pub fn judge(kind: Kind, bowl: &Bowl) -> Judged {
    let tuning = bowl.starts(STARTS, &mut seeded(TUNING_SEED));
    let judging = bowl.starts(STARTS, &mut seeded(JUDGING_SEED));
    let learning_rate = tune(kind, bowl, &tuning);
    Judged {
        kind,
        learning_rate,
        scores: score(kind, learning_rate, bowl, &judging),
    }
}
// ANCHOR_END: judge
