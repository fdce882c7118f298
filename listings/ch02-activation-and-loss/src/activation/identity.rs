//! The identity function: no activation at all.

/// Passes the weighted sum on unchanged.
///
/// Used on the output layer of a regression network, and in chapter 2 to see
/// what a perceptron does without an activation.
///
/// ```
/// use activation_and_loss::activation::identity;
///
/// assert_eq!(identity(-0.25), -0.25);
/// ```
// ANCHOR: identity
pub fn identity(x: f64) -> f64 {
    x
}
// ANCHOR_END: identity

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn returns_its_input() {
        for x in [-3.5, 0.0, 1e300] {
            assert_eq!(identity(x), x);
        }
    }
}
