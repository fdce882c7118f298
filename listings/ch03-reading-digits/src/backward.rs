//! The backward pass for a batch: chapter 1's formulas for one example,
//! with the examples stacked as rows so that each sum over them becomes a
//! matrix product.

use ndarray::{Array1, Array2, ArrayView2, AsArray, Axis, Ix2};

use crate::network::{Forward, Network};

// ANCHOR: gradients
/// The loss's gradient with respect to every parameter, each the shape of
/// the parameter it belongs to.
///
/// ```
/// use ndarray::Array2;
/// use reading_digits::activation::Activation;
/// use reading_digits::backward;
/// use reading_digits::network::Network;
/// use reading_digits::random::seeded;
///
/// let network = Network::new(4, 3, 2, Activation::Tanh, &mut seeded(2));
/// let x = Array2::ones((1, 4));
/// let g = backward(&network, x.view(), &network.forward(x.view()), Array2::ones((1, 2)).view());
/// assert_eq!((g.w1.dim(), g.b2.len()), ((4, 3), 2));
/// ```
#[derive(Debug, Clone, PartialEq)]
pub struct Gradients {
    /// `∂L/∂W₁`, `inputs × hidden`.
    pub w1: Array2<f64>,
    /// `∂L/∂b₁`.
    pub b1: Array1<f64>,
    /// `∂L/∂W₂`, `hidden × outputs`.
    pub w2: Array2<f64>,
    /// `∂L/∂b₂`.
    pub b2: Array1<f64>,
}
// ANCHOR_END: gradients

// ANCHOR: backward
/// Backpropagation through the network for the batch `x`, given what the
/// forward pass kept and `delta2 = ∂L/∂Z₂`, the loss's gradient at the
/// logits.
///
/// One example's formulas were `∂L/∂w₂ⱼₖ = hⱼ δ₂ₖ` and
/// `δ₁ⱼ = f′(z₁ⱼ) Σₖ w₂ⱼₖ δ₂ₖ`. For a batch the loss is the mean over the
/// examples, and the `1/n` is already in `delta2` (the loss's gradient), so
/// each weight's gradient sums `hⱼ δ₂ₖ` over the rows: that sum is exactly
/// the matrix product `Hᵀ Δ₂`.
///
/// # Panics
/// If `delta2` does not have one row per example and one column per
/// output.
///
/// ```
/// use ndarray::Array2;
/// use reading_digits::activation::Activation;
/// use reading_digits::backward;
/// use reading_digits::network::Network;
/// use reading_digits::random::seeded;
///
/// let network = Network::new(4, 3, 2, Activation::Relu, &mut seeded(1));
/// let x = Array2::ones((5, 4));
/// let forward = network.forward(x.view());
/// let g = backward(&network, x.view(), &forward, Array2::zeros((5, 2)).view());
/// assert_eq!(g.w1.dim(), (4, 3));
/// ```
pub fn backward<'a>(
    network: &Network,
    x: impl AsArray<'a, f64, Ix2>,
    forward: &Forward,
    delta2: impl AsArray<'a, f64, Ix2>,
) -> Gradients {
    let (x, delta2): (ArrayView2<f64>, ArrayView2<f64>) =
        (x.into(), delta2.into());
    assert_eq!(delta2.dim(), forward.logits.dim(), "one gradient per logit");
    let w2 = forward.h.t().dot(&delta2);
    let b2 = delta2.sum_axis(Axis(0));
    let mut delta1 = delta2.dot(&network.w2().t());
    let activation = network.activation();
    delta1.zip_mut_with(&forward.z1, |d, &z| *d *= activation.derivative(z));
    let w1 = x.t().dot(&delta1);
    let b1 = delta1.sum_axis(Axis(0));
    Gradients { w1, b1, w2, b2 }
}
// ANCHOR_END: backward

impl Gradients {
    /// Every gradient, flattened, in the order of
    /// [`Network::parameters_mut`]: `w1, b1, w2, b2`.
    ///
    /// ```
    /// use ndarray::{Array1, Array2};
    /// use reading_digits::Gradients;
    ///
    /// let g = Gradients {
    ///     w1: Array2::zeros((2, 2)), b1: Array1::zeros(2),
    ///     w2: Array2::zeros((2, 1)), b2: Array1::zeros(1),
    /// };
    /// assert_eq!(g.flattened().len(), 9);
    /// ```
    pub fn flattened(&self) -> Vec<f64> {
        self.w1
            .iter()
            .chain(&self.b1)
            .chain(&self.w2)
            .chain(&self.b2)
            .copied()
            .collect()
    }
}
