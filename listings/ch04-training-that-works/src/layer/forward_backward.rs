//! The contract every layer keeps: a forward pass, and a backward pass
//! that turns the gradient at its output into the gradient at its input.

use ndarray::{Array2, ArrayView2, ArrayViewD, ArrayViewMutD};

/// Whether a network is learning or answering. The layers so far behave
/// the same either way, except that only in training do they keep what
/// their backward pass needs.
///
/// ```
/// use training_that_works::layer::Mode;
///
/// assert_ne!(Mode::Training, Mode::Inference);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mode {
    /// A forward pass that a backward pass will follow.
    Training,
    /// A forward pass for answers only.
    Inference,
}

// ANCHOR: layer
/// One piece of a network.
///
/// ```
/// use ndarray::array;
/// use training_that_works::layer::{Affine, Layer, Mode};
///
/// let mut affine = Affine::from_parameters(array![[2.0], [1.0]], array![0.5]);
/// let y = affine.forward(array![[1.0, 1.0]].view(), Mode::Training);
/// assert_eq!(y, array![[3.5]]);
/// // ∂L/∂x = ∂L/∂y · Wᵀ
/// assert_eq!(affine.backward(array![[1.0]].view()), array![[2.0, 1.0]]);
/// ```
pub trait Layer {
    /// The layer's output for the batch `x`, one example per row. In
    /// [`Mode::Training`] the layer keeps what its backward pass needs.
    ///
    /// # Panics
    /// If `x` has the wrong number of columns for the layer.
    fn forward(&mut self, x: ArrayView2<'_, f64>, mode: Mode) -> Array2<f64>;

    /// Given `∂L/∂y`, the gradient of the loss with respect to the output
    /// of the last forward pass in training mode, stores the gradients of
    /// the layer's parameters and returns `∂L/∂x`, the gradient with respect
    /// to its input.
    ///
    /// # Panics
    /// If no forward pass in training mode came first, or the gradient is
    /// not shaped like that pass's output.
    fn backward(&mut self, output_gradient: ArrayView2<'_, f64>)
    -> Array2<f64>;

    /// Each parameter beside its gradient from the last backward pass, for
    /// an optimiser; none for a layer without parameters.
    fn parameters(
        &mut self,
    ) -> Vec<(ArrayViewMutD<'_, f64>, ArrayViewD<'_, f64>)> {
        Vec::new()
    }
}
// ANCHOR_END: layer

/// What a layer kept from its forward pass, or a panic that says none in
/// training mode came first: for writing a layer's backward pass.
///
/// # Panics
/// If `kept` is `None`; the message names `layer`.
///
/// ```
/// use ndarray::array;
/// use training_that_works::layer::kept;
///
/// let input = Some(array![[1.0]]);
/// assert_eq!(kept(&input, "Mine")[[0, 0]], 1.0);
/// ```
pub fn kept<'a>(kept: &'a Option<Array2<f64>>, layer: &str) -> &'a Array2<f64> {
    kept.as_ref().unwrap_or_else(|| {
        panic!("{layer}: backward needs a forward pass in training mode first")
    })
}

/// Panics unless the gradient arriving from above is shaped like the
/// output it belongs to: for writing a layer's backward pass.
///
/// # Panics
/// If the shapes differ; the message names `layer`.
///
/// ```
/// use ndarray::array;
/// use training_that_works::layer::check_gradient;
///
/// check_gradient(&array![[1.0, 2.0]].view(), (1, 2), "Mine");
/// ```
pub fn check_gradient(
    gradient: &ArrayView2<'_, f64>,
    output: (usize, usize),
    layer: &str,
) {
    assert_eq!(
        gradient.dim(),
        output,
        "{layer}: the output gradient is {:?} but the output was {output:?}",
        gradient.dim()
    );
}
