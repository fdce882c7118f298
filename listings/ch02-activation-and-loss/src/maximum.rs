//! The largest entry of a vector, with `NaN` kept visible.

use ndarray::{ArrayView1, AsArray};

/// The largest value in `a`: `-∞` for an empty vector, and `NaN` if any
/// entry is `NaN`.
///
/// `softmax`, `log_sum_exp` and `argmax` all start from the maximum. A
/// `NaN` score means something upstream went wrong, so it must not be
/// skipped the way `f64::max` skips it (`f64::max(NaN, 1.0)` is `1.0`):
/// once a `NaN` is seen, it is the answer.
///
/// ```
/// use activation_and_loss::maximum;
///
/// assert_eq!(maximum(&[1.0, 3.0, 2.0]), 3.0);
/// assert_eq!(maximum(&[] as &[f64]), f64::NEG_INFINITY);
/// assert!(maximum(&[1.0, f64::NAN, 2.0]).is_nan());
/// ```
// ANCHOR: maximum
pub fn maximum<'a>(a: impl AsArray<'a, f64>) -> f64 {
    let a: ArrayView1<f64> = a.into();
    a.fold(f64::NEG_INFINITY, |max, &x| {
        if x > max || x.is_nan() { x } else { max }
    })
}
// ANCHOR_END: maximum

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn nan_wins_wherever_it_is() {
        assert!(maximum(&[f64::NAN, 5.0]).is_nan());
        assert!(maximum(&[5.0, f64::NAN]).is_nan());
    }

    #[test]
    fn infinities_are_ordinary_values() {
        assert_eq!(maximum(&[f64::NEG_INFINITY, 1.0]), 1.0);
        assert_eq!(maximum(&[1.0, f64::INFINITY]), f64::INFINITY);
    }
}
