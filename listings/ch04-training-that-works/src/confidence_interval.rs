//! How sure one can be of an accuracy measured on a few hundred digits.
//! The module is chapter 3's, copied so that this crate stands alone; a
//! test of the book checks that the two give the same intervals.

/// The 95 % Wilson score interval for a proportion: `right` successes out
/// of `n` trials.
///
/// An accuracy measured on `n` digits is one draw: another `n` digits like
/// them would give a slightly different one. With `p̂ = right / n` and
/// `z = 1.96`, the interval is
///
/// `(p̂ + z²/2n ± z √(p̂(1 − p̂)/n + z²/4n²)) / (1 + z²/n)`.
///
/// Unlike the textbook `p̂ ± z √(p̂(1 − p̂)/n)`, it stays inside [0, 1] and
/// does not shrink to a point when every answer is right: 355 right out of
/// 355 still leaves room for a true accuracy of 98.9 %.
///
/// # Panics
/// If `n` is 0 or `right` is more than `n`.
///
/// ```
/// use training_that_works::confidence_interval::wilson_interval;
///
/// let (low, high) = wilson_interval(347, 355);
/// assert!(low < 347.0 / 355.0 && 347.0 / 355.0 < high);
/// assert_eq!(wilson_interval(355, 355).1, 1.0);
/// ```
pub fn wilson_interval(right: usize, n: usize) -> (f64, f64) {
    assert!(n > 0, "no trials, no interval");
    assert!(right <= n, "{right} right out of only {n}");
    const Z: f64 = 1.959_963_984_540_054; // the normal 97.5 % quantile
    let n_f = n as f64;
    let p = right as f64 / n_f;
    let z2 = Z * Z;
    let centre = (p + z2 / (2.0 * n_f)) / (1.0 + z2 / n_f);
    let half = Z * (p * (1.0 - p) / n_f + z2 / (4.0 * n_f * n_f)).sqrt()
        / (1.0 + z2 / n_f);
    ((centre - half).max(0.0), (centre + half).min(1.0))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn it_matches_worked_values() {
        // 81 of 263 (a standard worked example): 0.2553 to 0.3662.
        let (low, high) = wilson_interval(81, 263);
        assert!((low - 0.2553).abs() < 1e-4 && (high - 0.3662).abs() < 1e-4);
        // None right out of 10: 0 to 0.2775.
        let (low, high) = wilson_interval(0, 10);
        assert_eq!(low, 0.0);
        assert!((high - 0.2775).abs() < 1e-4);
    }

    #[test]
    fn all_right_out_of_355_still_leaves_room() {
        let (low, high) = wilson_interval(355, 355);
        assert!((0.989..0.990).contains(&low), "{low}");
        assert_eq!(high, 1.0);
    }
}
