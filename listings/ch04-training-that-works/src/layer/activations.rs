//! The activation layers: chapter 2's functions, with their derivatives as
//! backward passes.

use ndarray::{Array2, ArrayView2};

use super::{Layer, Mode, check_gradient, kept};

/// Which activation a network's hidden layers use.
///
/// ```
/// use ndarray::array;
/// use training_that_works::layer::{Activation, Mode};
///
/// let mut relu = Activation::Relu.layer();
/// assert_eq!(relu.forward(array![[-1.0, 1.0]].view(), Mode::Inference), array![[0.0, 1.0]]);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Activation {
    /// [`Relu`].
    Relu,
    /// [`Sigmoid`].
    Sigmoid,
    /// [`Tanh`].
    Tanh,
}

impl Activation {
    /// A fresh layer of this activation.
    ///
    /// ```
    /// use training_that_works::layer::Activation;
    ///
    /// let _tanh = Activation::Tanh.layer();
    /// ```
    pub fn layer(self) -> Box<dyn Layer> {
        match self {
            Activation::Relu => Box::new(Relu::default()),
            Activation::Sigmoid => Box::new(Sigmoid::default()),
            Activation::Tanh => Box::new(Tanh::default()),
        }
    }
}

// ANCHOR: relu
/// ReLU, `max(0, z)`: passes the gradient where its input was positive,
/// and nothing elsewhere (at 0 too, by the same convention as chapter 2).
///
/// ```
/// use ndarray::array;
/// use training_that_works::layer::{Layer, Mode, Relu};
///
/// let mut relu = Relu::default();
/// assert_eq!(relu.forward(array![[-2.0, 0.0, 3.0]].view(), Mode::Inference), array![[0.0, 0.0, 3.0]]);
/// ```
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Relu {
    input: Option<Array2<f64>>,
}

impl Layer for Relu {
    fn forward(&mut self, z: ArrayView2<'_, f64>, mode: Mode) -> Array2<f64> {
        if mode == Mode::Training {
            self.input = Some(z.to_owned());
        }
        z.mapv(|v| v.max(0.0))
    }

    fn backward(
        &mut self,
        output_gradient: ArrayView2<'_, f64>,
    ) -> Array2<f64> {
        let z = kept(&self.input, "Relu");
        check_gradient(&output_gradient, z.dim(), "Relu");
        let mut gradient = output_gradient.to_owned();
        gradient.zip_mut_with(z, |g, &z| {
            if z <= 0.0 {
                *g = 0.0;
            }
        });
        gradient
    }
}
// ANCHOR_END: relu

/// The sigmoid, `1 / (1 + e⁻ᶻ)`; its backward pass multiplies by its
/// derivative `y (1 − y)`, read from the output it kept.
///
/// ```
/// use ndarray::array;
/// use training_that_works::layer::{Layer, Mode, Sigmoid};
///
/// let mut sigmoid = Sigmoid::default();
/// assert_eq!(sigmoid.forward(array![[0.0]].view(), Mode::Training), array![[0.5]]);
/// assert_eq!(sigmoid.backward(array![[1.0]].view()), array![[0.25]]);
/// ```
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Sigmoid {
    output: Option<Array2<f64>>,
}

impl Layer for Sigmoid {
    fn forward(&mut self, z: ArrayView2<'_, f64>, mode: Mode) -> Array2<f64> {
        // 1 / (1 + e^(−z)) overflows harmlessly to 0 for very negative z.
        let y = z.mapv(|v| 1.0 / (1.0 + (-v).exp()));
        if mode == Mode::Training {
            self.output = Some(y.clone());
        }
        y
    }

    fn backward(
        &mut self,
        output_gradient: ArrayView2<'_, f64>,
    ) -> Array2<f64> {
        let y = kept(&self.output, "Sigmoid");
        check_gradient(&output_gradient, y.dim(), "Sigmoid");
        let mut gradient = output_gradient.to_owned();
        gradient.zip_mut_with(y, |g, &y| *g *= y * (1.0 - y));
        gradient
    }
}

/// tanh; its backward pass multiplies by its derivative `1 − y²`.
///
/// ```
/// use ndarray::array;
/// use training_that_works::layer::{Layer, Mode, Tanh};
///
/// let mut tanh = Tanh::default();
/// assert_eq!(tanh.forward(array![[0.0]].view(), Mode::Training), array![[0.0]]);
/// assert_eq!(tanh.backward(array![[2.0]].view()), array![[2.0]]);
/// ```
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Tanh {
    output: Option<Array2<f64>>,
}

impl Layer for Tanh {
    fn forward(&mut self, z: ArrayView2<'_, f64>, mode: Mode) -> Array2<f64> {
        let y = z.mapv(f64::tanh);
        if mode == Mode::Training {
            self.output = Some(y.clone());
        }
        y
    }

    fn backward(
        &mut self,
        output_gradient: ArrayView2<'_, f64>,
    ) -> Array2<f64> {
        let y = kept(&self.output, "Tanh");
        check_gradient(&output_gradient, y.dim(), "Tanh");
        let mut gradient = output_gradient.to_owned();
        gradient.zip_mut_with(y, |g, &y| *g *= 1.0 - y * y);
        gradient
    }
}
