//! Exercise 3: softplus, the smooth ReLU whose derivative is the sigmoid.

/// Softplus, `ln(1 + e^x)`: a smooth version of ReLU.
///
/// Computed as `max(x, 0) + ln(1 + e^(-|x|))`, which is the same number but
/// never overflows (`e^x` alone would for `x > 709`). Its derivative is
/// exactly the sigmoid.
///
/// ```
/// use activation_and_loss::exercise_solutions::softplus;
///
/// assert_eq!(softplus(1000.0), 1000.0);
/// assert!(softplus(-1000.0) >= 0.0);
/// ```
// ANCHOR: softplus
pub fn softplus(x: f64) -> f64 {
    x.max(0.0) + (-x.abs()).exp().ln_1p()
}
// ANCHOR_END: softplus
