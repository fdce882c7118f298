//! Centring the inputs: chapter 2's argument for zero-centred activations,
//! applied to the pixels the first layer sees.
//!
//! Pixels run from 0 to 1, never below, so for one example the gradients
//! of all the weights into a hidden neuron share the sign of that neuron's
//! error, as chapter 2 showed for the sigmoid's outputs. Subtracting the
//! training digits' mean image gives each pixel both signs.

use ndarray::{Array1, Axis};

use crate::dataset::{Digits, PIXELS};
use crate::network::Network;

// ANCHOR: centring
/// Each pixel's mean over the images of `digits`: the mean image.
///
/// # Panics
/// If `digits` is empty.
///
/// ```
/// use reading_digits::centring::mean_image;
///
/// let mean = mean_image(&reading_digits::load_bundled());
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
/// use reading_digits::centring::{centred, mean_image};
/// use reading_digits::split::three_way_split;
///
/// let split = three_way_split(&reading_digits::load_bundled());
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

/// The network that reads raw pixels exactly as `network` reads pixels
/// centred on `mean`: the first layer's sums are
/// `(x − mean) W₁ + b₁ = x W₁ + (b₁ − mean W₁)`, so only the biases change.
///
/// ```
/// use reading_digits::centring::{centred, mean_image, reading_raw_pixels};
/// use reading_digits::split::three_way_split;
/// use reading_digits::{TrainingConfig, load_bundled, train};
///
/// let split = three_way_split(&load_bundled());
/// let mean = mean_image(&split.train);
/// // Centred by hand here, so the run is told not to centre again.
/// let config = TrainingConfig { epochs: 2, centre_inputs: false, ..TrainingConfig::book() };
/// let (network, _) = train(&config, &centred(&split.train, &mean), &centred(&split.validation, &mean));
/// let raw = reading_raw_pixels(&network, &mean);
/// let a = network.logits(centred(&split.test, &mean).images());
/// let b = raw.logits(split.test.images());
/// assert!((a - b).iter().all(|d| d.abs() < 1e-9));
/// ```
pub fn reading_raw_pixels(network: &Network, mean: &Array1<f64>) -> Network {
    let b1 = &network.b1() - &mean.dot(&network.w1());
    Network::from_parameters(
        network.w1().to_owned(),
        b1,
        network.w2().to_owned(),
        network.b2().to_owned(),
        network.activation(),
    )
}
// ANCHOR_END: centring
