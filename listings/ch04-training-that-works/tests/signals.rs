//! What the chapter says about a signal passing through five layers of 100
//! neurons, checked in every one of the ten seeds: each layer multiplies
//! the spread by what the derivation predicts, and each stated contrast
//! between two ways of drawing the weights holds seed by seed.

use std::sync::OnceLock;

use training_that_works::initialisation::Initialisation;
use training_that_works::layer::Activation;
use training_that_works::signals::{
    ACTIVATIONS, DEPTH, INITIALISATIONS, SEEDS, Statistics, through_the_stack,
    variance_gain,
};

/// The statistics of every activation, way of drawing the weights and
/// seed, computed once for all the tests.
fn all() -> &'static Vec<(Activation, Initialisation, Vec<Statistics>)> {
    static ALL: OnceLock<Vec<(Activation, Initialisation, Vec<Statistics>)>> =
        OnceLock::new();
    ALL.get_or_init(|| {
        // One thread per activation and way of drawing: each pass depends
        // only on its seed, so the numbers are those of one after another.
        std::thread::scope(|scope| {
            let handles: Vec<_> = ACTIVATIONS
                .iter()
                .flat_map(|&activation| {
                    INITIALISATIONS.iter().map(move |&init| (activation, init))
                })
                .map(|(activation, init)| {
                    scope.spawn(move || {
                        let statistics = SEEDS
                            .iter()
                            .map(|&seed| {
                                let signals =
                                    through_the_stack(activation, init, seed);
                                Statistics::of(activation, &signals)
                            })
                            .collect();
                        (activation, init, statistics)
                    })
                })
                .collect();
            handles
                .into_iter()
                .map(|h| h.join().expect("no thread panics"))
                .collect()
        })
    })
}

/// The statistics of one activation and way of drawing, seed by seed.
fn seeds(
    activation: Activation,
    init: Initialisation,
) -> &'static [Statistics] {
    all()
        .iter()
        .find(|(a, i, _)| *a == activation && *i == init)
        .map(|(_, _, s)| s.as_slice())
        .expect("every pair was run")
}

const SD_1: Initialisation = Initialisation::Normal(1.0);
const SD_0_01: Initialisation = Initialisation::Normal(0.01);

/// What each of the four steps from layer `k` to `k + 1` multiplies the
/// outputs' spread by, and the gradient's on its way back.
fn steps(s: &Statistics) -> Vec<(f64, f64)> {
    (0..DEPTH - 1)
        .map(|k| {
            (
                s.spread[k + 1] / s.spread[k],
                s.gradient_spread[k] / s.gradient_spread[k + 1],
            )
        })
        .collect()
}

/// What a layer multiplies the outputs' spread by, on average over the
/// four steps from layer 1 to layer 5, and the gradient's on its way back.
fn average_factors(s: &Statistics) -> (f64, f64) {
    let steps = 1.0 / (DEPTH - 1) as f64;
    (
        (s.spread[DEPTH - 1] / s.spread[0]).powf(steps),
        (s.gradient_spread[0] / s.gradient_spread[DEPTH - 1]).powf(steps),
    )
}

#[test]
fn each_relu_layer_multiplies_both_spreads_by_the_root_of_half_the_gain() {
    for init in INITIALISATIONS {
        let predicted = (variance_gain(init) / 2.0).sqrt();
        for s in seeds(Activation::Relu, init) {
            // On average over the four steps, within 7 %; a single step, a
            // sample of 100 neurons, strays further.
            let (forwards, backwards) = average_factors(s);
            for factor in [forwards, backwards] {
                assert!(
                    (factor / predicted - 1.0).abs() < 0.07,
                    "{init:?}: {factor} against {predicted}"
                );
            }
            for (forwards, backwards) in steps(s) {
                for factor in [forwards, backwards] {
                    assert!((factor / predicted - 1.0).abs() < 0.2);
                }
            }
        }
    }
}

#[test]
fn scaling_every_weight_leaves_the_same_relus_at_zero() {
    for (small, large) in [
        (SD_0_01, SD_1),
        (Initialisation::Xavier, Initialisation::He),
    ] {
        let pairs = seeds(Activation::Relu, small)
            .iter()
            .zip(seeds(Activation::Relu, large));
        for (a, b) in pairs {
            for k in 0..DEPTH {
                assert!((a.stalled[k] - b.stalled[k]).abs() < 1e-4);
                assert!((0.4..0.6).contains(&a.stalled[k]), "{}", a.stalled[k]);
            }
            assert_eq!(a.dead, b.dead);
        }
    }
}

#[test]
fn few_relus_start_dead_whatever_the_scale() {
    for init in INITIALISATIONS {
        for s in seeds(Activation::Relu, init) {
            assert_eq!(&s.dead[..2], [0, 0]);
            assert!(s.dead.iter().all(|&d| d <= 5), "{:?}", s.dead);
        }
    }
}

