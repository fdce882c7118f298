//! The batched backward pass against central differences, on small random
//! networks and batches.

use ndarray::Array2;
use proptest::prelude::*;
use reading_digits::activation::Activation;
use reading_digits::gradient_check::{numerical_gradient, relative_error};
use reading_digits::loss::Loss;
use reading_digits::network::Network;
use reading_digits::random::{seeded, uniform};
use reading_digits::{Gradients, backward};

/// How close backpropagation and central differences must agree.
const TOLERANCE: f64 = 1e-6;

/// Below this size, `‖a − b‖` is agreement however large the ratio: where
/// the true gradient is 0 (every hidden ReLU off and the batch's targets
/// spread evenly over the classes, say), a central difference returns only
/// the rounding of two loss values, about ε·L/h ≈ 1e-10 per entry with
/// h = 1e-6, and the relative error of two near-zeros is noise of order 1.
const ROUNDING_FLOOR: f64 = 1e-8;

/// The length of `a − b`.
fn distance(a: &[f64], b: &[f64]) -> f64 {
    a.iter()
        .zip(b)
        .map(|(x, y)| (x - y).powi(2))
        .sum::<f64>()
        .sqrt()
}

fn activations() -> impl Strategy<Value = Activation> {
    prop_oneof![
        Just(Activation::Relu),
        Just(Activation::Sigmoid),
        Just(Activation::Tanh)
    ]
}

fn losses() -> impl Strategy<Value = Loss> {
    prop_oneof![Just(Loss::CrossEntropy), Just(Loss::SquaredError)]
}

/// A batch of `n` inputs in [-1, 1) and one-hot targets, from a seed.
fn batch(
    n: usize,
    inputs: usize,
    outputs: usize,
    seed: u64,
) -> (Array2<f64>, Array2<f64>) {
    let mut rng = seeded(seed);
    let x =
        Array2::from_shape_simple_fn((n, inputs), || uniform(&mut rng, 1.0));
    let mut t = Array2::zeros((n, outputs));
    for i in 0..n {
        t[[i, (i * 7 + seed as usize) % outputs]] = 1.0;
    }
    (x, t)
}

/// Backpropagation's gradients and the central differences' (h = 1e-6)
/// for `network` on the batch `x` with targets `t`.
fn both_gradients(
    network: &Network,
    x: &Array2<f64>,
    t: &Array2<f64>,
    loss: Loss,
) -> (Gradients, Vec<f64>) {
    let forward = network.forward(x.view());
    let delta2 = loss.gradient(forward.logits.view(), t.view());
    let analytic = backward(network, x.view(), &forward, delta2.view());
    let numerical = numerical_gradient(network, x.view(), t.view(), loss, 1e-6);
    (analytic, numerical)
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(200))]

    #[test]
    fn backpropagation_matches_central_differences(
        inputs in 1usize..6,
        hidden in 1usize..6,
        outputs in 2usize..5,
        n in 1usize..5,
        activation in activations(),
        loss in losses(),
        seed in any::<u64>(),
    ) {
        let network = Network::new(inputs, hidden, outputs, activation, &mut seeded(seed));
        let (x, t) = batch(n, inputs, outputs, seed);
        // Central differences straddle ReLU's kink if a weighted sum is
        // within h of 0; the derivative there is not defined, so skip.
        let z1 = network.forward(x.view()).z1;
        prop_assume!(activation != Activation::Relu || z1.iter().all(|z| z.abs() > 1e-4));
        let (analytic, numerical) = both_gradients(&network, &x, &t, loss);
        let analytic = analytic.flattened();
        let error = relative_error(&analytic, &numerical);
        let apart = distance(&analytic, &numerical);
        prop_assert!(
            error <= TOLERANCE || apart <= ROUNDING_FLOOR,
            "relative error {error:e}, ‖a − b‖ = {apart:e}"
        );
    }
}

/// Found by the property test on a CI run: both hidden ReLUs off for every
/// example and the four targets on four different classes, so every entry of
/// the true gradient is 0 and the numerical one is rounding alone.
#[test]
fn a_zero_gradient_is_not_failed_for_its_rounding() {
    let seed = 1_763_174_322_273_975_759;
    let network = Network::new(5, 2, 4, Activation::Relu, &mut seeded(seed));
    let (x, t) = batch(4, 5, 4, seed);
    let (analytic, numerical) =
        both_gradients(&network, &x, &t, Loss::CrossEntropy);
    let analytic = analytic.flattened();
    assert!(analytic.iter().all(|g| *g == 0.0), "the true gradient is 0");
    assert!(relative_error(&analytic, &numerical) > TOLERANCE);
    assert!(distance(&analytic, &numerical) <= ROUNDING_FLOOR);
}

#[test]
fn the_check_catches_a_wrong_gradient() {
    let network = Network::new(3, 4, 2, Activation::Tanh, &mut seeded(5));
    let (x, t) = batch(3, 3, 2, 5);
    let (mut wrong, numerical) =
        both_gradients(&network, &x, &t, Loss::CrossEntropy);
    wrong.w1 *= 1.01;
    let wrong = wrong.flattened();
    assert!(relative_error(&wrong, &numerical) > TOLERANCE);
    assert!(distance(&wrong, &numerical) > ROUNDING_FLOOR);
}
