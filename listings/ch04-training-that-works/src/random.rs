//! Randomness that is the same on every machine: the starting points on the
//! bowl come from here. The module is chapter 3's, copied so that this crate
//! stands alone; a test of the book checks that the two give the same
//! numbers.

use rand_pcg::Pcg64;
use rand_pcg::rand_core::{Rng, SeedableRng};

/// A random generator started from `seed`. PCG's output is fixed by its
/// algorithm, so the same seed gives the same numbers everywhere.
///
/// ```
/// use rand_pcg::rand_core::Rng;
/// use training_that_works::random::seeded;
///
/// assert_eq!(seeded(7).next_u64(), seeded(7).next_u64());
/// ```
pub fn seeded(seed: u64) -> Pcg64 {
    Pcg64::seed_from_u64(seed)
}

/// A number drawn evenly from `[-limit, limit)`: the top 53 bits of a
/// random `u64` give every multiple of 2⁻⁵³ in [0, 1) the same chance.
///
/// ```
/// use training_that_works::random::{seeded, uniform};
///
/// assert!((-0.5..0.5).contains(&uniform(&mut seeded(1), 0.5)));
/// ```
pub fn uniform(rng: &mut impl Rng, limit: f64) -> f64 {
    let unit = (rng.next_u64() >> 11) as f64 / (1u64 << 53) as f64;
    (2.0 * unit - 1.0) * limit
}

/// A random ordering of `0..n` (Fisher–Yates), for shuffling the training
/// digits before each epoch.
///
/// Each draw maps a random `u64` onto `0..=i` by multiplying and keeping
/// the high bits, which favours some values by at most `i / 2⁶⁴`: far too
/// little to matter here.
///
/// ```
/// use training_that_works::random::{permutation, seeded};
///
/// let mut order = permutation(5, &mut seeded(2));
/// order.sort();
/// assert_eq!(order, [0, 1, 2, 3, 4]);
/// ```
pub fn permutation(n: usize, rng: &mut impl Rng) -> Vec<usize> {
    let mut order: Vec<usize> = (0..n).collect();
    for i in (1..n).rev() {
        let j = ((u128::from(rng.next_u64()) * (i as u128 + 1)) >> 64) as usize;
        order.swap(i, j);
    }
    order
}
