//! Mini-batch stochastic gradient descent: shuffle the training digits,
//! take them a batch at a time, and step after each batch.

use crate::activation::Activation;
use crate::backward;
use crate::centring::{centred, mean_image, reading_raw_pixels};
use crate::dataset::{CLASSES, Digits, PIXELS};
use crate::evaluation::predictions;
use crate::loss::Loss;
use crate::loss::mean_cross_entropy_from_logits;
use crate::network::Network;
use crate::one_hot_rows;
use crate::random::{permutation, seeded};
use crate::sgd::step;
use ndarray::Array2;
use rand_pcg::rand_core::Rng;

// ANCHOR: config
/// Everything that decides a training run. On one machine the same settings
/// give the same network, to the last bit, on every run (another kind of
/// processor may round matrix products differently).
///
/// ```
/// use reading_digits::activation::Activation;
/// use reading_digits::training::TrainingConfig;
///
/// let tanh = TrainingConfig { activation: Activation::Tanh, ..TrainingConfig::book() };
/// assert_eq!(tanh.epochs, 40);
/// ```
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct TrainingConfig {
    /// Neurons in the hidden layer.
    pub hidden: usize,
    /// The hidden layer's activation.
    pub activation: Activation,
    /// What the network is trained to make small.
    pub loss: Loss,
    /// How far each step moves, `η`.
    pub learning_rate: f64,
    /// Examples per step.
    pub batch_size: usize,
    /// Passes over the training digits.
    pub epochs: usize,
    /// Seeds the starting weights and the shuffles.
    pub seed: u64,
    /// Whether the network learns from pixels centred on the training
    /// digits' mean image ([`centring`](crate::centring)). The trained
    /// network reads raw pixels either way.
    pub centre_inputs: bool,
}

impl TrainingConfig {
    /// The chapter's main run: 64 ReLU neurons, cross-entropy, batches of
    /// 32, at most 40 epochs, seed 1, centred inputs, and the learning rate
    /// 4 that `examples/choices.rs` chose for these settings on the
    /// validation digits.
    ///
    /// ```
    /// use reading_digits::training::TrainingConfig;
    ///
    /// assert_eq!(TrainingConfig::book().hidden, 64);
    /// ```
    pub const fn book() -> TrainingConfig {
        TrainingConfig {
            hidden: 64,
            activation: Activation::Relu,
            loss: Loss::CrossEntropy,
            learning_rate: 4.0,
            batch_size: 32,
            epochs: 40,
            seed: 1,
            centre_inputs: true,
        }
    }

    /// The untrained network a run with these settings starts from: the
    /// first draws of `rng` give its weights ([`train`] passes
    /// `seeded(self.seed)` and goes on drawing its shuffles from it).
    ///
    /// ```
    /// use reading_digits::random::seeded;
    /// use reading_digits::training::TrainingConfig;
    ///
    /// let book = TrainingConfig::book();
    /// let network = book.initial_network(&mut seeded(book.seed));
    /// assert_eq!(network.w1().dim(), (64, 64));
    /// ```
    pub fn initial_network(&self, rng: &mut impl Rng) -> Network {
        Network::new(PIXELS, self.hidden, CLASSES, self.activation, rng)
    }
}
// ANCHOR_END: config

/// How the network does after an epoch. Both losses are the cross-entropy,
/// whatever loss the network trains on, so that runs on different losses
/// can be compared.
///
/// ```
/// use reading_digits::split::three_way_split;
/// use reading_digits::{TrainingConfig, load_bundled, train};
///
/// let split = three_way_split(&load_bundled());
/// let config = TrainingConfig { epochs: 1, ..TrainingConfig::book() };
/// let (_, reports) = train(&config, &split.train, &split.validation);
/// assert_eq!(reports[0].epoch, 1);
/// assert!(reports[0].validation_accuracy > 0.5);
/// ```
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct EpochReport {
    /// Which epoch, counting from 1.
    pub epoch: usize,
    /// The mean cross-entropy of the epoch's batches, each measured just
    /// before its step: free to compute, and a little behind the network
    /// the epoch ends with.
    pub train_loss: f64,
    /// The fraction of the epoch's batch examples read right, measured the
    /// same way.
    pub train_accuracy: f64,
    /// The cross-entropy over the validation digits after the epoch.
    pub validation_loss: f64,
    /// The fraction of validation digits read right after the epoch.
    pub validation_accuracy: f64,
}

