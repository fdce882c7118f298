//! Properties that must hold for every input, not just the examples.

use activation_and_loss::activation::{
    leaky_relu, leaky_relu_derivative, relu, relu_derivative, sigmoid,
    sigmoid_derivative, softmax, softmax_rows, tanh, tanh_derivative,
};
use activation_and_loss::exercise_solutions::numerical_gradient;
use activation_and_loss::least_squares::total_squared_error_slope;
use activation_and_loss::loss::{
    binary_cross_entropy_from_logit, cross_entropy_error,
    cross_entropy_from_logits, cross_entropy_gradient_at_logit, log_sum_exp,
    softmax_cross_entropy_gradient, softmax_squared_error_gradient,
    squared_error_gradient_at_logit, sum_squared_error,
};
use activation_and_loss::{argmax, one_hot};
use ndarray::{Array1, Array2};
use proptest::prelude::*;

/// Central difference `(f(x + h) - f(x - h)) / 2h`.
fn central_difference(f: impl Fn(f64) -> f64, x: f64) -> f64 {
    let h = 1e-6;
    (f(x + h) - f(x - h)) / (2.0 * h)
}

proptest! {
    // Failures are reported with their shrunk input; nothing is written to disk.
    #![proptest_config(ProptestConfig { failure_persistence: None, ..ProptestConfig::default() })]

    #[test]
    fn the_squared_errors_slope_matches_central_differences(
        weights in prop::collection::vec(-3.0..3.0f64, 3),
        inputs in prop::collection::vec(-2.0..2.0f64, 8),
        targets in prop::collection::vec(-2.0..2.0f64, 4),
    ) {
        // The page's claim: for an identity neuron y = b + w₁x₁ + w₂x₂,
        // ½(y − t)² has slope y − t in b (the error, not y's own slope,
        // which is 1) and (y − t)·xᵢ in wᵢ, summed over the examples.
        let inputs = Array2::from_shape_vec((4, 2), inputs).expect("4 × 2");
        let targets = Array1::from(targets);
        let error = |w: &[f64]| {
            let y = inputs.dot(&ndarray::arr1(&w[1..])) + w[0];
            0.5 * (&y - &targets).mapv(|e| e * e).sum()
        };
        let slope = total_squared_error_slope(&weights, &inputs, &targets);
        for i in 0..3 {
            let along = |h: f64| {
                let mut w = weights.clone();
                w[i] += h;
                error(&w)
            };
            let numeric = central_difference(along, 0.0);
            prop_assert!((slope[i] - numeric).abs() < 1e-6, "{i}: {} vs {numeric}", slope[i]);
        }
        let y = inputs.dot(&ndarray::arr1(&weights[1..])) + weights[0];
        prop_assert!((slope[0] - (&y - &targets).sum()).abs() < 1e-12);
    }

    #[test]
    fn sigmoid_derivative_matches_central_difference(x in -20.0..20.0f64) {
        prop_assert!((sigmoid_derivative(x) - central_difference(sigmoid, x)).abs() < 1e-8);
    }

    #[test]
    fn tanh_derivative_matches_central_difference(x in -20.0..20.0f64) {
        prop_assert!((tanh_derivative(x) - central_difference(tanh, x)).abs() < 1e-8);
    }

    #[test]
    fn relu_derivative_matches_central_difference(x in -20.0..20.0f64) {
        // Away from the kink, where the derivative exists.
        prop_assume!(x.abs() > 1e-3);
        prop_assert!((relu_derivative(x) - central_difference(relu, x)).abs() < 1e-8);
    }

    #[test]
    fn leaky_relu_derivative_matches_central_difference(
        x in -20.0..20.0f64,
        alpha in 0.0..0.5f64,
    ) {
        prop_assume!(x.abs() > 1e-3);
        let numerical = central_difference(|v| leaky_relu(v, alpha), x);
        prop_assert!((leaky_relu_derivative(x, alpha) - numerical).abs() < 1e-8);
    }

    #[test]
    fn sigmoid_is_finite_and_in_the_unit_interval(x in proptest::num::f64::NORMAL | proptest::num::f64::ZERO | proptest::num::f64::SUBNORMAL | proptest::num::f64::INFINITE) {
        let s = sigmoid(x);
        prop_assert!(s.is_finite());
        prop_assert!((0.0..=1.0).contains(&s));
    }

    /// Scores of one size per case: within ±10 the shares are spread out,
    /// within ±1e300 all but the largest underflow to 0; both must come out
    /// a distribution.
    #[test]
    fn softmax_is_a_distribution(
        scale in prop_oneof![Just(10.0), Just(1e3), Just(1e300)],
        unit in prop::collection::vec(-1.0..1.0f64, 1..50),
    ) {
        let a = Array1::from(unit) * scale;
        let p = softmax(&a);
        prop_assert!(p.iter().all(|v| v.is_finite() && *v >= 0.0 && *v <= 1.0));
        prop_assert!((p.sum() - 1.0).abs() < 1e-12);
    }

    #[test]
    fn softmax_keeps_the_argmax(a in prop::collection::vec(-1e3..1e3f64, 1..50)) {
        let p = softmax(&a);
        // Two scores can be distinct yet round to the same probability, so
        // compare the probabilities at the two positions rather than the
        // positions themselves.
        prop_assert_eq!(p[argmax(&a)], p[argmax(&p)]);
    }

    #[test]
    fn softmax_rows_is_softmax_of_each_row(
        rows in prop::collection::vec(prop::collection::vec(-1e3..1e3f64, 5), 1..10),
    ) {
        let flat: Vec<f64> = rows.iter().flatten().copied().collect();
        let a = Array2::from_shape_vec((rows.len(), 5), flat).expect("5 values per row");
        let p = softmax_rows(&a);
        for (row, p_row) in a.rows().into_iter().zip(p.rows()) {
            prop_assert_eq!(p_row, softmax(row));
        }
    }

    #[test]
    fn one_hot_picks_out_its_class(label in 0..20usize, extra in 1..20usize) {
        let t = one_hot(label, label + extra);
        prop_assert_eq!(argmax(&t), label);
        prop_assert_eq!(t.sum(), 1.0);
    }

    #[test]
    fn softmax_ignores_a_constant_shift(
        a in prop::collection::vec(-100.0..100.0f64, 1..50),
        c in -100.0..100.0f64,
    ) {
        let x = Array1::from(a);
        let shifted = x.mapv(|v| v + c);
        let p = softmax(&x);
        let q = softmax(&shifted);
        for (p, q) in p.iter().zip(&q) {
            prop_assert!((p - q).abs() < 1e-12);
        }
    }

    #[test]
    fn cross_entropy_is_finite_when_y_holds_zeros(
        mut y in prop::collection::vec(0.0..1.0f64, 2..20),
        hot in any::<prop::sample::Index>(),
    ) {
        y[0] = 0.0;
        let mut t = vec![0.0; y.len()];
        t[hot.index(y.len())] = 1.0;
        let loss = cross_entropy_error(&y, &t);
        prop_assert!(loss.is_finite() && loss >= 0.0);
    }

    #[test]
    fn cross_entropy_from_logits_agrees_with_the_probability_form(
        z in prop::collection::vec(-5.0..5.0f64, 2..20),
        hot in any::<prop::sample::Index>(),
    ) {
        let z = Array1::from(z);
        let mut t = Array1::zeros(z.len());
        t[hot.index(z.len())] = 1.0;
        let from_logits = cross_entropy_from_logits(&z, &t);
        let p = softmax(&z);
        let from_probabilities = cross_entropy_error(&p, &t);
        // The ε = 1e-7 inside the log is the only difference:
        // |ln(p + ε) - ln p| ≤ ε / p for the probability p of the right answer.
        let p_right = p[hot.index(z.len())];
        prop_assert!((from_logits - from_probabilities).abs() <= 1e-7 / p_right + 1e-12);
    }

    #[test]
    fn log_sum_exp_never_overflows(z in prop::collection::vec(-1e300..1e300f64, 1..50)) {
        let lse = log_sum_exp(&z);
        let max = z.iter().cloned().fold(f64::NEG_INFINITY, f64::max);
        prop_assert!(lse.is_finite());
        prop_assert!(lse >= max && lse <= max + (z.len() as f64).ln() + 1e-9 * max.abs().max(1.0));
    }

    #[test]
    fn squared_error_is_never_negative(
        pairs in prop::collection::vec((-1e3..1e3f64, -1e3..1e3f64), 1..50),
    ) {
        let (y, t): (Vec<f64>, Vec<f64>) = pairs.into_iter().unzip();
        prop_assert!(sum_squared_error(&y, &t) >= 0.0);
    }

    #[test]
    fn squared_error_gradient_at_logit_matches_central_difference(
        z in -20.0..20.0f64,
        t in 0.0..1.0f64,
    ) {
        let loss = |z: f64| 0.5 * (sigmoid(z) - t).powi(2);
        prop_assert!((squared_error_gradient_at_logit(z, t) - central_difference(loss, z)).abs() < 1e-8);
    }

    #[test]
    fn cross_entropy_gradient_at_logit_matches_central_difference(
        z in -20.0..20.0f64,
        t in 0.0..1.0f64,
    ) {
        let loss = |z: f64| binary_cross_entropy_from_logit(z, t);
        prop_assert!((cross_entropy_gradient_at_logit(z, t) - central_difference(loss, z)).abs() < 1e-7);
    }

    #[test]
    fn softmax_cross_entropy_gradient_matches_central_differences(
        z in prop::collection::vec(-10.0..10.0f64, 2..10),
        hot in any::<prop::sample::Index>(),
    ) {
        let mut t = vec![0.0; z.len()];
        t[hot.index(z.len())] = 1.0;
        let exact = softmax_cross_entropy_gradient(&z, &t);
        let numerical = numerical_gradient(|z| cross_entropy_from_logits(z, &t), &z);
        for k in 0..z.len() {
            prop_assert!((exact[k] - numerical[k]).abs() < 1e-7);
        }
    }

    #[test]
    fn softmax_squared_error_gradient_matches_central_differences(
        z in prop::collection::vec(-10.0..10.0f64, 2..10),
        hot in any::<prop::sample::Index>(),
    ) {
        let mut t = vec![0.0; z.len()];
        t[hot.index(z.len())] = 1.0;
        let exact = softmax_squared_error_gradient(&z, &t);
        let numerical = numerical_gradient(|z| sum_squared_error(&softmax(z), &t), &z);
        for k in 0..z.len() {
            prop_assert!((exact[k] - numerical[k]).abs() < 1e-7);
        }
    }

    #[test]
    fn binary_cross_entropy_equals_the_probability_form(z in -15.0..15.0f64, t in 0.0..1.0f64) {
        // Beyond |z| = 15 the probability form itself loses digits: 1 - y
        // cancels, which is the reason for computing from the logit.
        let y = sigmoid(z);
        let textbook = -t * y.ln() - (1.0 - t) * (1.0 - y).ln();
        prop_assert!((binary_cross_entropy_from_logit(z, t) - textbook).abs() < 1e-8);
    }
}
