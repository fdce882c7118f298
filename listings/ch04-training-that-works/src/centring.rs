//! Centring the inputs: chapter 2's argument for zero-centred activations,
//! applied to the pixels the first layer sees.
//!
//! Pixels run from 0 to 1, never below, so for one example the gradients
//! of all the weights into a hidden neuron share the sign of that neuron's
//! error, as chapter 2 showed for the sigmoid's outputs. Subtracting the
//! training digits' mean image gives each pixel both signs.

use ndarray::{Array1, Axis};

use crate::dataset::{Digits, PIXELS};

// ANCHOR: centring
/// Each pixel's mean over the images of `digits`: the mean image.
///
/// # Panics
/// If `digits` is empty.
///
/// ```
/// use training_that_works::centring::mean_image;
///
/// let mean = mean_image(&training_that_works::load_bundled());
/// assert_eq!(mean[0], 0.0); // the top-left corner is blank in every digit
/// ```
pub fn mean_image(digits: &Digits) -> Array1<f64> {
    digits
        .images()
        .mean_axis(Axis(0))
        .expect("the mean of no digits is not defined")
}

/// `digits` with `mean` subtracted from every image. The pixels then lie
/// between −1 and 1; compute `mean` on the training digits and subtract
/// the same one from every set, so that all are moved alike.
///
/// # Panics
/// If `mean` does not have one value per pixel in [0, 1] (the mean image
/// of centred digits does not: centre raw digits, once).
///
/// ```
/// use training_that_works::centring::{centred, mean_image};
/// use training_that_works::split::three_way_split;
///
/// let split = three_way_split(&training_that_works::load_bundled());
/// let mean = mean_image(&split.train);
/// let train = centred(&split.train, &mean);
/// assert!(mean_image(&train).iter().all(|m| m.abs() < 1e-12));
/// ```
pub fn centred(digits: &Digits, mean: &Array1<f64>) -> Digits {
    assert_eq!(mean.len(), PIXELS, "a mean image has {PIXELS} pixels");
    if let Some(m) = mean.iter().find(|m| !(0.0..=1.0).contains(*m)) {
        panic!(
            "a mean image of raw pixels lies from 0 to 1, not {m}: \
             are these digits centred already?"
        );
    }
    Digits::new_centred(&digits.images() - mean, digits.labels().to_vec())
}
// ANCHOR_END: centring
