//! The exercise solutions do what the exercises ask.

use ndarray::{Array1, Array2};
use neurons_and_networks::digits::{
    HANDWRITTEN_SIX, TEMPLATES, digit_network, pixels,
};
use neurons_and_networks::exercise_solutions::{
    first_epoch_below, flips_read_as, largest_gradient_error, majority, nor,
    score_from_differences, xnor, xor_loss_after,
};
use neurons_and_networks::gates::or;
use neurons_and_networks::layer::Layer;
use neurons_and_networks::xor::xor;

const INPUTS: [(f64, f64); 4] =
    [(0.0, 0.0), (0.0, 1.0), (1.0, 0.0), (1.0, 1.0)];

#[test]
fn majority_fires_when_two_or_three_inputs_are_one() {
    for bits in 0..8_u32 {
        let x = [bits & 1, bits >> 1 & 1, bits >> 2 & 1].map(f64::from);
        let ones = bits.count_ones();
        let expected = if ones >= 2 { 1.0 } else { 0.0 };
        assert_eq!(majority(x[0], x[1], x[2]), expected, "inputs {x:?}");
    }
}

#[test]
fn nor_is_not_or() {
    for (a, b) in INPUTS {
        assert_eq!(nor(a, b), 1.0 - or(a, b));
    }
}

#[test]
fn xnor_is_not_xor() {
    for (a, b) in INPUTS {
        assert_eq!(xnor(a, b), 1.0 - xor(a, b));
    }
}

#[test]
fn counting_differences_gives_the_weighted_sums() {
    let mut weights = Array2::zeros((15, 10));
    for (digit, template) in TEMPLATES.iter().enumerate() {
        weights.column_mut(digit).assign(&pixels(template));
    }
    let layer = Layer::new(weights, Array1::zeros(10));
    let sums = layer.weighted_sums(&pixels(&HANDWRITTEN_SIX));
    for digit in 0..10 {
        assert_eq!(
            sums[digit],
            score_from_differences(&HANDWRITTEN_SIX, digit)
        );
    }
    assert_eq!(score_from_differences(&HANDWRITTEN_SIX, 6), 13.0);
    // The winner has the fewest differences.
    let p = digit_network().read(&HANDWRITTEN_SIX);
    assert!((0..10).all(|k| p[k] <= p[6]));
}

#[test]
fn one_pixel_turns_the_sloppy_six_into_a_five_or_an_eight_and_nothing_else() {
    // Counting differences: the sloppy 6 is 1 pixel from the model 6 and 2
    // from the models 5 and 8. Wiping row 3, column 0 leaves it 1 pixel from
    // 5 and 2 from 6; inking row 1, column 2 leaves it 1 from 8 and 2 from 6.
    for digit in (0..10).filter(|&digit| digit != 6) {
        let flips: Vec<(usize, usize)> = flips_read_as(&HANDWRITTEN_SIX, digit)
            .into_iter()
            .map(|(row, column, _)| (row, column))
            .collect();
        let expected = match digit {
            5 => vec![(3, 0)],
            8 => vec![(1, 2)],
            _ => vec![],
        };
        assert_eq!(flips, expected, "digit {digit}");
    }
    assert_eq!(
        score_from_differences(&["##.", "#..", "###", "..#", "###"], 5),
        13.0
    );
}

#[test]
fn a_small_learning_rate_stays_on_the_plateau() {
    // At 0.05 the network is still near the plateau after 5000 epochs; it
    // gets out in the end. At 1.0 it was done long before.
    assert!((xor_loss_after(5000, 0.05) - 0.4308).abs() < 5e-5);
    assert!(xor_loss_after(5000, 1.0) < 0.001);
    // But a step 20 times smaller does not take 20 times as many epochs:
    // 1.0 first gets below 0.01 after epoch 1,391, 0.05 after 16,745,
    // not 20 × 1,391 = 27,820. Big steps change the path, not its pace only.
    assert_eq!(first_epoch_below(0.01, 1.0, 50_000), Some(1391));
    assert_eq!(first_epoch_below(0.01, 0.05, 50_000), Some(16745));
}

#[test]
fn a_nudge_can_be_too_small_or_too_large() {
    // Millions of times further off, either way.
    let just_right = largest_gradient_error(1e-5);
    assert!(largest_gradient_error(1e-12) > 1e6 * just_right);
    assert!(largest_gradient_error(1e-1) > 1e6 * just_right);
}
