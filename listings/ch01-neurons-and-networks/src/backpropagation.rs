//! Backpropagation on the smallest interesting network: inputs, one hidden
//! layer of sigmoid neurons, one sigmoid output, squared error.

use ndarray::{Array1, Array2, ArrayView1, ArrayView2, AsArray, Axis};

use crate::activation::sigmoid;
use crate::initialisation::{seeded, xavier_uniform};

/// An n-m-1 network: `n` inputs, a hidden layer of `m` sigmoid neurons and
/// one sigmoid output, `h = sigmoid(x · W1 + b1)`, `y = sigmoid(h · w2 + b2)`.
/// The chapter's example is 2-2-1.
///
/// ```
/// use neurons_and_networks::backpropagation::TwoLayerNetwork;
/// use ndarray::{Array1, Array2};
///
/// let net = TwoLayerNetwork::from_parameters(
///     Array2::zeros((2, 2)),
///     Array1::zeros(2),
///     Array1::zeros(2),
///     0.0,
/// );
/// assert_eq!(net.forward(&[1.0, 1.0]).y, 0.5);
/// ```
// ANCHOR: network
#[derive(Debug, Clone, PartialEq)]
pub struct TwoLayerNetwork {
    /// Input-to-hidden weights: row `i` for input `i`, column `j` for hidden
    /// neuron `j`.
    w1: Array2<f64>,
    /// Hidden biases, one per hidden neuron.
    b1: Array1<f64>,
    /// Hidden-to-output weights, one per hidden neuron.
    w2: Array1<f64>,
    /// Output bias.
    b2: f64,
}

/// Everything the forward pass computes: the backward pass uses `h` and
/// `y`; `z1` and `z2` are kept so that they can be printed.
///
/// ```
/// use neurons_and_networks::xor_training::initial_network;
///
/// let f = initial_network().forward(&[0.0, 0.0]);
/// assert_eq!(f.h, f.z1.mapv(neurons_and_networks::activation::sigmoid));
/// ```
#[derive(Debug, Clone, PartialEq)]
pub struct Forward {
    /// Hidden weighted sums `x · W1 + b1`.
    pub z1: Array1<f64>,
    /// Hidden outputs `sigmoid(z1)`.
    pub h: Array1<f64>,
    /// Output weighted sum `h · w2 + b2`.
    pub z2: f64,
    /// Output `sigmoid(z2)`.
    pub y: f64,
}

/// The loss's derivative with respect to every parameter, shaped like them.
///
/// ```
/// use neurons_and_networks::xor_training::initial_network;
///
/// let g = initial_network().gradients(&[1.0, 1.0], 0.0);
/// assert_eq!(g.w1.dim(), (2, 2));
/// assert!(g.b2 > 0.0); // the output is too high for a target of 0
/// ```
#[derive(Debug, Clone, PartialEq)]
pub struct Gradients {
    /// ∂L/∂W1.
    pub w1: Array2<f64>,
    /// ∂L/∂b1.
    pub b1: Array1<f64>,
    /// ∂L/∂w2.
    pub w2: Array1<f64>,
    /// ∂L/∂b2.
    pub b2: f64,
}
// ANCHOR_END: network

impl Gradients {
    /// The largest difference between two sets of gradients, parameter by
    /// parameter: how far a numerical estimate is from backpropagation.
    ///
    /// ```
    /// use neurons_and_networks::xor_training::initial_network;
    ///
    /// let g = initial_network().gradients(&[1.0, 0.0], 1.0);
    /// assert_eq!(g.largest_difference(&g), 0.0);
    /// ```
    pub fn largest_difference(&self, other: &Gradients) -> f64 {
        let pairs = self
            .w1
            .iter()
            .zip(&other.w1)
            .chain(self.b1.iter().zip(&other.b1))
            .chain(self.w2.iter().zip(&other.w2));
        // Not `f64::max`, which would skip a NaN and let a broken gradient
        // pass a check: a NaN difference is the answer.
        pairs.map(|(a, b)| (a - b).abs()).fold(
            (self.b2 - other.b2).abs(),
            |largest, d| {
                if d > largest || d.is_nan() {
                    d
                } else {
                    largest
                }
            },
        )
    }
}

