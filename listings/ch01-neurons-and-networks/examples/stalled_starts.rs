// The eight random starts that stall on XOR, trained ten times as long.

// ANCHOR: main
use neurons_and_networks::xor_restarts::{random_start, stalled_starts};
use neurons_and_networks::xor_training::train_xor_from;

fn main() {
    println!("seed  loss at 5,000  loss at 50,000");
    for seed in stalled_starts(1..=40, 5_000, 1.0, 0.1) {
        let (_, losses) = train_xor_from(random_start(seed), 50_000, 1.0);
        println!(
            "{seed:>4}  {:>13.4}  {:>14.4}",
            losses[5_000], losses[50_000]
        );
    }
}
// ANCHOR_END: main
