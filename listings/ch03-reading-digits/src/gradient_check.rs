//! Checking backpropagation against the definition of a derivative.

use ndarray::{ArrayView2, AsArray, Ix2};

use crate::loss::Loss;
use crate::network::Network;

/// The loss's gradient with respect to every parameter, in the order of
/// [`Network::parameters_mut`], by central differences:
/// `(L(θ + h) − L(θ − h)) / 2h`, one parameter at a time.
///
/// Two forward passes per parameter: far too slow to train with, exactly
/// right for checking.
///
/// ```
/// use ndarray::array;
/// use reading_digits::activation::Activation;
/// use reading_digits::gradient_check::numerical_gradient;
/// use reading_digits::loss::Loss;
/// use reading_digits::network::Network;
///
/// let network = Network::from_parameters(
///     array![[1.0]], array![0.0], array![[1.0, 0.0]], array![0.0, 0.0], Activation::Relu,
/// );
/// let g = numerical_gradient(&network, &array![[1.0]], &array![[1.0, 0.0]], Loss::CrossEntropy, 1e-6);
/// assert_eq!(g.len(), 1 + 1 + 2 + 2);
/// ```
pub fn numerical_gradient<'a>(
    network: &Network,
    x: impl AsArray<'a, f64, Ix2>,
    targets: impl AsArray<'a, f64, Ix2>,
    loss: Loss,
    h: f64,
) -> Vec<f64> {
    let (x, targets): (ArrayView2<f64>, ArrayView2<f64>) =
        (x.into(), targets.into());
    let mut nudged = network.clone();
    let count: usize = nudged.parameters_mut().iter().map(|p| p.len()).sum();
    let mut gradient = Vec::with_capacity(count);
    for index in 0..count {
        let original = parameter(&mut nudged, index);
        *parameter_mut(&mut nudged, index) = original + h;
        let above = loss.value(&nudged.logits(x), targets);
        *parameter_mut(&mut nudged, index) = original - h;
        let below = loss.value(&nudged.logits(x), targets);
        *parameter_mut(&mut nudged, index) = original;
        gradient.push((above - below) / (2.0 * h));
    }
    gradient
}

fn parameter(network: &mut Network, index: usize) -> f64 {
    *parameter_mut(network, index)
}

fn parameter_mut(network: &mut Network, mut index: usize) -> &mut f64 {
    for parameter in network.parameters_mut() {
        if index < parameter.len() {
            return &mut parameter[index];
        }
        index -= parameter.len();
    }
    panic!("the network has fewer parameters than that");
}

/// How far apart two gradients are, relative to their size:
/// `‖a − b‖ / (‖a‖ + ‖b‖)`, and 0 when both are 0. Measured over the
/// whole vector, so that a tiny entry's rounding does not count for more
/// than it matters.
///
/// # Panics
/// If the lengths differ.
///
/// ```
/// use reading_digits::gradient_check::relative_error;
///
/// assert_eq!(relative_error(&[3.0, 4.0], &[3.0, 4.0]), 0.0);
/// assert_eq!(relative_error(&[1.0, 0.0], &[-1.0, 0.0]), 1.0);
/// ```
pub fn relative_error(a: &[f64], b: &[f64]) -> f64 {
    assert_eq!(a.len(), b.len(), "gradients of different lengths");
    let norm =
        |v: &mut dyn Iterator<Item = f64>| v.map(|x| x * x).sum::<f64>().sqrt();
    let difference = norm(&mut a.iter().zip(b).map(|(x, y)| x - y));
    let size = norm(&mut a.iter().copied()) + norm(&mut b.iter().copied());
    if size == 0.0 { 0.0 } else { difference / size }
}
