//! The running example is one picture across the book: chapter 2's scores
//! and probabilities for the sloppy 6 are chapter 1's network's, not a
//! second, made-up output.

use activation_and_loss::digit_example::{SCORES_FOR_SIX, network_output_for_six};
use neurons_and_networks::digits::{HANDWRITTEN_SIX, digit_network};
use neurons_and_networks::exercise_solutions::score_from_differences;

#[test]
fn chapter_2s_scores_are_chapter_1s_weighted_sums() {
    for (digit, &score) in SCORES_FOR_SIX.iter().enumerate() {
        assert_eq!(score, score_from_differences(&HANDWRITTEN_SIX, digit));
    }
}

#[test]
fn chapter_2s_probabilities_are_chapter_1s_to_the_last_digit() {
    let chapter_1 = digit_network().read(&HANDWRITTEN_SIX);
    let chapter_2 = network_output_for_six();
    assert_eq!(chapter_1.to_vec(), chapter_2.to_vec());
}
