//! A network with one hidden layer, `inputs → hidden → outputs`, that works
//! on a whole batch of examples at once.

use ndarray::{
    Array1, Array2, ArrayView1, ArrayView2, ArrayViewMut1, ArrayViewMut2,
    AsArray, Axis, Ix2,
};
use rand_pcg::rand_core::Rng;

use crate::activation::Activation;
use crate::evaluation::predictions;
use crate::initialisation::{he_uniform, xavier_uniform};
use crate::softmax_rows;

// ANCHOR: network
/// `X → Z₁ = X W₁ + b₁ → H = f(Z₁) → Z₂ = H W₂ + b₂`: the logits, one row
/// per example. The softmax that turns them into probabilities is left to
/// the loss and to [`Network::probabilities`].
///
/// ```
/// use reading_digits::activation::Activation;
/// use reading_digits::network::Network;
/// use reading_digits::random::seeded;
///
/// let network = Network::new(64, 64, 10, Activation::Relu, &mut seeded(1));
/// assert_eq!(network.w2().dim(), (64, 10));
/// ```
#[derive(Debug, Clone, PartialEq)]
pub struct Network {
    w1: Array2<f64>,
    b1: Array1<f64>,
    w2: Array2<f64>,
    b2: Array1<f64>,
    activation: Activation,
}
// ANCHOR_END: network

/// What [`Network::classify`] makes of one image.
///
/// ```
/// use ndarray::array;
/// use reading_digits::Classification;
///
/// let read = Classification { digit: Some(1), probabilities: array![0.2, 0.8] };
/// assert_eq!(read.digit, Some(1));
/// ```
#[derive(Debug, Clone, PartialEq)]
pub struct Classification {
    /// The most likely digit, or `None` if a probability is `NaN`.
    pub digit: Option<usize>,
    /// The network's probability for each class; they sum to 1.
    pub probabilities: Array1<f64>,
}

// ANCHOR: forward_values
/// What the forward pass computed for a batch, kept for the backward pass.
///
/// ```
/// use ndarray::Array2;
/// use reading_digits::activation::Activation;
/// use reading_digits::network::Network;
/// use reading_digits::random::seeded;
///
/// let network = Network::new(64, 8, 10, Activation::Relu, &mut seeded(1));
/// let forward = network.forward(Array2::zeros((3, 64)).view());
/// assert_eq!((forward.z1.dim(), forward.h.dim()), ((3, 8), (3, 8)));
/// ```
#[derive(Debug, Clone, PartialEq)]
pub struct Forward {
    /// The hidden layer's weighted sums, `batch × hidden`.
    pub z1: Array2<f64>,
    /// The hidden layer's outputs, `f(Z₁)`.
    pub h: Array2<f64>,
    /// The output layer's weighted sums, `batch × outputs`.
    pub logits: Array2<f64>,
}
// ANCHOR_END: forward_values

impl Network {
    /// A network with random starting weights: He initialisation for a
    /// ReLU hidden layer, Xavier for sigmoid or tanh and for the output
    /// layer; biases start at 0.
    ///
    /// # Panics
    /// If any size is 0.
    ///
    /// ```
    /// use reading_digits::activation::Activation;
    /// use reading_digits::network::Network;
    /// use reading_digits::random::seeded;
    ///
    /// let network = Network::new(64, 32, 10, Activation::Relu, &mut seeded(1));
    /// assert_eq!(network.w1().dim(), (64, 32));
    /// ```
    pub fn new(
        inputs: usize,
        hidden: usize,
        outputs: usize,
        activation: Activation,
        rng: &mut impl Rng,
    ) -> Network {
        assert!(
            inputs > 0 && hidden > 0 && outputs > 0,
            "a layer needs at least one neuron: {inputs} → {hidden} → {outputs}"
        );
        let w1 = match activation {
            Activation::Relu => he_uniform(inputs, hidden, rng),
            Activation::Sigmoid | Activation::Tanh => {
                xavier_uniform(inputs, hidden, rng)
            }
        };
        let w2 = xavier_uniform(hidden, outputs, rng);
        Network::from_parameters(
            w1,
            Array1::zeros(hidden),
            w2,
            Array1::zeros(outputs),
            activation,
        )
    }

