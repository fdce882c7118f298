//! Batch normalisation: each feature shifted and scaled to mean 0 and
//! variance 1 over the batch, then given a learned scale and shift.

use ndarray::{Array1, Array2, ArrayView2, ArrayViewD, ArrayViewMutD, Axis};

use super::{Layer, Mode, check_gradient};

/// Added to the variance before its square root, so that a feature that
/// is constant over a batch divides by `√ε` instead of by 0.
///
/// ```
/// use ndarray::array;
/// use training_that_works::layer::{BatchNorm, EPSILON, Layer, Mode};
///
/// // A constant feature: its variance is 0, and its outputs are 0, not NaN.
/// let y = BatchNorm::new(1).forward(array![[3.0], [3.0]].view(), Mode::Training);
/// assert_eq!(y, array![[0.0], [0.0]]);
/// assert!(EPSILON > 0.0);
/// ```
pub const EPSILON: f64 = 1e-5;

/// How much of the running mean and variance each training batch replaces:
/// `running ← (1 − RUNNING_RATE) · running + RUNNING_RATE · batch`.
///
/// ```
/// use ndarray::array;
/// use training_that_works::layer::{BatchNorm, Layer, Mode, RUNNING_RATE};
///
/// let mut norm = BatchNorm::new(1);
/// norm.forward(array![[2.0], [2.0]].view(), Mode::Training);
/// assert_eq!(norm.running_mean()[0], RUNNING_RATE * 2.0);
/// ```
pub const RUNNING_RATE: f64 = 0.1;

/// What the forward pass keeps for the backward pass: the normalised batch
/// and `1/√(σ² + ε)` for each feature.
#[derive(Debug, Clone, PartialEq)]
struct Kept {
    normalised: Array2<f64>,
    inverse_deviation: Array1<f64>,
}

// ANCHOR: batch_norm
/// Batch normalisation of `features` columns.
///
/// In training each column `x` of the batch becomes
/// `x̂ = (x − μ) / √(σ² + ε)`, with `μ` and `σ²` its mean and variance over
/// the batch's rows, and then `y = γ x̂ + β`, where `γ` (starting at 1) and
/// `β` (starting at 0) are learned. It also keeps a running mean and
/// variance of the batches it has seen; in inference it normalises with
/// those instead, so that an answer does not depend on which other
/// examples share its batch.
///
/// ```
/// use ndarray::array;
/// use training_that_works::layer::{BatchNorm, Layer, Mode};
///
/// let mut norm = BatchNorm::new(1);
/// let y = norm.forward(array![[1.0], [3.0]].view(), Mode::Training);
/// assert!((y[[0, 0]] + 1.0).abs() < 1e-5 && (y[[1, 0]] - 1.0).abs() < 1e-5);
/// ```
#[derive(Debug, Clone, PartialEq)]
pub struct BatchNorm {
    gamma: Array1<f64>,
    beta: Array1<f64>,
    running_mean: Array1<f64>,
    running_variance: Array1<f64>,
    kept: Option<Kept>,
    gamma_gradient: Array1<f64>,
    beta_gradient: Array1<f64>,
}
// ANCHOR_END: batch_norm

impl BatchNorm {
    /// A layer for `features` columns: `γ = 1`, `β = 0`, and running
    /// statistics of mean 0 and variance 1 until training updates them.
    ///
    /// # Panics
    /// If `features` is 0.
    ///
    /// ```
    /// use ndarray::array;
    /// use training_that_works::layer::{BatchNorm, Layer, Mode};
    ///
    /// // Before any training it passes its input through, nearly unchanged.
    /// let y = BatchNorm::new(2).forward(array![[0.5, -2.0]].view(), Mode::Inference);
    /// assert!((y[[0, 1]] + 2.0).abs() < 1e-4);
    /// ```
    pub fn new(features: usize) -> BatchNorm {
        assert!(
            features > 0,
            "batch normalisation needs at least one feature"
        );
        BatchNorm {
            gamma: Array1::ones(features),
            beta: Array1::zeros(features),
            running_mean: Array1::zeros(features),
            running_variance: Array1::ones(features),
            kept: None,
            gamma_gradient: Array1::zeros(features),
            beta_gradient: Array1::zeros(features),
        }
    }

