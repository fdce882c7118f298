//! Rosenblatt's perceptron: one neuron that learns from its mistakes.

use std::fmt;

use ndarray::{Array1, ArrayView1, ArrayView2, AsArray, Ix2, s};

use crate::activation::step;

/// A single artificial neuron with a learning rule.
///
/// It computes `activation(w · x + b)` and, when that differs from the
/// target, nudges each weight by `learning_rate * (target - prediction) * x_i`
/// and the bias by `learning_rate * (target - prediction)`.
///
/// The activation is the step function unless
/// [`with_activation`](Perceptron::with_activation) swaps it for another
/// function or closure `A`.
///
/// ```
/// use activation_and_loss::perceptron::Perceptron;
/// use ndarray::array;
///
/// let inputs = array![[0.0, 0.0], [0.0, 1.0], [1.0, 0.0], [1.0, 1.0]];
/// let and_targets = array![0.0, 0.0, 0.0, 1.0];
///
/// let mut perceptron = Perceptron::new(2, 0.2, 10);
/// perceptron.fit(&inputs, &and_targets);
///
/// assert_eq!(perceptron.weights(), array![-0.4, 0.4, 0.2]); // [bias, w1, w2]
/// assert_eq!(perceptron.predict(&[1.0, 1.0]), 1.0);
/// ```
// ANCHOR: struct
#[derive(Clone)]
pub struct Perceptron<A = fn(f64) -> f64> {
    /// `[b, w1, w2, …]`: the bias sits at index 0, in front of the weights.
    weights: Array1<f64>,
    learning_rate: f64,
    epochs: usize,
    activation: A,
}
// ANCHOR_END: struct

impl Perceptron {
    /// A perceptron for `input_size` inputs with every weight and the bias at
    /// zero, the step function as its activation, and the given learning rate
    /// and number of passes over the training data (`epochs`).
    ///
    /// # Panics
    /// If `input_size` is 0 (a neuron needs at least one input), or if
    /// `learning_rate` is not a positive, finite number.
    ///
    /// ```
    /// use activation_and_loss::perceptron::Perceptron;
    ///
    /// let p = Perceptron::new(3, 0.1, 5);
    /// assert_eq!(p.weights().len(), 4); // the bias and three weights
    /// ```
    // ANCHOR: new
    pub fn new(input_size: usize, learning_rate: f64, epochs: usize) -> Self {
        assert!(
            input_size > 0,
            "a perceptron needs at least one input, got input_size = 0"
        );
        assert!(
            learning_rate.is_finite() && learning_rate > 0.0,
            "the learning rate must be a number above 0 (and not infinite), got {learning_rate}"
        );
        Perceptron {
            weights: Array1::zeros(input_size + 1),
            learning_rate,
            epochs,
            activation: step,
        }
    }
    // ANCHOR_END: new
}

impl<A: Fn(f64) -> f64> Perceptron<A> {
    /// The same perceptron with another activation function: any function
    /// or closure from `f64` to `f64`, for instance
    /// [`identity`](crate::activation::identity), the linear
    /// `|x| 2.0 * x + 1.0`, or `move |x| leaky_relu(x, alpha)` with a
    /// captured `alpha`.
    ///
    /// ```
    /// use activation_and_loss::activation::{identity, leaky_relu};
    /// use activation_and_loss::perceptron::Perceptron;
    ///
    /// let p = Perceptron::new(2, 0.2, 10).with_activation(identity);
    /// assert_eq!(p.predict(&[1.0, 1.0]), 0.0); // all weights still 0
    ///
    /// let alpha = 0.05;
    /// let leaky =
    ///     Perceptron::new(2, 0.2, 10).with_activation(move |x| leaky_relu(x, alpha));
    /// assert_eq!(leaky.predict(&[1.0, 1.0]), 0.0);
    /// ```
    // ANCHOR: with_activation
    pub fn with_activation<B>(self, activation: B) -> Perceptron<B>
    where
        B: Fn(f64) -> f64,
    {
        Perceptron {
            weights: self.weights,
            learning_rate: self.learning_rate,
            epochs: self.epochs,
            activation,
        }
    }
    // ANCHOR_END: with_activation

