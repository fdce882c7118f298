//! Backpropagation's gradients equal the numerical ones, for any weights and
//! any example, to within 1e-6.

use ndarray::{Array1, Array2};
use neurons_and_networks::backpropagation::TwoLayerNetwork;
use proptest::prelude::*;

proptest! {
    #![proptest_config(ProptestConfig { failure_persistence: None, ..ProptestConfig::default() })]

    #[test]
    fn backpropagation_matches_central_differences(
        weights in prop::collection::vec(-3.0..3.0f64, 9),
        x in prop::collection::vec(-2.0..2.0f64, 2),
        t in 0.0..1.0f64,
    ) {
        let net = TwoLayerNetwork::from_parameters(
            Array2::from_shape_vec((2, 2), weights[0..4].to_vec()).expect("4 weights for a 2 × 2 W1"),
            Array1::from(weights[4..6].to_vec()),
            Array1::from(weights[6..8].to_vec()),
            weights[8],
        );
        let x = Array1::from(x);
        let exact = net.gradients(&x, t);
        let estimate = net.numerical_gradients(&x, t, 1e-5);
        prop_assert!(exact.largest_difference(&estimate) < 1e-6);
    }
}
