//! The checks every optimiser makes before it steps, so that a mistake in
//! the program panics instead of taking a silently wrong step.

use ndarray::{ArrayViewD, ArrayViewMutD};

/// Panics unless every gradient has its parameter's shape: ndarray would
/// otherwise broadcast a gradient of the wrong shape, or stop at the
/// shorter list, and take a silently wrong step. Every optimiser calls it
/// first.
///
/// # Panics
/// If the lists differ in length or a gradient's shape differs from its
/// parameter's.
///
/// ```
/// use ndarray::array;
/// use training_that_works::optimiser::check_shapes;
///
/// let mut x = array![1.0, 2.0];
/// check_shapes(&[x.view_mut().into_dyn()], &[array![0.5, 0.5].view().into_dyn()]);
/// ```
pub fn check_shapes(
    parameters: &[ArrayViewMutD<'_, f64>],
    gradients: &[ArrayViewD<'_, f64>],
) {
    assert_eq!(
        parameters.len(),
        gradients.len(),
        "{} parameters but {} gradients",
        parameters.len(),
        gradients.len()
    );
    for (i, (p, g)) in parameters.iter().zip(gradients).enumerate() {
        assert_eq!(
            p.shape(),
            g.shape(),
            "parameter {i} has shape {:?} but its gradient {:?}",
            p.shape(),
            g.shape()
        );
    }
}

/// Panics unless the learning rate is a finite number above 0.
///
/// # Panics
/// If it is not.
///
/// ```
/// training_that_works::optimiser::check_learning_rate(0.01);
/// ```
pub fn check_learning_rate(learning_rate: f64) {
    assert!(
        learning_rate.is_finite() && learning_rate > 0.0,
        "the learning rate must be a finite number above 0, not {learning_rate}"
    );
}

/// Panics unless a decay rate (how much of its memory an optimiser keeps
/// each step) is in `[0, 1)`; `name` names it in the message.
///
/// # Panics
/// If it is not.
///
/// ```
/// training_that_works::optimiser::check_decay("the momentum", 0.9);
/// ```
pub fn check_decay(name: &str, rate: f64) {
    assert!(
        (0.0..1.0).contains(&rate),
        "{name} must be at least 0 and below 1, not {rate}"
    );
}
