//! Hidden neurons that never fire: chapter 2's dying ReLU, in a real
//! network.

use ndarray::Axis;

use crate::dataset::Digits;
use crate::network::Network;

/// How many hidden neurons have a weighted sum of 0 or less on every one
/// of `digits`. For ReLU such a neuron outputs 0 and passes back no
/// gradient on any of them, so on this data it has stopped learning for
/// good.
///
/// A count cannot carry a `NaN` along: a `NaN` sum is not 0 or less, so a
/// neuron whose sums have become `NaN` (a network that has diverged) is not
/// counted. Check the network's weights for `NaN` first where that can
/// happen.
///
/// ```
/// use reading_digits::activation::Activation;
/// use reading_digits::load_bundled;
/// use reading_digits::dead_neurons;
/// use reading_digits::network::Network;
/// use reading_digits::random::seeded;
///
/// let network = Network::new(64, 16, 10, Activation::Relu, &mut seeded(1));
/// assert!(dead_neurons(&network, &load_bundled()) < 16);
/// ```
pub fn dead_neurons(network: &Network, digits: &Digits) -> usize {
    dead_neuron_indices(network, digits).len()
}

/// Which hidden neurons are dead on `digits` (see [`dead_neurons`]), in
/// order.
///
/// ```
/// use reading_digits::{TrainingConfig, dead_neuron_indices, load_bundled, seeded};
///
/// let book = TrainingConfig::book();
/// let untrained = book.initial_network(&mut seeded(book.seed));
/// let dead = dead_neuron_indices(&untrained, &load_bundled());
/// assert!(dead.iter().all(|&j| j < book.hidden));
/// ```
pub fn dead_neuron_indices(network: &Network, digits: &Digits) -> Vec<usize> {
    let z1 = network.forward(digits.images()).z1;
    z1.axis_iter(Axis(1))
        .enumerate()
        .filter(|(_, sums)| sums.iter().all(|&z| z <= 0.0))
        .map(|(j, _)| j)
        .collect()
}