impl TwoLayerNetwork {
    /// A network with `inputs` inputs and `hidden` hidden neurons, its
    /// weights drawn from the seeded generator
    /// ([`xavier_uniform`](crate::initialisation::xavier_uniform)) and its
    /// biases at 0. The same seed always gives the same network.
    ///
    /// # Panics
    /// If `inputs` or `hidden` is 0.
    ///
    /// ```
    /// use neurons_and_networks::backpropagation::TwoLayerNetwork;
    ///
    /// let net = TwoLayerNetwork::new(3, 4, 42);
    /// assert_eq!((net.inputs(), net.hidden()), (3, 4));
    /// assert_eq!(net, TwoLayerNetwork::new(3, 4, 42));
    /// ```
    pub fn new(inputs: usize, hidden: usize, seed: u64) -> Self {
        assert!(
            inputs > 0 && hidden > 0,
            "a network needs at least one input and one hidden neuron, got {inputs} and {hidden}"
        );
        let mut rng = seeded(seed);
        let w1 = xavier_uniform(inputs, hidden, &mut rng);
        let w2 = xavier_uniform(hidden, 1, &mut rng).remove_axis(Axis(1));
        Self::from_parameters(w1, Array1::zeros(hidden), w2, 0.0)
    }

    /// A network with exactly these weights and biases.
    ///
    /// # Panics
    /// If the shapes do not fit together: `b1` and `w2` need one entry per
    /// column of `w1` (one per hidden neuron), and `w1` at least one row.
    ///
    /// ```
    /// use neurons_and_networks::backpropagation::TwoLayerNetwork;
    /// use ndarray::array;
    ///
    /// let net = TwoLayerNetwork::from_parameters(
    ///     array![[0.5, -0.4], [0.3, 0.6]],
    ///     array![0.1, -0.2],
    ///     array![0.7, -0.5],
    ///     0.05,
    /// );
    /// assert_eq!(net.hidden(), 2);
    /// ```
    pub fn from_parameters(
        w1: Array2<f64>,
        b1: Array1<f64>,
        w2: Array1<f64>,
        b2: f64,
    ) -> Self {
        let hidden = w1.ncols();
        assert!(
            w1.nrows() > 0 && hidden > 0,
            "W1 of shape {:?} has no inputs or no hidden neurons",
            w1.dim()
        );
        assert!(
            b1.len() == hidden && w2.len() == hidden,
            "W1 has {hidden} columns (hidden neurons), so b1 and w2 need {hidden} entries each, got {} and {}",
            b1.len(),
            w2.len()
        );
        TwoLayerNetwork { w1, b1, w2, b2 }
    }

    /// How many inputs the network takes (the rows of `W1`).
    ///
    /// ```
    /// use neurons_and_networks::xor_training::initial_network;
    ///
    /// assert_eq!(initial_network().inputs(), 2);
    /// ```
    pub fn inputs(&self) -> usize {
        self.w1.nrows()
    }

    /// How many hidden neurons it has (the columns of `W1`).
    ///
    /// ```
    /// use neurons_and_networks::xor_training::initial_network;
    ///
    /// assert_eq!(initial_network().hidden(), 2);
    /// ```
    pub fn hidden(&self) -> usize {
        self.w1.ncols()
    }