// ANCHOR: epoch
/// One pass over `train` in a random order, a step after every batch.
/// Returns the epoch's training loss (cross-entropy) and accuracy, each
/// batch measured by the forward pass its step needs anyway.
///
/// Every batch is full: the few digits left over (1 157 = 36 × 32 + 5)
/// sit this epoch out and take their chance in the next shuffle. A batch of
/// 5 would average its gradient over 5 examples instead of 32 and take a
/// much noisier step, the last one before the network is measured.
///
/// # Panics
/// If `batch_size` is 0 or larger than `train`, or `learning_rate` is not
/// a finite number above 0 (0 would train nothing, and a negative one
/// climbs the loss instead of descending it).
///
/// ```
/// use reading_digits::activation::Activation;
/// use reading_digits::load_bundled;
/// use reading_digits::loss::Loss;
/// use reading_digits::network::Network;
/// use reading_digits::random::seeded;
/// use reading_digits::training::train_one_epoch;
///
/// let digits = load_bundled();
/// let mut rng = seeded(1);
/// let mut network = Network::new(64, 16, 10, Activation::Relu, &mut rng);
/// let seen = train_one_epoch(&mut network, &digits, Loss::CrossEntropy, 0.1, 32, &mut rng);
/// assert!(seen.accuracy > 0.1);
/// ```
pub fn train_one_epoch(
    network: &mut Network,
    train: &Digits,
    loss: Loss,
    learning_rate: f64,
    batch_size: usize,
    rng: &mut impl rand_pcg::rand_core::Rng,
) -> Measured {
    assert!(
        learning_rate.is_finite() && learning_rate > 0.0,
        "the learning rate must be a finite number above 0, not {learning_rate}"
    );
    assert!(batch_size > 0, "a batch needs at least one example");
    assert!(
        batch_size <= train.len(),
        "a batch of {batch_size} from {} digits",
        train.len()
    );
    let mut seen = Seen::default();
    let order = permutation(train.len(), rng);
    for indices in order.chunks_exact(batch_size) {
        let batch = train.select(indices);
        let targets = one_hot_rows(batch.labels());
        let forward = network.forward(batch.images());
        seen.add(&forward.logits, &targets, batch.labels());
        let delta2 = loss.gradient(&forward.logits, &targets);
        let gradients = backward(network, batch.images(), &forward, &delta2);
        step(network, &gradients, learning_rate);
    }
    seen.measured()
}
// ANCHOR_END: epoch

/// A loss and an accuracy, over some digits.
///
/// ```
/// use reading_digits::training::{Measured, measure};
/// use reading_digits::split::three_way_split;
/// use reading_digits::{TrainingConfig, load_bundled, seeded};
///
/// let split = three_way_split(&load_bundled());
/// let untrained = TrainingConfig::book().initial_network(&mut seeded(1));
/// let Measured { loss, accuracy } = measure(&untrained, &split.validation);
/// assert!(loss > 1.0 && accuracy < 0.5);
/// ```
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Measured {
    /// The mean cross-entropy.
    pub loss: f64,
    /// The fraction of digits read right.
    pub accuracy: f64,
}

/// Running sums over the batches of an epoch.
#[derive(Default)]
struct Seen {
    loss: f64,
    right: usize,
    examples: usize,
}

impl Seen {
    fn add(
        &mut self,
        logits: &Array2<f64>,
        targets: &Array2<f64>,
        labels: &[usize],
    ) {
        let n = labels.len();
        self.loss += mean_cross_entropy_from_logits(logits, targets) * n as f64;
        self.right += right_answers(logits, labels);
        self.examples += n;
    }

    fn measured(&self) -> Measured {
        Measured {
            loss: self.loss / self.examples as f64,
            accuracy: self.right as f64 / self.examples as f64,
        }
    }
}

fn right_answers(logits: &Array2<f64>, labels: &[usize]) -> usize {
    predictions(logits)
        .iter()
        .zip(labels)
        .filter(|(answer, label)| answer == label)
        .count()
}

