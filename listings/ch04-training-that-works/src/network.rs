//! A network of any depth: a list of layers, run forwards for an answer and
//! backwards for the gradients.

use ndarray::{Array2, ArrayView2, ArrayViewD, ArrayViewMutD, AsArray, Ix2};
use rand_pcg::rand_core::Rng;

use crate::initialisation::Initialisation;
use crate::layer::{Activation, Affine, BatchNorm, Dropout, Layer, Mode};
use crate::loss::{cross_entropy_gradient, mean_cross_entropy_from_logits};
use crate::optimiser::Optimiser;

/// Layers applied one after another. The last gives the logits; softmax
/// and cross-entropy are applied by [`Network::train_step`] and
/// [`Network::loss`], as in chapter 3.
///
/// ```
/// use training_that_works::initialisation::Initialisation;
/// use training_that_works::layer::{Activation, Mode};
/// use training_that_works::network::Network;
/// use training_that_works::random::seeded;
///
/// let mut network = Network::fully_connected(&[64, 32, 32, 10], Activation::Tanh, Initialisation::Xavier, &mut seeded(2));
/// let digits = training_that_works::load_bundled();
/// assert_eq!(network.forward(digits.images(), Mode::Inference).dim(), (1797, 10));
/// ```
pub struct Network {
    layers: Vec<Box<dyn Layer>>,
}

impl Network {
    /// A network of these layers, first to last.
    ///
    /// ```
    /// use training_that_works::layer::{Affine, Relu};
    /// use training_that_works::network::Network;
    /// use ndarray::array;
    ///
    /// let network = Network::new(vec![
    ///     Box::new(Affine::from_parameters(array![[1.0]], array![0.0])),
    ///     Box::new(Relu::default()),
    /// ]);
    /// assert_eq!(network.depth(), 2);
    /// ```
    pub fn new(layers: Vec<Box<dyn Layer>>) -> Network {
        Network { layers }
    }

    /// A fully connected network with `sizes[0]` inputs, hidden layers of
    /// `sizes[1..n − 1]` neurons with `activation` after each, and
    /// `sizes[n − 1]` logits. The weights of each affine layer are drawn,
    /// in order, from `rng`: the hidden layers' by `initialisation`, the
    /// output layer's by Xavier's rule, as in chapter 3, since the output
    /// feeds softmax rather than `activation`. Biases start at 0.
    ///
    /// # Panics
    /// If there are fewer than two sizes, or a size is 0.
    ///
    /// ```
    /// use training_that_works::initialisation::Initialisation;
    /// use training_that_works::layer::Activation;
    /// use training_that_works::network::Network;
    /// use training_that_works::random::seeded;
    ///
    /// let network = Network::fully_connected(&[64, 64, 10], Activation::Relu, Initialisation::He, &mut seeded(1));
    /// assert_eq!(network.depth(), 3); // affine, ReLU, affine
    /// ```
    pub fn fully_connected(
        sizes: &[usize],
        activation: Activation,
        initialisation: Initialisation,
        rng: &mut impl Rng,
    ) -> Network {
        Network::built(sizes, activation, initialisation, false, 0.0, rng)
    }

    /// The same network with a [`BatchNorm`] layer between each hidden
    /// affine layer and its activation, so that every activation is given
    /// normalised weighted sums. The weights are drawn as by
    /// [`Network::fully_connected`], from the same `rng` in the same order.
    ///
    /// # Panics
    /// As [`Network::fully_connected`].
    ///
    /// ```
    /// use training_that_works::initialisation::Initialisation;
    /// use training_that_works::layer::Activation;
    /// use training_that_works::network::Network;
    /// use training_that_works::random::seeded;
    ///
    /// let network = Network::normalised(&[64, 64, 10], Activation::Relu, Initialisation::He, &mut seeded(1));
    /// assert_eq!(network.depth(), 4); // affine, batch norm, ReLU, affine
    /// ```
    pub fn normalised(
        sizes: &[usize],
        activation: Activation,
        initialisation: Initialisation,
        rng: &mut impl Rng,
    ) -> Network {
        Network::built(sizes, activation, initialisation, true, 0.0, rng)
    }

