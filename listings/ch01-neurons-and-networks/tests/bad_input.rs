//! What the public functions do with input that makes no sense.

use ndarray::Array1;
use neurons_and_networks::activation::softmax;
use neurons_and_networks::digits::pixels;
use neurons_and_networks::xor_training::{initial_network, train_xor};

#[test]
#[should_panic(expected = "takes 2 inputs")]
fn the_network_checks_its_input_length() {
    initial_network().forward(&[1.0]);
}

#[test]
#[should_panic(expected = "learning rate")]
fn training_rejects_a_nan_learning_rate() {
    train_xor(10, f64::NAN);
}

#[test]
#[should_panic(expected = "3 pixels")]
fn pictures_must_be_three_pixels_wide() {
    pixels(&["##", "...", "...", "...", "..."]);
}

#[test]
#[should_panic(expected = "`#` or `.`")]
fn pictures_use_two_characters() {
    pixels(&["#x#", "...", "...", "...", "..."]);
}

#[test]
fn softmax_edge_cases() {
    assert_eq!(softmax(&Array1::<f64>::zeros(0)).len(), 0);
    assert!(softmax(&[1.0, f64::NAN]).iter().all(|p| p.is_nan()));
    let p = softmax(&[1000.0, 0.0]);
    assert!(p.iter().all(|v| v.is_finite()));
}
