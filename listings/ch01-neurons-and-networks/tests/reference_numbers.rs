//! The numbers chapter 1 states, as the listing computes them.

use ndarray::array;
use neurons_and_networks::digits::{HANDWRITTEN_SIX, digit_network};
use neurons_and_networks::neuron::Neuron;
use neurons_and_networks::xor_training::{
    initial_network, train_xor, xor_table,
};

#[test]
fn a_larger_weight_moves_the_output_more() {
    let light = Neuron::new(array![4.0], 4.0);
    let heavy = Neuron::new(array![24.0], 4.0);
    assert_eq!(light.weighted_sum(&[2.0]), 12.0);
    assert_eq!(heavy.weighted_sum(&[2.0]), 52.0);
    assert_eq!(light.weighted_sum(&[3.0]), 16.0);
    assert_eq!(heavy.weighted_sum(&[3.0]), 76.0);
}

#[test]
fn the_bias_is_a_threshold_with_a_minus_sign() {
    let easy = Neuron::new(array![1.0], -0.01);
    let hard = Neuron::new(array![1.0], -100.0);
    assert!(easy.fires(&[0.02]));
    assert!(!hard.fires(&[50.0]));
    assert!(!hard.fires(&[0.0]));
    assert!(hard.fires(&[100.5]));
}

#[test]
fn the_digit_network_reads_the_six_as_a_six() {
    let p = digit_network().read(&HANDWRITTEN_SIX);
    let rounded = |v: f64| (v * 1e4).round() / 1e4;
    assert_eq!(rounded(p[6]), 0.762);
    assert_eq!(rounded(p[5]), 0.1031);
    assert_eq!(p[5], p[8]); // two pixels off each
    assert!((0..10).all(|k| p[k] <= p[6]));
}

#[test]
fn the_worked_example_by_hand() {
    let net = initial_network();
    let f = net.forward(&[1.0, 0.0]);
    // z1 = (1 * 0.5 + 0 * 0.3 + 0.1, 1 * -0.4 + 0 * 0.6 - 0.2) = (0.6, -0.6)
    assert!((f.z1[0] - 0.6).abs() < 1e-15 && (f.z1[1] + 0.6).abs() < 1e-15);
    // The two hidden outputs are sigmoid(0.6) and sigmoid(-0.6): they sum to 1.
    assert!((f.h[0] + f.h[1] - 1.0).abs() < 1e-15);
    assert!((f.y - 0.580491).abs() < 5e-7);
    let g = net.gradients(&[1.0, 0.0], 1.0);
    assert!((g.b2 + 0.102159).abs() < 5e-7);
}

#[test]
fn xor_is_learned() {
    let (net, losses) = train_xor(5000, 1.0);
    assert!((losses[0] - 0.507514).abs() < 5e-7);
    assert!((losses[5000] - 0.000693).abs() < 5e-7);
    // It stalls on a plateau before it drops.
    assert!(losses[500] > 0.49 && losses[1500] < 0.01);
    let (inputs, targets) = xor_table();
    for (x, t) in inputs.rows().into_iter().zip(&targets) {
        assert!((net.forward(x).y - t).abs() < 0.05);
    }
}
