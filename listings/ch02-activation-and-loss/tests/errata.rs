//! The post's mistakes, stated as facts the code shows. Chapter 2 points at
//! these tests in its notes.

use activation_and_loss::activation::{
    identity, sigmoid, softmax, softmax_naive, step, step_derivative, tanh,
};
use activation_and_loss::and_gate::truth_table;
use activation_and_loss::digit_example::{POST_OUTPUT_FOR_SIX, TARGET_SIX};
use activation_and_loss::least_squares::{
    AND_LEAST_SQUARES, total_squared_error_slope,
};
use activation_and_loss::linearity::{
    additivity_gap, linear, stacked, two_x_plus_one,
};
use activation_and_loss::loss::{
    log_sum_exp, mean_squared_error, squared_errors, sum_squared_error,
};
use activation_and_loss::perceptron::Perceptron;
use activation_and_loss::weight_gradients::weight_gradients;
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
    let (y, t) = (&POST_OUTPUT_FOR_SIX, &TARGET_SIX);
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
/// rule: one gradient step on the squared error per example. The
/// least-squares plane through AND's points is b = -0.25, w1 = w2 = 0.5,
/// where the total squared error's slope is 0. With η = 0.2 the updates do
/// not reach it: they settle, from about 100 epochs on, at (−0.3125, 0.625,
/// 0.5625). Only as η shrinks does the settling point approach the plane.
#[test]
fn the_identity_perceptron_settles_near_least_squares_not_on_it() {
    let (inputs, targets) = truth_table();
    let slope =
        total_squared_error_slope(&AND_LEAST_SQUARES, &inputs, &targets);
    assert!(slope.iter().all(|s| s.abs() < 1e-15), "{slope}");
    let trained = |learning_rate, epochs| {
        let mut p =
            Perceptron::new(2, learning_rate, epochs).with_activation(identity);
        p.fit(&inputs, &targets);
        p.weights().to_owned()
    };
    let settled = array![-0.3125, 0.625, 0.5625];
    for epochs in [100, 1000] {
        let w = trained(0.2, epochs);
        assert!(
            (&w - &settled).iter().all(|d| d.abs() < 1e-6),
            "{epochs}: {w}"
        );
    }
    let distance = |w: ndarray::Array1<f64>| {
        w.iter()
            .zip(&AND_LEAST_SQUARES)
            .fold(0.0_f64, |d, (a, b)| d.max((a - b).abs()))
    };
    assert!((distance(trained(0.2, 1000)) - 0.125).abs() < 1e-12);
    let near = distance(trained(0.01, 5000));
    assert!(near < 0.006 && near > 0.004, "{near}");
}