    /// The input-to-hidden weights `W1`.
    ///
    /// ```
    /// use neurons_and_networks::xor_training::initial_network;
    ///
    /// assert_eq!(initial_network().w1()[[0, 0]], 0.5);
    /// ```
    pub fn w1(&self) -> ArrayView2<'_, f64> {
        self.w1.view()
    }

    /// The largest size `|w|` of any weight, in either layer (biases left
    /// out): how far the network has gone from a small start.
    ///
    /// ```
    /// use neurons_and_networks::xor_training::initial_network;
    ///
    /// // The start's weights are 0.5, -0.4, 0.3 and 0.6 into the hidden
    /// // layer, 0.7 and -0.5 out of it.
    /// assert_eq!(initial_network().largest_weight(), 0.7);
    /// ```
    pub fn largest_weight(&self) -> f64 {
        self.w1
            .iter()
            .chain(&self.w2)
            .fold(0.0, |largest, w| largest.max(w.abs()))
    }

    /// The forward pass, layer by layer.
    ///
    /// # Panics
    /// If `x` does not have one value per input of the network.
    ///
    /// ```
    /// use neurons_and_networks::xor_training::initial_network;
    ///
    /// let f = initial_network().forward(&[1.0, 0.0]);
    /// assert!(f.y > 0.0 && f.y < 1.0);
    /// ```
    // ANCHOR: forward
    pub fn forward<'a>(&self, x: impl AsArray<'a, f64>) -> Forward {
        let x: ArrayView1<f64> = x.into();
        self.check_input(x);
        let z1 = x.dot(&self.w1) + &self.b1;
        let h = z1.mapv(sigmoid);
        let z2 = h.dot(&self.w2) + self.b2;
        let y = sigmoid(z2);
        Forward { z1, h, z2, y }
    }
    // ANCHOR_END: forward

    fn check_input(&self, x: ArrayView1<f64>) {
        assert_eq!(
            x.len(),
            self.inputs(),
            "the network takes {} inputs but was given {} values",
            self.inputs(),
            x.len()
        );
    }

    /// The squared error `0.5 (y - t)^2` for one example.
    ///
    /// # Panics
    /// As [`forward`](Self::forward).
    ///
    /// ```
    /// use neurons_and_networks::xor_training::initial_network;
    ///
    /// assert!(initial_network().loss(&[0.0, 0.0], 0.0) > 0.0);
    /// ```
    pub fn loss<'a>(&self, x: impl AsArray<'a, f64>, t: f64) -> f64 {
        let y = self.forward(x).y;
        0.5 * (y - t) * (y - t)
    }

    /// Backpropagation: the chain rule, from the loss back to every weight.
    ///
    /// # Panics
    /// As [`forward`](Self::forward).
    ///
    /// ```
    /// use neurons_and_networks::xor_training::initial_network;
    /// use ndarray::array;
    ///
    /// let g = initial_network().gradients(&[1.0, 0.0], 1.0);
    /// assert_eq!(g.w1.row(1), array![0.0, 0.0]); // input 2 was 0: its weights get no blame
    /// ```
    // ANCHOR: gradients
    pub fn gradients<'a>(&self, x: impl AsArray<'a, f64>, t: f64) -> Gradients {
        let x: ArrayView1<f64> = x.into();
        let f = self.forward(x);
        // Output: ∂L/∂y = y - t, and the sigmoid's slope is y (1 - y).
        let delta2 = (f.y - t) * f.y * (1.0 - f.y);
        // Hidden: each neuron's share of delta2 goes back through its weight
        // w2_j and its own sigmoid's slope h_j (1 - h_j).
        let delta1 = &self.w2 * delta2 * f.h.mapv(|h| h * (1.0 - h));
        // A weight's gradient is the delta of the neuron it feeds times the
        // input it carries.
        let x_column = x.insert_axis(Axis(1));
        let delta1_row = delta1.view().insert_axis(Axis(0));
        Gradients {
            w1: x_column.dot(&delta1_row),
            b1: delta1,
            w2: &f.h * delta2,
            b2: delta2,
        }
    }
    // ANCHOR_END: gradients

    /// The same gradients estimated without calculus: nudge each parameter by
    /// `±h` and see how the loss moves, `(L(p + h) - L(p - h)) / 2h`.
    ///
    /// # Panics
    /// As [`forward`](Self::forward).
    ///
    /// ```
    /// use neurons_and_networks::xor_training::initial_network;
    ///
    /// let net = initial_network();
    /// let exact = net.gradients(&[0.0, 1.0], 1.0);
    /// let estimate = net.numerical_gradients(&[0.0, 1.0], 1.0, 1e-5);
    /// assert!((exact.b2 - estimate.b2).abs() < 1e-9);
    /// ```
    // ANCHOR: numerical_gradients
    pub fn numerical_gradients<'a>(
        &self,
        x: impl AsArray<'a, f64>,
        t: f64,
        h: f64,
    ) -> Gradients {
        let x: ArrayView1<f64> = x.into();
        let slope = |nudge: &dyn Fn(&mut TwoLayerNetwork, f64)| {
            let (mut up, mut down) = (self.clone(), self.clone());
            nudge(&mut up, h);
            nudge(&mut down, -h);
            (up.loss(x, t) - down.loss(x, t)) / (2.0 * h)
        };
        Gradients {
            w1: Array2::from_shape_fn(self.w1.dim(), |ij| {
                slope(&|n, d| n.w1[ij] += d)
            }),
            b1: Array1::from_shape_fn(self.b1.len(), |j| {
                slope(&|n, d| n.b1[j] += d)
            }),
            w2: Array1::from_shape_fn(self.w2.len(), |j| {
                slope(&|n, d| n.w2[j] += d)
            }),
            b2: slope(&|n, d| n.b2 += d),
        }
    }
    // ANCHOR_END: numerical_gradients

    /// One step of gradient descent: every parameter moves against its
    /// gradient, scaled by the learning rate.
    ///
    /// # Panics
    /// If `gradients` is shaped for a different network, or if
    /// `learning_rate` is not a positive, finite number (a negative one
    /// would climb the loss instead of descending it).
    ///
    /// ```
    /// use neurons_and_networks::xor_training::initial_network;
    ///
    /// let mut net = initial_network();
    /// let before = net.loss(&[1.0, 1.0], 0.0);
    /// let g = net.gradients(&[1.0, 1.0], 0.0);
    /// net.descend(&g, 0.5);
    /// assert!(net.loss(&[1.0, 1.0], 0.0) < before);
    /// ```
    // ANCHOR: descend
    pub fn descend(&mut self, gradients: &Gradients, learning_rate: f64) {
        assert!(
            learning_rate.is_finite() && learning_rate > 0.0,
            "the learning rate must be a positive, finite number, got {learning_rate}"
        );
        let shapes = |w1: &Array2<f64>, b1: &Array1<f64>, w2: &Array1<f64>| {
            (w1.dim(), b1.len(), w2.len())
        };
        assert_eq!(
            shapes(&gradients.w1, &gradients.b1, &gradients.w2),
            shapes(&self.w1, &self.b1, &self.w2),
            "gradients for a W1 of shape {:?}, but this network's is {:?}",
            gradients.w1.dim(),
            self.w1.dim()
        );
        self.w1.scaled_add(-learning_rate, &gradients.w1);
        self.b1.scaled_add(-learning_rate, &gradients.b1);
        self.w2.scaled_add(-learning_rate, &gradients.w2);
        self.b2 -= learning_rate * gradients.b2;
    }
    // ANCHOR_END: descend
}

