//! A network that reads a 5 × 3 pixel digit and gives ten probabilities.

use ndarray::{Array1, Array2};

use crate::activation::softmax;
use crate::layer::Layer;

/// The ten digits drawn on a 5 × 3 grid, `#` for ink.
///
/// ```
/// use neurons_and_networks::digits::TEMPLATES;
///
/// assert_eq!(TEMPLATES[1], [".#.", "##.", ".#.", ".#.", "###"]);
/// ```
// ANCHOR: templates
pub const TEMPLATES: [[&str; 5]; 10] = [
    ["###", "#.#", "#.#", "#.#", "###"],
    [".#.", "##.", ".#.", ".#.", "###"],
    ["###", "..#", "###", "#..", "###"],
    ["###", "..#", "###", "..#", "###"],
    ["#.#", "#.#", "###", "..#", "..#"],
    ["###", "#..", "###", "..#", "###"],
    ["###", "#..", "###", "#.#", "###"],
    ["###", "..#", "..#", "..#", "..#"],
    ["###", "#.#", "###", "#.#", "###"],
    ["###", "#.#", "###", "..#", "###"],
];
// ANCHOR_END: templates

/// A sloppily written 6: the top right pixel is missing.
///
/// ```
/// use neurons_and_networks::digits::HANDWRITTEN_SIX;
///
/// assert_eq!(HANDWRITTEN_SIX[0], "##.");
/// ```
// ANCHOR: handwritten_six
pub const HANDWRITTEN_SIX: [&str; 5] = ["##.", "#..", "###", "#.#", "###"];
// ANCHOR_END: handwritten_six

/// A 5 × 3 picture as 15 pixels, row by row: +1 for ink, -1 for paper.
///
/// # Panics
/// If a row is not three characters of `#` and `.`.
///
/// ```
/// use neurons_and_networks::digits::pixels;
///
/// let p = pixels(&["#..", "...", "...", "...", "..#"]);
/// assert_eq!((p[0], p[1], p[14]), (1.0, -1.0, 1.0));
/// ```
pub fn pixels(rows: &[&str; 5]) -> Array1<f64> {
    rows.iter()
        .flat_map(|row| {
            assert_eq!(row.len(), 3, "each row has 3 pixels, got {row:?}");
            row.chars().map(|c| match c {
                '#' => 1.0,
                '.' => -1.0,
                other => panic!("pixels are `#` or `.`, got {other:?}"),
            })
        })
        .collect()
}

/// A one-layer network with a neuron per digit. Neuron `k`'s weights are
/// digit `k`'s template (+1 where it has ink, -1 where it does not), so its
/// weighted sum counts the pixels where the picture agrees with the template
/// minus those where it disagrees. Softmax turns the ten sums into
/// probabilities.
///
/// ```
/// use neurons_and_networks::digits::{HANDWRITTEN_SIX, digit_network};
///
/// let p = digit_network().read(&HANDWRITTEN_SIX);
/// assert!((p.sum() - 1.0).abs() < 1e-12);
/// let best = (0..10).fold(0, |best, k| if p[k] > p[best] { k } else { best });
/// assert_eq!(best, 6);
/// ```
// ANCHOR: digit_network
pub fn digit_network() -> DigitNetwork {
    let mut weights = Array2::zeros((15, 10));
    for (digit, template) in TEMPLATES.iter().enumerate() {
        weights.column_mut(digit).assign(&pixels(template));
    }
    DigitNetwork {
        layer: Layer::new(weights, Array1::zeros(10)),
    }
}

/// The digit-reading network: one [`Layer`] and a softmax.
///
/// ```
/// use neurons_and_networks::digits::{TEMPLATES, digit_network};
///
/// let network = digit_network();
/// assert!(network.read(&TEMPLATES[0])[0] > 0.5);
/// ```
#[derive(Debug, Clone)]
pub struct DigitNetwork {
    layer: Layer,
}

impl DigitNetwork {
    /// The probability of each digit 0–9 for a 5 × 3 picture.
    ///
    /// ```
    /// use neurons_and_networks::digits::{TEMPLATES, digit_network};
    ///
    /// let p = digit_network().read(&TEMPLATES[3]);
    /// assert!(p[3] > 0.5);
    /// ```
    pub fn read(&self, picture: &[&str; 5]) -> Array1<f64> {
        let scores = self.layer.weighted_sums(&pixels(picture));
        softmax(&scores)
    }
}
// ANCHOR_END: digit_network
