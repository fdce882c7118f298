// Trains a perceptron with the step activation on the AND gate.

// ANCHOR: main
use activation_and_loss::and_gate::truth_table;
use activation_and_loss::perceptron::Perceptron;

fn main() {
    let (inputs, targets) = truth_table();
    let mut perceptron = Perceptron::new(2, 0.2, 10);
    perceptron.fit(&inputs, &targets);

    println!("learned [b, w1, w2]: {}", perceptron.weights());
    for input in inputs.rows() {
        let output = perceptron.predict(input);
        println!("{} AND {} -> {output}", input[0], input[1]);
    }
}
// ANCHOR_END: main
