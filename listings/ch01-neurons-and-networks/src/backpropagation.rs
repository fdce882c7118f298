//! Backpropagation on the smallest interesting network: two inputs, two
//! sigmoid neurons in a hidden layer, one sigmoid output, squared error.

use ndarray::{Array1, Array2, ArrayView1, Axis};

use crate::activation::sigmoid;

/// A 2-2-1 network: `h = sigmoid(x · W1 + b1)`, `y = sigmoid(h · w2 + b2)`.
///
/// ```
/// use neurons_and_networks::backpropagation::TwoLayerNetwork;
/// use ndarray::array;
///
/// let net = TwoLayerNetwork {
///     w1: array![[0.0, 0.0], [0.0, 0.0]],
///     b1: array![0.0, 0.0],
///     w2: array![0.0, 0.0],
///     b2: 0.0,
/// };
/// assert_eq!(net.forward(array![1.0, 1.0].view()).y, 0.5);
/// ```
// ANCHOR: network
#[derive(Debug, Clone, PartialEq)]
pub struct TwoLayerNetwork {
    /// Input-to-hidden weights: row `i` for input `i`, column `j` for hidden neuron `j`.
    pub w1: Array2<f64>,
    /// Hidden biases.
    pub b1: Array1<f64>,
    /// Hidden-to-output weights.
    pub w2: Array1<f64>,
    /// Output bias.
    pub b2: f64,
}

/// Everything the forward pass computes, kept for the backward pass.
///
/// ```
/// use neurons_and_networks::xor_training::initial_network;
/// use ndarray::array;
///
/// let f = initial_network().forward(array![0.0, 0.0].view());
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
/// use ndarray::array;
///
/// let g = initial_network().gradients(array![1.0, 1.0].view(), 0.0);
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
    /// use ndarray::array;
    ///
    /// let g = initial_network().gradients(array![1.0, 0.0].view(), 1.0);
    /// assert_eq!(g.largest_difference(&g), 0.0);
    /// ```
    pub fn largest_difference(&self, other: &Gradients) -> f64 {
        let pairs = self
            .w1
            .iter()
            .zip(&other.w1)
            .chain(self.b1.iter().zip(&other.b1))
            .chain(self.w2.iter().zip(&other.w2));
        pairs
            .map(|(a, b)| (a - b).abs())
            .fold((self.b2 - other.b2).abs(), f64::max)
    }
}

impl TwoLayerNetwork {
    /// The forward pass, layer by layer.
    ///
    /// # Panics
    /// If `x` does not have one value per row of `w1`.
    ///
    /// ```
    /// use neurons_and_networks::xor_training::initial_network;
    /// use ndarray::array;
    ///
    /// let f = initial_network().forward(array![1.0, 0.0].view());
    /// assert!(f.y > 0.0 && f.y < 1.0);
    /// ```
    // ANCHOR: forward
    pub fn forward(&self, x: ArrayView1<f64>) -> Forward {
        assert_eq!(
            x.len(),
            self.w1.nrows(),
            "the network takes {} inputs",
            self.w1.nrows()
        );
        let z1 = x.dot(&self.w1) + &self.b1;
        let h = z1.mapv(sigmoid);
        let z2 = h.dot(&self.w2) + self.b2;
        let y = sigmoid(z2);
        Forward { z1, h, z2, y }
    }
    // ANCHOR_END: forward

    /// The squared error `0.5 (y - t)^2` for one example.
    ///
    /// ```
    /// use neurons_and_networks::xor_training::initial_network;
    /// use ndarray::array;
    ///
    /// assert!(initial_network().loss(array![0.0, 0.0].view(), 0.0) > 0.0);
    /// ```
    pub fn loss(&self, x: ArrayView1<f64>, t: f64) -> f64 {
        let y = self.forward(x).y;
        0.5 * (y - t) * (y - t)
    }

    /// Backpropagation: the chain rule, from the loss back to every weight.
    ///
    /// ```
    /// use neurons_and_networks::xor_training::initial_network;
    /// use ndarray::array;
    ///
    /// let net = initial_network();
    /// let g = net.gradients(array![1.0, 0.0].view(), 1.0);
    /// assert_eq!(g.w1.row(1), array![0.0, 0.0]); // input 2 was 0: its weights get no blame
    /// ```
    // ANCHOR: gradients
    pub fn gradients(&self, x: ArrayView1<f64>, t: f64) -> Gradients {
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
    /// ```
    /// use neurons_and_networks::xor_training::initial_network;
    /// use ndarray::array;
    ///
    /// let net = initial_network();
    /// let x = array![0.0, 1.0];
    /// let exact = net.gradients(x.view(), 1.0);
    /// let estimate = net.numerical_gradients(x.view(), 1.0, 1e-5);
    /// assert!((exact.b2 - estimate.b2).abs() < 1e-9);
    /// ```
    // ANCHOR: numerical_gradients
    pub fn numerical_gradients(
        &self,
        x: ArrayView1<f64>,
        t: f64,
        h: f64,
    ) -> Gradients {
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
    /// ```
    /// use neurons_and_networks::xor_training::initial_network;
    /// use ndarray::array;
    ///
    /// let mut net = initial_network();
    /// let x = array![1.0, 1.0];
    /// let before = net.loss(x.view(), 0.0);
    /// let g = net.gradients(x.view(), 0.0);
    /// net.descend(&g, 0.5);
    /// assert!(net.loss(x.view(), 0.0) < before);
    /// ```
    // ANCHOR: descend
    pub fn descend(&mut self, gradients: &Gradients, learning_rate: f64) {
        self.w1.scaled_add(-learning_rate, &gradients.w1);
        self.b1.scaled_add(-learning_rate, &gradients.b1);
        self.w2.scaled_add(-learning_rate, &gradients.w2);
        self.b2 -= learning_rate * gradients.b2;
    }
    // ANCHOR_END: descend
}
