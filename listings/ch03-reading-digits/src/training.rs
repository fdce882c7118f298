//! Mini-batch stochastic gradient descent: shuffle the training digits,
//! take them a batch at a time, and step after each batch.

use crate::activation::Activation;
use crate::backward;
use crate::dataset::{CLASSES, Digits, PIXELS};
use crate::evaluation::predictions;
use crate::loss::Loss;
use crate::network::Network;
use crate::one_hot_rows;
use crate::random::{permutation, seeded};
use crate::sgd::step;
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
/// assert_eq!(tanh.epochs, 30);
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
}

impl TrainingConfig {
    /// The chapter's main run: 64 ReLU neurons, cross-entropy, learning
    /// rate 0.5, batches of 32, 30 epochs, seed 1.
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
            learning_rate: 0.5,
            batch_size: 32,
            epochs: 30,
            seed: 1,
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

/// How the network does after an epoch.
///
/// ```
/// use reading_digits::comparison::compare;
/// use reading_digits::training::TrainingConfig;
///
/// let runs = compare(&[TrainingConfig { epochs: 1, ..TrainingConfig::book() }]);
/// let report = runs[0].1[0];
/// assert_eq!(report.epoch, 1);
/// assert!(report.test_accuracy > 0.9);
/// ```
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct EpochReport {
    /// Which epoch, counting from 1.
    pub epoch: usize,
    /// The training loss over all training digits.
    pub train_loss: f64,
    /// The fraction of training digits read right.
    pub train_accuracy: f64,
    /// The loss over the test digits.
    pub test_loss: f64,
    /// The fraction of test digits read right.
    pub test_accuracy: f64,
}

// ANCHOR: epoch
/// One pass over `train` in a random order, a step after every batch.
///
/// Every batch is full: the few digits left over (1 442 = 45 × 32 + 2)
/// sit this epoch out and take their chance in the next shuffle. A batch of
/// 2 would average its gradient over 2 examples instead of 32 and take a
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
/// train_one_epoch(&mut network, &digits, Loss::CrossEntropy, 0.1, 32, &mut rng);
/// ```
pub fn train_one_epoch(
    network: &mut Network,
    train: &Digits,
    loss: Loss,
    learning_rate: f64,
    batch_size: usize,
    rng: &mut impl rand_pcg::rand_core::Rng,
) {
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
    let order = permutation(train.len(), rng);
    for indices in order.chunks_exact(batch_size) {
        let batch = train.select(indices);
        let targets = one_hot_rows(batch.labels());
        let forward = network.forward(batch.images());
        let delta2 = loss.gradient(&forward.logits, &targets);
        let gradients = backward(network, batch.images(), &forward, &delta2);
        step(network, &gradients, learning_rate);
    }
}
// ANCHOR_END: epoch

/// The loss and the accuracy over all of `digits`, from one forward pass.
fn measure(network: &Network, digits: &Digits, loss: Loss) -> (f64, f64) {
    let logits = network.logits(digits.images());
    let targets = one_hot_rows(digits.labels());
    let right = predictions(&logits)
        .iter()
        .zip(digits.labels())
        .filter(|(answer, label)| answer == label)
        .count();
    (
        loss.value(&logits, &targets),
        right as f64 / digits.len() as f64,
    )
}

/// Trains a new network on `train` as `config` says, measuring it on
/// `train` and `test` after every epoch.
///
/// # Panics
/// If `config.hidden` or `config.batch_size` is 0, the learning rate is
/// not a finite number above 0, or either set is empty.
///
/// ```
/// use reading_digits::load_bundled;
/// use reading_digits::split::train_test_split;
/// use reading_digits::training::{TrainingConfig, train};
///
/// let (tr, te) = train_test_split(&load_bundled(), 5);
/// let config = TrainingConfig { epochs: 2, ..TrainingConfig::book() };
/// let (_, reports) = train(&config, &tr, &te);
/// assert!(reports[1].test_accuracy > 0.8);
/// ```
pub fn train(
    config: &TrainingConfig,
    train: &Digits,
    test: &Digits,
) -> (Network, Vec<EpochReport>) {
    assert!(
        !train.is_empty(),
        "the training set is empty: nothing to learn from"
    );
    assert!(
        !test.is_empty(),
        "the test set is empty: nothing to measure on"
    );
    let mut rng = seeded(config.seed);
    let mut network = config.initial_network(&mut rng);
    let mut reports = Vec::with_capacity(config.epochs);
    for epoch in 1..=config.epochs {
        train_one_epoch(
            &mut network,
            train,
            config.loss,
            config.learning_rate,
            config.batch_size,
            &mut rng,
        );
        let (train_loss, train_accuracy) =
            measure(&network, train, config.loss);
        let (test_loss, test_accuracy) = measure(&network, test, config.loss);
        reports.push(EpochReport {
            epoch,
            train_loss,
            train_accuracy,
            test_loss,
            test_accuracy,
        });
    }
    (network, reports)
}
