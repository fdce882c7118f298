// Softmax turns scores into probabilities without changing which is largest.

// ANCHOR: main
use activation_and_loss::activation::softmax;
use ndarray::array;

fn main() {
    let scores = array![2.0, 1.0, 0.1];
    let probabilities = softmax(scores.view());

    println!("scores:        {scores}");
    println!("probabilities: {probabilities:.4}");
    println!("sum:           {}", probabilities.sum());
}
// ANCHOR_END: main