    /// A network with the given weights and biases. Arrays in any memory
    /// layout are accepted (a transposed view's `to_owned()`, say); the
    /// network keeps its own copy in standard layout.
    ///
    /// # Panics
    /// If the shapes do not fit together: `b1` needs one entry per column
    /// of `w1`, `w2` one row per column of `w1`, and `b2` one entry per
    /// column of `w2`.
    ///
    /// ```
    /// use ndarray::array;
    /// use reading_digits::activation::Activation;
    /// use reading_digits::network::Network;
    ///
    /// let network = Network::from_parameters(
    ///     array![[1.0]], array![0.0], array![[2.0, -2.0]], array![0.0, 0.0], Activation::Relu,
    /// );
    /// assert_eq!(network.logits(&array![[3.0]]), array![[6.0, -6.0]]);
    /// ```
    pub fn from_parameters(
        w1: Array2<f64>,
        b1: Array1<f64>,
        w2: Array2<f64>,
        b2: Array1<f64>,
        activation: Activation,
    ) -> Network {
        let hidden = w1.ncols();
        assert_eq!(b1.len(), hidden, "b1 needs one entry per hidden neuron");
        assert_eq!(w2.nrows(), hidden, "w2 needs one row per hidden neuron");
        assert_eq!(b2.len(), w2.ncols(), "b2 needs one entry per output");
        // `parameters_mut` hands out each array as one slice, which needs
        // standard layout; `as_standard_layout` copies only if it must.
        Network {
            w1: w1.as_standard_layout().into_owned(),
            b1: b1.as_standard_layout().into_owned(),
            w2: w2.as_standard_layout().into_owned(),
            b2: b2.as_standard_layout().into_owned(),
            activation,
        }
    }

