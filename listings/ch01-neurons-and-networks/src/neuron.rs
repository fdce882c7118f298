//! One artificial neuron: a weighted sum, a bias, a threshold.

use ndarray::{Array1, ArrayView1, AsArray};

/// An artificial neuron: it multiplies each input by its weight, adds the
/// products and the bias, and fires when the total is above 0.
///
/// ```
/// use neurons_and_networks::neuron::Neuron;
/// use ndarray::array;
///
/// let neuron = Neuron::new(array![0.5, 0.5], -0.7);
/// assert!(!neuron.fires(&[1.0, 0.0])); // 0.5 - 0.7 < 0
/// assert!(neuron.fires(&[1.0, 1.0])); // 1.0 - 0.7 > 0
/// ```
// ANCHOR: neuron
#[derive(Debug, Clone, PartialEq)]
pub struct Neuron {
    weights: Array1<f64>,
    bias: f64,
}

impl Neuron {
    /// A neuron with these weights (one per input) and this bias.
    ///
    /// ```
    /// use neurons_and_networks::neuron::Neuron;
    /// use ndarray::array;
    ///
    /// let neuron = Neuron::new(array![1.0, 2.0, 3.0], -0.5);
    /// assert_eq!(neuron.bias(), -0.5);
    /// ```
    pub fn new(weights: Array1<f64>, bias: f64) -> Self {
        Neuron { weights, bias }
    }

    /// `w1 x1 + w2 x2 + … + b`.
    ///
    /// # Panics
    /// If `inputs` does not hold one value per weight.
    ///
    /// ```
    /// use neurons_and_networks::neuron::Neuron;
    /// use ndarray::array;
    ///
    /// let neuron = Neuron::new(array![4.0], 4.0);
    /// assert_eq!(neuron.weighted_sum(&[2.0]), 12.0);
    /// ```
    pub fn weighted_sum<'a>(&self, inputs: impl AsArray<'a, f64>) -> f64 {
        let inputs: ArrayView1<f64> = inputs.into();
        assert_eq!(
            inputs.len(),
            self.weights.len(),
            "the neuron has {} weights but was given {} inputs",
            self.weights.len(),
            inputs.len()
        );
        inputs.dot(&self.weights) + self.bias
    }
    /// Whether the weighted sum is above 0: the neuron's threshold is `-bias`.
    ///
    /// A yes or no cannot carry a `NaN` along, so this is the one place
    /// where it stops: a `NaN` weighted sum is not above 0, and the answer
    /// is `false`. Use [`weighted_sum`](Self::weighted_sum) where inputs may
    /// hold `NaN`s and that must show.
    ///
    /// # Panics
    /// If `inputs` does not hold one value per weight.
    ///
    /// ```
    /// use neurons_and_networks::neuron::Neuron;
    /// use ndarray::array;
    ///
    /// let shy = Neuron::new(array![1.0], -100.0);
    /// assert!(!shy.fires(&[100.0]));
    /// assert!(shy.fires(&[100.5]));
    /// assert!(!shy.fires(&[f64::NAN]));
    /// assert!(shy.weighted_sum(&[f64::NAN]).is_nan());
    /// ```
    pub fn fires<'a>(&self, inputs: impl AsArray<'a, f64>) -> bool {
        self.weighted_sum(inputs) > 0.0
    }

    /// The bias `b`.
    ///
    /// ```
    /// use neurons_and_networks::neuron::Neuron;
    /// use ndarray::array;
    ///
    /// assert_eq!(Neuron::new(array![1.0], -0.01).bias(), -0.01);
    /// ```
    pub fn bias(&self) -> f64 {
        self.bias
    }
}
// ANCHOR_END: neuron

#[cfg(test)]
mod tests {
    use super::*;
    use ndarray::array;

    #[test]
    #[should_panic(expected = "2 weights but was given 3 inputs")]
    fn input_length_is_checked() {
        Neuron::new(array![1.0, 1.0], 0.0).weighted_sum(&[1.0, 1.0, 1.0]);
    }

    #[test]
    fn exactly_at_the_threshold_does_not_fire() {
        assert!(!Neuron::new(array![1.0], -1.0).fires(&[1.0]));
    }
}
