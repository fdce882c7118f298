//! Leaky ReLU: ReLU with a small slope for negative inputs.

/// Leaky ReLU: `x` for positive inputs, `alpha * x` otherwise.
///
/// The small slope `alpha` (0.01 is common) keeps a gradient flowing for
/// negative inputs, so a neuron cannot get stuck at zero for good the way a
/// plain ReLU neuron can.
///
/// ```
/// use activation_and_loss::activation::leaky_relu;
///
/// assert_eq!(leaky_relu(2.0, 0.01), 2.0);
/// assert_eq!(leaky_relu(-2.0, 0.01), -0.02);
/// ```
// ANCHOR: leaky_relu
pub fn leaky_relu(x: f64, alpha: f64) -> f64 {
    if x <= 0.0 { alpha * x } else { x }
}
// ANCHOR_END: leaky_relu

/// Leaky ReLU's derivative: 1.0 for positive inputs, `alpha` otherwise.
///
/// At the kink (`x = 0`) we take the left-hand slope, `alpha`, matching
/// [`relu_derivative`](super::relu_derivative), which also takes its
/// left-hand slope (0) there.
///
/// ```
/// use activation_and_loss::activation::leaky_relu_derivative;
///
/// assert_eq!(leaky_relu_derivative(3.0, 0.01), 1.0);
/// assert_eq!(leaky_relu_derivative(0.0, 0.01), 0.01);
/// assert_eq!(leaky_relu_derivative(-3.0, 0.01), 0.01);
/// ```
// ANCHOR: leaky_relu_derivative
pub fn leaky_relu_derivative(x: f64, alpha: f64) -> f64 {
    if x > 0.0 {
        1.0
    } else if x <= 0.0 {
        alpha
    } else {
        f64::NAN
    }
}
// ANCHOR_END: leaky_relu_derivative

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn alpha_zero_is_relu() {
        for x in [-2.0, -0.5, 0.0, 0.5, 2.0] {
            assert_eq!(leaky_relu(x, 0.0), super::super::relu(x));
        }
    }

    #[test]
    fn nan_stays_nan() {
        assert!(leaky_relu(f64::NAN, 0.01).is_nan());
        assert!(leaky_relu_derivative(f64::NAN, 0.01).is_nan());
    }
}
