//! The test digits a network reads wrong, with what it thought of them.

use ndarray::Array1;

use crate::dataset::Digits;
use crate::evaluation::predictions;
use crate::network::Network;

/// One digit the network got wrong.
///
/// ```
/// use ndarray::array;
/// use reading_digits::Mistake;
///
/// let m = Mistake { index: 2, label: 9, answer: 5, probabilities: array![0.0, 1.0] };
/// assert_ne!(m.label, m.answer);
/// ```
#[derive(Debug, Clone, PartialEq)]
pub struct Mistake {
    /// Where it is in the set, counting from 0.
    pub index: usize,
    /// The digit it really is.
    pub label: usize,
    /// The digit the network answered.
    pub answer: usize,
    /// The network's probability for each digit.
    pub probabilities: Array1<f64>,
}

/// Every digit in `digits` the network reads wrong, in order.
///
/// ```
/// use reading_digits::activation::Activation;
/// use reading_digits::load_bundled;
/// use reading_digits::mistakes;
/// use reading_digits::network::Network;
/// use reading_digits::random::seeded;
///
/// let untrained = Network::new(64, 8, 10, Activation::Relu, &mut seeded(1));
/// let wrong = mistakes(&untrained, &load_bundled());
/// assert!(wrong.iter().all(|m| m.answer != m.label));
/// ```
pub fn mistakes(network: &Network, digits: &Digits) -> Vec<Mistake> {
    let probabilities = network.probabilities(digits.images());
    let answers = predictions(&probabilities);
    answers
        .iter()
        .zip(digits.labels())
        .enumerate()
        .filter(|(_, (answer, label))| answer != label)
        .map(|(index, (&answer, &label))| Mistake {
            index,
            label,
            answer,
            probabilities: probabilities.row(index).to_owned(),
        })
        .collect()
}
