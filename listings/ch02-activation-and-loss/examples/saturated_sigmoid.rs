// At weight 4 the sigmoid's bound w/4 is 1, yet the gradient through 20
// sigmoid layers still vanishes: every weighted input sits far from 0.

// ANCHOR: main
use activation_and_loss::exercise_solutions::sigmoid_layer_factors;

fn main() {
    let (weight, depth, input) = (4.0, 20, 1.0);
    let factors = sigmoid_layer_factors(weight, depth, input);
    println!("weight {weight}, {depth} sigmoid layers, input {input}");
    println!("layer  factor w·σ′(z)");
    for (layer, factor) in factors.iter().enumerate().take(4) {
        println!("{:>5}  {factor:.4}", layer + 1);
    }
    println!("{depth:>5}  {:.4}", factors[depth - 1]);
    println!("gradient at the input (product): {:.3e}", factors.product());
}
// ANCHOR_END: main
