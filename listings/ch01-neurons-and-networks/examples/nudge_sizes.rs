// Exercise 5: how far central differences land from backpropagation's
// gradients, with three sizes of nudge.

// ANCHOR: main
use neurons_and_networks::exercise_solutions::largest_gradient_error;

fn main() {
    for h in [1e-1, 1e-5, 1e-12] {
        let error = largest_gradient_error(h);
        println!("h = {h:e}: largest difference {error:.2e}");
    }
}
// ANCHOR_END: main
