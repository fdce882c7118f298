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
    let z1 = network.forward(digits.images()).z1;
    z1.axis_iter(Axis(1))
        .filter(|sums| sums.iter().all(|&z| z <= 0.0))
        .count()
}
