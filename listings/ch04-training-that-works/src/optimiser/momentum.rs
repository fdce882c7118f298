//! Momentum: steps that keep some of their speed.

use ndarray::{ArrayViewD, ArrayViewMutD, Zip};

use super::{
    Memory, Optimiser, check_decay, check_learning_rate, check_shapes,
};

/// Gradient descent with momentum: each step is the last step, shrunk by
/// `momentum` (α), plus a push downhill. Pushes that keep pointing the same
/// way add up; pushes that flip back and forth cancel.
///
/// ```
/// use ndarray::array;
/// use training_that_works::optimiser::{Momentum, Optimiser};
///
/// // Where four steps end: gradients that keep their sign add up, gradients
/// // that flip it cancel.
/// let end = |gradients: [f64; 4]| {
///     let mut x = array![0.0];
///     let mut momentum = Momentum::new(0.1);
///     for g in gradients {
///         momentum.update(&mut [x.view_mut().into_dyn()], &[array![g].view().into_dyn()]);
///     }
///     x[0]
/// };
/// assert!(end([1.0, -1.0, 1.0, -1.0]).abs() < end([1.0; 4]).abs() / 5.0);
/// ```
#[derive(Debug, Clone)]
pub struct Momentum {
    learning_rate: f64,
    momentum: f64,
    velocity: Memory,
}

impl Momentum {
    /// The usual momentum, α = 0.9: a step keeps 90 % of the last one.
    ///
    /// ```
    /// assert_eq!(training_that_works::optimiser::Momentum::USUAL_MOMENTUM, 0.9);
    /// ```
    pub const USUAL_MOMENTUM: f64 = 0.9;

    /// Momentum with step size `learning_rate` (η) and α = 0.9.
    ///
    /// # Panics
    /// If `learning_rate` is not a finite number above 0.
    ///
    /// ```
    /// use training_that_works::optimiser::Momentum;
    ///
    /// let momentum = Momentum::new(0.1);
    /// # let _ = momentum;
    /// ```
    pub fn new(learning_rate: f64) -> Momentum {
        Momentum::with_momentum(learning_rate, Momentum::USUAL_MOMENTUM)
    }

    /// Momentum with step size `learning_rate` (η) and `momentum` (α).
    ///
    /// # Panics
    /// If `learning_rate` is not a finite number above 0, or `momentum` is
    /// not in `[0, 1)`.
    ///
    /// ```
    /// use training_that_works::optimiser::Momentum;
    ///
    /// let heavy = Momentum::with_momentum(0.1, 0.99);
    /// # let _ = heavy;
    /// ```
    pub fn with_momentum(learning_rate: f64, momentum: f64) -> Momentum {
        check_learning_rate(learning_rate);
        check_decay("the momentum", momentum);
        Momentum {
            learning_rate,
            momentum,
            velocity: Memory::default(),
        }
    }
}

// ANCHOR: update
impl Optimiser for Momentum {
    /// `v ← α v − η ∂L/∂θ`, then `θ ← θ + v`.
    ///
    /// ```
    /// use ndarray::array;
    /// use training_that_works::optimiser::{Momentum, Optimiser};
    ///
    /// let mut x = array![0.0];
    /// let mut momentum = Momentum::new(0.1);
    /// for _ in 0..2 {
    ///     momentum.update(&mut [x.view_mut().into_dyn()], &[array![-1.0].view().into_dyn()]);
    /// }
    /// // Steps of 0.1, then 0.9 × 0.1 + 0.1 = 0.19.
    /// assert!((x[0] - 0.29).abs() < 1e-15);
    /// ```
    fn update(
        &mut self,
        parameters: &mut [ArrayViewMutD<'_, f64>],
        gradients: &[ArrayViewD<'_, f64>],
    ) {
        check_shapes(parameters, gradients);
        let (alpha, eta) = (self.momentum, self.learning_rate);
        let velocities = self.velocity.for_parameters(parameters);
        for ((theta, gradient), v) in
            parameters.iter_mut().zip(gradients).zip(velocities)
        {
            Zip::from(theta)
                .and(v)
                .and(gradient)
                .for_each(|theta, v, &g| {
                    *v = alpha * *v - eta * g;
                    *theta += *v;
                });
        }
    }
}
// ANCHOR_END: update
