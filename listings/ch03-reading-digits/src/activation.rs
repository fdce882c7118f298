//! The hidden layer's activation, applied to a whole batch at once.

use ndarray::{Array2, ArrayView2};

// ANCHOR: activation
/// The activation a hidden layer can use.
///
/// ```
/// use reading_digits::activation::Activation;
///
/// assert_eq!(Activation::Tanh.derivative(0.0), 1.0);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Activation {
    /// `max(0, z)`.
    Relu,
    /// `1 / (1 + e^(-z))`.
    Sigmoid,
    /// `tanh(z)`.
    Tanh,
}

impl Activation {
    /// The activation of every entry of `z`.
    ///
    /// ```
    /// use ndarray::array;
    /// use reading_digits::activation::Activation;
    ///
    /// let h = Activation::Relu.apply(array![[-1.0, 2.0]].view());
    /// assert_eq!(h, array![[0.0, 2.0]]);
    /// ```
    pub fn apply(self, z: ArrayView2<f64>) -> Array2<f64> {
        match self {
            Activation::Relu => z.mapv(|z| z.max(0.0)),
            Activation::Sigmoid => z.mapv(sigmoid),
            Activation::Tanh => z.mapv(f64::tanh),
        }
    }

    /// Its derivative at `z`, the factor backpropagation multiplies by on
    /// its way back through the layer. ReLU's is taken as 0 at exactly 0,
    /// where it has none.
    ///
    /// ```
    /// use reading_digits::activation::Activation;
    ///
    /// assert_eq!(Activation::Sigmoid.derivative(0.0), 0.25);
    /// assert_eq!(Activation::Relu.derivative(0.0), 0.0);
    /// ```
    pub fn derivative(self, z: f64) -> f64 {
        match self {
            Activation::Relu => {
                if z > 0.0 {
                    1.0
                } else {
                    0.0
                }
            }
            Activation::Sigmoid => {
                let s = sigmoid(z);
                s * (1.0 - s)
            }
            Activation::Tanh => 1.0 - z.tanh().powi(2),
        }
    }
}
// ANCHOR_END: activation

/// The sigmoid, computed so that `exp` never overflows (chapter 2).
fn sigmoid(z: f64) -> f64 {
    if z >= 0.0 {
        1.0 / (1.0 + (-z).exp())
    } else {
        let e = z.exp();
        e / (1.0 + e)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use ndarray::array;

    #[test]
    fn derivatives_match_central_differences() {
        let z = array![[-2.0, -0.3, 0.4, 1.7]];
        let h = 1e-6;
        for activation in
            [Activation::Relu, Activation::Sigmoid, Activation::Tanh]
        {
            let numerical = (activation.apply((&z + h).view())
                - activation.apply((&z - h).view()))
                / (2.0 * h);
            let analytic = z.mapv(|z| activation.derivative(z));
            for (a, n) in analytic.iter().zip(&numerical) {
                assert!((a - n).abs() < 1e-8, "{activation:?}: {a} vs {n}");
            }
        }
    }
}