    /// The perceptron's output for one input: `activation(w · x + b)`.
    ///
    /// # Panics
    /// If `input` does not have exactly as many values as the perceptron has
    /// inputs.
    ///
    /// ```
    /// use activation_and_loss::perceptron::Perceptron;
    ///
    /// let p = Perceptron::new(2, 0.2, 10);
    /// assert_eq!(p.predict(&[1.0, 1.0]), 0.0); // step(0) = 0
    /// ```
    // ANCHOR: predict
    pub fn predict<'a>(&self, input: impl AsArray<'a, f64>) -> f64 {
        let input: ArrayView1<f64> = input.into();
        let weights = self.input_weights();
        assert_eq!(
            input.len(),
            weights.len(),
            "the perceptron has {} inputs but was given {} values",
            weights.len(),
            input.len()
        );
        let weighted_sum = input.dot(&weights) + self.bias();
        (self.activation)(weighted_sum)
    }
    // ANCHOR_END: predict

    /// Trains on `inputs` (one example per row) and `targets` (one per row):
    /// `epochs` passes over the data, one update after every example.
    ///
    /// For each example the update is
    /// `w_i ← w_i + η (t − y) x_i` for the weights and `b ← b + η (t − y)` for
    /// the bias, with `η` the learning rate, `t` the target and `y` the
    /// prediction. A correct prediction changes nothing.
    ///
    /// A `NaN` or infinite input or target is not checked for: like every
    /// function in this crate, it passes through the arithmetic, and the
    /// weights it touches become `NaN`, where anyone can see them.
    ///
    /// # Panics
    /// If a row of `inputs` does not have one value per perceptron input, or
    /// if there are not as many targets as rows.
    ///
    /// ```
    /// use activation_and_loss::perceptron::Perceptron;
    /// use ndarray::array;
    ///
    /// let mut p = Perceptron::new(1, 0.5, 1);
    /// p.fit(&array![[1.0]], &[1.0]);
    /// assert_eq!(p.weights(), array![0.5, 0.5]); // one mistake, one update
    /// ```
    // ANCHOR: fit
    pub fn fit<'a, 'b>(
        &mut self,
        inputs: impl AsArray<'a, f64, Ix2>,
        targets: impl AsArray<'b, f64>,
    ) {
        let (inputs, targets) = self.check_training_data(inputs, targets);
        for _ in 0..self.epochs {
            for (input, &target) in inputs.rows().into_iter().zip(&targets) {
                let prediction = self.predict(input);
                // η (t − y) once, then times each x_i: the same operations in
                // the same order as the post's numpy code, so the learned
                // weights agree with it to the last digit.
                let step_size = self.learning_rate * (target - prediction);
                self.weights
                    .slice_mut(s![1..])
                    .scaled_add(step_size, &input);
                self.weights[0] += step_size;
            }
        }
    }
    // ANCHOR_END: fit

    fn check_training_data<'a, 'b>(
        &self,
        inputs: impl AsArray<'a, f64, Ix2>,
        targets: impl AsArray<'b, f64>,
    ) -> (ArrayView2<'a, f64>, ArrayView1<'b, f64>) {
        let (inputs, targets): (ArrayView2<f64>, ArrayView1<f64>) =
            (inputs.into(), targets.into());
        let input_size = self.input_weights().len();
        assert_eq!(
            inputs.ncols(),
            input_size,
            "each row of inputs must hold {input_size} values (one per perceptron input), got {}",
            inputs.ncols()
        );
        assert_eq!(
            inputs.nrows(),
            targets.len(),
            "got {} input rows but {} targets: there must be one target per row",
            inputs.nrows(),
            targets.len()
        );
        (inputs, targets)
    }

    /// The learned parameters, bias first: `[b, w1, w2, …]`.
    ///
    /// ```
    /// use activation_and_loss::perceptron::Perceptron;
    ///
    /// assert_eq!(Perceptron::new(2, 0.2, 10).weights().to_vec(), vec![0.0, 0.0, 0.0]);
    /// ```
    pub fn weights(&self) -> ArrayView1<'_, f64> {
        self.weights.view()
    }

    /// The bias `b`, the first entry of [`weights`](Self::weights).
    ///
    /// ```
    /// use activation_and_loss::perceptron::Perceptron;
    ///
    /// assert_eq!(Perceptron::new(2, 0.2, 10).bias(), 0.0);
    /// ```
    pub fn bias(&self) -> f64 {
        self.weights[0]
    }

    /// The input weights `[w1, w2, …]`, without the bias.
    ///
    /// ```
    /// use activation_and_loss::perceptron::Perceptron;
    ///
    /// assert_eq!(Perceptron::new(2, 0.2, 10).input_weights().len(), 2);
    /// ```
    pub fn input_weights(&self) -> ArrayView1<'_, f64> {
        self.weights.slice(s![1..])
    }
}