    /// The network of [`Network::fully_connected`] with a [`Dropout`] layer
    /// of `rate` after each hidden activation. Each dropout layer's seed is
    /// drawn from `rng` after the weights of the affine layer before it.
    ///
    /// # Panics
    /// As [`Network::fully_connected`], or if `rate` is not in `[0, 1)`.
    ///
    /// ```
    /// use training_that_works::initialisation::Initialisation;
    /// use training_that_works::layer::Activation;
    /// use training_that_works::network::Network;
    /// use training_that_works::random::seeded;
    ///
    /// let network = Network::with_dropout(&[64, 64, 10], Activation::Relu, Initialisation::He, 0.5, &mut seeded(1));
    /// assert_eq!(network.depth(), 4); // affine, ReLU, dropout, affine
    /// ```
    pub fn with_dropout(
        sizes: &[usize],
        activation: Activation,
        initialisation: Initialisation,
        rate: f64,
        rng: &mut impl Rng,
    ) -> Network {
        Network::built(sizes, activation, initialisation, false, rate, rng)
    }

    /// Any of the three: batch normalisation before each hidden activation
    /// if `batch_norm`, dropout after it if `dropout` is above 0.
    pub(crate) fn built(
        sizes: &[usize],
        activation: Activation,
        initialisation: Initialisation,
        batch_norm: bool,
        dropout: f64,
        rng: &mut impl Rng,
    ) -> Network {
        assert!(
            (0.0..1.0).contains(&dropout),
            "a dropout rate is in [0, 1), not {dropout}"
        );
        assert!(
            sizes.len() >= 2,
            "a network needs inputs and outputs, not {sizes:?}"
        );
        let mut layers: Vec<Box<dyn Layer>> = Vec::new();
        for (i, pair) in sizes.windows(2).enumerate() {
            let hidden = i + 2 < sizes.len();
            let weights = if hidden {
                initialisation
            } else {
                Initialisation::Xavier
            };
            layers.push(Box::new(Affine::new(pair[0], pair[1], weights, rng)));
            if hidden {
                if batch_norm {
                    layers.push(Box::new(BatchNorm::new(pair[1])));
                }
                layers.push(activation.layer());
                if dropout > 0.0 {
                    layers
                        .push(Box::new(Dropout::new(dropout, rng.next_u64())));
                }
            }
        }
        Network { layers }
    }

    /// How many layers it has, activations included.
    ///
    /// ```
    /// let network = training_that_works::network::Network::new(Vec::new());
    /// assert_eq!(network.depth(), 0);
    /// ```
    pub fn depth(&self) -> usize {
        self.layers.len()
    }

