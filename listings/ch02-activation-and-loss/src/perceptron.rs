//! Rosenblatt's perceptron: one neuron that learns from its mistakes.

use ndarray::{Array1, ArrayView1, ArrayView2, s};

use crate::activation::step;

/// A single artificial neuron with a learning rule.
///
/// It computes `activation(w · x + b)` and, when that differs from the
/// target, nudges each weight by `learning_rate * (target - prediction) * x_i`
/// and the bias by `learning_rate * (target - prediction)`.
///
/// ```
/// use activation_and_loss::perceptron::Perceptron;
/// use ndarray::array;
///
/// let inputs = array![[0.0, 0.0], [0.0, 1.0], [1.0, 0.0], [1.0, 1.0]];
/// let and_targets = array![0.0, 0.0, 0.0, 1.0];
///
/// let mut perceptron = Perceptron::new(2, 0.2, 10);
/// perceptron.fit(inputs.view(), and_targets.view());
///
/// assert_eq!(perceptron.weights(), array![-0.4, 0.4, 0.2]); // [bias, w1, w2]
/// assert_eq!(perceptron.predict(array![1.0, 1.0].view()), 1.0);
/// ```
// ANCHOR: struct
#[derive(Debug, Clone)]
pub struct Perceptron {
    /// `[b, w1, w2, …]`: the bias sits at index 0, in front of the weights.
    weights: Array1<f64>,
    learning_rate: f64,
    epochs: usize,
    activation: fn(f64) -> f64,
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
            "the learning rate must be a positive, finite number, got {learning_rate}"
        );
        Perceptron {
            weights: Array1::zeros(input_size + 1),
            learning_rate,
            epochs,
            activation: step,
        }
    }
    // ANCHOR_END: new

    /// The same perceptron with another activation function, for instance
    /// [`identity`](crate::activation::identity) or the linear `|x| 2.0 * x + 1.0`.
    ///
    /// ```
    /// use activation_and_loss::activation::identity;
    /// use activation_and_loss::perceptron::Perceptron;
    /// use ndarray::array;
    ///
    /// let p = Perceptron::new(2, 0.2, 10).with_activation(identity);
    /// assert_eq!(p.predict(array![1.0, 1.0].view()), 0.0); // all weights still 0
    /// ```
    // ANCHOR: with_activation
    pub fn with_activation(self, activation: fn(f64) -> f64) -> Self {
        Perceptron { activation, ..self }
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
    /// use ndarray::array;
    ///
    /// let p = Perceptron::new(2, 0.2, 10);
    /// assert_eq!(p.predict(array![1.0, 1.0].view()), 0.0); // step(0) = 0
    /// ```
    // ANCHOR: predict
    pub fn predict(&self, input: ArrayView1<f64>) -> f64 {
        let weights = self.weights.slice(s![1..]);
        assert_eq!(
            input.len(),
            weights.len(),
            "the perceptron has {} inputs but was given {} values",
            weights.len(),
            input.len()
        );
        let bias = self.weights[0];
        let weighted_sum = input.dot(&weights) + bias;
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
    /// # Panics
    /// If a row of `inputs` does not have one value per perceptron input, if
    /// there are not as many targets as rows, or if any input or target is
    /// `NaN` or infinite (one such value would turn every weight into `NaN`).
    ///
    /// ```
    /// use activation_and_loss::perceptron::Perceptron;
    /// use ndarray::array;
    ///
    /// let mut p = Perceptron::new(1, 0.5, 1);
    /// p.fit(array![[1.0]].view(), array![1.0].view());
    /// assert_eq!(p.weights(), array![0.5, 0.5]); // one mistake, one update
    /// ```
    // ANCHOR: fit
    pub fn fit(&mut self, inputs: ArrayView2<f64>, targets: ArrayView1<f64>) {
        self.check_training_data(inputs, targets);
        for _ in 0..self.epochs {
            for (input, &target) in inputs.rows().into_iter().zip(&targets) {
                let prediction = self.predict(input);
                // η (t − y) once, then times each x_i: the same operations in
                // the same order as the post's numpy code, so the learned
                // weights agree with it to the last digit.
                let step_size = self.learning_rate * (target - prediction);
                for (w, &x) in
                    self.weights.slice_mut(s![1..]).iter_mut().zip(&input)
                {
                    *w += step_size * x;
                }
                self.weights[0] += step_size;
            }
        }
    }
    // ANCHOR_END: fit

    fn check_training_data(
        &self,
        inputs: ArrayView2<f64>,
        targets: ArrayView1<f64>,
    ) {
        let input_size = self.weights.len() - 1;
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
        assert!(
            inputs.iter().chain(&targets).all(|v| v.is_finite()),
            "inputs and targets must be finite numbers (found NaN or an infinity)"
        );
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

#[cfg(test)]
mod tests {
    use super::*;
    use ndarray::array;

    #[test]
    fn a_correct_prediction_changes_nothing() {
        let mut p = Perceptron::new(2, 0.2, 3);
        p.fit(array![[1.0, 1.0]].view(), array![0.0].view());
        assert_eq!(p.weights(), array![0.0, 0.0, 0.0]);
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
        Perceptron::new(2, 0.2, 10).predict(array![1.0, 1.0, 1.0].view());
    }

    #[test]
    #[should_panic(expected = "one target per row")]
    fn fit_checks_the_number_of_targets() {
        let mut p = Perceptron::new(2, 0.2, 10);
        p.fit(array![[0.0, 0.0], [1.0, 1.0]].view(), array![0.0].view());
    }

    #[test]
    #[should_panic(expected = "must hold 2 values")]
    fn fit_checks_the_row_length() {
        let mut p = Perceptron::new(2, 0.2, 10);
        p.fit(array![[0.0], [1.0]].view(), array![0.0, 1.0].view());
    }

    #[test]
    #[should_panic(expected = "finite")]
    fn fit_rejects_nan() {
        let mut p = Perceptron::new(1, 0.2, 10);
        p.fit(array![[f64::NAN]].view(), array![1.0].view());
    }
}
