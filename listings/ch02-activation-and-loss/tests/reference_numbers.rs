//! The numbers the chapter prints, to the last digit. They are the numbers the
//! post's numpy code prints, because the listing performs the same
//! floating-point operations in the same order.

use activation_and_loss::activation::{identity, sigmoid_derivative, softmax};
use activation_and_loss::and_gate::truth_table;
use activation_and_loss::digit_example::{
    CLOSE_PREDICTION, FAR_PREDICTION, TARGET_SIX,
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
fn losses_of_the_close_prediction() {
    let (y, t) = (&CLOSE_PREDICTION, &TARGET_SIX);
    // 0.03 on paper; 0.1, 0.2 and 0.1 are not exact in binary.
    assert_eq!(sum_squared_error(y, t), 0.029999999999999992);
    assert!((sum_squared_error(y, t) - 0.03).abs() < 1e-15);
    assert_eq!(mean_squared_error(y, t), 0.005999999999999998);
    assert_eq!(cross_entropy_error(y, t), 0.22314342631421757);
    assert_eq!(cross_entropy_error(y, t), -(0.8_f64 + 1e-7).ln());
}

#[test]
fn losses_of_the_far_prediction() {
    let (y, t) = (&FAR_PREDICTION, &TARGET_SIX);
    assert_eq!(sum_squared_error(y, t), 0.7300000000000001);
    assert_eq!(mean_squared_error(y, t), 0.14600000000000002);
    assert_eq!(cross_entropy_error(y, t), 2.302584092994546);
}

#[test]
fn sigmoid_derivative_peaks_at_a_quarter() {
    assert_eq!(sigmoid_derivative(0.0), 0.25);
    for i in -1000..=1000 {
        let x = f64::from(i) / 100.0;
        assert!(sigmoid_derivative(x) <= 0.25);
    }
}

#[test]
fn softmax_of_the_example_scores() {
    let p = softmax(&[2.0, 1.0, 0.1]);
    let rounded: Vec<f64> = p.iter().map(|v| (v * 1e4).round() / 1e4).collect();
    assert_eq!(rounded, vec![0.659, 0.2424, 0.0986]);
}
