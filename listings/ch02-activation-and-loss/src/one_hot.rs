//! A class label as a target vector.

use ndarray::Array1;

/// The target vector for class `label` out of `classes`: 1 at index `label`,
/// 0 everywhere else. This is the `t` every loss compares a prediction to.
///
/// # Panics
/// If `label` is not below `classes`: there is no such class.
///
/// ```
/// use activation_and_loss::one_hot;
/// use ndarray::array;
///
/// assert_eq!(one_hot(2, 4), array![0.0, 0.0, 1.0, 0.0]);
/// ```
// ANCHOR: one_hot
pub fn one_hot(label: usize, classes: usize) -> Array1<f64> {
    assert!(
        label < classes,
        "label {label} is not one of the {classes} classes 0..{classes}"
    );
    let mut t = Array1::zeros(classes);
    t[label] = 1.0;
    t
}
// ANCHOR_END: one_hot

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    #[should_panic(expected = "label 10 is not one of the 10 classes")]
    fn labels_must_be_classes() {
        one_hot(10, 10);
    }
}
