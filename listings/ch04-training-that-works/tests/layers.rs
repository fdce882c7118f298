//! Every layer's backward pass, checked against the definition of a
//! derivative: nudge one number up and down by h, and see how the loss
//! moves, `(L(θ + h) − L(θ − h)) / 2h`. The loss is a fixed random weighting
//! of the layer's outputs, `L = Σ cᵢⱼ yᵢⱼ`, so that `∂L/∂y = c`.

use ndarray::{Array2, array};
use proptest::prelude::*;
use training_that_works::initialisation::Initialisation;
use training_that_works::layer::{
    Activation, Affine, BatchNorm, Dropout, Layer, Mode, Relu, Sigmoid, Tanh,
};
use training_that_works::network::Network;
use training_that_works::random::{seeded, uniform};

/// A `rows × cols` array of numbers drawn evenly from `±limit`.
fn random(rows: usize, cols: usize, limit: f64, seed: u64) -> Array2<f64> {
    let mut rng = seeded(seed);
    Array2::from_shape_simple_fn((rows, cols), || uniform(&mut rng, limit))
}

fn close(a: f64, b: f64) -> bool {
    (a - b).abs() <= 1e-6 * a.abs().max(b.abs()).max(1e-3)
}

/// `∂L/∂x` by backward against central differences, for any layer whose
/// output in inference is the function its backward pass differentiates.
fn input_gradient_matches(
    layer: &mut dyn Layer,
    x: &Array2<f64>,
    c: &Array2<f64>,
) -> bool {
    input_gradient_matches_in(Mode::Inference, layer, x, c)
}

/// The same, with the nudged losses computed in `mode`: batch
/// normalisation differentiates its training-mode function, whose
/// statistics come from the batch itself.
fn input_gradient_matches_in(
    mode: Mode,
    layer: &mut dyn Layer,
    x: &Array2<f64>,
    c: &Array2<f64>,
) -> bool {
    let h = 1e-6;
    layer.forward(x.view(), Mode::Training);
    let analytic = layer.backward(c.view());
    let loss = |layer: &mut dyn Layer, x: &Array2<f64>| {
        (layer.forward(x.view(), mode) * c).sum()
    };
    x.indexed_iter().all(|((i, j), _)| {
        let (mut up, mut down) = (x.clone(), x.clone());
        up[[i, j]] += h;
        down[[i, j]] -= h;
        let numerical = (loss(layer, &up) - loss(layer, &down)) / (2.0 * h);
        close(analytic[[i, j]], numerical)
    })
}

