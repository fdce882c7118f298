//! The exercise solutions do what the exercises ask.

use activation_and_loss::activation::{
    leaky_relu, leaky_relu_derivative, relu, relu_derivative, sigmoid,
};
use activation_and_loss::exercise_solutions::{
    gradient_after_20_layers, largest_gradient_error, largest_shift_difference,
    train_one_neuron, two_class_softmax,
};

#[test]
fn small_weights_vanish_and_large_ones_explode() {
    let (relu_small, sigmoid_small) = gradient_after_20_layers(0.5);
    let (relu_large, sigmoid_large) = gradient_after_20_layers(2.0);
    assert_eq!(relu_small, 0.5f64.powi(20));
    assert_eq!(relu_large, 2f64.powi(20));
    // A sigmoid layer multiplies by w σ′(z) ≤ w / 4: at w = 2 still at most
    // 1/2, so the gradient vanishes either way.
    assert!(sigmoid_small < 0.125f64.powi(20));
    assert!(sigmoid_large < 0.5f64.powi(20));
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
fn shifting_every_score_changes_nothing() {
    for c in [-1000.0, -3.5, 0.0, 7.0, 1000.0] {
        assert!(
            largest_shift_difference(&[0.3, -2.0, 5.0, 1.0], c) < 1e-15,
            "{c}"
        );
    }
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
fn two_class_softmax_is_the_sigmoid_of_the_difference() {
    for (z1, z2) in [(0.0, 0.0), (3.0, 1.0), (-2.0, 5.0), (700.0, -700.0)] {
        assert!((two_class_softmax(z1, z2) - sigmoid(z1 - z2)).abs() < 1e-15);
    }
}
