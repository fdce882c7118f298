// The naive softmax overflows on large scores; the stable one does not.

// ANCHOR: main
use activation_and_loss::activation::{softmax, softmax_naive};
use ndarray::array;

fn main() {
    let scores = array![1010.0, 1000.0, 990.0];

    println!("e^1010 = {}", f64::exp(1010.0));
    println!("naive:  {:.4e}", softmax_naive(scores.view()));
    println!("stable: {:.4e}", softmax(scores.view()));
}
// ANCHOR_END: main
