//! Labels as target vectors.

use ndarray::Array2;

use crate::dataset::CLASSES;

/// One row per label: 1 in the label's column, 0 elsewhere.
///
/// # Panics
/// If a label is not below [`CLASSES`].
///
/// ```
/// use training_that_works::one_hot_rows;
///
/// let t = one_hot_rows(&[2]);
/// assert_eq!(t.row(0).to_vec(), [0., 0., 1., 0., 0., 0., 0., 0., 0., 0.]);
/// ```
pub fn one_hot_rows(labels: &[usize]) -> Array2<f64> {
    let mut targets = Array2::zeros((labels.len(), CLASSES));
    for (i, &label) in labels.iter().enumerate() {
        assert!(label < CLASSES, "label {label} is not a digit");
        targets[[i, label]] = 1.0;
    }
    targets
}
