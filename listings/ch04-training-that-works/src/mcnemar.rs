//! Whether two readers differ on the same test digits: McNemar's test.
//!
//! Two accuracies measured on the same digits are not independent, so
//! their two intervals overlapping or not says little. What tells them
//! apart is the digits where they disagree: `b` that the first reads right
//! and the second wrong, `c` the other way round. If both were equally
//! good, each disagreement would fall either way with probability ½.
//!
//! The module is chapter 3's, copied so that this crate stands alone; a
//! test of the book checks that the two give the same p-values.

// ANCHOR: mcnemar
/// The exact two-sided p-value of McNemar's test for `b` and `c`
/// disagreements: the probability, were both readers equally good, of a
/// split at least as lopsided as this one. 1 when they never disagree.
///
/// ```
/// use training_that_works::mcnemar::mcnemar_p;
///
/// assert_eq!(mcnemar_p(3, 3), 1.0);
/// assert!((mcnemar_p(6, 1) - 0.125).abs() < 1e-12); // 2 × 8/128
/// assert!(mcnemar_p(12, 0) < 0.001);
/// ```
pub fn mcnemar_p(b: usize, c: usize) -> f64 {
    let n = b + c;
    let fewer = b.min(c);
    // P(X ≤ fewer) for X ~ Binomial(n, ½), doubled for both tails.
    let mut term = 0.5_f64.powi(n as i32); // C(n, 0) / 2ⁿ
    let mut tail = 0.0;
    for k in 0..=fewer {
        tail += term;
        term *= (n - k) as f64 / (k + 1) as f64;
    }
    (2.0 * tail).min(1.0)
}
// ANCHOR_END: mcnemar