proptest! {
    #[test]
    fn affine_gradients_match_central_differences(seed in 0..1000u64) {
        let (x, c) = (random(4, 3, 2.0, seed), random(4, 5, 1.0, seed + 1));
        let mut affine = Affine::new(3, 5, Initialisation::Normal(1.0), &mut seeded(seed + 2));
        prop_assert!(input_gradient_matches(&mut affine, &x, &c));
        // The weights' and biases' gradients, one entry at a time.
        affine.forward(x.view(), Mode::Training);
        affine.backward(c.view());
        let h = 1e-6;
        let analytic: Vec<Vec<f64>> = affine.parameters().iter().map(|(_, g)| g.iter().copied().collect()).collect();
        for (k, gradient) in analytic.iter().enumerate() {
            for (index, &a) in gradient.iter().enumerate() {
                let nudged = |delta: f64| {
                    let mut copy = affine.clone();
                    let mut parameters = copy.parameters();
                    let value = parameters[k].0.iter_mut().nth(index).expect("an entry");
                    *value += delta;
                    drop(parameters);
                    (copy.forward(x.view(), Mode::Inference) * &c).sum()
                };
                let numerical = (nudged(h) - nudged(-h)) / (2.0 * h);
                prop_assert!(close(a, numerical), "parameter {k}, entry {index}: {a} vs {numerical}");
            }
        }
    }

    #[test]
    fn batch_norm_gradients_match_central_differences(seed in 0..1000u64) {
        let (x, c) = (random(6, 3, 2.0, seed), random(6, 3, 1.0, seed + 1));
        let mut norm = BatchNorm::new(3);
        // Move γ and β away from 1 and 0, so that their part is checked too.
        for (k, (mut p, _)) in norm.parameters().into_iter().enumerate() {
            p.assign(&random(1, 3, 1.0, seed + 2 + k as u64).into_shape_with_order(3).expect("three").into_dyn());
        }
        prop_assert!(input_gradient_matches_in(Mode::Training, &mut norm, &x, &c));
        norm.forward(x.view(), Mode::Training);
        norm.backward(c.view());
        let h = 1e-6;
        let analytic: Vec<Vec<f64>> = norm.parameters().iter().map(|(_, g)| g.iter().copied().collect()).collect();
        for (k, gradient) in analytic.iter().enumerate() {
            for (index, &a) in gradient.iter().enumerate() {
                let nudged = |delta: f64| {
                    let mut copy = norm.clone();
                    let mut parameters = copy.parameters();
                    let value = parameters[k].0.iter_mut().nth(index).expect("an entry");
                    *value += delta;
                    drop(parameters);
                    (copy.forward(x.view(), Mode::Training) * &c).sum()
                };
                let numerical = (nudged(h) - nudged(-h)) / (2.0 * h);
                prop_assert!(close(a, numerical), "parameter {k}, entry {index}: {a} vs {numerical}");
            }
        }
    }

    #[test]
    fn dropout_gradients_match_central_differences(seed in 0..1000u64, rate in 0.0..0.9f64) {
        // A copy of the layer made before the forward pass draws the same
        // mask, so the nudged losses see the function that was
        // differentiated.
        let (x, c) = (random(4, 6, 3.0, seed), random(4, 6, 1.0, seed + 1));
        let layer = Dropout::new(rate, seed);
        let mut trained = layer.clone();
        trained.forward(x.view(), Mode::Training);
        let analytic = trained.backward(c.view());
        // Dropout is linear in its input, so central differences have no
        // truncation error at any h; what they have is rounding error, about
        // ε·|L|/h, which at h = 1e-6 can exceed the tolerance where a
        // gradient is small. A larger h shrinks it.
        let h = 1e-3;
        for ((i, j), &a) in analytic.indexed_iter() {
            let nudged = |delta: f64| {
                let mut copy = layer.clone();
                let mut moved = x.clone();
                moved[[i, j]] += delta;
                (copy.forward(moved.view(), Mode::Training) * &c).sum()
            };
            let numerical = (nudged(h) - nudged(-h)) / (2.0 * h);
            prop_assert!(close(a, numerical), "{a} vs {numerical}");
        }
    }

    #[test]
    fn activation_gradients_match_central_differences(seed in 0..1000u64) {
        let (x, c) = (random(4, 6, 3.0, seed), random(4, 6, 1.0, seed + 1));
        prop_assert!(input_gradient_matches(&mut Sigmoid::default(), &x, &c));
        prop_assert!(input_gradient_matches(&mut Tanh::default(), &x, &c));
        // ReLU has no derivative at 0: keep inputs a nudge away from it.
        let away = x.mapv(|v| if v.abs() < 1e-3 { 1e-3_f64.copysign(v) } else { v });
        prop_assert!(input_gradient_matches(&mut Relu::default(), &away, &c));
    }

    /// The whole network's gradient of the cross-entropy, through every
    /// layer, against central differences of the loss.
    #[test]
    fn a_deep_networks_gradients_match_central_differences(seed in 0..1000u64, tanh in any::<bool>()) {
        let activation = if tanh { Activation::Tanh } else { Activation::Sigmoid };
        let mut network = Network::fully_connected(&[3, 4, 4, 2], activation, Initialisation::Xavier, &mut seeded(seed));
        let x = random(5, 3, 1.0, seed + 1);
        let targets = array![[1.0, 0.0], [0.0, 1.0], [1.0, 0.0], [0.5, 0.5], [0.0, 1.0]];
        let logits = network.forward(&x, Mode::Training);
        let gradient = training_that_works::loss::cross_entropy_gradient(&logits, &targets);
        network.backward(gradient.view());
        let analytic: Vec<f64> = {
            let (_, gradients) = network.parameters_and_gradients();
            gradients.iter().flat_map(|g| g.iter().copied().collect::<Vec<_>>()).collect()
        };
        let h = 1e-6;
        for (index, &expected) in analytic.iter().enumerate() {
            let mut at = |delta: f64| {
                {
                    let (mut parameters, _) = network.parameters_and_gradients();
                    let mut seen = 0;
                    for p in parameters.iter_mut() {
                        if index < seen + p.len() {
                            let value = p.iter_mut().nth(index - seen).expect("an entry");
                            *value += delta;
                            break;
                        }
                        seen += p.len();
                    }
                }
                network.loss(&x, &targets)
            };
            let up = at(h);
            let down = at(-2.0 * h);
            at(h);
            let numerical = (up - down) / (2.0 * h);
            prop_assert!(close(expected, numerical), "entry {index}: {expected} vs {numerical}");
        }
    }
}

#[test]
#[should_panic(
    expected = "Relu: backward needs a forward pass in training mode first"
)]
fn backward_without_a_training_forward_pass_is_refused() {
    let mut relu = Relu::default();
    relu.forward(array![[1.0]].view(), Mode::Inference);
    relu.backward(array![[1.0]].view());
}

#[test]
#[should_panic(expected = "Affine: 2 inputs given, 3 expected")]
fn an_affine_layer_refuses_the_wrong_number_of_inputs() {
    let mut affine = Affine::new(3, 1, Initialisation::He, &mut seeded(1));
    affine.forward(array![[1.0, 2.0]].view(), Mode::Inference);
}

