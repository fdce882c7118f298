//! The sigmoid (logistic) function and its derivative.

/// The sigmoid, `1 / (1 + e^(-x))`: squashes any number into (0, 1).
///
/// Written in two branches so that `exp` only ever sees a non-positive
/// argument: `e^(-x)` for a large negative `x` would overflow to infinity.
/// Far from zero the result rounds to exactly 0.0 or 1.0, so it always lies
/// in [0, 1].
///
/// ```
/// use activation_and_loss::activation::sigmoid;
///
/// assert_eq!(sigmoid(0.0), 0.5);
/// assert!(sigmoid(4.0) > 0.98);
/// assert_eq!(sigmoid(-1000.0), 0.0);
/// ```
// ANCHOR: sigmoid
pub fn sigmoid(x: f64) -> f64 {
    if x >= 0.0 {
        1.0 / (1.0 + (-x).exp())
    } else {
        let e = x.exp();
        e / (1.0 + e)
    }
}
// ANCHOR_END: sigmoid

/// The sigmoid's derivative, `s(1 - s)` with `s = sigmoid(x)`.
///
/// Largest at `x = 0`, where it is exactly 0.25, and close to 0 once `|x|`
/// is more than a few units: a gradient passing through many sigmoids shrinks
/// by a factor of at least 4 at each one.
///
/// ```
/// use activation_and_loss::activation::sigmoid_derivative;
///
/// assert_eq!(sigmoid_derivative(0.0), 0.25);
/// assert!(sigmoid_derivative(10.0) < 1e-4);
/// ```
// ANCHOR: sigmoid_derivative
pub fn sigmoid_derivative(x: f64) -> f64 {
    let s = sigmoid(x);
    s * (1.0 - s)
}
// ANCHOR_END: sigmoid_derivative

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn both_branches_agree_near_zero() {
        let below = sigmoid(-1e-12);
        let above = sigmoid(1e-12);
        assert!(below < 0.5 && 0.5 < above);
        assert!((above - below - 5e-13).abs() < 1e-15);
    }

    #[test]
    fn saturates_without_overflow() {
        assert_eq!(sigmoid(f64::INFINITY), 1.0);
        assert_eq!(sigmoid(f64::NEG_INFINITY), 0.0);
        assert_eq!(sigmoid(-f64::MAX), 0.0);
        assert_eq!(sigmoid(f64::MAX), 1.0);
    }

    #[test]
    fn symmetric_around_one_half() {
        for x in [0.1, 1.0, 3.0, 7.5] {
            assert!((sigmoid(x) + sigmoid(-x) - 1.0).abs() < 1e-15);
        }
    }

    #[test]
    fn nan_stays_nan() {
        assert!(sigmoid(f64::NAN).is_nan());
        assert!(sigmoid_derivative(f64::NAN).is_nan());
    }
}
