//! Racing optimisers on the bowl, fairly: each with its own learning rate,
//! chosen on some starts and judged from others, and the whole thing
//! repeated for twenty pairs of seeds.

use crate::bowl::Bowl;
use crate::random::seeded;
use crate::tuning::{Maker, learning_rates, score, tune};

/// How many starts each learning rate is chosen on, and judged from.
///
/// ```
/// assert_eq!(training_that_works::race::STARTS, 10);
/// ```
pub const STARTS: usize = 10;

/// How many times the choosing and judging is repeated, each time with new
/// starts: pair `p` draws its tuning starts with seed `2p + 1` and its
/// judging starts with seed `2p + 2`.
///
/// ```
/// assert_eq!(training_that_works::race::PAIRS, 20);
/// ```
pub const PAIRS: usize = 20;

/// Scores closer than this count as a tie: a twentieth of a power of ten, a
/// factor of about 1.12 in height. An optimiser that jitters about the
/// bottom can move its score by a few hundredths when its starts move by
/// a rounding error, as on another machine's arithmetic; a pair that close
/// should not decide a comparison.
///
/// ```
/// assert_eq!(training_that_works::race::TIE, 0.05);
/// ```
pub const TIE: f64 = 0.05;

/// One choosing and judging: the learning rate [`tune`] chose on one set
/// of starts, and the mean [`score`] it gave from another.
///
/// ```
/// use training_that_works::bowl::Bowl;
/// use training_that_works::optimiser::Kind;
/// use training_that_works::race::judge;
///
/// let judged = judge(&Kind::Adam.maker(), &Bowl::rotated(0.3), 5);
/// assert!(judged.learning_rate > 0.0 && judged.score < 0.0);
/// ```
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Judged {
    /// The learning rate chosen.
    pub learning_rate: f64,
    /// The mean score from the judging starts.
    pub score: f64,
}

// ANCHOR: judge
/// The optimiser `make` gives, with its learning rate chosen on
/// [`STARTS`] starts on `bowl` and judged from [`STARTS`] others: the
/// `pair`-th of [`PAIRS`].
///
/// ```
/// use training_that_works::bowl::Bowl;
/// use training_that_works::optimiser::Kind;
/// use training_that_works::race::judge;
///
/// let sgd = judge(&Kind::Sgd.maker(), &Bowl::aligned(), 0);
/// assert!(sgd.score < 0.0);
/// ```
pub fn judge(make: &Maker, bowl: &Bowl, pair: u64) -> Judged {
    let tuning = bowl.starts(STARTS, &mut seeded(2 * pair + 1));
    let judging = bowl.starts(STARTS, &mut seeded(2 * pair + 2));
    let learning_rate = tune(make, bowl, &tuning);
    let scores = score(make, learning_rate, bowl, &judging);
    Judged {
        learning_rate,
        score: scores.iter().sum::<f64>() / scores.len() as f64,
    }
}
// ANCHOR_END: judge

/// An optimiser's results over all [`PAIRS`] pairs of seeds.
///
/// ```
/// use training_that_works::bowl::Bowl;
/// use training_that_works::optimiser::Kind;
/// use training_that_works::race::Results;
///
/// let adam = Results::of(&Kind::Adam.maker(), &Bowl::aligned());
/// assert_eq!(adam.scores.len(), 20);
/// ```
#[derive(Debug, Clone, PartialEq)]
pub struct Results {
    /// The learning rate chosen in each pair.
    pub learning_rates: Vec<f64>,
    /// The mean score from the judging starts in each pair.
    pub scores: Vec<f64>,
}

impl Results {
    /// [`judge`] for every pair.
    ///
    /// ```
    /// use training_that_works::bowl::Bowl;
    /// use training_that_works::optimiser::Kind;
    /// use training_that_works::race::Results;
    ///
    /// let sgd = Results::of(&Kind::Sgd.maker(), &Bowl::aligned());
    /// assert!(sgd.learning_rates.iter().all(|&eta| eta < 1.0));
    /// ```
    pub fn of(make: &Maker, bowl: &Bowl) -> Results {
        let judged: Vec<Judged> = (0..PAIRS as u64)
            .map(|pair| judge(make, bowl, pair))
            .collect();
        Results {
            learning_rates: judged.iter().map(|j| j.learning_rate).collect(),
            scores: judged.iter().map(|j| j.score).collect(),
        }
    }