/// Erratum 6, continued: what the post calls failing to predict is an
/// answer one cut away. Cut at 0.5, the raw outputs of the identity and
/// 2x + 1 perceptrons are AND's 0, 0, 0, 1 (that is how ADALINE classifies).
#[test]
fn cut_at_one_half_the_raw_outputs_answer_and() {
    let (inputs, targets) = truth_table();
    for activation in [identity as fn(f64) -> f64, two_x_plus_one] {
        let mut p = Perceptron::new(2, 0.2, 10).with_activation(activation);
        p.fit(&inputs, &targets);
        for (input, &target) in inputs.rows().into_iter().zip(&targets) {
            let cut = if p.predict(input) >= 0.5 { 1.0 } else { 0.0 };
            assert_eq!(cut, target);
        }
    }
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

/// Erratum 8: the sigmoid's outputs average 0.5 for inputs symmetric around
/// 0, but not in general.
#[test]
fn the_sigmoid_averages_one_half_for_symmetric_inputs_not_in_general() {
    let mean = |xs: &[f64]| {
        xs.iter().map(|&x| sigmoid(x)).sum::<f64>() / xs.len() as f64
    };
    assert!((mean(&[-3.0, -1.0, 0.0, 1.0, 3.0]) - 0.5).abs() < 1e-15);
    assert!(mean(&[0.0, 1.0, 2.0, 3.0]) > 0.7);
}

/// The sigmoid's all-positive outputs make the weights into one neuron move
/// together; the weights of a layer as a whole do not: another neuron's ε
/// can have the other sign.
#[test]
fn weights_into_one_neuron_share_a_sign_the_layer_does_not() {
    let inputs = [-2.0, 0.3, 1.5, 4.0].map(sigmoid);
    let into_first = weight_gradients(0.7, &inputs);
    let into_second = weight_gradients(-0.4, &inputs);
    assert!(into_first.iter().all(|&g| g > 0.0));
    assert!(into_second.iter().all(|&g| g < 0.0));
}

/// The step is not linear for the reason the definition gives, not because
/// its graph is not a straight line (ReLU's graph is two straight lines, and
/// it is not linear either): step(0.6) + step(0.6) = 2 but step(1.2) = 1.
#[test]
fn the_step_does_not_add_up_and_neither_does_relu() {
    assert_eq!(step(0.6) + step(0.6), 2.0);
    assert_eq!(step(1.2), 1.0);
    assert_eq!(additivity_gap(step, 0.6, 0.6), -1.0);
    assert_eq!(
        additivity_gap(activation_and_loss::activation::relu, 1.0, -1.0),
        -1.0
    );
    assert_eq!(additivity_gap(identity, 0.6, 0.6), 0.0);
}

/// With ε = 1e-7 inside the log, a certain right answer (y = 1) gets
/// −ln(1 + 1e-7) ≈ −1e-7, a hair below 0, not 0.
#[test]
fn a_certain_right_answer_costs_slightly_less_than_nothing() {
    let loss = activation_and_loss::loss::cross_entropy_error(
        &[0.0, 1.0],
        &[0.0, 1.0],
    );
    assert!(loss < 0.0 && (loss + 1e-7).abs() < 1e-13, "{loss}");
}

/// The post says tanh's outputs average 0. tanh is odd, so that holds for
/// inputs spread symmetrically around 0, not in general.
#[test]
fn tanh_averages_zero_for_symmetric_inputs_not_in_general() {
    let mean =
        |xs: &[f64]| xs.iter().map(|&x| tanh(x)).sum::<f64>() / xs.len() as f64;
    assert_eq!(mean(&[-3.0, -1.0, 0.0, 1.0, 3.0]), 0.0);
    assert!(mean(&[0.0, 1.0, 2.0, 3.0]) > 0.6);
}

/// The formula as written can overflow in its sum before any single score
/// does: three scores of 709 each fit in an `f64` once exponentiated, but
/// their sum does not, and every share comes out 0 instead of 1/3.
#[test]
fn the_naive_sum_can_overflow_before_any_score_does() {
    assert!(709f64.exp().is_finite());
    assert_eq!(softmax_naive(&[709.0, 709.0, 709.0]).to_vec(), [0.0; 3]);
    assert_eq!(softmax(&[709.0, 709.0, 709.0]).to_vec(), [1.0 / 3.0; 3]);
}

/// Softmax gives every score a share above 0 in exact arithmetic; in `f64`
/// a share underflows to exactly 0 once its score trails the largest by
/// more than about 745.
#[test]
fn a_share_underflows_to_zero_past_a_gap_of_about_745() {
    assert!(softmax(&[0.0, 740.0])[0] > 0.0);
    assert_eq!(softmax(&[0.0, 750.0])[0], 0.0);
}

/// The post calls softmax a smooth max. Scaled up, its output becomes the
/// one-hot position of the largest score (the argmax), not that score;
/// the smooth maximum is log-sum-exp, which divided by the scale tends to
/// the largest score itself.
#[test]
fn softmax_is_a_smooth_argmax_and_log_sum_exp_a_smooth_max() {
    let scores = [13.0, 11.0, 9.0];
    let largest = 13.0;
    let mut previous_gap = f64::INFINITY;
    for scale in [1.0, 2.0, 5.0, 20.0] {
        let scaled = scores.map(|s| s * scale);
        let p = softmax(&scaled);
        // Towards [1, 0, 0]: a position, whose entries never exceed 1.
        assert!(p[0] > p[1] && p[1] > p[2] && p.iter().all(|&v| v <= 1.0));
        let smooth_max = log_sum_exp(&scaled) / scale;
        // Always at least the largest score, and closer to it as the
        // scale grows.
        let gap = smooth_max - largest;
        assert!(gap >= 0.0 && gap < previous_gap, "scale {scale}: {gap}");
        previous_gap = gap;
    }
    assert!((softmax(&scores.map(|s| s * 20.0))[0] - 1.0).abs() < 1e-15);
    assert!(previous_gap < 1e-15);
}
