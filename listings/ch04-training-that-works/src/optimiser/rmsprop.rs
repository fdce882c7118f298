//! RMSProp: AdaGrad that forgets.

use ndarray::{ArrayViewD, ArrayViewMutD, Zip};

use super::{
    EPSILON, Memory, Optimiser, check_decay, check_learning_rate, check_shapes,
};

/// RMSProp: like AdaGrad, each parameter's step is divided by the size of
/// its recent gradients, but "recent" is a moving average of the squared
/// gradients that forgets the old ones, so steps do not shrink for ever.
///
/// ```
/// use ndarray::array;
/// use training_that_works::optimiser::{Optimiser, RmsProp};
///
/// // Gradients a thousand times apart take steps of the same size.
/// let mut x = array![0.0, 0.0];
/// RmsProp::new(0.1).update(&mut [x.view_mut().into_dyn()], &[array![1e3, 1.0].view().into_dyn()]);
/// assert!((x[0] - x[1]).abs() < 1e-6);
/// ```
#[derive(Debug, Clone)]
pub struct RmsProp {
    learning_rate: f64,
    decay: f64,
    squares: Memory,
}

impl RmsProp {
    /// The usual decay, ρ = 0.9: the average keeps 90 % of itself each step.
    ///
    /// ```
    /// assert_eq!(training_that_works::optimiser::RmsProp::USUAL_DECAY, 0.9);
    /// ```
    pub const USUAL_DECAY: f64 = 0.9;

    /// RMSProp with step size `learning_rate` (η) and ρ = 0.9.
    ///
    /// # Panics
    /// If `learning_rate` is not a finite number above 0.
    ///
    /// ```
    /// use training_that_works::optimiser::RmsProp;
    ///
    /// let rmsprop = RmsProp::new(0.01);
    /// # let _ = rmsprop;
    /// ```
    pub fn new(learning_rate: f64) -> RmsProp {
        RmsProp::with_decay(learning_rate, RmsProp::USUAL_DECAY)
    }

    /// RMSProp with step size `learning_rate` (η) and decay `decay` (ρ).
    ///
    /// # Panics
    /// If `learning_rate` is not a finite number above 0, or `decay` is not
    /// in `[0, 1)`.
    ///
    /// ```
    /// use training_that_works::optimiser::RmsProp;
    ///
    /// let slow = RmsProp::with_decay(0.01, 0.99);
    /// # let _ = slow;
    /// ```
    pub fn with_decay(learning_rate: f64, decay: f64) -> RmsProp {
        check_learning_rate(learning_rate);
        check_decay("the decay", decay);
        RmsProp {
            learning_rate,
            decay,
            squares: Memory::default(),
        }
    }
}

// ANCHOR: update
impl Optimiser for RmsProp {
    /// `h ← ρ h + (1 − ρ)(∂L/∂θ)²`, then `θ ← θ − η ∂L/∂θ / (√h + ε)`.
    ///
    /// ```
    /// use ndarray::array;
    /// use training_that_works::optimiser::{Optimiser, RmsProp};
    ///
    /// let mut x = array![1.0];
    /// let mut rmsprop = RmsProp::new(0.1);
    /// rmsprop.update(&mut [x.view_mut().into_dyn()], &[array![2.0].view().into_dyn()]);
    /// // h = 0.1 × 4, so the step is 0.1 × 2 / √0.4 ≈ 0.316.
    /// assert!((x[0] - (1.0 - 0.2 / 0.4_f64.sqrt())).abs() < 1e-8);
    /// ```
    fn update(
        &mut self,
        parameters: &mut [ArrayViewMutD<'_, f64>],
        gradients: &[ArrayViewD<'_, f64>],
    ) {
        check_shapes(parameters, gradients);
        let (rho, eta) = (self.decay, self.learning_rate);
        let squares = self.squares.for_parameters(parameters);
        for ((theta, gradient), h) in
            parameters.iter_mut().zip(gradients).zip(squares)
        {
            Zip::from(theta)
                .and(h)
                .and(gradient)
                .for_each(|theta, h, &g| {
                    *h = rho * *h + (1.0 - rho) * g * g;
                    *theta -= eta * g / (h.sqrt() + EPSILON);
                });
        }
    }
}
// ANCHOR_END: update
