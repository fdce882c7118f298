// A ReLU neuron whose weighted sums start below zero gets no gradient and
// never learns; a Leaky ReLU neuron from the same start recovers.

// ANCHOR: main
use activation_and_loss::activation::{
    leaky_relu, leaky_relu_derivative, relu, relu_derivative,
};
use activation_and_loss::exercise_solutions::train_one_neuron;

fn main() {
    let alpha = 0.01;
    println!("start: w = 0.5, b = -5 (every weighted sum below 0)");
    println!("passes   ReLU: w, b, loss          Leaky ReLU: w, b, loss");
    for passes in [0, 1000, 2000, 3000] {
        let dead = train_one_neuron(relu, relu_derivative, -5.0, passes);
        let leaky = train_one_neuron(
            |z| leaky_relu(z, alpha),
            |z| leaky_relu_derivative(z, alpha),
            -5.0,
            passes,
        );
        println!(
            "{passes:>6}   {}, {}, {:.4}    {}, {}, {:.4}",
            show(dead.w),
            show(dead.b),
            dead.loss,
            show(leaky.w),
            show(leaky.b),
            leaky.loss
        );
    }
}

/// Three decimals, with no minus sign in front of a rounded 0.
fn show(value: f64) -> String {
    let rounded = (value * 1000.0).round() / 1000.0;
    format!("{:.3}", rounded + 0.0)
}
// ANCHOR_END: main
