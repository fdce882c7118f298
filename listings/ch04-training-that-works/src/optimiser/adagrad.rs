//! AdaGrad: a step size for every parameter, shrinking where it has moved.

use ndarray::{ArrayViewD, ArrayViewMutD, Zip};

use super::{EPSILON, Memory, Optimiser, check_learning_rate, check_shapes};

/// AdaGrad: each parameter's step is divided by the square root of the sum
/// of all its squared gradients so far. A parameter with steep gradients
/// takes small steps; one with gentle gradients, large ones; and every
/// parameter's steps shrink as its sum grows.
///
/// ```
/// use ndarray::array;
/// use training_that_works::optimiser::{AdaGrad, Optimiser};
///
/// let mut x = array![1.0];
/// let mut adagrad = AdaGrad::new(0.1);
/// for _ in 0..4 {
///     adagrad.update(&mut [x.view_mut().into_dyn()], &[array![3.0].view().into_dyn()]);
/// }
/// // Steps of 0.1 / √n: 0.1, 0.0707…, 0.0577…, 0.05.
/// assert!((x[0] - (1.0 - 0.1 * (1.0 + 0.5f64.sqrt() + (1.0 / 3.0f64).sqrt() + 0.5))).abs() < 1e-8);
/// ```
#[derive(Debug, Clone)]
pub struct AdaGrad {
    learning_rate: f64,
    squares: Memory,
}

impl AdaGrad {
    /// AdaGrad with step size `learning_rate` (η).
    ///
    /// # Panics
    /// If `learning_rate` is not a finite number above 0.
    ///
    /// ```
    /// use training_that_works::optimiser::AdaGrad;
    ///
    /// let adagrad = AdaGrad::new(1.0);
    /// # let _ = adagrad;
    /// ```
    pub fn new(learning_rate: f64) -> AdaGrad {
        check_learning_rate(learning_rate);
        AdaGrad {
            learning_rate,
            squares: Memory::default(),
        }
    }
}

// ANCHOR: update
impl Optimiser for AdaGrad {
    /// `h ← h + (∂L/∂θ)²`, then `θ ← θ − η ∂L/∂θ / (√h + ε)`.
    ///
    /// ```
    /// use ndarray::array;
    /// use training_that_works::optimiser::{AdaGrad, Optimiser};
    ///
    /// // Two parameters, gradients a hundred times apart: the same first step.
    /// let mut x = array![1.0, 1.0];
    /// let mut adagrad = AdaGrad::new(0.5);
    /// adagrad.update(&mut [x.view_mut().into_dyn()], &[array![100.0, 1.0].view().into_dyn()]);
    /// assert!((x[0] - 0.5).abs() < 1e-9 && (x[1] - 0.5).abs() < 1e-7);
    /// ```
    fn update(
        &mut self,
        parameters: &mut [ArrayViewMutD<'_, f64>],
        gradients: &[ArrayViewD<'_, f64>],
    ) {
        check_shapes(parameters, gradients);
        let eta = self.learning_rate;
        let squares = self.squares.for_parameters(parameters);
        for ((theta, gradient), h) in
            parameters.iter_mut().zip(gradients).zip(squares)
        {
            Zip::from(theta)
                .and(h)
                .and(gradient)
                .for_each(|theta, h, &g| {
                    *h += g * g;
                    *theta -= eta * g / (h.sqrt() + EPSILON);
                });
        }
    }
}
// ANCHOR_END: update
