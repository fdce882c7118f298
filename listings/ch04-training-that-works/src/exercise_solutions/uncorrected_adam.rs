//! Exercise 1: Adam without its bias correction.

use ndarray::{ArrayViewD, ArrayViewMutD, Zip};

use crate::optimiser::{
    Adam, EPSILON, Memory, Optimiser, check_learning_rate, check_shapes,
};

/// Adam as it would be without dividing its averages by `1 − βᵗ`: the
/// same moving averages `m` and `h`, with the usual β₁ and β₂, and the step
/// `η m / (√h + ε)`.
///
/// ```
/// use ndarray::array;
/// use training_that_works::exercise_solutions::UncorrectedAdam;
/// use training_that_works::optimiser::Optimiser;
///
/// // The first step is η (1 − β₁)/√(1 − β₂) = 3.16 η, not η.
/// let mut x = array![0.0];
/// UncorrectedAdam::new(0.1).update(&mut [x.view_mut().into_dyn()], &[array![-5.0].view().into_dyn()]);
/// assert!((x[0] - 0.316).abs() < 1e-3);
/// ```
#[derive(Debug, Clone)]
pub struct UncorrectedAdam {
    learning_rate: f64,
    mean: Memory,
    square: Memory,
}

impl UncorrectedAdam {
    /// Step size `learning_rate` (η), β₁ = 0.9 and β₂ = 0.999.
    ///
    /// # Panics
    /// If `learning_rate` is not a finite number above 0.
    ///
    /// ```
    /// let adam = training_that_works::exercise_solutions::UncorrectedAdam::new(0.01);
    /// # let _ = adam;
    /// ```
    pub fn new(learning_rate: f64) -> UncorrectedAdam {
        check_learning_rate(learning_rate);
        UncorrectedAdam {
            learning_rate,
            mean: Memory::default(),
            square: Memory::default(),
        }
    }
}

// ANCHOR: update
impl Optimiser for UncorrectedAdam {
    /// `m ← β₁ m + (1 − β₁) ∂L/∂θ`, `h ← β₂ h + (1 − β₂)(∂L/∂θ)²`, then
    /// `θ ← θ − η m / (√h + ε)`.
    ///
    /// ```
    /// use ndarray::array;
    /// use training_that_works::exercise_solutions::UncorrectedAdam;
    /// use training_that_works::optimiser::Optimiser;
    ///
    /// let mut x = array![1.0];
    /// UncorrectedAdam::new(0.1).update(&mut [x.view_mut().into_dyn()], &[array![2.0].view().into_dyn()]);
    /// assert!(x[0] < 1.0);
    /// ```
    fn update(
        &mut self,
        parameters: &mut [ArrayViewMutD<'_, f64>],
        gradients: &[ArrayViewD<'_, f64>],
    ) {
        check_shapes(parameters, gradients);
        let (beta1, beta2) = Adam::USUAL_BETAS;
        let eta = self.learning_rate;
        let means = self.mean.for_parameters(parameters);
        let squares = self.square.for_parameters(parameters);
        for (((theta, gradient), m), h) in
            parameters.iter_mut().zip(gradients).zip(means).zip(squares)
        {
            Zip::from(theta).and(m).and(h).and(gradient).for_each(
                |theta, m, h, &g| {
                    *m = beta1 * *m + (1.0 - beta1) * g;
                    *h = beta2 * *h + (1.0 - beta2) * g * g;
                    *theta -= eta * *m / (h.sqrt() + EPSILON);
                },
            );
        }
    }
}
// ANCHOR_END: update

/// How many times Adam's step at step `t` grows without the correction,
/// when the gradient has stayed the same since the start: then
/// `m = (1 − β₁ᵗ) g` and `h = (1 − β₂ᵗ) g²`, so the step is
/// `η (1 − β₁ᵗ)/√(1 − β₂ᵗ)` where the corrected one is `η` (ignoring ε).
///
/// # Panics
/// If `t` is 0: there is no step 0.
///
/// ```
/// use training_that_works::exercise_solutions::uncorrected_step_factor;
///
/// assert!((uncorrected_step_factor(1) - 0.1 / 0.001_f64.sqrt()).abs() < 1e-12);
/// assert!(uncorrected_step_factor(12) > 6.5);
/// ```
// ANCHOR: factor
pub fn uncorrected_step_factor(t: i32) -> f64 {
    assert!(t >= 1, "steps are counted from 1, not {t}");
    let (beta1, beta2) = Adam::USUAL_BETAS;
    (1.0 - beta1.powi(t)) / (1.0 - beta2.powi(t)).sqrt()
}
// ANCHOR_END: factor
