//! Weight decay: a pull of every weight towards 0, added to its gradient.

use ndarray::{ArrayD, ArrayViewD, ArrayViewMutD};

use super::{Optimiser, check_shapes};

// ANCHOR: weight_decay
/// Any optimiser, with L2 weight decay: the loss gets a penalty
/// `λ/2 · Σ w²` over the weights, so each weight's gradient gets `λ w`
/// added before `inner` takes its step. A weight here is a parameter with
/// two or more dimensions (an affine layer's matrix); biases and batch
/// normalisation's `γ` and `β` are left alone, as is usual.
///
/// With plain gradient descent the step becomes `w ← (1 − ηλ) w − η ∂L/∂w`:
/// every step first shrinks each weight by the factor `1 − ηλ`, hence the
/// name. (With Adam the added term is divided like the rest of the
/// gradient, so it is not the same as shrinking the weights; AdamW, a
/// variant, shrinks them directly instead.)
///
/// ```
/// use ndarray::array;
/// use training_that_works::optimiser::{Optimiser, Sgd, WeightDecay};
///
/// let mut w = array![[2.0]];
/// let mut b = array![2.0];
/// let mut decayed = WeightDecay::new(Box::new(Sgd::new(0.1)), 0.5);
/// decayed.update(
///     &mut [w.view_mut().into_dyn(), b.view_mut().into_dyn()],
///     &[array![[0.0]].view().into_dyn(), array![0.0].view().into_dyn()],
/// );
/// assert!((w[[0, 0]] - 1.9).abs() < 1e-15); // (1 − 0.1 · 0.5) · 2
/// assert_eq!(b[0], 2.0);
/// ```
pub struct WeightDecay {
    inner: Box<dyn Optimiser>,
    rate: f64,
}

impl WeightDecay {
    /// `inner` with weight decay `rate` (λ).
    ///
    /// # Panics
    /// If `rate` is not a finite number of at least 0.
    ///
    /// ```
    /// use training_that_works::optimiser::{Adam, WeightDecay};
    ///
    /// let _adam = WeightDecay::new(Box::new(Adam::new(0.01)), 1e-4);
    /// ```
    pub fn new(inner: Box<dyn Optimiser>, rate: f64) -> WeightDecay {
        assert!(
            rate.is_finite() && rate >= 0.0,
            "a weight decay rate is a finite number of at least 0, not {rate}"
        );
        WeightDecay { inner, rate }
    }
}

impl Optimiser for WeightDecay {
    /// Adds `λ w` to each weight's gradient, then lets the inner optimiser
    /// step.
    ///
    /// ```
    /// use ndarray::array;
    /// use training_that_works::optimiser::{Optimiser, Sgd, WeightDecay};
    ///
    /// // No gradient at all: the weight only decays, by 1 − ηλ = 0.99 a step.
    /// let mut w = array![[1.0]];
    /// let mut decayed = WeightDecay::new(Box::new(Sgd::new(0.1)), 0.1);
    /// for _ in 0..10 {
    ///     decayed.update(&mut [w.view_mut().into_dyn()], &[array![[0.0]].view().into_dyn()]);
    /// }
    /// assert!((w[[0, 0]] - 0.99f64.powi(10)).abs() < 1e-12);
    /// ```
    fn update(
        &mut self,
        parameters: &mut [ArrayViewMutD<'_, f64>],
        gradients: &[ArrayViewD<'_, f64>],
    ) {
        check_shapes(parameters, gradients);
        let decayed: Vec<ArrayD<f64>> = parameters
            .iter()
            .zip(gradients)
            .map(|(theta, gradient)| {
                if theta.ndim() >= 2 {
                    gradient + &(self.rate * theta)
                } else {
                    gradient.to_owned()
                }
            })
            .collect();
        let views: Vec<ArrayViewD<'_, f64>> =
            decayed.iter().map(|g| g.view()).collect();
        self.inner.update(parameters, &views);
    }
}
// ANCHOR_END: weight_decay
