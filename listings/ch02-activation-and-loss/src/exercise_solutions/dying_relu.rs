//! Exercise 2: a ReLU neuron that starts below zero never learns; a leaky
//! one finds its way back.

use ndarray::array;

/// A one-input neuron `y = f(w x + b)` after training, with the loss it ends
/// on.
///
/// ```
/// use activation_and_loss::activation::{leaky_relu, leaky_relu_derivative};
/// use activation_and_loss::exercise_solutions::train_one_neuron;
///
/// let revived = train_one_neuron(
///     |z| leaky_relu(z, 0.01),
///     |z| leaky_relu_derivative(z, 0.01),
///     -5.0,
///     2_000,
/// );
/// assert!(revived.b > -5.0 && revived.loss < 0.01);
/// ```
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct TrainedNeuron {
    /// The weight.
    pub w: f64,
    /// The bias.
    pub b: f64,
    /// The half squared error over the examples at the end.
    pub loss: f64,
}

/// Trains `y = f(w x + b)` to copy its input (`t = x` for x = 0.2, 0.4, 0.6,
/// 0.8) by gradient descent on half the squared error, learning rate 0.1,
/// for `steps` passes, starting from `w = 0.5` and the given `bias`.
/// `derivative` is `f`'s derivative.
///
/// With `bias = -5` every weighted sum is negative from the start. ReLU's
/// slope there is 0, so the gradient is exactly 0 and nothing ever changes:
/// the neuron has died. Leaky ReLU's slope is `alpha`, small but not 0, so
/// the bias creeps up until the sums turn positive and learning takes off.
///
/// ```
/// use activation_and_loss::activation::{relu, relu_derivative};
/// use activation_and_loss::exercise_solutions::train_one_neuron;
///
/// let dead = train_one_neuron(relu, relu_derivative, -5.0, 100);
/// assert_eq!((dead.w, dead.b), (0.5, -5.0));
/// ```
// ANCHOR: train_one_neuron
pub fn train_one_neuron(
    f: impl Fn(f64) -> f64,
    derivative: impl Fn(f64) -> f64,
    bias: f64,
    steps: usize,
) -> TrainedNeuron {
    let inputs = array![0.2, 0.4, 0.6, 0.8];
    let (mut w, mut b) = (0.5, bias);
    let learning_rate = 0.1;
    for _ in 0..steps {
        for &x in &inputs {
            let z = w * x + b;
            // ∂L/∂z for L = ½ (f(z) − t)², with the target t = x.
            let delta = (f(z) - x) * derivative(z);
            w -= learning_rate * delta * x;
            b -= learning_rate * delta;
        }
    }
    let loss = inputs
        .iter()
        .map(|&x| 0.5 * (f(w * x + b) - x).powi(2))
        .sum();
    TrainedNeuron { w, b, loss }
}
// ANCHOR_END: train_one_neuron
