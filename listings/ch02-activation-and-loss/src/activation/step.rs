//! The step function, the perceptron's original activation.

/// Fires (1.0) when the weighted sum is above zero and stays silent (0.0)
/// otherwise, exactly at zero included.
///
/// `NaN` is neither above nor at most zero, so it comes back as `NaN`: a
/// missing value stays visible instead of turning into a confident "no".
///
/// ```
/// use activation_and_loss::activation::step;
///
/// assert_eq!(step(0.3), 1.0);
/// assert_eq!(step(0.0), 0.0);
/// assert_eq!(step(-2.0), 0.0);
/// assert!(step(f64::NAN).is_nan());
/// ```
// ANCHOR: step
pub fn step(x: f64) -> f64 {
    if x > 0.0 {
        1.0
    } else if x <= 0.0 {
        0.0
    } else {
        f64::NAN
    }
}
// ANCHOR_END: step

/// The slope of [`step`]: 0.0 everywhere.
///
/// Away from zero the step is flat, so its slope really is 0. At zero it
/// jumps and has no derivative at all; we return 0.0 there too, the value
/// frameworks use. Either way no gradient flows back through a step, which is
/// why multi-layer networks trained by backpropagation cannot use it.
///
/// ```
/// use activation_and_loss::activation::step_derivative;
///
/// assert_eq!(step_derivative(-1.0), 0.0);
/// assert_eq!(step_derivative(0.0), 0.0);
/// assert_eq!(step_derivative(1.0), 0.0);
/// ```
// ANCHOR: step_derivative
pub fn step_derivative(x: f64) -> f64 {
    if x.is_nan() { f64::NAN } else { 0.0 }
}
// ANCHOR_END: step_derivative

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn zero_is_not_above_the_threshold() {
        assert_eq!(step(0.0), 0.0);
        assert_eq!(step(-0.0), 0.0);
        assert_eq!(step(f64::MIN_POSITIVE), 1.0);
    }

    #[test]
    fn infinities_are_ordinary_inputs() {
        assert_eq!(step(f64::INFINITY), 1.0);
        assert_eq!(step(f64::NEG_INFINITY), 0.0);
    }

    #[test]
    fn nan_stays_nan() {
        assert!(step(f64::NAN).is_nan());
        assert!(step_derivative(f64::NAN).is_nan());
    }
}