    /// The mean of the pairs' scores.
    ///
    /// ```
    /// use training_that_works::race::Results;
    ///
    /// let r = Results { learning_rates: vec![0.1, 0.1], scores: vec![-1.0, -2.0] };
    /// assert_eq!(r.mean(), -1.5);
    /// ```
    pub fn mean(&self) -> f64 {
        self.scores.iter().sum::<f64>() / self.scores.len() as f64
    }

    /// Their sample standard deviation (dividing by `n − 1`).
    ///
    /// ```
    /// use training_that_works::race::Results;
    ///
    /// let r = Results { learning_rates: vec![0.1, 0.1], scores: vec![-1.0, -3.0] };
    /// assert!((r.spread() - 2f64.sqrt()).abs() < 1e-15);
    /// ```
    pub fn spread(&self) -> f64 {
        let mean = self.mean();
        let squares: f64 = self.scores.iter().map(|s| (s - mean).powi(2)).sum();
        (squares / (self.scores.len() as f64 - 1.0)).sqrt()
    }

    /// The middle of the learning rates chosen, the lower of the two middle
    /// ones for an even count, so that it is one of the rates tried.
    ///
    /// ```
    /// use training_that_works::race::Results;
    ///
    /// let r = Results { learning_rates: vec![0.3, 0.1, 0.2, 0.4], scores: vec![0.0; 4] };
    /// assert_eq!(r.typical_learning_rate(), 0.2);
    /// ```
    pub fn typical_learning_rate(&self) -> f64 {
        let mut rates = self.learning_rates.clone();
        rates.sort_by(f64::total_cmp);
        rates[(rates.len() - 1) / 2]
    }

    /// In how many pairs this scored lower than `other` by more than
    /// [`TIE`]: the same starts, so the pairs are paired.
    ///
    /// ```
    /// use training_that_works::race::Results;
    ///
    /// let a = Results { learning_rates: vec![0.1; 3], scores: vec![-1.0, -2.0, -1.0] };
    /// let b = Results { learning_rates: vec![0.1; 3], scores: vec![-3.0, -1.0, -1.01] };
    /// assert_eq!(b.lower_than(&a), 1); // the third pair is a tie
    /// ```
    pub fn lower_than(&self, other: &Results) -> usize {
        self.scores
            .iter()
            .zip(&other.scores)
            .filter(|(mine, theirs)| **mine < **theirs - TIE)
            .count()
    }

    /// Pair by pair, how far this scored below `baseline` (in powers of
    /// ten of the height; negative where it scored above).
    ///
    /// ```
    /// use training_that_works::race::Results;
    ///
    /// let sgd = Results { learning_rates: vec![0.1; 2], scores: vec![-1.0, -1.5] };
    /// let adam = Results { learning_rates: vec![0.1; 2], scores: vec![-4.0, -1.0] };
    /// assert_eq!(adam.leads_over(&sgd), [3.0, -0.5]);
    /// ```
    pub fn leads_over(&self, baseline: &Results) -> Vec<f64> {
        self.scores
            .iter()
            .zip(&baseline.scores)
            .map(|(mine, theirs)| theirs - mine)
            .collect()
    }

    /// In how many pairs the chosen rate was the smallest or largest tried,
    /// where the best rate might lie outside the grid.
    ///
    /// ```
    /// use training_that_works::race::Results;
    ///
    /// let r = Results { learning_rates: vec![10.0, 0.5], scores: vec![0.0; 2] };
    /// assert_eq!(r.at_the_edge(), 1);
    /// ```
    pub fn at_the_edge(&self) -> usize {
        let rates = learning_rates();
        let (lowest, highest) = (rates[0], rates[rates.len() - 1]);
        self.learning_rates
            .iter()
            .filter(|&&eta| eta <= lowest || eta >= highest)
            .count()
    }
}