/// Shows the learned parameters and settings; the activation is a function,
/// which has nothing to show.
impl<A> fmt::Debug for Perceptron<A> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Perceptron")
            .field("weights", &self.weights)
            .field("learning_rate", &self.learning_rate)
            .field("epochs", &self.epochs)
            .finish_non_exhaustive()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use ndarray::array;

    #[test]
    fn a_correct_prediction_changes_nothing() {
        let mut p = Perceptron::new(2, 0.2, 3);
        p.fit(&array![[1.0, 1.0]], &[0.0]);
        assert_eq!(p.weights(), array![0.0, 0.0, 0.0]);
    }

    #[test]
    fn scaled_add_gives_the_element_loop_bit_for_bit() {
        let mut by_loop = array![0.1, -0.3, 0.7];
        let mut by_scaled_add = by_loop.clone();
        let (step_size, x) = (0.123456789, array![0.3, 0.9, -1.7]);
        for (w, &x_i) in by_loop.iter_mut().zip(&x) {
            *w += step_size * x_i;
        }
        by_scaled_add.scaled_add(step_size, &x);
        assert_eq!(by_loop, by_scaled_add);
    }

    #[test]
    fn debug_shows_the_parameters() {
        let text = format!("{:?}", Perceptron::new(1, 0.5, 2));
        assert!(text.contains("weights: [0.0, 0.0]"), "{text}");
    }

    #[test]
    #[should_panic(expected = "at least one input")]
    fn zero_inputs_are_rejected() {
        Perceptron::new(0, 0.2, 10);
    }

    #[test]
    #[should_panic(expected = "learning rate")]
    fn nan_learning_rate_is_rejected() {
        Perceptron::new(2, f64::NAN, 10);
    }

    #[test]
    #[should_panic(expected = "has 2 inputs but was given 3 values")]
    fn predict_checks_the_input_length() {
        Perceptron::new(2, 0.2, 10).predict(&[1.0, 1.0, 1.0]);
    }

    #[test]
    #[should_panic(expected = "one target per row")]
    fn fit_checks_the_number_of_targets() {
        let mut p = Perceptron::new(2, 0.2, 10);
        p.fit(&array![[0.0, 0.0], [1.0, 1.0]], &[0.0]);
    }

    #[test]
    #[should_panic(expected = "must hold 2 values")]
    fn fit_checks_the_row_length() {
        let mut p = Perceptron::new(2, 0.2, 10);
        p.fit(&array![[0.0], [1.0]], &[0.0, 1.0]);
    }

    #[test]
    fn nan_in_the_data_shows_in_the_weights() {
        let mut p = Perceptron::new(1, 0.2, 1);
        p.fit(&array![[f64::NAN]], &[1.0]);
        assert!(p.weights().iter().all(|w| w.is_nan()));
    }
}
