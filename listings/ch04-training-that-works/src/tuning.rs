//! Giving every optimiser its own learning rate before comparing them:
//! how a run on the bowl is scored, and which rate scores best.

use ndarray::{Array1, s};

use crate::bowl::Bowl;
use crate::descent::descend;
use crate::optimiser::Optimiser;

/// How many steps every optimiser gets on the bowl.
///
/// ```
/// assert_eq!(training_that_works::tuning::STEPS, 100);
/// ```
pub const STEPS: usize = 100;

/// Heights below this count as this: for this comparison they have all
/// reached the bottom (an `f64` goes on to about 10⁻³⁰⁸), and a score is an
/// average of logarithms, which would otherwise let one start that ends at
/// 10⁻³⁰⁰ outvote nine others.
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

/// How many of the last steps a score averages over.
///
/// ```
/// assert_eq!(training_that_works::tuning::LAST, 10);
/// ```
pub const LAST: usize = 10;

/// Makes an optimiser with a given learning rate: what [`score`] and
/// [`tune`] are given, so that they can try each rate from scratch.
/// [`Kind::maker`](crate::optimiser::Kind::maker) gives one for each of
/// the five.
///
/// ```
/// use training_that_works::optimiser::RmsProp;
/// use training_that_works::tuning::Maker;
///
/// let slow_to_forget: &Maker = &|eta| Box::new(RmsProp::with_decay(eta, 0.99));
/// let _optimiser = slow_to_forget(0.1);
/// ```
pub type Maker = dyn Fn(f64) -> Box<dyn Optimiser>;

// ANCHOR: score
/// How far down the optimiser `make` gives gets from each of `starts` with
/// `learning_rate`: the base-10 logarithm of its height, averaged over the
/// last [`LAST`] of its [`STEPS`] steps. Heights below [`FLOOR`] count as
/// `FLOOR`; a descent that flies off to an infinite or `NaN` height scores
/// `+∞`.
///
/// Averaging over the last steps, not taking the last alone, judges an
/// optimiser that keeps jittering about the bottom by where it jitters, not
/// by where the jitter happens to be at the last step.
///
/// ```
/// use training_that_works::bowl::Bowl;
/// use training_that_works::optimiser::Kind;
/// use training_that_works::tuning::score;
///
/// let bowl = Bowl::aligned();
/// let starts = [bowl.start()];
/// assert!(score(&Kind::Sgd.maker(), 0.9, &bowl, &starts)[0] < 0.0);
/// // η = 50 multiplies y by −99 a step: after 100, the height overflows.
/// assert_eq!(score(&Kind::Sgd.maker(), 50.0, &bowl, &starts)[0], f64::INFINITY);
/// ```
pub fn score(
    make: &Maker,
    learning_rate: f64,
    bowl: &Bowl,
    starts: &[Array1<f64>],
) -> Vec<f64> {
    starts
        .iter()
        .map(|start| {
            let mut optimiser = make(learning_rate);
            let path =
                descend(&mut *optimiser, |p| bowl.gradient(p), start, STEPS);
            let last = path.slice(s![STEPS + 1 - LAST.., ..]);
            let logs = last.rows().into_iter().map(|p| {
                let height = bowl.height(p);
                if height.is_finite() {
                    height.max(FLOOR).log10()
                } else {
                    f64::INFINITY
                }
            });
            logs.sum::<f64>() / LAST as f64
        })
        .collect()
}
// ANCHOR_END: score

// ANCHOR: tune
/// The learning rate from [`learning_rates`] with which the optimiser
/// `make` gives scores lowest on average (of [`score`]) from `starts`: the
/// smallest such rate if several tie.
///
/// # Panics
/// If `starts` is empty, or the optimiser flies off from some start with
/// every rate.
///
/// ```
/// use training_that_works::bowl::Bowl;
/// use training_that_works::optimiser::Kind;
/// use training_that_works::random::seeded;
/// use training_that_works::tuning::tune;
///
/// let bowl = Bowl::aligned();
/// let eta = tune(&Kind::Sgd.maker(), &bowl, &bowl.starts(10, &mut seeded(1)));
/// assert!(eta < 1.0);
/// ```
pub fn tune(make: &Maker, bowl: &Bowl, starts: &[Array1<f64>]) -> f64 {
    assert!(!starts.is_empty(), "tuning needs at least one start");
    let mean = |rate: f64| {
        let scores = score(make, rate, bowl, starts);
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
        "the optimiser flew off the bowl with every learning rate"
    );
    best.1
}
// ANCHOR_END: tune
