//! Exercise 2: batch normalisation answering with the statistics of the
//! batch it is given, instead of its running averages.

use crate::dataset::Digits;
use crate::evaluation::{predictions, share_right};
use crate::initialisation::Initialisation;
use crate::layer::Mode;
use crate::optimiser::Sgd;
use crate::training::{TrainingConfig, train};

/// The learning rate the batch normalisation page chose for its network
/// with He's weights and batch normalisation.
///
/// ```
/// assert_eq!(training_that_works::exercise_solutions::batch_statistics::LEARNING_RATE, 1.0);
/// ```
pub const LEARNING_RATE: f64 = 1.0;

/// How one trained network reads the validation digits, depending on
/// where its batch normalisation layers take their mean and variance from.
///
/// ```
/// use training_that_works::exercise_solutions::Answering;
///
/// let a = Answering { running: 0.99, whole_batch: 0.98, one_at_a_time: 0.1, different_answers_alone: 1 };
/// assert!(a.one_at_a_time < a.running);
/// ```
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Answering {
    /// The share read right with the running averages from training: the
    /// way the network is meant to answer.
    pub running: f64,
    /// The share read right with the statistics of all the validation
    /// digits, given as one batch.
    pub whole_batch: f64,
    /// The share read right with each digit given alone, a batch of one.
    pub one_at_a_time: f64,
    /// How many different digits the network answered, given them alone.
    pub different_answers_alone: usize,
}

/// Trains the batch normalisation page's network (five hidden layers of
/// 50 ReLUs, He's weights, batch normalisation, [`LEARNING_RATE`]) from
/// `seed`, then reads `validation` in the three ways of [`Answering`].
/// The running averages are read first: a forward pass in training mode
/// updates them.
///
/// # Panics
/// As [`train`].
///
/// ```
/// use training_that_works::exercise_solutions::answering_by_statistics;
/// use training_that_works::split::{first_and_rest, three_way_split};
///
/// let split = three_way_split(&training_that_works::load_bundled());
/// let (few, _) = first_and_rest(&split.train, 64);
/// let answers = answering_by_statistics(1, &few, &split.validation);
/// assert_eq!(answers.different_answers_alone, 1);
/// ```
// ANCHOR: answering
pub fn answering_by_statistics(
    seed: u64,
    train_digits: &Digits,
    validation: &Digits,
) -> Answering {
    let config = TrainingConfig {
        hidden: vec![50; 5],
        initialisation: Initialisation::He,
        batch_norm: true,
        seed,
        ..TrainingConfig::book()
    };
    let mut sgd = Sgd::new(LEARNING_RATE);
    let (mut network, _) = train(&config, &mut sgd, train_digits, validation);
    let labels = validation.labels();
    let running = share_right(
        &network.forward(validation.images(), Mode::Inference),
        labels,
    );
    let whole_batch = share_right(
        &network.forward(validation.images(), Mode::Training),
        labels,
    );
    let mut alone = Vec::with_capacity(validation.len());
    for digit in validation.images().rows() {
        let one = digit.insert_axis(ndarray::Axis(0));
        alone.extend(predictions(&network.forward(one, Mode::Training)));
    }
    let right = alone.iter().zip(labels).filter(|(a, l)| a == l).count();
    let mut different = alone.clone();
    different.sort_unstable();
    different.dedup();
    Answering {
        running,
        whole_batch,
        one_at_a_time: right as f64 / labels.len() as f64,
        different_answers_alone: different.len(),
    }
}
// ANCHOR_END: answering
