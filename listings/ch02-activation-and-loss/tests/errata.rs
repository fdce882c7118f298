//! The post's mistakes, stated as facts the code shows. Chapter 2 points at
//! these tests in its notes.

use activation_and_loss::activation::{
    identity, sigmoid, softmax, softmax_naive, step, step_derivative,
};
use activation_and_loss::and_gate::truth_table;
use activation_and_loss::digit_example::{CLOSE_PREDICTION, TARGET_SIX};
use activation_and_loss::linearity::{additivity_gap, linear, stacked};
use activation_and_loss::loss::{
    mean_squared_error, squared_errors, sum_squared_error,
};
use activation_and_loss::perceptron::Perceptron;
use ndarray::array;

/// Erratum 1: index 0 is the bias, so the AND weights are b = -0.4,
/// w1 = 0.4, w2 = 0.2 (the post read them as w1 = -0.4, w2 = 0.4, b = 0.2).
#[test]
fn index_zero_of_the_weights_is_the_bias() {
    let (inputs, targets) = truth_table();
    let mut p = Perceptron::new(2, 0.2, 10);
    p.fit(&inputs, &targets);
    assert_eq!(p.bias(), -0.4);
    assert_eq!(p.input_weights(), array![0.4, 0.2]);
    // With only the inputs (0, 0), the output is decided by the bias alone.
    let b = p.weights()[0];
    assert_eq!(p.predict(&[0.0, 0.0]), step(b));
    // Read the post's way (w1 = -0.4, w2 = 0.4, b = 0.2), the same numbers
    // would fire for (0, 1), which AND must not do.
    let (w1, w2, b) = (-0.4, 0.4, 0.2);
    assert_eq!(step(0.0 * w1 + 1.0 * w2 + b), 1.0);
    assert_eq!(p.predict(&[0.0, 1.0]), 0.0);
}

/// Erratum 2 and section 5: composing linear functions stays linear,
/// f(f(f(x))) = a³x, while the sigmoid is not linear.
#[test]
fn composing_linear_functions_stays_linear() {
    let a = 1.5;
    let three_layers = stacked(linear(a), 3);
    for x in [-2.0, 0.5, 3.0] {
        assert!((three_layers(x) - a.powi(3) * x).abs() < 1e-15);
    }
    // So the stack adds up like any linear function, while a stack of
    // sigmoids does not.
    assert_eq!(additivity_gap(&three_layers, 0.5, 0.25), 0.0);
    assert!(additivity_gap(stacked(sigmoid, 3), 0.5, 0.25).abs() > 0.1);
}

#[test]
fn sigmoid_is_not_linear() {
    // A linear function satisfies f(x + y) = f(x) + f(y); the sigmoid does not.
    assert!(additivity_gap(sigmoid, 1.0, 2.0).abs() > 0.5);
    // Nor is it affine: its slope changes along the curve.
    let slope = |x: f64| (sigmoid(x + 1e-3) - sigmoid(x - 1e-3)) / 2e-3;
    assert!(slope(0.0) > 10.0 * slope(4.0));
}

/// Erratum 3: what the post calls MSE is half the sum, not a mean.
#[test]
fn the_posts_mse_is_half_the_sum_not_a_mean() {
    let (y, t) = (&CLOSE_PREDICTION, &TARGET_SIX);
    let half_sum = sum_squared_error(y, t);
    let mean = mean_squared_error(y, t);
    let squares = squared_errors(y, t).sum();
    assert!((half_sum - 0.5 * squares).abs() < 1e-15);
    assert!((mean - squares / 10.0).abs() < 1e-15);
    assert!((half_sum / mean - 5.0).abs() < 1e-12);
}

/// Erratum 4: the naive softmax overflows; subtracting the maximum does not.
#[test]
fn naive_softmax_overflows_and_stable_does_not() {
    let scores = array![1010.0, 1000.0, 990.0];
    assert!(f64::exp(1010.0).is_infinite());
    assert!(softmax_naive(&scores).iter().all(|p| p.is_nan()));
    let p = softmax(&scores);
    assert!(p.iter().all(|p| p.is_finite()));
    assert!((p.sum() - 1.0).abs() < 1e-15);
}

/// Erratum 5: the step is not differentiable at 0, and its derivative is 0
/// everywhere else, so no gradient flows back through it.
#[test]
fn the_step_passes_no_gradient() {
    for x in [-3.0, -1e-9, 1e-9, 3.0] {
        let numerical = (step(x + 1e-12) - step(x - 1e-12)) / 2e-12;
        assert_eq!(numerical, 0.0);
        assert_eq!(step_derivative(x), 0.0);
    }
    // Across 0 the difference quotient blows up instead of settling.
    let h = 1e-12;
    assert!((step(h) - step(-h)) / (2.0 * h) > 1e11);
}

/// Erratum 6: without an activation the update rule is the Widrow–Hoff (LMS)
/// rule, which fits a least-squares line through the four points rather than
/// a 0/1 answer. The least-squares fit of AND is b = -0.25, w1 = w2 = 0.5, and
/// with a small learning rate the updates settle next to it (per-example
/// updates with a fixed rate stay within about η of the exact fit).
#[test]
fn the_identity_perceptron_fits_least_squares() {
    let (inputs, targets) = truth_table();
    let mut p = Perceptron::new(2, 0.01, 2000).with_activation(identity);
    p.fit(&inputs, &targets);
    assert!((p.bias() + 0.25).abs() < 0.01);
    assert!((p.input_weights()[0] - 0.5).abs() < 0.01);
    assert!((p.input_weights()[1] - 0.5).abs() < 0.01);
}

/// Erratum 7: with b = -100 the weighted sum must exceed 100 before the
/// neuron fires; all-zero inputs do not fire it.
#[test]
fn a_bias_of_minus_100_is_a_threshold_of_100() {
    let fires = |weighted_sum: f64, bias: f64| step(weighted_sum + bias) == 1.0;
    assert!(!fires(0.0, -100.0));
    assert!(!fires(100.0, -100.0));
    assert!(fires(100.5, -100.0));
    assert!(fires(0.02, -0.01));
}

/// Erratum 8: the sigmoid's outputs average 0.5 only for inputs symmetric
/// around 0.
#[test]
fn the_sigmoid_averages_one_half_only_for_symmetric_inputs() {
    let mean = |xs: &[f64]| {
        xs.iter().map(|&x| sigmoid(x)).sum::<f64>() / xs.len() as f64
    };
    assert!((mean(&[-3.0, -1.0, 0.0, 1.0, 3.0]) - 0.5).abs() < 1e-15);
    assert!(mean(&[0.0, 1.0, 2.0, 3.0]) > 0.7);
}
