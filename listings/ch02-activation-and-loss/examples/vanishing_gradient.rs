// How much gradient reaches the first layer of a stack of sigmoid, tanh and
// ReLU layers, as the stack gets deeper, for three sizes of weight.

// ANCHOR: main
use activation_and_loss::activation::{
    relu, relu_derivative, sigmoid, sigmoid_derivative, tanh, tanh_derivative,
};
use activation_and_loss::vanishing_gradient::first_layer_gradient;

fn main() {
    for weight in [0.5, 1.0, 2.0] {
        println!("every weight {weight}:");
        println!(
            "{:>7} {:>11} {:>11} {:>11}",
            "layers", "sigmoid", "tanh", "relu"
        );
        for depth in [1, 2, 5, 10, 20] {
            let input = 1.0;
            println!(
                "{depth:>7} {:>11.3e} {:>11.3e} {:>11.3e}",
                first_layer_gradient(
                    sigmoid,
                    sigmoid_derivative,
                    depth,
                    weight,
                    input
                ),
                first_layer_gradient(
                    tanh,
                    tanh_derivative,
                    depth,
                    weight,
                    input
                ),
                first_layer_gradient(
                    relu,
                    relu_derivative,
                    depth,
                    weight,
                    input
                ),
            );
        }
    }
}
// ANCHOR_END: main