/// The cross-entropy and the accuracy of `network` over all of `digits`,
/// from one forward pass.
///
/// # Panics
/// If `digits` is empty, or as [`predictions`](crate::evaluation::predictions)
/// if a score is `NaN`.
///
/// ```
/// use reading_digits::training::measure;
/// use reading_digits::split::three_way_split;
/// use reading_digits::{TrainingConfig, load_bundled, train};
///
/// let split = three_way_split(&load_bundled());
/// let config = TrainingConfig { epochs: 2, ..TrainingConfig::book() };
/// let (network, reports) = train(&config, &split.train, &split.validation);
/// assert_eq!(measure(&network, &split.validation).accuracy, reports[1].validation_accuracy);
/// ```
pub fn measure(network: &Network, digits: &Digits) -> Measured {
    assert!(!digits.is_empty(), "no digits to measure on");
    let logits = network.logits(digits.images());
    let targets = one_hot_rows(digits.labels());
    Measured {
        loss: mean_cross_entropy_from_logits(&logits, &targets),
        accuracy: right_answers(&logits, digits.labels()) as f64
            / digits.len() as f64,
    }
}

/// Trains a new network on `train` as `config` says, measuring it on
/// `validation` after every epoch, and returns the network after the last
/// epoch.
///
/// # Panics
/// If `config.hidden` or `config.batch_size` is 0, the learning rate is
/// not a finite number above 0, or either set is empty.
///
/// ```
/// use reading_digits::split::three_way_split;
/// use reading_digits::{TrainingConfig, load_bundled, train};
///
/// let split = three_way_split(&load_bundled());
/// let config = TrainingConfig { epochs: 3, ..TrainingConfig::book() };
/// let (_, reports) = train(&config, &split.train, &split.validation);
/// assert!(reports[2].validation_accuracy > 0.9);
/// ```
pub fn train(
    config: &TrainingConfig,
    train: &Digits,
    validation: &Digits,
) -> (Network, Vec<EpochReport>) {
    let mut reports = Vec::with_capacity(config.epochs);
    let network = train_watching(config, train, validation, |_, report| {
        reports.push(*report)
    });
    (network, reports)
}

/// [`train`], calling `after_epoch` with the network and its report after
/// every epoch (to keep a copy, or to stop watching), and returning the
/// network after the last epoch. With `config.centre_inputs` the network
/// learns from centred copies of both sets, and `after_epoch` sees, and
/// the function returns, the same network made to read raw pixels
/// ([`reading_raw_pixels`](crate::centring::reading_raw_pixels)).
///
/// # Panics
/// As [`train`].
///
/// ```
/// use reading_digits::split::three_way_split;
/// use reading_digits::training::train_watching;
/// use reading_digits::{TrainingConfig, load_bundled};
///
/// let split = three_way_split(&load_bundled());
/// let config = TrainingConfig { epochs: 2, ..TrainingConfig::book() };
/// let mut epochs = 0;
/// train_watching(&config, &split.train, &split.validation, |_, _| epochs += 1);
/// assert_eq!(epochs, 2);
/// ```
pub fn train_watching(
    config: &TrainingConfig,
    train: &Digits,
    validation: &Digits,
    mut after_epoch: impl FnMut(&Network, &EpochReport),
) -> Network {
    assert!(
        !train.is_empty(),
        "the training set is empty: nothing to learn from"
    );
    assert!(
        !validation.is_empty(),
        "the validation set is empty: nothing to measure on"
    );
    if !config.centre_inputs {
        return train_on(config, train, validation, after_epoch);
    }
    // Learn from centred pixels; hand out, and return, the network that
    // reads raw ones, which measures the same on raw validation digits.
    let mean = mean_image(train);
    let network = train_on(
        config,
        &centred(train, &mean),
        &centred(validation, &mean),
        |network, report| {
            after_epoch(&reading_raw_pixels(network, &mean), report)
        },
    );
    reading_raw_pixels(&network, &mean)
}

fn train_on(
    config: &TrainingConfig,
    train: &Digits,
    validation: &Digits,
    mut after_epoch: impl FnMut(&Network, &EpochReport),
) -> Network {
    let mut rng = seeded(config.seed);
    let mut network = config.initial_network(&mut rng);
    for epoch in 1..=config.epochs {
        let seen = train_one_epoch(
            &mut network,
            train,
            config.loss,
            config.learning_rate,
            config.batch_size,
            &mut rng,
        );
        let measured = measure(&network, validation);
        after_epoch(
            &network,
            &EpochReport {
                epoch,
                train_loss: seen.loss,
                train_accuracy: seen.accuracy,
                validation_loss: measured.loss,
                validation_accuracy: measured.accuracy,
            },
        );
    }
    network
}
