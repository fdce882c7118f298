// The sigmoid and its derivative at a few points: the derivative is never
// more than 0.25 and all but vanishes a few units away from 0.

// ANCHOR: main
use activation_and_loss::activation::{sigmoid, sigmoid_derivative};

fn main() {
    println!("{:>6} {:>12} {:>12}", "x", "sigmoid", "derivative");
    for x in [-10.0, -5.0, -2.0, 0.0, 2.0, 5.0, 10.0] {
        println!(
            "{x:>6.1} {:>12.6} {:>12.6}",
            sigmoid(x),
            sigmoid_derivative(x)
        );
    }
}
// ANCHOR_END: main
