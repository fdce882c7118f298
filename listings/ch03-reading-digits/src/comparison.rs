//! Training the same network several ways, to compare the choices chapter 2
//! argued about.

use crate::load_bundled;
use crate::network::Network;
use crate::split::{TEST_EVERY, train_test_split};
use crate::training::{EpochReport, TrainingConfig, train};

/// Trains one network per configuration on the book's split and returns
/// each trained network with its reports, in order.
///
/// # Panics
/// If the crate's own data file cannot be read (see
/// [`load_bundled`](crate::load_bundled)), or a configuration is
/// invalid (see [`train`]).
///
/// ```
/// use reading_digits::comparison::compare;
/// use reading_digits::training::TrainingConfig;
///
/// let runs = compare(&[TrainingConfig { epochs: 1, ..TrainingConfig::book() }]);
/// assert_eq!(runs[0].1.len(), 1);
/// ```
pub fn compare(configs: &[TrainingConfig]) -> Vec<(Network, Vec<EpochReport>)> {
    let digits = load_bundled();
    let (training, test) = train_test_split(&digits, TEST_EVERY);
    configs
        .iter()
        .map(|config| train(config, &training, &test))
        .collect()
}
