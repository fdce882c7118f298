//! Training a network with any optimiser, watching it on validation digits
//! after every epoch.

use crate::dataset::{CLASSES, Digits, PIXELS};
use crate::evaluation::share_right;
use crate::initialisation::Initialisation;
use crate::layer::{Activation, Mode};
use crate::loss::mean_cross_entropy_from_logits;
use crate::network::Network;
use crate::one_hot::one_hot_rows;
use crate::optimiser::Optimiser;
use crate::random::{permutation, seeded};
use rand_pcg::rand_core::Rng;

// ANCHOR: config
/// The settings of a training run, apart from the optimiser.
///
/// ```
/// use training_that_works::layer::Activation;
/// use training_that_works::training::TrainingConfig;
///
/// let deeper = TrainingConfig { hidden: vec![100; 5], activation: Activation::Sigmoid, ..TrainingConfig::book() };
/// assert_eq!(deeper.hidden.len(), 5);
/// ```
#[derive(Debug, Clone, PartialEq)]
pub struct TrainingConfig {
    /// The sizes of the hidden layers, first to last.
    pub hidden: Vec<usize>,
    /// The activation after each hidden layer.
    pub activation: Activation,
    /// How the starting weights are drawn.
    pub initialisation: Initialisation,
    /// Whether a batch normalisation layer sits between each hidden
    /// affine layer and its activation ([`Network::normalised`]).
    pub batch_norm: bool,
    /// The rate of a dropout layer after each hidden activation
    /// ([`Network::with_dropout`]); 0 for none.
    pub dropout: f64,
    /// How many digits each step sees.
    pub batch_size: usize,
    /// How many passes over the training digits.
    pub epochs: usize,
    /// Where the random numbers start: the weights, then every shuffle.
    pub seed: u64,
}
// ANCHOR_END: config

impl TrainingConfig {
    /// Chapter 3's network: one hidden layer of 64 ReLU neurons with He
    /// weights, batches of 32, here for 20 epochs.
    ///
    /// ```
    /// use training_that_works::training::TrainingConfig;
    ///
    /// assert_eq!(TrainingConfig::book().hidden, [64]);
    /// ```
    pub fn book() -> TrainingConfig {
        TrainingConfig {
            hidden: vec![64],
            activation: Activation::Relu,
            initialisation: Initialisation::He,
            batch_norm: false,
            dropout: 0.0,
            batch_size: 32,
            epochs: 20,
            seed: 1,
        }
    }
}

/// What one epoch left behind.
///
/// ```
/// use training_that_works::training::EpochReport;
///
/// let r = EpochReport { train_loss: 0.5, validation_loss: 0.4, validation_accuracy: 0.9 };
/// assert!(r.validation_loss < r.train_loss);
/// ```
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct EpochReport {
    /// The mean loss of the epoch's batches, each before its step.
    pub train_loss: f64,
    /// The loss on the validation digits after the epoch.
    pub validation_loss: f64,
    /// The share of validation digits read right after the epoch.
    pub validation_accuracy: f64,
}

