// Where the perceptron without an activation ends up: not on the
// least-squares plane, but next to it, the closer the smaller the step.

// ANCHOR: main
use activation_and_loss::activation::identity;
use activation_and_loss::and_gate::truth_table;
use activation_and_loss::least_squares::{
    AND_LEAST_SQUARES, total_squared_error_slope,
};
use activation_and_loss::perceptron::Perceptron;
use ndarray::ArrayView1;

fn main() {
    let (inputs, targets) = truth_table();
    let trained = |learning_rate, epochs| {
        let mut p =
            Perceptron::new(2, learning_rate, epochs).with_activation(identity);
        p.fit(&inputs, &targets);
        p.weights().to_owned()
    };
    let plane = ArrayView1::from(&AND_LEAST_SQUARES);
    let distance = |w: &ndarray::Array1<f64>| {
        (w - &plane).fold(0.0_f64, |d, e| d.max(e.abs()))
    };

    println!("learning rate 0.2, one update after every example:");
    for epochs in [10, 100, 1000] {
        let w = trained(0.2, epochs);
        println!("  after {epochs:>4} epochs: [b, w1, w2] = {w:.4}");
    }
    let small = trained(0.01, 5000);
    println!("learning rate 0.01:");
    println!("  after 5000 epochs: [b, w1, w2] = {small:.4}");
    println!("least-squares plane: [b, w1, w2] = {plane:.4}");
    let slope = total_squared_error_slope(plane, &inputs, &targets);
    println!("slope of the squared error there: {slope}");
    println!(
        "largest distance from it: {:.4} at 0.2, {:.4} at 0.01",
        distance(&trained(0.2, 1000)),
        distance(&small)
    );
}
// ANCHOR_END: main