#[test]
fn tanh_with_sd_0_01_shrinks_tenfold_per_layer_both_ways() {
    for s in seeds(Activation::Tanh, SD_0_01) {
        for (forwards, backwards) in steps(s) {
            assert!((forwards / 0.1 - 1.0).abs() < 0.05, "{forwards}");
            assert!((backwards / 0.1 - 1.0).abs() < 0.05, "{backwards}");
        }
        assert!((s.spread[0] / 0.1 - 1.0).abs() < 0.05);
    }
}

#[test]
fn tanh_with_sd_1_saturates_and_its_gradient_grows_on_the_way_back() {
    for s in seeds(Activation::Tanh, SD_1) {
        assert!(
            s.stalled.iter().all(|&share| share > 0.75),
            "{:?}",
            s.stalled
        );
        assert!(s.gradient_spread[0] > 20.0 * s.gradient_spread[DEPTH - 1]);
    }
}

#[test]
fn he_keeps_tanh_spread_better_than_xavier_both_ways() {
    let pairs = seeds(Activation::Tanh, Initialisation::He)
        .iter()
        .zip(seeds(Activation::Tanh, Initialisation::Xavier));
    for (he, xavier) in pairs {
        let (he, xavier) = (average_factors(he), average_factors(xavier));
        assert!(he.0 > xavier.0 && he.1 > xavier.1, "{he:?} {xavier:?}");
        // Xavier still loses some in both directions: tanh squeezes.
        assert!(xavier.0 < 0.9 && xavier.1 < 0.9);
        assert!(he.0 < 1.0 && he.1 < 1.0);
    }
}

/// What a layer multiplies the outputs' spread from input to input by, on
/// average over the four steps.
fn input_factor(s: &Statistics) -> f64 {
    (s.input_spread[DEPTH - 1] / s.input_spread[0])
        .powf(1.0 / (DEPTH - 1) as f64)
}

#[test]
fn sigmoid_with_sd_0_01_settles_at_neurons_an_eightieth_apart_that_ignore_the_input()
 {
    for s in seeds(Activation::Sigmoid, SD_0_01) {
        for k in 1..DEPTH {
            assert!((s.spread[k] * 80.0 - 1.0).abs() < 0.15, "{}", s.spread[k]);
        }
        assert!(s.input_spread[DEPTH - 1] < 1e-7);
        assert!(s.stalled.iter().all(|&share| share == 0.0));
    }
}

#[test]
fn sigmoid_signal_from_input_to_input_shrinks_as_fast_as_the_gradient() {
    for init in [SD_0_01, Initialisation::Xavier, Initialisation::He] {
        for s in seeds(Activation::Sigmoid, init) {
            let forwards = input_factor(s);
            let (_, backwards) = average_factors(s);
            assert!(
                (forwards / backwards - 1.0).abs() < 0.1,
                "{init:?}: {forwards} {backwards}"
            );
        }
    }
}

#[test]
fn relu_with_he_keeps_the_size_but_less_of_the_difference_between_inputs() {
    for s in seeds(Activation::Relu, Initialisation::He) {
        let factor = input_factor(s);
        assert!((0.8..0.95).contains(&factor), "{factor}");
    }
}

#[test]
fn sigmoid_with_sd_1_saturates_half_its_outputs_yet_keeps_its_gradient() {
    for s in seeds(Activation::Sigmoid, SD_1) {
        assert!(
            s.stalled.iter().all(|&share| share > 0.4),
            "{:?}",
            s.stalled
        );
        assert!(s.gradient_spread[0] > 0.5 * s.gradient_spread[DEPTH - 1]);
        // The step into layer 1, whose sums spread wider, loses more of
        // the gradient than any step between layers 5 and 2.
        let g = &s.gradient_spread;
        let into_layer_1 = g[0] / g[1];
        assert!(
            (1..DEPTH - 1).all(|k| into_layer_1 < g[k] / g[k + 1]),
            "{g:?}"
        );
        assert!(s.stalled[0] > s.stalled[1]);
    }
}

#[test]
fn sigmoid_gradients_shrink_by_about_a_quarter_per_layer_with_xavier_and_he() {
    // σ′ ≤ 1/4, and √(n Var(w)) is 1 for Xavier and √2 for He.
    for (init, bound) in [
        (Initialisation::Xavier, 0.25),
        (Initialisation::He, 0.25 * 2f64.sqrt()),
    ] {
        for s in seeds(Activation::Sigmoid, init) {
            for (_, backwards) in steps(s) {
                assert!(
                    backwards < bound && backwards > 0.6 * bound,
                    "{init:?}: {backwards}"
                );
            }
            assert!(s.stalled.iter().all(|&share| share < 0.01));
        }
    }
}
