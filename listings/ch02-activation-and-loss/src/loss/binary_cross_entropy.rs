//! Cross-entropy for a single yes-or-no output.

/// The cross-entropy of one sigmoid output `y = σ(z)` against a target `t`
/// in [0, 1], `−t ln y − (1 − t) ln(1 − y)`, computed from the logit `z` as
/// `softplus(z) − t z`, where `softplus(z) = ln(1 + e^z)`.
///
/// The two are the same number (`ln σ(z) = −softplus(−z)` and
/// `softplus(z) − softplus(−z) = z`), but this one never takes the log of
/// a probability that has rounded to 0: at `z = −800` and `t = 1` it gives
/// the true loss, 800, where the probability form gives infinity.
///
/// ```
/// use activation_and_loss::loss::binary_cross_entropy_from_logit;
///
/// assert!((binary_cross_entropy_from_logit(0.0, 1.0) - 2f64.ln()).abs() < 1e-15);
/// assert_eq!(binary_cross_entropy_from_logit(-800.0, 1.0), 800.0);
/// ```
// ANCHOR: binary_cross_entropy_from_logit
pub fn binary_cross_entropy_from_logit(z: f64, t: f64) -> f64 {
    // softplus(z) = max(z, 0) + ln(1 + e^(−|z|)): exp never sees a positive
    // argument, so nothing overflows.
    let softplus = z.max(0.0) + (-z.abs()).exp().ln_1p();
    softplus - t * z
}
// ANCHOR_END: binary_cross_entropy_from_logit
