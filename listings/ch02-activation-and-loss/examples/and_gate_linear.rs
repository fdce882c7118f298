// The same perceptron with the linear activation 2x + 1. Cut at 0.5, its
// outputs answer AND correctly too.

// ANCHOR: main
use activation_and_loss::and_gate::truth_table;
use activation_and_loss::linearity::two_x_plus_one;
use activation_and_loss::perceptron::Perceptron;

fn main() {
    let (inputs, targets) = truth_table();
    let mut perceptron =
        Perceptron::new(2, 0.2, 10).with_activation(two_x_plus_one);
    perceptron.fit(&inputs, &targets);

    println!("learned [b, w1, w2]: {}", perceptron.weights());
    for input in inputs.rows() {
        let output = perceptron.predict(input);
        let answer = if output >= 0.5 { 1 } else { 0 };
        println!(
            "{} AND {} -> {output} (cut at 0.5: {answer})",
            input[0], input[1]
        );
    }
}
// ANCHOR_END: main