    // ANCHOR: passes
    /// The logits for a batch, one example per row: each layer's output is
    /// the next one's input.
    ///
    /// # Panics
    /// If the batch has the wrong number of columns.
    ///
    /// ```
    /// use ndarray::array;
    /// use training_that_works::layer::{Affine, Mode};
    /// use training_that_works::network::Network;
    ///
    /// let mut network = Network::new(vec![Box::new(Affine::from_parameters(array![[2.0]], array![1.0]))]);
    /// assert_eq!(network.forward(&array![[3.0]], Mode::Inference), array![[7.0]]);
    /// ```
    pub fn forward<'a>(
        &mut self,
        x: impl AsArray<'a, f64, Ix2>,
        mode: Mode,
    ) -> Array2<f64> {
        let mut signal = x.into().to_owned();
        for layer in &mut self.layers {
            signal = layer.forward(signal.view(), mode);
        }
        signal
    }

    /// Runs the gradient of the loss with respect to the logits back
    /// through every layer, last to first, leaving each layer's parameter
    /// gradients in it.
    ///
    /// # Panics
    /// If no forward pass in training mode came first, or the gradient is
    /// not shaped like its logits.
    ///
    /// ```
    /// use ndarray::array;
    /// use training_that_works::layer::{Affine, Mode};
    /// use training_that_works::network::Network;
    ///
    /// let mut network = Network::new(vec![Box::new(Affine::from_parameters(array![[2.0]], array![1.0]))]);
    /// network.forward(&array![[3.0]], Mode::Training);
    /// network.backward(array![[1.0]].view());
    /// let (_, gradients) = network.parameters_and_gradients();
    /// assert_eq!(gradients[0][[0, 0]], 3.0); // ∂(2x + 1)/∂w at x = 3
    /// ```
    pub fn backward(&mut self, logits_gradient: ArrayView2<'_, f64>) {
        let mut gradient = logits_gradient.to_owned();
        for layer in self.layers.iter_mut().rev() {
            gradient = layer.backward(gradient.view());
        }
    }
    // ANCHOR_END: passes

    /// Every parameter of every layer, and beside it, in a second list in the
    /// same order, its gradient from the last backward pass: what an
    /// [`Optimiser`] takes.
    ///
    /// ```
    /// use ndarray::array;
    /// use training_that_works::layer::{Affine, Relu};
    /// use training_that_works::network::Network;
    ///
    /// let mut network = Network::new(vec![
    ///     Box::new(Affine::from_parameters(array![[1.0, 2.0]], array![0.0, 0.0])),
    ///     Box::new(Relu::default()),
    /// ]);
    /// let (parameters, gradients) = network.parameters_and_gradients();
    /// assert_eq!((parameters.len(), gradients.len()), (2, 2)); // weights and biases
    /// ```
    pub fn parameters_and_gradients(
        &mut self,
    ) -> (Vec<ArrayViewMutD<'_, f64>>, Vec<ArrayViewD<'_, f64>>) {
        self.layers
            .iter_mut()
            .flat_map(|layer| layer.parameters())
            .unzip()
    }

    // ANCHOR: train_step
    /// One step of training on a batch: forward, cross-entropy against the
    /// one-hot `targets`, backward, and one update by `optimiser`. Returns
    /// the batch's mean loss before the step.
    ///
    /// # Panics
    /// As [`Network::forward`], or if `targets` is not shaped like the
    /// logits or a row of it is not a probability distribution.
    ///
    /// ```
    /// use ndarray::array;
    /// use training_that_works::layer::Affine;
    /// use training_that_works::network::Network;
    /// use training_that_works::optimiser::Sgd;
    ///
    /// let mut network = Network::new(vec![Box::new(Affine::from_parameters(array![[0.0, 0.0]], array![0.0, 0.0]))]);
    /// let (x, t) = (array![[1.0]], array![[1.0, 0.0]]);
    /// let before = network.train_step(&x, &t, &mut Sgd::new(1.0));
    /// assert!(network.loss(&x, &t) < before);
    /// ```
    pub fn train_step<'a>(
        &mut self,
        x: impl AsArray<'a, f64, Ix2>,
        targets: impl AsArray<'a, f64, Ix2>,
        optimiser: &mut dyn Optimiser,
    ) -> f64 {
        let targets: ArrayView2<'_, f64> = targets.into();
        let logits = self.forward(x, Mode::Training);
        let loss =
            mean_cross_entropy_from_logits(logits.view(), targets.view());
        self.backward(
            cross_entropy_gradient(logits.view(), targets.view()).view(),
        );
        let (mut parameters, gradients) = self.parameters_and_gradients();
        optimiser.update(&mut parameters, &gradients);
        loss
    }
    // ANCHOR_END: train_step

    /// The mean cross-entropy of the network's answers for `x` against
    /// `targets`, without training.
    ///
    /// # Panics
    /// As [`Network::train_step`].
    ///
    /// ```
    /// use ndarray::array;
    /// use training_that_works::layer::Affine;
    /// use training_that_works::network::Network;
    ///
    /// let mut network = Network::new(vec![Box::new(Affine::from_parameters(array![[0.0, 0.0]], array![0.0, 0.0]))]);
    /// assert!((network.loss(&array![[1.0]], &array![[1.0, 0.0]]) - 2f64.ln()).abs() < 1e-12);
    /// ```
    pub fn loss<'a>(
        &mut self,
        x: impl AsArray<'a, f64, Ix2>,
        targets: impl AsArray<'a, f64, Ix2>,
    ) -> f64 {
        let targets: ArrayView2<'_, f64> = targets.into();
        let logits = self.forward(x, Mode::Inference);
        mean_cross_entropy_from_logits(logits.view(), targets.view())
    }
}
