//! Which way the weights into one neuron move.

use ndarray::{Array1, ArrayView1, AsArray};

/// The gradients of the weights into one neuron, for one example: the
/// neuron's `δ` (the loss's slope with respect to its weighted sum) times
/// each input, `∂L/∂w_i = δ x_i`, as chapter 1 derived.
///
/// When every input is positive (as every sigmoid output is), all of these
/// have the sign of `δ`: one step of gradient descent moves every weight
/// into this neuron the same way. Another neuron of the same layer, with a
/// `δ` of the other sign, moves all of its weights the other way.
///
/// ```
/// use activation_and_loss::weight_gradients::weight_gradients;
///
/// let g = weight_gradients(-0.2, &[0.5, 0.9, 0.1]);
/// assert!(g.iter().all(|&gi| gi < 0.0));
/// ```
// ANCHOR: weight_gradients
pub fn weight_gradients<'a>(
    delta: f64,
    inputs: impl AsArray<'a, f64>,
) -> Array1<f64> {
    let inputs: ArrayView1<f64> = inputs.into();
    inputs.mapv(|x_i| delta * x_i)
}
// ANCHOR_END: weight_gradients