    // ANCHOR: forward
    /// The forward pass for a batch, one example per row of `x`: two
    /// matrix products, each with its biases added to every row.
    ///
    /// # Panics
    /// If `x` does not have one column per input.
    ///
    /// ```
    /// use ndarray::Array2;
    /// use reading_digits::activation::Activation;
    /// use reading_digits::network::Network;
    /// use reading_digits::random::seeded;
    ///
    /// let network = Network::new(64, 32, 10, Activation::Tanh, &mut seeded(1));
    /// let forward = network.forward(&Array2::zeros((5, 64)));
    /// assert_eq!(forward.logits.dim(), (5, 10));
    /// ```
    pub fn forward<'a>(&self, x: impl AsArray<'a, f64, Ix2>) -> Forward {
        let x: ArrayView2<f64> = x.into();
        assert_eq!(
            x.ncols(),
            self.w1.nrows(),
            "a batch of {} columns for a network of {} inputs",
            x.ncols(),
            self.w1.nrows()
        );
        let z1 = x.dot(&self.w1) + &self.b1;
        let h = self.activation.apply(&z1);
        let logits = h.dot(&self.w2) + &self.b2;
        Forward { z1, h, logits }
    }
    // ANCHOR_END: forward

    /// The logits for a batch.
    ///
    /// # Panics
    /// As [`Network::forward`].
    ///
    /// ```
    /// use ndarray::Array2;
    /// use reading_digits::activation::Activation;
    /// use reading_digits::network::Network;
    /// use reading_digits::random::seeded;
    ///
    /// let network = Network::new(4, 3, 2, Activation::Relu, &mut seeded(1));
    /// assert_eq!(network.logits(&Array2::zeros((1, 4))).dim(), (1, 2));
    /// ```
    pub fn logits<'a>(&self, x: impl AsArray<'a, f64, Ix2>) -> Array2<f64> {
        self.forward(x).logits
    }

    /// The probability of each class for each example in the batch.
    ///
    /// # Panics
    /// As [`Network::forward`].
    ///
    /// ```
    /// use ndarray::Array2;
    /// use reading_digits::activation::Activation;
    /// use reading_digits::network::Network;
    /// use reading_digits::random::seeded;
    ///
    /// let network = Network::new(4, 3, 2, Activation::Relu, &mut seeded(1));
    /// let p = network.probabilities(&Array2::ones((1, 4)));
    /// assert!((p.sum() - 1.0).abs() < 1e-15);
    /// ```
    pub fn probabilities<'a>(
        &self,
        x: impl AsArray<'a, f64, Ix2>,
    ) -> Array2<f64> {
        softmax_rows(&self.logits(x))
    }

    /// The digit the network reads in one image (its inputs as one
    /// vector), with its probability for each class.
    ///
    /// The digit is `None` if a probability is `NaN` (a `NaN` input, or a
    /// network whose training diverged): no class is the most likely then,
    /// and answering 0 would hide it.
    ///
    /// # Panics
    /// If `image` does not have one value per input.
    ///
    /// ```
    /// use ndarray::array;
    /// use reading_digits::{Activation, Network};
    ///
    /// // One input; the first output rises with it, the second falls.
    /// let network = Network::from_parameters(
    ///     array![[1.0]], array![0.0], array![[2.0, -2.0]], array![0.0, 0.0], Activation::Relu,
    /// );
    /// let read = network.classify(&[3.0]);
    /// assert_eq!(read.digit, Some(0));
    /// assert!(read.probabilities[0] > 0.99);
    /// assert_eq!(network.classify(&[f64::NAN]).digit, None);
    /// ```
    pub fn classify<'a>(&self, image: impl AsArray<'a, f64>) -> Classification {
        let image: ArrayView1<f64> = image.into();
        let probabilities = self
            .probabilities(image.insert_axis(Axis(0)))
            .row(0)
            .to_owned();
        // `predictions` refuses a NaN row; here it is an answer: no digit.
        let digit = if probabilities.iter().any(|p| p.is_nan()) {
            None
        } else {
            predictions(probabilities.view().insert_axis(Axis(0)))
                .first()
                .copied()
        };
        Classification {
            digit,
            probabilities,
        }
    }

    /// The hidden layer's activation.
    ///
    /// ```
    /// use reading_digits::activation::Activation;
    /// use reading_digits::network::Network;
    /// use reading_digits::random::seeded;
    ///
    /// let network = Network::new(4, 3, 2, Activation::Sigmoid, &mut seeded(1));
    /// assert_eq!(network.activation(), Activation::Sigmoid);
    /// ```
    pub fn activation(&self) -> Activation {
        self.activation
    }

    /// The first layer's weights, `inputs × hidden`.
    ///
    /// ```
    /// use reading_digits::activation::Activation;
    /// use reading_digits::network::Network;
    /// use reading_digits::random::seeded;
    ///
    /// assert_eq!(Network::new(4, 3, 2, Activation::Relu, &mut seeded(1)).w1().dim(), (4, 3));
    /// ```
    pub fn w1(&self) -> ArrayView2<'_, f64> {
        self.w1.view()
    }

    /// The second layer's weights, `hidden × outputs`.
    ///
    /// ```
    /// use reading_digits::activation::Activation;
    /// use reading_digits::network::Network;
    /// use reading_digits::random::seeded;
    ///
    /// assert_eq!(Network::new(4, 3, 2, Activation::Relu, &mut seeded(1)).w2().dim(), (3, 2));
    /// ```
    pub fn w2(&self) -> ArrayView2<'_, f64> {
        self.w2.view()
    }

    /// The hidden layer's biases, one per hidden neuron.
    ///
    /// ```
    /// use reading_digits::{Activation, Network, seeded};
    ///
    /// let network = Network::new(4, 3, 2, Activation::Relu, &mut seeded(1));
    /// assert_eq!(network.b1().to_vec(), [0.0; 3]);
    /// ```
    pub fn b1(&self) -> ArrayView1<'_, f64> {
        self.b1.view()
    }

    /// The output layer's biases, one per output.
    ///
    /// ```
    /// use reading_digits::{Activation, Network, seeded};
    ///
    /// let network = Network::new(4, 3, 2, Activation::Relu, &mut seeded(1));
    /// assert_eq!(network.b2().len(), 2);
    /// ```
    pub fn b2(&self) -> ArrayView1<'_, f64> {
        self.b2.view()
    }

    /// The weights and biases, mutably: `(W₁, b₁, W₂, b₂)`.
    ///
    /// ```
    /// use reading_digits::activation::Activation;
    /// use reading_digits::network::Network;
    /// use reading_digits::random::seeded;
    ///
    /// let mut network = Network::new(4, 3, 2, Activation::Relu, &mut seeded(1));
    /// let (_, mut b1, _, _) = network.layers_mut();
    /// b1.fill(1.0);
    /// assert_eq!(network.b1().to_vec(), [1.0; 3]);
    /// ```
    pub fn layers_mut(
        &mut self,
    ) -> (
        ArrayViewMut2<'_, f64>,
        ArrayViewMut1<'_, f64>,
        ArrayViewMut2<'_, f64>,
        ArrayViewMut1<'_, f64>,
    ) {
        (
            self.w1.view_mut(),
            self.b1.view_mut(),
            self.w2.view_mut(),
            self.b2.view_mut(),
        )
    }

    /// Every parameter, mutably, in the order `w1, b1, w2, b2`, flattened:
    /// what a gradient step or a numerical gradient walks over.
    ///
    /// ```
    /// use reading_digits::activation::Activation;
    /// use reading_digits::network::Network;
    /// use reading_digits::random::seeded;
    ///
    /// let mut network = Network::new(4, 3, 2, Activation::Relu, &mut seeded(1));
    /// let count: usize = network.parameters_mut().iter().map(|p| p.len()).sum();
    /// assert_eq!(count, 4 * 3 + 3 + 3 * 2 + 2);
    /// ```
    pub fn parameters_mut(&mut self) -> [&mut [f64]; 4] {
        // `from_parameters`, the one way in, stores every array in
        // standard layout, so each is one contiguous slice.
        const LAYOUT: &str = "owned arrays in standard layout";
        [
            self.w1.as_slice_mut().expect(LAYOUT),
            self.b1.as_slice_mut().expect(LAYOUT),
            self.w2.as_slice_mut().expect(LAYOUT),
            self.b2.as_slice_mut().expect(LAYOUT),
        ]
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::random::seeded;

    #[test]
    fn a_transposed_array_is_stored_so_every_parameter_is_one_slice() {
        let w1 = Array2::<f64>::zeros((3, 4)).reversed_axes();
        assert!(!w1.is_standard_layout());
        let mut network = Network::from_parameters(
            w1,
            Array1::zeros(3),
            Array2::zeros((3, 2)),
            Array1::zeros(2),
            Activation::Relu,
        );
        let lengths = network.parameters_mut().map(|p| p.len());
        assert_eq!(lengths, [12, 3, 6, 2]);
    }

    #[test]
    fn classify_agrees_with_the_batch_and_takes_any_vector() {
        let network = Network::new(64, 8, 10, Activation::Tanh, &mut seeded(3));
        let digits = crate::load_bundled();
        let batch = network.probabilities(digits.images());
        for i in [0, 5, 99] {
            let image = digits.image(i);
            let read = network.classify(image);
            assert_eq!(read.probabilities, batch.row(i));
            assert_eq!(network.classify(&image.to_vec()), read);
        }
    }
}
