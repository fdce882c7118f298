// Chapter 1's network scored a sloppy 6; softmax turns the ten scores into
// ten probabilities that add up to 1, without changing which is largest.

// ANCHOR: main
use activation_and_loss::activation::softmax;
use activation_and_loss::argmax;
use activation_and_loss::digit_example::SCORES_FOR_SIX;

fn main() {
    let probabilities = softmax(&SCORES_FOR_SIX);
    println!("digit  score  probability");
    for (digit, (score, p)) in
        SCORES_FOR_SIX.iter().zip(&probabilities).enumerate()
    {
        println!("{digit:>5} {score:>6} {p:>12.4}");
    }
    println!("sum of the probabilities: {}", probabilities.sum());
    println!(
        "largest score: digit {}, largest probability: digit {}",
        argmax(&SCORES_FOR_SIX),
        argmax(&probabilities)
    );
}
// ANCHOR_END: main
