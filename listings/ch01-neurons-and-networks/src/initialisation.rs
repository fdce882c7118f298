//! Random starting weights that are the same on every machine.

use ndarray::Array2;
use rand_pcg::Pcg64;
use rand_pcg::rand_core::{Rng, SeedableRng};

/// A random generator started from `seed`. PCG's output is fixed by its
/// algorithm, so the same seed gives the same numbers everywhere.
///
/// ```
/// use neurons_and_networks::initialisation::seeded;
/// use rand_pcg::rand_core::Rng;
///
/// assert_eq!(seeded(7).next_u64(), seeded(7).next_u64());
/// ```
pub fn seeded(seed: u64) -> Pcg64 {
    Pcg64::seed_from_u64(seed)
}

/// A number drawn evenly from `[-limit, limit)`.
///
/// The top 53 bits of a random `u64` give every multiple of 2⁻⁵³ in [0, 1)
/// with the same chance: exactly the numbers an `f64` can hold there at
/// that spacing.
///
/// ```
/// use neurons_and_networks::initialisation::{seeded, uniform};
///
/// let x = uniform(&mut seeded(1), 0.5);
/// assert!((-0.5..0.5).contains(&x));
/// ```
pub fn uniform(rng: &mut impl Rng, limit: f64) -> f64 {
    let unit = (rng.next_u64() >> 11) as f64 / (1u64 << 53) as f64;
    (2.0 * unit - 1.0) * limit
}

/// Starting weights for a layer with `inputs` inputs and `outputs` neurons,
/// drawn evenly from `±√(6 / (inputs + outputs))`: the range Glorot and
/// Bengio (2010) chose so that a signal keeps roughly the same spread as it
/// passes through layers of tanh-like neurons, whose slope at 0 is 1
/// ("Xavier" initialisation); for the sigmoid, whose slope there is ¼, it
/// is a reasonable start rather than an exact fit. They must be random, not equal: neurons that start
/// equal get equal gradients and stay copies of each other.
///
/// ```
/// use neurons_and_networks::initialisation::{seeded, xavier_uniform};
///
/// let w = xavier_uniform(2, 3, &mut seeded(0));
/// assert_eq!(w.dim(), (2, 3));
/// assert!(w.iter().all(|v| v.abs() <= (6.0_f64 / 5.0).sqrt()));
/// ```
pub fn xavier_uniform(
    inputs: usize,
    outputs: usize,
    rng: &mut impl Rng,
) -> Array2<f64> {
    let limit = (6.0 / (inputs + outputs) as f64).sqrt();
    Array2::from_shape_simple_fn((inputs, outputs), || uniform(rng, limit))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn uniform_draws_cover_the_range_evenly() {
        let mut rng = seeded(3);
        let draws: Vec<f64> =
            (0..10_000).map(|_| uniform(&mut rng, 1.0)).collect();
        assert!(draws.iter().all(|x| (-1.0..1.0).contains(x)));
        let mean = draws.iter().sum::<f64>() / draws.len() as f64;
        assert!(mean.abs() < 0.03, "{mean}");
        let below_half = draws.iter().filter(|x| x.abs() < 0.5).count();
        assert!((4_700..5_300).contains(&below_half), "{below_half}");
    }
}