#[test]
#[should_panic(
    expected = "Sigmoid: the output gradient is (1, 2) but the output was (1, 1)"
)]
fn a_gradient_of_the_wrong_shape_is_refused() {
    let mut sigmoid = Sigmoid::default();
    sigmoid.forward(array![[0.0]].view(), Mode::Training);
    sigmoid.backward(array![[1.0, 1.0]].view());
}

#[test]
fn batch_norm_gives_each_feature_mean_0_and_variance_1_in_training() {
    let x = random(32, 4, 5.0, 7) * 10.0 + 3.0;
    let y = BatchNorm::new(4).forward(x.view(), Mode::Training);
    for column in y.columns() {
        assert!(column.mean().expect("rows").abs() < 1e-12);
        // Not exactly 1: ε is added to the variance.
        assert!((column.var(0.0) - 1.0).abs() < 1e-5);
    }
}

#[test]
fn batch_norm_answers_from_its_running_statistics_in_inference() {
    let mut norm = BatchNorm::new(1);
    for _ in 0..200 {
        norm.forward(array![[4.0], [6.0]].view(), Mode::Training);
    }
    // The running mean and variance have settled at the batches' 5 and 1,
    // so one example is normalised alone, whatever else is in its batch.
    assert!((norm.running_mean()[0] - 5.0).abs() < 1e-6);
    assert!((norm.running_variance()[0] - 1.0).abs() < 1e-6);
    let alone = norm.forward(array![[6.0]].view(), Mode::Inference);
    let together = norm.forward(array![[6.0], [100.0]].view(), Mode::Inference);
    assert!((alone[[0, 0]] - 1.0).abs() < 1e-4);
    assert_eq!(alone[[0, 0]], together[[0, 0]]);
}

#[test]
fn a_normalised_network_draws_the_same_weights_as_a_plain_one() {
    let sizes = [3, 4, 4, 2];
    let mut plain = Network::fully_connected(
        &sizes,
        Activation::Relu,
        Initialisation::He,
        &mut seeded(5),
    );
    let mut normalised = Network::normalised(
        &sizes,
        Activation::Relu,
        Initialisation::He,
        &mut seeded(5),
    );
    let weights = |n: &mut Network| -> Vec<Vec<f64>> {
        let (parameters, _) = n.parameters_and_gradients();
        parameters
            .iter()
            .filter(|p| p.ndim() == 2)
            .map(|p| p.iter().copied().collect())
            .collect()
    };
    assert_eq!(weights(&mut plain), weights(&mut normalised));
    assert_eq!((plain.depth(), normalised.depth()), (5, 7));
}

#[test]
#[should_panic(expected = "BatchNorm: 2 features given, 3 expected")]
fn batch_norm_refuses_the_wrong_number_of_features() {
    BatchNorm::new(3).forward(array![[1.0, 2.0]].view(), Mode::Training);
}

#[test]
fn batch_norm_forgets_the_scale_and_shift_of_its_input() {
    // BN(c x + d) = BN(x) for c > 0, up to ε: so the weights before it can
    // be any size, and their bias is undone.
    let x = random(8, 3, 2.0, 11);
    let mut norm = BatchNorm::new(3);
    let y = norm.forward(x.view(), Mode::Training);
    let moved = norm.forward((&x * 100.0 + 7.0).view(), Mode::Training);
    assert!((&y - &moved).iter().all(|d| d.abs() < 1e-5));
}

#[test]
fn the_bias_before_batch_norm_gets_no_gradient() {
    let mut network = Network::normalised(
        &[3, 4, 2],
        Activation::Relu,
        Initialisation::He,
        &mut seeded(3),
    );
    let x = random(6, 3, 1.0, 4);
    let targets = array![
        [1.0, 0.0],
        [0.0, 1.0],
        [1.0, 0.0],
        [0.0, 1.0],
        [1.0, 0.0],
        [0.0, 1.0]
    ];
    let logits = network.forward(&x, Mode::Training);
    network.backward(
        training_that_works::loss::cross_entropy_gradient(&logits, &targets)
            .view(),
    );
    let (_, gradients) = network.parameters_and_gradients();
    // Weights and biases of the hidden affine layer come first.
    assert!(
        gradients[1].iter().all(|g| g.abs() < 1e-12),
        "{}",
        gradients[1]
    );
    assert!(gradients[0].iter().any(|g| g.abs() > 1e-6));
}

#[test]
fn dropout_keeps_each_output_on_average() {
    let x = Array2::from_elem((200, 100), 3.0);
    let y = Dropout::new(0.3, 9).forward(x.view(), Mode::Training);
    let mean = y.mean().expect("values");
    assert!((mean - 3.0).abs() < 0.05, "{mean}");
}

#[test]
#[should_panic(expected = "a dropout rate is in [0, 1), not 1")]
fn a_dropout_rate_of_one_is_refused() {
    Dropout::new(1.0, 1);
}
