//! The shape every optimiser has: a rule that turns gradients into a step.

use ndarray::{ArrayViewD, ArrayViewMutD};

// ANCHOR: optimiser
/// A rule for moving parameters downhill, one step at a time.
///
/// ```
/// use ndarray::array;
/// use training_that_works::optimiser::{Kind, Optimiser};
///
/// // Any of the five, behind one type.
/// let mut optimisers: Vec<Box<dyn Optimiser>> =
///     Kind::ALL.iter().map(|k| k.with_learning_rate(0.1)).collect();
/// for optimiser in &mut optimisers {
///     let mut x = array![1.0];
///     optimiser.update(&mut [x.view_mut().into_dyn()], &[array![1.0].view().into_dyn()]);
///     assert!(x[0] < 1.0);
/// }
/// ```
pub trait Optimiser {
    /// Moves each parameter one step, using its gradient: `gradients[i]` is
    /// the gradient of the loss with respect to `parameters[i]`.
    ///
    /// # Panics
    /// If the two lists differ in length or a gradient's shape differs from
    /// its parameter's; for an optimiser with memory, also if the
    /// parameters' shapes differ from those of its first step.
    ///
    /// ```
    /// use ndarray::array;
    /// use training_that_works::optimiser::{Adam, Optimiser};
    ///
    /// let mut x = array![3.0];
    /// let mut adam = Adam::new(0.1);
    /// adam.update(&mut [x.view_mut().into_dyn()], &[array![6.0].view().into_dyn()]);
    /// assert!((x[0] - 2.9).abs() < 1e-9);
    /// ```
    fn update(
        &mut self,
        parameters: &mut [ArrayViewMutD<'_, f64>],
        gradients: &[ArrayViewD<'_, f64>],
    );
}
// ANCHOR_END: optimiser

/// Added under every square root that divides a step, so that a parameter
/// whose gradients have all been 0 takes a step of 0 rather than 0 / 0.
/// Small enough to change nothing else.
///
/// ```
/// assert_eq!(training_that_works::optimiser::EPSILON, 1e-8);
/// ```
pub const EPSILON: f64 = 1e-8;
