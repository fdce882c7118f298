// How much gradient reaches the first layer of a stack of sigmoid, tanh and
// ReLU layers, as the stack gets deeper.

// ANCHOR: main
use activation_and_loss::activation::{
    relu, relu_derivative, sigmoid, sigmoid_derivative, tanh, tanh_derivative,
};
use activation_and_loss::vanishing_gradient::first_layer_gradient;

fn main() {
    println!(
        "{:>5} {:>12} {:>12} {:>12}",
        "depth", "sigmoid", "tanh", "relu"
    );
    for depth in [1, 2, 5, 10, 20] {
        let through = |f, df| first_layer_gradient(f, df, depth, 1.0, 1.0);
        println!(
            "{depth:>5} {:>12.3e} {:>12.3e} {:>12.3e}",
            through(sigmoid, sigmoid_derivative),
            through(tanh, tanh_derivative),
            through(relu, relu_derivative),
        );
    }
}
// ANCHOR_END: main
