//! Inverted dropout: in training, each output is dropped at random.

use ndarray::{Array2, ArrayView2};
use rand_pcg::Pcg64;

use super::{Layer, Mode, check_gradient, kept};
use crate::random::{seeded, uniform};

// ANCHOR: dropout
/// In training, sets each value to 0 with probability `rate` and divides
/// the ones it keeps by `1 − rate`, so that each value's expected output
/// is its input; in inference it passes everything through unchanged.
/// Dividing in training (*inverted* dropout) is what lets inference do
/// nothing: otherwise every output would have to be scaled by `1 − rate`
/// there instead.
///
/// ```
/// use ndarray::Array2;
/// use training_that_works::layer::{Dropout, Layer, Mode};
///
/// let mut dropout = Dropout::new(0.5, 1);
/// let y = dropout.forward(Array2::ones((100, 100)).view(), Mode::Training);
/// let kept = y.iter().filter(|&&v| v > 0.0).count();
/// assert!((4500..5500).contains(&kept)); // about half
/// assert!(y.iter().all(|&v| v == 0.0 || v == 2.0)); // kept ones doubled
/// assert_eq!(dropout.forward(Array2::ones((1, 3)).view(), Mode::Inference), Array2::ones((1, 3)));
/// ```
#[derive(Debug, Clone, PartialEq)]
pub struct Dropout {
    rate: f64,
    rng: Pcg64,
    mask: Option<Array2<f64>>,
}
// ANCHOR_END: dropout

impl Dropout {
    /// Dropout with probability `rate`, its random choices drawn from
    /// `seed`.
    ///
    /// # Panics
    /// If `rate` is not in `[0, 1)`: a rate of 1 would drop everything.
    ///
    /// ```
    /// use ndarray::array;
    /// use training_that_works::layer::{Dropout, Layer, Mode};
    ///
    /// // A rate of 0 keeps everything.
    /// let mut none = Dropout::new(0.0, 1);
    /// assert_eq!(none.forward(array![[1.0, 2.0]].view(), Mode::Training), array![[1.0, 2.0]]);
    /// ```
    pub fn new(rate: f64, seed: u64) -> Dropout {
        assert!(
            (0.0..1.0).contains(&rate),
            "a dropout rate is in [0, 1), not {rate}"
        );
        Dropout {
            rate,
            rng: seeded(seed),
            mask: None,
        }
    }
}

// ANCHOR: passes
impl Layer for Dropout {
    fn forward(&mut self, x: ArrayView2<'_, f64>, mode: Mode) -> Array2<f64> {
        match mode {
            Mode::Training => {
                let keep = 1.0 - self.rate;
                let mask = Array2::from_shape_simple_fn(x.dim(), || {
                    // A draw evenly from [0, 1): kept with probability `keep`.
                    let u = (uniform(&mut self.rng, 1.0) + 1.0) / 2.0;
                    if u < keep { 1.0 / keep } else { 0.0 }
                });
                let y = &x * &mask;
                self.mask = Some(mask);
                y
            }
            Mode::Inference => x.to_owned(),
        }
    }

    fn backward(
        &mut self,
        output_gradient: ArrayView2<'_, f64>,
    ) -> Array2<f64> {
        // The output is the input times the mask, so the gradient is too.
        let mask = kept(&self.mask, "Dropout");
        check_gradient(&output_gradient, mask.dim(), "Dropout");
        &output_gradient * mask
    }
}
// ANCHOR_END: passes
