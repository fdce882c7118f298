//! The exercise solutions do what the exercises ask.

use activation_and_loss::activation::softmax;
use activation_and_loss::activation::{
    leaky_relu, leaky_relu_derivative, relu, relu_derivative, sigmoid,
    sigmoid_derivative,
};
use activation_and_loss::digit_example::{SCORES_FOR_SIX, TARGET_SIX};
use activation_and_loss::exercise_solutions::{
    cross_entropy_gradient_for_any_target, largest_gradient_error,
    numerical_gradient, sigmoid_layer_factors, smoothed_target,
    softmax_shifted_by_mean, train_one_neuron, two_class_cross_entropy,
    two_class_slope,
};
use activation_and_loss::loss::{
    binary_cross_entropy_from_logit, cross_entropy_from_logits,
    softmax_cross_entropy_gradient,
};
use activation_and_loss::vanishing_gradient::first_layer_gradient;
use ndarray::Array1;

#[test]
fn at_weight_four_the_bound_is_one_and_the_gradient_still_vanishes() {
    // The bound w σ′(z) ≤ w / 4 is met at z = 0, where it is 1 ...
    assert_eq!(sigmoid_layer_factors(4.0, 1, 0.0)[0], 1.0);
    // ... but from input 1 every weighted input is 4·σ(…) > 2, in the tail.
    let factors = sigmoid_layer_factors(4.0, 20, 1.0);
    assert!(factors.iter().all(|&f| f > 0.07 && f < 0.077), "{factors}");
    let product = factors.product();
    let through_stack =
        first_layer_gradient(sigmoid, sigmoid_derivative, 20, 4.0, 1.0);
    assert!((product - through_stack).abs() <= 1e-12 * through_stack);
    assert!(product < 1e-22);
}

#[test]
fn the_gradient_is_y_minus_t_when_the_target_sums_to_one_and_s_y_minus_t_otherwise()
 {
    let z = Array1::from(SCORES_FOR_SIX.to_vec());
    let largest = |a: &Array1<f64>, b: &Array1<f64>| {
        (a - b).fold(0.0, |m: f64, d| m.max(d.abs()))
    };
    let smoothed = smoothed_target(6, 10, 0.1);
    assert!((smoothed.sum() - 1.0).abs() < 1e-15);
    let numerical =
        numerical_gradient(|z| cross_entropy_from_logits(z, &smoothed), &z);
    assert!(
        largest(&numerical, &softmax_cross_entropy_gradient(&z, &smoothed))
            < 1e-8
    );

    let doubled = Array1::from(TARGET_SIX.to_vec()) * 2.0;
    let numerical =
        numerical_gradient(|z| cross_entropy_from_logits(z, &doubled), &z);
    let general = cross_entropy_gradient_for_any_target(&z, &doubled);
    assert!(largest(&numerical, &general) < 1e-8);
    // y − t is then off by (s − 1)·y, at most y's largest entry.
    assert!(
        largest(&numerical, &softmax_cross_entropy_gradient(&z, &doubled))
            > 0.7
    );
}

#[test]
#[should_panic(expected = "not one of 10 classes")]
fn a_smoothed_target_needs_its_label_among_the_classes() {
    smoothed_target(10, 10, 0.1);
}

#[test]
#[should_panic(expected = "smoothing must be in [0, 1]")]
fn a_smoothed_target_needs_a_smoothing_between_0_and_1() {
    smoothed_target(0, 10, 1.5);
}

#[test]
fn a_relu_neuron_below_zero_never_learns_and_a_leaky_one_recovers() {
    let dead = train_one_neuron(relu, relu_derivative, -5.0, 3000);
    assert_eq!((dead.w, dead.b), (0.5, -5.0));
    let alpha = 0.01;
    let leaky = train_one_neuron(
        |z| leaky_relu(z, alpha),
        |z| leaky_relu_derivative(z, alpha),
        -5.0,
        3000,
    );
    assert!(
        leaky.loss < 1e-12 && (leaky.w - 1.0).abs() < 1e-6,
        "{leaky:?}"
    );
}

