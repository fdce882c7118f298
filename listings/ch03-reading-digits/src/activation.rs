//! The hidden layer's activation, applied to a whole batch at once.

use std::fmt;
use std::str::FromStr;

use ndarray::{Array2, ArrayView2, AsArray, Ix2};

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
    /// The activation of every entry of `z`. A `NaN` stays `NaN`, so a
    /// broken input shows in the output instead of reading as 0.
    ///
    /// ```
    /// use ndarray::array;
    /// use reading_digits::activation::Activation;
    ///
    /// let h = Activation::Relu.apply(&array![[-1.0, 2.0, f64::NAN]]);
    /// assert_eq!(h.slice(ndarray::s![.., ..2]), array![[0.0, 2.0]]);
    /// assert!(h[[0, 2]].is_nan());
    /// ```
    pub fn apply<'a>(self, z: impl AsArray<'a, f64, Ix2>) -> Array2<f64> {
        let z: ArrayView2<f64> = z.into();
        match self {
            Activation::Relu => z.mapv(relu),
            Activation::Sigmoid => z.mapv(sigmoid),
            Activation::Tanh => z.mapv(f64::tanh),
        }
    }

    /// Its derivative at `z`, the factor backpropagation multiplies by on
    /// its way back through the layer. ReLU's is taken as 0 at exactly 0,
    /// where it has none; a `NaN` gives `NaN`.
    ///
    /// ```
    /// use reading_digits::activation::Activation;
    ///
    /// assert_eq!(Activation::Sigmoid.derivative(0.0), 0.25);
    /// assert_eq!(Activation::Relu.derivative(0.0), 0.0);
    /// ```
    #[inline]
    pub fn derivative(self, z: f64) -> f64 {
        match self {
            Activation::Relu => {
                if z > 0.0 {
                    1.0
                } else if z.is_nan() {
                    f64::NAN
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

/// `max(0, z)`, written out because `f64::max` would turn a `NaN` into 0.
fn relu(z: f64) -> f64 {
    if z > 0.0 || z.is_nan() { z } else { 0.0 }
}

/// The sigmoid, computed so that `exp` never overflows (chapter 2).
fn sigmoid(z: f64) -> f64 {
    if z >= 0.0 {
        1.0 / (1.0 + (-z).exp())
    } else {
        let e = z.exp();
        e / (1.0 + e)
    }
}

impl fmt::Display for Activation {
    /// The name a reader types: `relu`, `sigmoid` or `tanh`.
    ///
    /// ```
    /// use reading_digits::activation::Activation;
    ///
    /// assert_eq!(Activation::Relu.to_string(), "relu");
    /// ```
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Activation::Relu => "relu",
            Activation::Sigmoid => "sigmoid",
            Activation::Tanh => "tanh",
        })
    }
}

/// A name that is not one of the activations, as [`Activation::from_str`]
/// reports it.
///
/// ```
/// use reading_digits::activation::{Activation, UnknownActivation};
///
/// let error = "softplus".parse::<Activation>().unwrap_err();
/// assert_eq!(error, UnknownActivation("softplus".to_owned()));
/// assert_eq!(error.to_string(), r#""softplus" is not an activation: relu, sigmoid or tanh"#);
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UnknownActivation(pub String);

impl fmt::Display for UnknownActivation {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{:?} is not an activation: relu, sigmoid or tanh",
            self.0
        )
    }
}

impl std::error::Error for UnknownActivation {}

impl FromStr for Activation {
    type Err = UnknownActivation;

    /// The activation a name stands for, in any case: what a command-line
    /// argument or a saved network holds.
    ///
    /// ```
    /// use reading_digits::activation::Activation;
    ///
    /// assert_eq!("ReLU".parse(), Ok(Activation::Relu));
    /// assert!("softplus".parse::<Activation>().is_err());
    /// ```
    fn from_str(name: &str) -> Result<Activation, UnknownActivation> {
        match name.to_ascii_lowercase().as_str() {
            "relu" => Ok(Activation::Relu),
            "sigmoid" => Ok(Activation::Sigmoid),
            "tanh" => Ok(Activation::Tanh),
            _ => Err(UnknownActivation(name.to_owned())),
        }
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
            let numerical = (activation.apply(&(&z + h))
                - activation.apply(&(&z - h)))
                / (2.0 * h);
            let analytic = z.mapv(|z| activation.derivative(z));
            for (a, n) in analytic.iter().zip(&numerical) {
                assert!((a - n).abs() < 1e-8, "{activation:?}: {a} vs {n}");
            }
        }
    }

    #[test]
    fn nan_goes_through_every_activation_and_its_derivative() {
        for activation in
            [Activation::Relu, Activation::Sigmoid, Activation::Tanh]
        {
            assert!(activation.apply(&array![[f64::NAN]])[[0, 0]].is_nan());
            assert!(activation.derivative(f64::NAN).is_nan(), "{activation}");
        }
    }

    #[test]
    fn every_name_reads_back_as_its_activation() {
        for activation in
            [Activation::Relu, Activation::Sigmoid, Activation::Tanh]
        {
            assert_eq!(activation.to_string().parse(), Ok(activation));
        }
    }
}
