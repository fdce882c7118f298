//! Random starting weights, sized for the activation that follows them.
//! `he_uniform` and `xavier_uniform` are chapter 3's, copied (a test of the
//! book checks that the copies agree).

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
/// use training_that_works::initialisation::he_uniform;
/// use training_that_works::random::seeded;
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
/// use training_that_works::initialisation::xavier_uniform;
/// use training_that_works::random::seeded;
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

/// How a layer's starting weights are drawn.
///
/// ```
/// use training_that_works::initialisation::Initialisation;
/// use training_that_works::random::seeded;
///
/// let w = Initialisation::Normal(0.01).weights(100, 100, &mut seeded(3));
/// let sd = (w.mapv(|v| v * v).mean().unwrap_or(0.0)).sqrt();
/// assert!((sd - 0.01).abs() < 0.001);
/// ```
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Initialisation {
    /// Drawn from a normal distribution with mean 0 and this standard
    /// deviation, whatever the layer's size.
    Normal(f64),
    /// [`xavier_uniform`]: variance `2 / (inputs + outputs)`.
    Xavier,
    /// [`he_uniform`]: variance `2 / inputs`.
    He,
}

impl Initialisation {
    /// Starting weights for a layer from `inputs` to `outputs`.
    ///
    /// # Panics
    /// If a [`Normal`](Initialisation::Normal) standard deviation is not a
    /// finite number of at least 0.
    ///
    /// ```
    /// use training_that_works::initialisation::Initialisation;
    /// use training_that_works::random::seeded;
    ///
    /// assert_eq!(Initialisation::He.weights(64, 10, &mut seeded(1)).dim(), (64, 10));
    /// ```
    pub fn weights(
        self,
        inputs: usize,
        outputs: usize,
        rng: &mut impl Rng,
    ) -> Array2<f64> {
        match self {
            Initialisation::Normal(sd) => {
                assert!(
                    sd.is_finite() && sd >= 0.0,
                    "a standard deviation is a finite number of at least 0, not {sd}"
                );
                Array2::from_shape_simple_fn((inputs, outputs), || {
                    sd * standard_normal(rng)
                })
            }
            Initialisation::Xavier => xavier_uniform(inputs, outputs, rng),
            Initialisation::He => he_uniform(inputs, outputs, rng),
        }
    }
}

/// A draw from the standard normal distribution (mean 0, variance 1), by
/// the Box–Muller transform of two even draws: `√(−2 ln u) cos 2πv`.
///
/// ```
/// use training_that_works::initialisation::standard_normal;
/// use training_that_works::random::seeded;
///
/// let mut rng = seeded(5);
/// let draws: Vec<f64> = (0..10_000).map(|_| standard_normal(&mut rng)).collect();
/// let mean = draws.iter().sum::<f64>() / 1e4;
/// assert!(mean.abs() < 0.05);
/// ```
pub fn standard_normal(rng: &mut impl Rng) -> f64 {
    // u in (0, 1], so that its logarithm is finite.
    let u = 1.0 - (uniform(rng, 1.0) + 1.0) / 2.0;
    let v = (uniform(rng, 1.0) + 1.0) / 2.0;
    (-2.0 * u.ln()).sqrt() * (std::f64::consts::TAU * v).cos()
}
