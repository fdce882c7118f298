// The eight random starts that stall on XOR, trained ten times as long.

// ANCHOR: main
use neurons_and_networks::xor_restarts::{random_start, stalled_starts};
use neurons_and_networks::xor_training::train_xor_from;

fn main() {
    // The loss barely moves while the weights keep growing: the network
    // creeps along a nearly flat stretch that leads on only as some weights
    // grow without bound.
    println!(
        "seed  loss at 5,000  loss at 50,000  largest |w| at 5,000  at 50,000"
    );
    for seed in stalled_starts(1..=40, 5_000, 1.0, 0.1) {
        let (early, _) = train_xor_from(random_start(seed), 5_000, 1.0);
        let (late, losses) = train_xor_from(random_start(seed), 50_000, 1.0);
        println!(
            "{seed:>4}  {:>13.4}  {:>14.4}  {:>20.2}  {:>9.2}",
            losses[5_000],
            losses[50_000],
            early.largest_weight(),
            late.largest_weight()
        );
    }
}
// ANCHOR_END: main