#[test]
fn the_mean_shift_agrees_on_small_scores_and_overflows_on_wide_ones() {
    // Small scores: the same probabilities as the safe softmax.
    let z = [0.3, -2.0, 5.0, 1.0];
    let by_mean = softmax_shifted_by_mean(&z);
    let by_max = softmax(&z);
    for (a, b) in by_mean.iter().zip(&by_max) {
        assert!((a - b).abs() < 1e-15, "{by_mean} against {by_max}");
    }
    // Two scores 1,500 apart: the largest exponent is 750, past about
    // 709.78, so the first output is ∞ / ∞ and the second underflows.
    let wide = softmax_shifted_by_mean(&[1500.0, 0.0]);
    assert!(wide[0].is_nan() && wide[1] == 0.0, "{wide}");
    // 800 apart is fine with two scores (largest exponent 400) ...
    let two = softmax_shifted_by_mean(&[800.0, 0.0]);
    assert_eq!(two.to_vec(), vec![1.0, 0.0]);
    // ... but not with ten: the mean is 80, the largest exponent 720.
    let mut ten = [0.0; 10];
    ten[0] = 800.0;
    let by_mean = softmax_shifted_by_mean(&ten);
    assert!(by_mean[0].is_nan(), "{by_mean}");
    assert!(by_mean.iter().skip(1).all(|&p| p == 0.0), "{by_mean}");
    // The safe softmax gives 1 and 0s in both cases.
    for z in [&[1500.0, 0.0][..], &ten[..]] {
        let p = softmax(z);
        assert_eq!(p[0], 1.0, "{p}");
        assert!(p.iter().skip(1).all(|&p| p == 0.0), "{p}");
    }
    // Even equal scores fail in f64 once they are large enough. Three of
    // 1.9707e20: the computed mean lands 32,768 below them, every exponent
    // overflows and ∞ / ∞ is NaN. Two of 1e308: their sum overflows, the
    // mean is ∞, every term underflows and 0 / 0 is NaN. The safe softmax
    // gives equal shares.
    for z in [&[1.9707e20; 3][..], &[1e308; 2][..]] {
        let by_mean = softmax_shifted_by_mean(z);
        assert!(by_mean.iter().all(|p| p.is_nan()), "{by_mean}");
        let safe = softmax(z);
        let share = 1.0 / z.len() as f64;
        assert!(safe.iter().all(|&p| (p - share).abs() < 1e-15), "{safe}");
    }
    // No scores, no outputs.
    assert_eq!(softmax_shifted_by_mean(&[]).len(), 0);
}

#[test]
fn the_softmax_cross_entropy_gradient_is_y_minus_t() {
    let cases = [
        (vec![2.0, -1.0, 0.5], vec![0.0, 1.0, 0.0]),
        (vec![10.0, 0.0, -10.0, 3.0], vec![0.0, 0.0, 1.0, 0.0]),
        (vec![0.1, 0.2], vec![0.3, 0.7]),
    ];
    for (z, t) in cases {
        assert!(largest_gradient_error(&z, &t) < 1e-8, "{z:?}");
    }
}

#[test]
fn two_class_cross_entropy_is_the_binary_one_of_the_difference() {
    for (z1, z2) in [(0.0, 0.0), (3.0, 1.0), (-2.0, 5.0), (700.0, -700.0)] {
        for t1 in [0.0, 0.25, 1.0] {
            let two = two_class_cross_entropy(z1, z2, t1);
            let binary = binary_cross_entropy_from_logit(z1 - z2, t1);
            assert!(
                (two - binary).abs() <= 1e-12 * binary.abs().max(1.0),
                "z = ({z1}, {z2}), t1 = {t1}: {two} against {binary}"
            );
            // The slope in z1 is σ(z1 − z2) − t1, and in z2 its negative.
            let slope =
                softmax_cross_entropy_gradient(&[z1, z2], &[t1, 1.0 - t1]);
            let expected = sigmoid(z1 - z2) - t1;
            assert!((slope[0] - expected).abs() < 1e-15, "{slope}");
            assert!((slope[1] + expected).abs() < 1e-15, "{slope}");
            // And without the formula: the central difference in z1.
            let numerical = two_class_slope(z1, z2, t1);
            assert!(
                (numerical - expected).abs() < 1e-6,
                "z = ({z1}, {z2}), t1 = {t1}: {numerical} against {expected}"
            );
        }
    }
}

#[test]
fn a_nan_is_never_reported_as_a_small_difference() {
    // f64::max would skip the NaN these produce and report 0.
    assert!(largest_gradient_error(&[f64::NAN, 1.0], &[0.0, 1.0]).is_nan());
}
