//! Softmax regression: ten neurons straight on the pixels, with a softmax.
//! The network of this chapter without its hidden layer.

use ndarray::{Array1, Array2, ArrayView2, AsArray, Axis, Ix2};

use crate::dataset::{CLASSES, Digits, PIXELS};
use crate::evaluation::predictions;
use crate::loss::cross_entropy_gradient;
use crate::one_hot_rows;
use crate::random::{permutation, seeded};
use crate::training::TrainingConfig;

/// `Z = X W + b`, one row of ten logits per example.
///
/// ```
/// use reading_digits::baselines::SoftmaxRegression;
///
/// let model = SoftmaxRegression::new();
/// assert_eq!(model.w().dim(), (64, 10));
/// ```
#[derive(Debug, Clone, PartialEq)]
pub struct SoftmaxRegression {
    w: Array2<f64>,
    b: Array1<f64>,
}

impl Default for SoftmaxRegression {
    fn default() -> Self {
        SoftmaxRegression::new()
    }
}

impl SoftmaxRegression {
    /// A model with every weight and bias 0. The loss is convex in the
    /// weights, with no hidden neurons to tell apart, so it can start
    /// anywhere; 0 gives every digit probability 1/10.
    ///
    /// ```
    /// use reading_digits::baselines::SoftmaxRegression;
    /// use reading_digits::load_bundled;
    ///
    /// let logits = SoftmaxRegression::new().logits(load_bundled().images());
    /// assert!(logits.iter().all(|&z| z == 0.0));
    /// ```
    pub fn new() -> SoftmaxRegression {
        SoftmaxRegression {
            w: Array2::zeros((PIXELS, CLASSES)),
            b: Array1::zeros(CLASSES),
        }
    }

    /// The weights, `pixels × digits`: column `d` is the template that
    /// digit `d`'s logit compares each image with.
    ///
    /// ```
    /// use reading_digits::baselines::SoftmaxRegression;
    ///
    /// assert_eq!(SoftmaxRegression::new().w().ncols(), 10);
    /// ```
    pub fn w(&self) -> ArrayView2<'_, f64> {
        self.w.view()
    }

    /// The logits for a batch, one image per row.
    ///
    /// # Panics
    /// If a row does not have 64 pixels.
    ///
    /// ```
    /// use ndarray::Array2;
    /// use reading_digits::baselines::SoftmaxRegression;
    ///
    /// let z = SoftmaxRegression::new().logits(&Array2::zeros((3, 64)));
    /// assert_eq!(z.dim(), (3, 10));
    /// ```
    pub fn logits<'a>(&self, x: impl AsArray<'a, f64, Ix2>) -> Array2<f64> {
        let x: ArrayView2<f64> = x.into();
        assert_eq!(x.ncols(), PIXELS, "an image has {PIXELS} pixels");
        x.dot(&self.w) + &self.b
    }

    /// The fraction of `digits` it reads right.
    ///
    /// # Panics
    /// If `digits` is empty.
    ///
    /// ```
    /// use reading_digits::baselines::SoftmaxRegression;
    /// use reading_digits::load_bundled;
    ///
    /// // All logits 0: every answer is the first digit, 0.
    /// let accuracy = SoftmaxRegression::new().accuracy(&load_bundled());
    /// assert!((accuracy - 178.0 / 1797.0).abs() < 1e-12);
    /// ```
    pub fn accuracy(&self, digits: &Digits) -> f64 {
        assert!(!digits.is_empty(), "no digits to measure on");
        let right = predictions(&self.logits(digits.images()))
            .iter()
            .zip(digits.labels())
            .filter(|(answer, label)| answer == label)
            .count();
        right as f64 / digits.len() as f64
    }
}

/// A [`SoftmaxRegression`] trained on `train` as the network is: the
/// cross-entropy, mini-batches of `config.batch_size` in a fresh shuffle
/// each epoch, `config.epochs` epochs at `config.learning_rate`, the
/// shuffles drawn from `config.seed`. The hidden size, activation and loss
/// in `config` do not apply and are ignored.
///
/// # Panics
/// If the learning rate is not a finite number above 0, or the batch size
/// is 0 or larger than `train`.
///
/// ```
/// use reading_digits::baselines::train_softmax_regression;
/// use reading_digits::split::three_way_split;
/// use reading_digits::{TrainingConfig, load_bundled};
///
/// let split = three_way_split(&load_bundled());
/// let config = TrainingConfig { epochs: 5, ..TrainingConfig::book() };
/// let model = train_softmax_regression(&config, &split.train);
/// assert!(model.accuracy(&split.validation) > 0.9);
/// ```
pub fn train_softmax_regression(
    config: &TrainingConfig,
    train: &Digits,
) -> SoftmaxRegression {
    let learning_rate = config.learning_rate;
    assert!(
        learning_rate.is_finite() && learning_rate > 0.0,
        "the learning rate must be a finite number above 0, not {learning_rate}"
    );
    assert!(
        (1..=train.len()).contains(&config.batch_size),
        "a batch of {} from {} digits",
        config.batch_size,
        train.len()
    );
    let mut rng = seeded(config.seed);
    let mut model = SoftmaxRegression::new();
    for _ in 0..config.epochs {
        let order = permutation(train.len(), &mut rng);
        for indices in order.chunks_exact(config.batch_size) {
            let batch = train.select(indices);
            let targets = one_hot_rows(batch.labels());
            // The same gradient as the network's output layer, with the
            // pixels where the hidden layer's outputs were.
            let delta =
                cross_entropy_gradient(&model.logits(batch.images()), &targets);
            model
                .w
                .scaled_add(-learning_rate, &batch.images().t().dot(&delta));
            model.b.scaled_add(-learning_rate, &delta.sum_axis(Axis(0)));
        }
    }
    model
}
