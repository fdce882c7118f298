//! The affine layer: weighted sums plus biases, for a whole batch.

use ndarray::{Array1, Array2, ArrayView2, ArrayViewD, ArrayViewMutD, Axis};
use rand_pcg::rand_core::Rng;

use super::{Layer, Mode, check_gradient, kept};
use crate::initialisation::Initialisation;

/// `y = x W + b`: every input connected to every output. Chapter 3's two
/// matrix products were two of these.
///
/// ```
/// use ndarray::array;
/// use training_that_works::layer::{Affine, Layer, Mode};
///
/// let mut layer = Affine::from_parameters(array![[1.0, 0.0], [0.0, 2.0]], array![0.5, 0.5]);
/// assert_eq!(layer.forward(array![[1.0, 1.0]].view(), Mode::Inference), array![[1.5, 2.5]]);
/// ```
#[derive(Debug, Clone, PartialEq)]
pub struct Affine {
    weights: Array2<f64>,
    bias: Array1<f64>,
    input: Option<Array2<f64>>,
    weight_gradient: Array2<f64>,
    bias_gradient: Array1<f64>,
}

impl Affine {
    /// A layer from `inputs` to `outputs` with weights drawn by
    /// `initialisation` from `rng`, and biases at 0.
    ///
    /// # Panics
    /// If `inputs` or `outputs` is 0.
    ///
    /// ```
    /// use training_that_works::initialisation::Initialisation;
    /// use training_that_works::layer::Affine;
    /// use training_that_works::random::seeded;
    ///
    /// let layer = Affine::new(64, 10, Initialisation::He, &mut seeded(1));
    /// assert_eq!(layer.weights().dim(), (64, 10));
    /// ```
    pub fn new(
        inputs: usize,
        outputs: usize,
        initialisation: Initialisation,
        rng: &mut impl Rng,
    ) -> Affine {
        assert!(
            inputs > 0 && outputs > 0,
            "a layer needs at least one input and one output, not {inputs} and {outputs}"
        );
        let weights = initialisation.weights(inputs, outputs, rng);
        Affine::from_parameters(weights, Array1::zeros(outputs))
    }

    /// A layer with exactly these weights (`inputs × outputs`) and biases.
    ///
    /// # Panics
    /// If there is not one bias per column of `weights`.
    ///
    /// ```
    /// use ndarray::array;
    /// use training_that_works::layer::Affine;
    ///
    /// let layer = Affine::from_parameters(array![[1.0, 2.0]], array![0.0, 0.0]);
    /// assert_eq!(layer.bias().len(), 2);
    /// ```
    pub fn from_parameters(weights: Array2<f64>, bias: Array1<f64>) -> Affine {
        assert_eq!(
            weights.ncols(),
            bias.len(),
            "{} outputs but {} biases",
            weights.ncols(),
            bias.len()
        );
        Affine {
            weight_gradient: Array2::zeros(weights.raw_dim()),
            bias_gradient: Array1::zeros(bias.raw_dim()),
            weights,
            bias,
            input: None,
        }
    }

    /// The weights, one row per input, one column per output.
    ///
    /// ```
    /// use ndarray::array;
    /// use training_that_works::layer::Affine;
    ///
    /// let layer = Affine::from_parameters(array![[1.0, 2.0]], array![0.0, 0.0]);
    /// assert_eq!(layer.weights()[[0, 1]], 2.0);
    /// ```
    pub fn weights(&self) -> ArrayView2<'_, f64> {
        self.weights.view()
    }

    /// The biases, one per output.
    ///
    /// ```
    /// use ndarray::array;
    /// use training_that_works::layer::Affine;
    ///
    /// let layer = Affine::from_parameters(array![[1.0]], array![0.5]);
    /// assert_eq!(layer.bias()[0], 0.5);
    /// ```
    pub fn bias(&self) -> ndarray::ArrayView1<'_, f64> {
        self.bias.view()
    }
}

// ANCHOR: affine
impl Layer for Affine {
    fn forward(&mut self, x: ArrayView2<'_, f64>, mode: Mode) -> Array2<f64> {
        assert_eq!(
            x.ncols(),
            self.weights.nrows(),
            "Affine: {} inputs given, {} expected",
            x.ncols(),
            self.weights.nrows()
        );
        if mode == Mode::Training {
            self.input = Some(x.to_owned());
        }
        x.dot(&self.weights) + &self.bias
    }

    fn backward(
        &mut self,
        output_gradient: ArrayView2<'_, f64>,
    ) -> Array2<f64> {
        let x = kept(&self.input, "Affine");
        check_gradient(
            &output_gradient,
            (x.nrows(), self.weights.ncols()),
            "Affine",
        );
        // ∂L/∂W = xᵀ ∂L/∂y and ∂L/∂b = the column sums of ∂L/∂y: each
        // example's share, added over the batch.
        self.weight_gradient = x.t().dot(&output_gradient);
        self.bias_gradient = output_gradient.sum_axis(Axis(0));
        output_gradient.dot(&self.weights.t())
    }

    fn parameters(
        &mut self,
    ) -> Vec<(ArrayViewMutD<'_, f64>, ArrayViewD<'_, f64>)> {
        vec![
            (
                self.weights.view_mut().into_dyn(),
                self.weight_gradient.view().into_dyn(),
            ),
            (
                self.bias.view_mut().into_dyn(),
                self.bias_gradient.view().into_dyn(),
            ),
        ]
    }
}
// ANCHOR_END: affine
