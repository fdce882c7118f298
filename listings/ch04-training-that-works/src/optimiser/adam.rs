//! Adam: momentum and RMSProp together, with their averages unbiased.

use ndarray::{ArrayViewD, ArrayViewMutD, Zip};

use super::{
    EPSILON, Memory, Optimiser, check_decay, check_learning_rate, check_shapes,
};

/// Adam: a moving average of the gradients (`m`, the momentum) divided by
/// the square root of a moving average of their squares (`h`, as in
/// RMSProp). Both averages start at 0, which pulls them towards 0 in the
/// first steps; dividing by `1 − βᵗ` removes that pull.
///
/// ```
/// use ndarray::array;
/// use training_that_works::optimiser::{Adam, Optimiser};
///
/// let mut x = array![0.0];
/// let mut adam = Adam::new(0.01);
/// for _ in 0..3 {
///     adam.update(&mut [x.view_mut().into_dyn()], &[array![-40.0].view().into_dyn()]);
/// }
/// assert!((x[0] - 0.03).abs() < 1e-9);
/// ```
#[derive(Debug, Clone)]
pub struct Adam {
    learning_rate: f64,
    beta1: f64,
    beta2: f64,
    steps: i32,
    mean: Memory,
    square: Memory,
}

impl Adam {
    /// The usual decays, β₁ = 0.9 for the gradients' average and β₂ = 0.999
    /// for their squares'.
    ///
    /// ```
    /// assert_eq!(training_that_works::optimiser::Adam::USUAL_BETAS, (0.9, 0.999));
    /// ```
    pub const USUAL_BETAS: (f64, f64) = (0.9, 0.999);

    /// Adam with step size `learning_rate` (η) and the usual β₁, β₂.
    ///
    /// # Panics
    /// If `learning_rate` is not a finite number above 0.
    ///
    /// ```
    /// use training_that_works::optimiser::Adam;
    ///
    /// let adam = Adam::new(0.001);
    /// # let _ = adam;
    /// ```
    pub fn new(learning_rate: f64) -> Adam {
        let (beta1, beta2) = Adam::USUAL_BETAS;
        Adam::with_betas(learning_rate, beta1, beta2)
    }

    /// Adam with step size `learning_rate` (η) and decays `beta1` (β₁) and
    /// `beta2` (β₂).
    ///
    /// # Panics
    /// If `learning_rate` is not a finite number above 0, or a β is not in
    /// `[0, 1)`.
    ///
    /// ```
    /// use training_that_works::optimiser::Adam;
    ///
    /// let adam = Adam::with_betas(0.001, 0.8, 0.99);
    /// # let _ = adam;
    /// ```
    pub fn with_betas(learning_rate: f64, beta1: f64, beta2: f64) -> Adam {
        check_learning_rate(learning_rate);
        check_decay("β₁", beta1);
        check_decay("β₂", beta2);
        Adam {
            learning_rate,
            beta1,
            beta2,
            steps: 0,
            mean: Memory::default(),
            square: Memory::default(),
        }
    }
}

// ANCHOR: update
impl Optimiser for Adam {
    /// `m ← β₁ m + (1 − β₁) ∂L/∂θ` and `h ← β₂ h + (1 − β₂)(∂L/∂θ)²`;
    /// then, at step `t`, `θ ← θ − η m̂ / (√ĥ + ε)` with
    /// `m̂ = m / (1 − β₁ᵗ)` and `ĥ = h / (1 − β₂ᵗ)`.
    ///
    /// ```
    /// use ndarray::array;
    /// use training_that_works::optimiser::{Adam, Optimiser};
    ///
    /// // The first step is η in every coordinate, whatever the gradient's size.
    /// let mut x = array![1.0, 1.0];
    /// Adam::new(0.1).update(&mut [x.view_mut().into_dyn()], &[array![1e3, -1e-3].view().into_dyn()]);
    /// assert!((x[0] - 0.9).abs() < 1e-9 && (x[1] - 1.1).abs() < 1e-6);
    /// ```
    fn update(
        &mut self,
        parameters: &mut [ArrayViewMutD<'_, f64>],
        gradients: &[ArrayViewD<'_, f64>],
    ) {
        check_shapes(parameters, gradients);
        self.steps = self.steps.saturating_add(1);
        let (beta1, beta2, eta) = (self.beta1, self.beta2, self.learning_rate);
        let unbias1 = 1.0 - beta1.powi(self.steps);
        let unbias2 = 1.0 - beta2.powi(self.steps);
        let means = self.mean.for_parameters(parameters);
        let squares = self.square.for_parameters(parameters);
        for (((theta, gradient), m), h) in
            parameters.iter_mut().zip(gradients).zip(means).zip(squares)
        {
            Zip::from(theta).and(m).and(h).and(gradient).for_each(
                |theta, m, h, &g| {
                    *m = beta1 * *m + (1.0 - beta1) * g;
                    *h = beta2 * *h + (1.0 - beta2) * g * g;
                    let (m_hat, h_hat) = (*m / unbias1, *h / unbias2);
                    *theta -= eta * m_hat / (h_hat.sqrt() + EPSILON);
                },
            );
        }
    }
}
// ANCHOR_END: update
