//! The hyperbolic tangent and its derivative.

/// The hyperbolic tangent, `(e^x - e^(-x)) / (e^x + e^(-x))`: like the
/// sigmoid, but centred on zero with outputs in (-1, 1).
///
/// The standard library's `f64::tanh` evaluates it without overflow, which the
/// textbook formula does not (`e^x` is infinite for `x > 709.78`).
///
/// ```
/// use activation_and_loss::activation::tanh;
///
/// assert_eq!(tanh(0.0), 0.0);
/// assert_eq!(tanh(-1.0), -tanh(1.0));
/// assert_eq!(tanh(1000.0), 1.0);
/// ```
// ANCHOR: tanh
pub fn tanh(x: f64) -> f64 {
    x.tanh()
}
// ANCHOR_END: tanh

/// tanh's derivative, `1 - tanh(x)^2`. Largest (1.0) at 0, it falls towards 0
/// as `|x|` grows, which is why deep tanh networks still lose their gradient:
/// more slowly than sigmoid ones while the weighted sums stay near 0, but
/// beyond `|x|` ≈ 1.7 its slope is the smaller of the two.
///
/// ```
/// use activation_and_loss::activation::tanh_derivative;
///
/// assert_eq!(tanh_derivative(0.0), 1.0);
/// assert!(tanh_derivative(5.0) < 1e-3);
/// ```
// ANCHOR: tanh_derivative
pub fn tanh_derivative(x: f64) -> f64 {
    let t = tanh(x);
    1.0 - t * t
}
// ANCHOR_END: tanh_derivative

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn matches_the_exponential_formula_where_that_is_finite() {
        for x in [-3.0, -0.5, 0.25, 2.0] {
            let textbook =
                (f64::exp(x) - f64::exp(-x)) / (f64::exp(x) + f64::exp(-x));
            assert!((tanh(x) - textbook).abs() < 1e-15);
        }
    }

    #[test]
    fn textbook_formula_overflows_but_ours_does_not() {
        let x = 800.0;
        let textbook =
            (f64::exp(x) - f64::exp(-x)) / (f64::exp(x) + f64::exp(-x));
        assert!(textbook.is_nan());
        assert_eq!(tanh(x), 1.0);
    }

    #[test]
    fn nan_stays_nan() {
        assert!(tanh(f64::NAN).is_nan());
        assert!(tanh_derivative(f64::NAN).is_nan());
    }
}
