//! Exercise 3: dropout left switched on when the network answers.

use crate::dataset::Digits;
use crate::evaluation::{predictions, share_right};
use crate::layer::Mode;
use crate::optimiser::Sgd;
use crate::overfitting::network;
use crate::training::{TrainingConfig, train};

/// The learning rate the overfitting page chose for its network, and
/// trained its dropout runs with.
///
/// ```
/// assert_eq!(training_that_works::exercise_solutions::dropout_left_on::LEARNING_RATE, 1.0);
/// ```
pub const LEARNING_RATE: f64 = 1.0;

/// How one network trained with dropout reads the validation digits.
///
/// ```
/// use training_that_works::exercise_solutions::DropoutAnswers;
///
/// let a = DropoutAnswers { off: 0.93, on: 0.9, changed: 25 };
/// assert!(a.on < a.off);
/// ```
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct DropoutAnswers {
    /// The share read right with dropout off, as it should answer.
    pub off: f64,
    /// The share read right with dropout left on.
    pub on: f64,
    /// How many digits got a different answer from a second pass with
    /// dropout on.
    pub changed: usize,
}

/// Trains the overfitting page's network (one hidden layer of 100 ReLUs
/// for 100 epochs, [`LEARNING_RATE`]) with dropout `rate` from `seed`,
/// then reads `validation` with dropout off, and twice with it on.
///
/// # Panics
/// As [`train`], or if `rate` is not in `[0, 1)`.
///
/// ```
/// use training_that_works::exercise_solutions::answers_with_dropout;
/// use training_that_works::split::{first_and_rest, three_way_split};
///
/// let split = three_way_split(&training_that_works::load_bundled());
/// let (few, _) = first_and_rest(&split.train, 64);
/// let answers = answers_with_dropout(0.5, 1, &few, &split.validation);
/// assert!(answers.changed > 0);
/// ```
// ANCHOR: dropout_left_on
pub fn answers_with_dropout(
    rate: f64,
    seed: u64,
    train_digits: &Digits,
    validation: &Digits,
) -> DropoutAnswers {
    let config = TrainingConfig {
        seed,
        ..network(rate)
    };
    let mut sgd = Sgd::new(LEARNING_RATE);
    let (mut net, _) = train(&config, &mut sgd, train_digits, validation);
    let labels = validation.labels();
    let off = net.forward(validation.images(), Mode::Inference);
    let on = net.forward(validation.images(), Mode::Training);
    let again = net.forward(validation.images(), Mode::Training);
    let changed = predictions(&on)
        .iter()
        .zip(predictions(&again))
        .filter(|(a, b)| **a != *b)
        .count();
    DropoutAnswers {
        off: share_right(&off, labels),
        on: share_right(&on, labels),
        changed,
    }
}
// ANCHOR_END: dropout_left_on