// ANCHOR: train
/// Trains a fresh network for `config` with `optimiser` on `train`,
/// reporting on `validation` after each epoch. Each epoch shuffles the
/// training digits and takes one step per full batch.
///
/// A run whose numbers overflow into `NaN` (too large a learning rate) is
/// not an error: from the epoch where the validation loss is `NaN`, every
/// report holds `NaN`s, and training stops there.
///
/// # Panics
/// If the batch size is 0 or larger than the training set, either set of
/// digits is empty, or the dropout rate is not in `[0, 1)`.
///
/// ```
/// use training_that_works::optimiser::Adam;
/// use training_that_works::split::three_way_split;
/// use training_that_works::training::{TrainingConfig, train};
///
/// let split = three_way_split(&training_that_works::load_bundled());
/// let config = TrainingConfig { epochs: 2, ..TrainingConfig::book() };
/// let (_, reports) = train(&config, &mut Adam::new(0.01), &split.train, &split.validation);
/// assert!(reports[1].validation_accuracy > 0.8);
/// ```
pub fn train(
    config: &TrainingConfig,
    optimiser: &mut dyn Optimiser,
    train: &Digits,
    validation: &Digits,
) -> (Network, Vec<EpochReport>) {
    assert!(
        config.batch_size > 0 && config.batch_size <= train.len(),
        "a batch of {} from {} digits",
        config.batch_size,
        train.len()
    );
    assert!(!validation.is_empty(), "validation needs digits");
    let mut rng = seeded(config.seed);
    let sizes: Vec<usize> = std::iter::once(PIXELS)
        .chain(config.hidden.iter().copied())
        .chain(std::iter::once(CLASSES))
        .collect();
    let mut network = Network::built(
        &sizes,
        config.activation,
        config.initialisation,
        config.batch_norm,
        config.dropout,
        &mut rng,
    );
    let validation_targets = one_hot_rows(validation.labels());
    let mut reports = Vec::with_capacity(config.epochs);
    for _ in 0..config.epochs {
        let train_loss = train_one_epoch(
            &mut network,
            optimiser,
            train,
            config.batch_size,
            &mut rng,
        );
        // One pass over the validation digits gives both the loss and the
        // digit the network picks for each.
        let logits = network.forward(validation.images(), Mode::Inference);
        let validation_loss = mean_cross_entropy_from_logits(
            logits.view(),
            validation_targets.view(),
        );
        // A NaN loss means NaN scores, which pick no digit.
        let validation_accuracy = if validation_loss.is_nan() {
            f64::NAN
        } else {
            share_right(&logits, validation.labels())
        };
        reports.push(EpochReport {
            train_loss,
            validation_loss,
            validation_accuracy,
        });
        if validation_loss.is_nan() {
            // Diverged: every later epoch would report NaN as well.
            reports.resize(config.epochs, reports[reports.len() - 1]);
            break;
        }
    }
    (network, reports)
}
// ANCHOR_END: train

// ANCHOR: train_one_epoch
/// One epoch: shuffles `train` with `rng`, then takes one step of
/// `optimiser` on each full batch of `batch_size` digits, in that order.
/// Returns the mean of the batches' losses, each measured before its step.
///
/// # Panics
/// If `batch_size` is 0 or larger than the training set.
///
/// ```
/// use training_that_works::initialisation::Initialisation;
/// use training_that_works::layer::Activation;
/// use training_that_works::network::Network;
/// use training_that_works::optimiser::Adam;
/// use training_that_works::random::seeded;
/// use training_that_works::split::three_way_split;
/// use training_that_works::training::train_one_epoch;
///
/// let split = three_way_split(&training_that_works::load_bundled());
/// let mut rng = seeded(1);
/// let mut network = Network::fully_connected(&[64, 64, 10], Activation::Relu, Initialisation::He, &mut rng);
/// let mut adam = Adam::new(0.01);
/// let first = train_one_epoch(&mut network, &mut adam, &split.train, 32, &mut rng);
/// let second = train_one_epoch(&mut network, &mut adam, &split.train, 32, &mut rng);
/// assert!(second < first);
/// ```
pub fn train_one_epoch(
    network: &mut Network,
    optimiser: &mut dyn Optimiser,
    train: &Digits,
    batch_size: usize,
    rng: &mut impl Rng,
) -> f64 {
    assert!(
        batch_size > 0 && batch_size <= train.len(),
        "a batch of {batch_size} from {} digits",
        train.len()
    );
    let order = permutation(train.len(), rng);
    let mut total = 0.0;
    let mut steps = 0;
    for indices in order.chunks_exact(batch_size) {
        let batch = train.select(indices);
        let targets = one_hot_rows(batch.labels());
        total += network.train_step(batch.images(), &targets, optimiser);
        steps += 1;
    }
    total / steps as f64
}
// ANCHOR_END: train_one_epoch
