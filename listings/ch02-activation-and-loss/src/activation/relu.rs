//! ReLU, the rectified linear unit, and its derivative.

use super::step;

/// ReLU: passes positive values through and turns everything else into 0.
///
/// No exponential, just a comparison, which is a large part of why it is
/// the default for hidden layers. (`f64::max(x, 0.0)` would look shorter,
/// but it quietly turns `NaN` into 0.0; this keeps `NaN` as `NaN`.)
///
/// ```
/// use activation_and_loss::activation::relu;
///
/// assert_eq!(relu(3.5), 3.5);
/// assert_eq!(relu(-2.0), 0.0);
/// assert!(relu(f64::NAN).is_nan());
/// ```
// ANCHOR: relu
pub fn relu(x: f64) -> f64 {
    if x <= 0.0 { 0.0 } else { x }
}
// ANCHOR_END: relu

/// ReLU's derivative: 1.0 for positive inputs, 0.0 for negative ones. That
/// is exactly the step function.
///
/// At exactly 0 ReLU has a kink and no derivative; any value between 0 and 1
/// is a valid subgradient. We return 0.0 there, as PyTorch and TensorFlow do:
/// a neuron sitting exactly at zero is treated as switched off.
///
/// ```
/// use activation_and_loss::activation::relu_derivative;
///
/// assert_eq!(relu_derivative(2.0), 1.0);
/// assert_eq!(relu_derivative(0.0), 0.0);
/// assert_eq!(relu_derivative(-2.0), 0.0);
/// ```
// ANCHOR: relu_derivative
pub fn relu_derivative(x: f64) -> f64 {
    // ReLU rises with slope 1 above 0 and is flat below: its slope is a step.
    step(x)
}
// ANCHOR_END: relu_derivative

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn negative_zero_becomes_plain_zero() {
        assert!(relu(-0.0).is_sign_positive());
    }

    #[test]
    fn nan_stays_nan() {
        assert!(relu(f64::NAN).is_nan());
        assert!(relu_derivative(f64::NAN).is_nan());
    }

    #[test]
    fn infinities() {
        assert_eq!(relu(f64::INFINITY), f64::INFINITY);
        assert_eq!(relu(f64::NEG_INFINITY), 0.0);
    }
}
