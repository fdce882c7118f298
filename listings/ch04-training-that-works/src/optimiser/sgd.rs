//! Plain (stochastic) gradient descent.

use ndarray::{ArrayViewD, ArrayViewMutD};

use super::{Optimiser, check_learning_rate, check_shapes};

/// Gradient descent: every step goes straight downhill, as far as the
/// learning rate times the slope. With the gradient of a mini-batch, as in
/// chapter 3, it is *stochastic* gradient descent.
///
/// ```
/// use ndarray::array;
/// use training_that_works::optimiser::{Optimiser, Sgd};
///
/// let mut x = array![1.0, 1.0];
/// Sgd::new(0.5).update(&mut [x.view_mut().into_dyn()], &[array![1.0, -2.0].view().into_dyn()]);
/// assert_eq!(x, array![0.5, 2.0]);
/// ```
#[derive(Debug, Clone, PartialEq)]
pub struct Sgd {
    learning_rate: f64,
}

impl Sgd {
    /// Gradient descent with step size `learning_rate` (η).
    ///
    /// # Panics
    /// If `learning_rate` is not a finite number above 0.
    ///
    /// ```
    /// use training_that_works::optimiser::Sgd;
    ///
    /// let sgd = Sgd::new(0.5);
    /// # let _ = sgd;
    /// ```
    pub fn new(learning_rate: f64) -> Sgd {
        check_learning_rate(learning_rate);
        Sgd { learning_rate }
    }
}

// ANCHOR: update
impl Optimiser for Sgd {
    /// `θ ← θ − η ∂L/∂θ`.
    ///
    /// ```
    /// use ndarray::array;
    /// use training_that_works::optimiser::{Optimiser, Sgd};
    ///
    /// let mut x = array![3.0];
    /// Sgd::new(0.1).update(&mut [x.view_mut().into_dyn()], &[array![6.0].view().into_dyn()]);
    /// assert!((x[0] - 2.4).abs() < 1e-15);
    /// ```
    fn update(
        &mut self,
        parameters: &mut [ArrayViewMutD<'_, f64>],
        gradients: &[ArrayViewD<'_, f64>],
    ) {
        check_shapes(parameters, gradients);
        for (theta, gradient) in parameters.iter_mut().zip(gradients) {
            theta.scaled_add(-self.learning_rate, gradient);
        }
    }
}
// ANCHOR_END: update
