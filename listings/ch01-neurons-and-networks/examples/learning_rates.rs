// Exercise 4: XOR's loss at a learning rate 20 times smaller, and how long
// each rate takes to get below 0.01.

// ANCHOR: main
use neurons_and_networks::exercise_solutions::{
    first_epoch_below, xor_loss_after,
};

fn main() {
    println!("η      loss after 5,000 epochs  first epoch below 0.01");
    for learning_rate in [1.0, 0.05] {
        let below = first_epoch_below(0.01, learning_rate, 50_000)
            .map_or("not within 50,000".to_owned(), |e| e.to_string());
        println!(
            "{learning_rate:<5.2}  {:>23.4}  {below:>22}",
            xor_loss_after(5_000, learning_rate)
        );
    }
}
// ANCHOR_END: main