    /// The running mean of each feature, for inference.
    ///
    /// ```
    /// use ndarray::array;
    /// use training_that_works::layer::{BatchNorm, Layer, Mode};
    ///
    /// let mut norm = BatchNorm::new(1);
    /// norm.forward(array![[10.0], [10.0]].view(), Mode::Training);
    /// assert!((norm.running_mean()[0] - 1.0).abs() < 1e-12); // 0.9 · 0 + 0.1 · 10
    /// ```
    pub fn running_mean(&self) -> ndarray::ArrayView1<'_, f64> {
        self.running_mean.view()
    }

    /// The running variance of each feature, for inference.
    ///
    /// ```
    /// use ndarray::array;
    /// use training_that_works::layer::{BatchNorm, Layer, Mode};
    ///
    /// let mut norm = BatchNorm::new(1);
    /// norm.forward(array![[1.0], [3.0]].view(), Mode::Training);
    /// assert!((norm.running_variance()[0] - 1.0).abs() < 1e-12); // 0.9 · 1 + 0.1 · 1
    /// ```
    pub fn running_variance(&self) -> ndarray::ArrayView1<'_, f64> {
        self.running_variance.view()
    }
}

// ANCHOR: passes
impl Layer for BatchNorm {
    fn forward(&mut self, x: ArrayView2<'_, f64>, mode: Mode) -> Array2<f64> {
        assert_eq!(
            x.ncols(),
            self.gamma.len(),
            "BatchNorm: {} features given, {} expected",
            x.ncols(),
            self.gamma.len()
        );
        let (mean, variance) = match mode {
            Mode::Training => {
                assert!(
                    x.nrows() > 0,
                    "BatchNorm: a batch needs at least one row"
                );
                let mean = x.mean_axis(Axis(0)).expect("at least one row");
                let variance = x.var_axis(Axis(0), 0.0);
                let r = RUNNING_RATE;
                self.running_mean = (1.0 - r) * &self.running_mean + r * &mean;
                self.running_variance =
                    (1.0 - r) * &self.running_variance + r * &variance;
                (mean, variance)
            }
            Mode::Inference => {
                (self.running_mean.clone(), self.running_variance.clone())
            }
        };
        let inverse_deviation = variance.mapv(|v| 1.0 / (v + EPSILON).sqrt());
        let normalised = (&x - &mean) * &inverse_deviation;
        let y = &normalised * &self.gamma + &self.beta;
        if mode == Mode::Training {
            self.kept = Some(Kept {
                normalised,
                inverse_deviation,
            });
        }
        y
    }

    fn backward(
        &mut self,
        output_gradient: ArrayView2<'_, f64>,
    ) -> Array2<f64> {
        let Kept {
            normalised,
            inverse_deviation,
        } = self.kept.as_ref().unwrap_or_else(|| {
            panic!("BatchNorm: backward needs a forward pass in training mode first")
        });
        check_gradient(&output_gradient, normalised.dim(), "BatchNorm");
        let n = normalised.nrows() as f64;
        self.beta_gradient = output_gradient.sum_axis(Axis(0));
        self.gamma_gradient = (&output_gradient * normalised).sum_axis(Axis(0));
        // ∂L/∂x = γ / (N √(σ² + ε)) · (N ∂L/∂y − Σ ∂L/∂y − x̂ Σ ∂L/∂y · x̂):
        // the sums are over the batch, and the last two terms are what the
        // mean and the variance, which every row moves, pass back.
        let scale = &self.gamma * inverse_deviation / n;
        (n * &output_gradient
            - &self.beta_gradient
            - normalised * &self.gamma_gradient)
            * &scale
    }

    fn parameters(
        &mut self,
    ) -> Vec<(ArrayViewMutD<'_, f64>, ArrayViewD<'_, f64>)> {
        vec![
            (
                self.gamma.view_mut().into_dyn(),
                self.gamma_gradient.view().into_dyn(),
            ),
            (
                self.beta.view_mut().into_dyn(),
                self.beta_gradient.view().into_dyn(),
            ),
        ]
    }
}
// ANCHOR_END: passes