#[cfg(test)]
mod tests {
    use super::*;
    use ndarray::array;

    #[test]
    #[should_panic(expected = "b1 and w2 need 2 entries each, got 3 and 2")]
    fn parameters_must_fit_together() {
        TwoLayerNetwork::from_parameters(
            Array2::zeros((2, 2)),
            array![0.0, 0.0, 0.0],
            array![0.0, 0.0],
            0.0,
        );
    }

    #[test]
    #[should_panic(expected = "takes 2 inputs but was given 3 values")]
    fn the_input_length_is_checked_before_ndarray_sees_it() {
        TwoLayerNetwork::new(2, 3, 0).forward(&[1.0, 2.0, 3.0]);
    }

    #[test]
    #[should_panic(expected = "gradients for a W1 of shape (3, 2)")]
    fn gradients_must_fit_the_network() {
        let g = TwoLayerNetwork::new(3, 2, 0).gradients(&[0.0, 0.0, 0.0], 1.0);
        TwoLayerNetwork::new(2, 2, 0).descend(&g, 0.1);
    }

    #[test]
    fn a_nan_in_a_gradient_is_the_largest_difference() {
        let net = TwoLayerNetwork::new(2, 2, 0);
        let g = net.gradients(&[1.0, 0.0], 1.0);
        let mut broken = g.clone();
        broken.w1[[0, 0]] = f64::NAN;
        assert!(g.largest_difference(&broken).is_nan());
        assert_eq!(g.largest_difference(&g), 0.0);
    }

    #[test]
    #[should_panic(
        expected = "the learning rate must be a positive, finite number, got -1"
    )]
    fn a_negative_learning_rate_is_refused() {
        let mut net = TwoLayerNetwork::new(2, 2, 0);
        let g = net.gradients(&[1.0, 0.0], 1.0);
        net.descend(&g, -1.0);
    }

    #[test]
    fn seeds_give_different_but_repeatable_networks() {
        assert_eq!(
            TwoLayerNetwork::new(4, 3, 1),
            TwoLayerNetwork::new(4, 3, 1)
        );
        assert_ne!(
            TwoLayerNetwork::new(4, 3, 1),
            TwoLayerNetwork::new(4, 3, 2)
        );
    }

    #[test]
    fn any_shape_learns_by_the_same_rule() {
        // A 3-5-1 network, not just the chapter's 2-2-1.
        let mut net = TwoLayerNetwork::new(3, 5, 9);
        let x = [0.5, -1.0, 2.0];
        let before = net.loss(&x, 1.0);
        for _ in 0..50 {
            let g = net.gradients(&x, 1.0);
            net.descend(&g, 0.5);
        }
        assert!(net.loss(&x, 1.0) < before / 2.0);
    }
}
