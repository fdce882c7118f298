//! The exercise solutions do what the exercises ask.

use activation_and_loss::activation::sigmoid;
use activation_and_loss::exercise_solutions::{
    binary_cross_entropy_from_logit, softplus, sum_squared_error_gradient,
    train_or_gate, xor_mistakes,
};
use activation_and_loss::loss::sum_squared_error;
use ndarray::array;

#[test]
fn the_perceptron_learns_or() {
    let p = train_or_gate();
    let inputs = array![[0.0, 0.0], [0.0, 1.0], [1.0, 0.0], [1.0, 1.0]];
    let outputs: Vec<f64> =
        inputs.rows().into_iter().map(|x| p.predict(x)).collect();
    assert_eq!(outputs, vec![0.0, 1.0, 1.0, 1.0]);
    assert_eq!(p.weights(), array![0.0, 0.2, 0.2]);
}

#[test]
fn the_perceptron_never_learns_xor() {
    for epochs in [1, 10, 100, 1000] {
        assert!(xor_mistakes(epochs) >= 1, "{epochs} epochs");
    }
}

#[test]
fn softplus_derivative_is_the_sigmoid() {
    for i in -40..=40 {
        let x = f64::from(i) / 4.0;
        let h = 1e-6;
        let numerical = (softplus(x + h) - softplus(x - h)) / (2.0 * h);
        assert!((numerical - sigmoid(x)).abs() < 1e-8, "{x}");
    }
}

#[test]
fn softplus_matches_the_textbook_formula_where_that_is_finite() {
    for x in [-30.0, -1.0, 0.0, 2.5, 30.0] {
        assert!((softplus(x) - (1.0 + f64::exp(x)).ln()).abs() < 1e-12);
    }
}

#[test]
fn binary_cross_entropy_matches_the_probability_form() {
    for (z, t) in [(-3.0, 0.0), (0.5, 1.0), (2.0, 0.3)] {
        let p: f64 = sigmoid(z);
        let textbook = -t * p.ln() - (1.0 - t) * (1.0 - p).ln();
        assert!(
            (binary_cross_entropy_from_logit(z, t) - textbook).abs() < 1e-12
        );
    }
    // Where the probability form gives ln(0) = -inf, the logit form is exact.
    assert!((-(sigmoid(-800.0)).ln()).is_infinite());
    assert_eq!(binary_cross_entropy_from_logit(-800.0, 1.0), 800.0);
}

#[test]
fn the_squared_error_gradient_matches_a_central_difference() {
    let y = array![0.1, 0.7, 0.2];
    let t = array![0.0, 1.0, 0.0];
    let gradient = sum_squared_error_gradient(&y, &t);
    for i in 0..3 {
        let h = 1e-6;
        let (mut up, mut down) = (y.clone(), y.clone());
        up[i] += h;
        down[i] -= h;
        let numerical = (sum_squared_error(&up, &t)
            - sum_squared_error(&down, &t))
            / (2.0 * h);
        assert!((numerical - gradient[i]).abs() < 1e-8);
    }
}
