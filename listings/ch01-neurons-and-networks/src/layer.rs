//! A layer of neurons as one matrix product.

use ndarray::{Array1, Array2, ArrayView1, AsArray};

/// A fully connected layer: every input feeds every neuron. Column `j` of
/// `weights` holds neuron `j`'s weights, so the whole layer's weighted sums
/// are one matrix product, `x · W + b`.
///
/// ```
/// use neurons_and_networks::layer::Layer;
/// use ndarray::array;
///
/// // Two inputs, three neurons.
/// let layer = Layer::new(array![[0.1, 0.3, 0.5], [0.2, 0.4, 0.6]], array![0.1, 0.2, 0.3]);
/// let z = layer.weighted_sums(&[1.0, 0.5]);
/// assert!((z[0] - 0.3).abs() < 1e-12); // 1.0 * 0.1 + 0.5 * 0.2 + 0.1
/// ```
// ANCHOR: layer
#[derive(Debug, Clone, PartialEq)]
pub struct Layer {
    weights: Array2<f64>,
    biases: Array1<f64>,
}

impl Layer {
    /// A layer from its weights (one row per input, one column per neuron)
    /// and its biases (one per neuron).
    ///
    /// # Panics
    /// If there is not one bias per column of `weights`.
    ///
    /// ```
    /// use neurons_and_networks::layer::Layer;
    /// use ndarray::array;
    ///
    /// let layer = Layer::new(array![[1.0, 2.0]], array![0.0, 0.0]);
    /// assert_eq!(layer.outputs(), 2);
    /// ```
    pub fn new(weights: Array2<f64>, biases: Array1<f64>) -> Self {
        assert_eq!(
            weights.ncols(),
            biases.len(),
            "{} neurons (weight columns) but {} biases",
            weights.ncols(),
            biases.len()
        );
        Layer { weights, biases }
    }

    /// The weighted sums of every neuron: `x · W + b`.
    ///
    /// # Panics
    /// If `x` does not have one value per row of the weights.
    ///
    /// ```
    /// use neurons_and_networks::layer::Layer;
    /// use ndarray::array;
    ///
    /// let layer = Layer::new(array![[2.0], [3.0]], array![1.0]);
    /// assert_eq!(layer.weighted_sums(&[1.0, 1.0]), array![6.0]);
    /// ```
    pub fn weighted_sums<'a>(&self, x: impl AsArray<'a, f64>) -> Array1<f64> {
        let x: ArrayView1<f64> = x.into();
        assert_eq!(
            x.len(),
            self.weights.nrows(),
            "the layer takes {} inputs but was given {}",
            self.weights.nrows(),
            x.len()
        );
        x.dot(&self.weights) + &self.biases
    }

    /// How many inputs the layer takes.
    ///
    /// ```
    /// use neurons_and_networks::layer::Layer;
    /// use ndarray::array;
    ///
    /// assert_eq!(Layer::new(array![[1.0], [1.0], [1.0]], array![0.0]).inputs(), 3);
    /// ```
    pub fn inputs(&self) -> usize {
        self.weights.nrows()
    }

    /// How many neurons (outputs) the layer has.
    ///
    /// ```
    /// use neurons_and_networks::layer::Layer;
    /// use ndarray::array;
    ///
    /// assert_eq!(Layer::new(array![[1.0, 1.0]], array![0.0, 0.0]).outputs(), 2);
    /// ```
    pub fn outputs(&self) -> usize {
        self.weights.ncols()
    }
}
// ANCHOR_END: layer

#[cfg(test)]
mod tests {
    use super::*;
    use ndarray::array;

    #[test]
    #[should_panic(expected = "2 neurons (weight columns) but 1 biases")]
    fn one_bias_per_neuron() {
        Layer::new(array![[1.0, 1.0]], array![0.0]);
    }

    #[test]
    #[should_panic(expected = "takes 2 inputs but was given 1")]
    fn input_length_is_checked() {
        Layer::new(array![[1.0], [1.0]], array![0.0]).weighted_sums(&[1.0]);
    }
}
