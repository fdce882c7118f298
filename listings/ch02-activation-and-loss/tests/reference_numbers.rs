//! The numbers the chapter prints, to the last digit. They are the numbers the
//! post's numpy code prints, because the listing performs the same
//! floating-point operations in the same order.

use activation_and_loss::activation::{identity, sigmoid_derivative};
use activation_and_loss::and_gate::truth_table;
use activation_and_loss::digit_example::{
    POST_OUTPUT_FOR_SIX, SCORES_FOR_SIX, TARGET_SIX, network_output_for_six,
    wrong_output_for_six,
};
use activation_and_loss::linearity::two_x_plus_one;
use activation_and_loss::loss::{
    cross_entropy_error, mean_squared_error, sum_squared_error,
};
use activation_and_loss::perceptron::Perceptron;
use ndarray::array;

fn trained<A: Fn(f64) -> f64>(activation: A) -> Perceptron<A> {
    let (inputs, targets) = truth_table();
    let mut perceptron =
        Perceptron::new(2, 0.2, 10).with_activation(activation);
    perceptron.fit(&inputs, &targets);
    perceptron
}

fn predictions<A: Fn(f64) -> f64>(perceptron: &Perceptron<A>) -> Vec<f64> {
    let (inputs, _) = truth_table();
    inputs
        .rows()
        .into_iter()
        .map(|x| perceptron.predict(x))
        .collect()
}

#[test]
fn and_gate_with_step() {
    let p = Perceptron::new(2, 0.2, 10);
    let p = trained_from(p);
    assert_eq!(p.weights(), array![-0.4, 0.4, 0.2]);
    assert_eq!(predictions(&p), vec![0.0, 0.0, 0.0, 1.0]);
}

fn trained_from(mut perceptron: Perceptron) -> Perceptron {
    let (inputs, targets) = truth_table();
    perceptron.fit(&inputs, &targets);
    perceptron
}

#[test]
fn and_gate_with_identity() {
    let p = trained(identity);
    assert_eq!(
        p.weights(),
        array![
            -0.16483626841185234,
            0.5307624686347412,
            0.46844607451158726
        ]
    );
    assert_eq!(
        predictions(&p),
        vec![
            -0.16483626841185234,
            0.3036098060997349,
            0.36592620022288885,
            0.8343722747344762
        ]
    );
}

#[test]
fn and_gate_with_two_x_plus_one() {
    let p = trained(two_x_plus_one);
    assert_eq!(
        p.weights(),
        array![-0.6912272679927438, 0.41067897098699313, 0.3247345145819341]
    );
    assert_eq!(predictions(&p)[3], 1.0883724351523667);
    assert_eq!(predictions(&p)[0], -0.3824545359854876);
}

#[test]
fn losses_of_the_posts_example() {
    let (y, t) = (&POST_OUTPUT_FOR_SIX, &TARGET_SIX);
    // 0.03 on paper; 0.1, 0.2 and 0.1 are not exact in binary.
    assert_eq!(sum_squared_error(y, t), 0.029999999999999992);
    assert!((sum_squared_error(y, t) - 0.03).abs() < 1e-15);
    assert_eq!(mean_squared_error(y, t), 0.005999999999999998);
    assert_eq!(cross_entropy_error(y, t), 0.22314342631421757);
    assert_eq!(cross_entropy_error(y, t), -(0.8_f64 + 1e-7).ln());
}

#[test]
fn losses_of_the_networks_answer_and_of_a_confident_wrong_one() {
    let t = &TARGET_SIX;
    let right = network_output_for_six();
    let wrong = wrong_output_for_six();
    assert_eq!(cross_entropy_error(&right, t), -(right[6] + 1e-7).ln());
    assert!((cross_entropy_error(&right, t) - 0.2718).abs() < 1e-4);
    assert!((cross_entropy_error(&wrong, t) - 6.2717).abs() < 1e-4);
    // Squared error grows about 20-fold, cross-entropy about 23-fold.
    assert!(sum_squared_error(&wrong, t) > 20.0 * sum_squared_error(&right, t));
}

#[test]
fn the_network_output_is_chapter_1s() {
    // Chapter 1 prints 0.7620 for 6, 0.1031 for 5 and 8, 0.0140 for 0 and 9.
    let p = network_output_for_six();
    let rounded = |v: f64| (v * 1e4).round() / 1e4;
    assert_eq!(rounded(p[6]), 0.762);
    assert_eq!((rounded(p[5]), rounded(p[8])), (0.1031, 0.1031));
    assert_eq!((rounded(p[0]), rounded(p[9])), (0.014, 0.014));
    assert!(
        p.iter().all(|&v| v > 0.0),
        "a softmax of ordinary scores never gives an exact 0"
    );
    assert_eq!(SCORES_FOR_SIX[6], 13.0);
}

#[test]
fn sigmoid_derivative_peaks_at_a_quarter() {
    assert_eq!(sigmoid_derivative(0.0), 0.25);
    for i in -1000..=1000 {
        let x = f64::from(i) / 100.0;
        assert!(sigmoid_derivative(x) <= 0.25);
    }
}
