//! One run is one draw: the starting weights and the order of the examples
//! come from the seed, and so does part of any accuracy. Comparing two
//! settings fairly means running each over many seeds, the same seeds for
//! both, and looking at how often one beats the other.

use std::cmp::Ordering;

use crate::dataset::Digits;
use crate::network::Network;
use crate::training::{EpochReport, TrainingConfig, train};

/// The mean, sample standard deviation, least and greatest of some
/// numbers.
///
/// ```
/// use reading_digits::seeds::spread;
///
/// let s = spread(&[0.96, 0.97, 0.98]);
/// assert!((s.mean - 0.97).abs() < 1e-12 && (s.sd - 0.01).abs() < 1e-12);
/// assert_eq!((s.min, s.max), (0.96, 0.98));
/// ```
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Spread {
    /// The mean.
    pub mean: f64,
    /// The sample standard deviation (dividing by n − 1); 0 for one value.
    pub sd: f64,
    /// The least value.
    pub min: f64,
    /// The greatest value.
    pub max: f64,
}

/// The [`Spread`] of `values`. A `NaN` among them makes the mean and the
/// standard deviation `NaN`.
///
/// # Panics
/// If `values` is empty.
///
/// ```
/// use reading_digits::seeds::spread;
///
/// assert_eq!(spread(&[2.0]).sd, 0.0);
/// ```
pub fn spread(values: &[f64]) -> Spread {
    assert!(!values.is_empty(), "no values to summarise");
    let n = values.len() as f64;
    let mean = values.iter().sum::<f64>() / n;
    let squares: f64 = values.iter().map(|v| (v - mean).powi(2)).sum();
    let sd = if values.len() > 1 {
        (squares / (n - 1.0)).sqrt()
    } else {
        0.0
    };
    Spread {
        mean,
        sd,
        min: values.iter().copied().fold(f64::INFINITY, f64::min),
        max: values.iter().copied().fold(f64::NEG_INFINITY, f64::max),
    }
}

/// How two settings fared seed by seed: in how many seeds the first
/// scored higher, the second higher, or both the same.
///
/// ```
/// use reading_digits::seeds::paired;
///
/// let p = paired(&[0.97, 0.98, 0.96], &[0.96, 0.98, 0.95]);
/// assert_eq!((p.first_higher, p.second_higher, p.ties), (2, 0, 1));
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Paired {
    /// Seeds where the first setting scored higher.
    pub first_higher: usize,
    /// Seeds where the second setting scored higher.
    pub second_higher: usize,
    /// Seeds where both scored the same.
    pub ties: usize,
}

impl Paired {
    /// The order between the two settings, if one scored higher in at
    /// least `at_least` of the seeds: `Greater` if the first did, `Less`
    /// if the second did, `None` if neither did (no reliable difference).
    ///
    /// ```
    /// use std::cmp::Ordering;
    /// use reading_digits::seeds::Paired;
    ///
    /// let p = Paired { first_higher: 9, second_higher: 1, ties: 0 };
    /// assert_eq!(p.reliable_order(9), Some(Ordering::Greater));
    /// let q = Paired { first_higher: 6, second_higher: 3, ties: 1 };
    /// assert_eq!(q.reliable_order(9), None);
    /// ```
    pub fn reliable_order(&self, at_least: usize) -> Option<Ordering> {
        if self.first_higher >= at_least {
            Some(Ordering::Greater)
        } else if self.second_higher >= at_least {
            Some(Ordering::Less)
        } else {
            None
        }
    }
}

/// Compares two settings seed by seed: `first[i]` and `second[i]` must
/// come from the same seed.
///
/// # Panics
/// If the two have different lengths, or a value is `NaN` (a run that
/// diverged has no place in an order).
///
/// ```
/// use reading_digits::seeds::paired;
///
/// assert_eq!(paired(&[1.0], &[2.0]).second_higher, 1);
/// ```
pub fn paired(first: &[f64], second: &[f64]) -> Paired {
    assert_eq!(first.len(), second.len(), "one value per seed on each side");
    let mut result = Paired {
        first_higher: 0,
        second_higher: 0,
        ties: 0,
    };
    for (a, b) in first.iter().zip(second) {
        match a.partial_cmp(b).expect("a NaN has no order") {
            Ordering::Greater => result.first_higher += 1,
            Ordering::Less => result.second_higher += 1,
            Ordering::Equal => result.ties += 1,
        }
    }
    result
}

/// `config` trained once per seed in `seeds` (its own `seed` ignored),
/// measured on `measured` after every epoch; the runs are spread over the
/// machine's cores and come back in the order of `seeds`. Each run depends
/// only on its seed, so the results do not depend on the number of cores.
///
/// # Panics
/// As [`train`].
///
/// ```
/// use reading_digits::seeds::over_seeds;
/// use reading_digits::split::three_way_split;
/// use reading_digits::{TrainingConfig, load_bundled};
///
/// let split = three_way_split(&load_bundled());
/// let config = TrainingConfig { epochs: 1, hidden: 8, ..TrainingConfig::book() };
/// let runs = over_seeds(&config, &[1, 2, 3], &split.train, &split.validation);
/// assert_eq!(runs.len(), 3);
/// assert_ne!(runs[0].0, runs[1].0);
/// ```
pub fn over_seeds(
    config: &TrainingConfig,
    seeds: &[u64],
    train_on: &Digits,
    measured: &Digits,
) -> Vec<(Network, Vec<EpochReport>)> {
    let threads = std::thread::available_parallelism()
        .map_or(1, |n| n.get())
        .min(seeds.len().max(1));
    let mut runs: Vec<Option<(Network, Vec<EpochReport>)>> =
        vec![None; seeds.len()];
    std::thread::scope(|scope| {
        // Thread t takes seeds t, t + threads, t + 2 threads, …
        let handles: Vec<_> = (0..threads)
            .map(|t| {
                scope.spawn(move || {
                    (t..seeds.len())
                        .step_by(threads)
                        .map(|i| {
                            let run = TrainingConfig {
                                seed: seeds[i],
                                ..*config
                            };
                            (i, train(&run, train_on, measured))
                        })
                        .collect::<Vec<_>>()
                })
            })
            .collect();
        for handle in handles {
            // A panic in a run (bad settings) is passed on as it was.
            let done = handle
                .join()
                .unwrap_or_else(|e| std::panic::resume_unwind(e));
            for (i, run) in done {
                runs[i] = Some(run);
            }
        }
    });
    // Every index was given to exactly one thread above.
    runs.into_iter()
        .map(|run| run.expect("every seed was run"))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_sample_sd_divides_by_n_minus_1() {
        let s = spread(&[1.0, 2.0, 3.0, 4.0]);
        assert!((s.sd - (5.0_f64 / 3.0).sqrt()).abs() < 1e-15);
    }

    #[test]
    #[should_panic(expected = "a NaN has no order")]
    fn a_diverged_run_has_no_place_in_an_order() {
        paired(&[f64::NAN], &[0.5]);
    }
}
