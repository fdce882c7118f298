//! Random starting weights, sized for the activation that follows them.

use ndarray::Array2;
use rand_pcg::rand_core::Rng;

use crate::random::uniform;

// ANCHOR: initialisation
/// Weights for `inputs → outputs` drawn evenly from `±√(6 / inputs)`, He
/// initialisation, for ReLU layers. Their variance is `2 / inputs`: a
/// variance of `1 / inputs` would keep a signal's spread through a layer
/// with no activation, and ReLU zeroes about half of what passes through
/// it, so He doubles that.
///
/// ```
/// use reading_digits::initialisation::he_uniform;
/// use reading_digits::random::seeded;
///
/// let w = he_uniform(64, 32, &mut seeded(0));
/// assert!(w.iter().all(|v| v.abs() <= (6.0_f64 / 64.0).sqrt()));
/// ```
pub fn he_uniform(
    inputs: usize,
    outputs: usize,
    rng: &mut impl Rng,
) -> Array2<f64> {
    let limit = (6.0 / inputs as f64).sqrt();
    Array2::from_shape_simple_fn((inputs, outputs), || uniform(rng, limit))
}

/// Weights for `inputs → outputs` drawn evenly from
/// `±√(6 / (inputs + outputs))`, Xavier (Glorot) initialisation, for
/// sigmoid and tanh layers and for the output layer.
///
/// ```
/// use reading_digits::initialisation::xavier_uniform;
/// use reading_digits::random::seeded;
///
/// let w = xavier_uniform(32, 10, &mut seeded(0));
/// assert!(w.iter().all(|v| v.abs() <= (6.0_f64 / 42.0).sqrt()));
/// ```
pub fn xavier_uniform(
    inputs: usize,
    outputs: usize,
    rng: &mut impl Rng,
) -> Array2<f64> {
    let limit = (6.0 / (inputs + outputs) as f64).sqrt();
    Array2::from_shape_simple_fn((inputs, outputs), || uniform(rng, limit))
}
// ANCHOR_END: initialisation
