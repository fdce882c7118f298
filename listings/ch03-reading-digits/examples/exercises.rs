// Prints the numbers the answers to chapter 3's exercises quote: each
// setting from the same twenty seeds, measured on the validation digits.

use reading_digits::comparison::Runs;
use reading_digits::exercise_solutions::{
    runs_by_batch_size, runs_by_cut, runs_by_hidden_size,
};
use reading_digits::seeds::{paired, spread};
use reading_digits::split::three_way_split;
use reading_digits::{TrainingConfig, dead_neurons, load_bundled, train};

const SEEDS: [u64; 20] = [
    1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20,
];

fn summary(r: &Runs) -> String {
    let loss = spread(&r.lowest_losses());
    let accuracy = spread(&r.accuracies_at_best_epoch());
    format!(
        "lowest val. loss {:.4} ± {:.4}, val. accuracy there {:.4} ± {:.4} ({:.4} to {:.4})",
        loss.mean,
        loss.sd,
        accuracy.mean,
        accuracy.sd,
        accuracy.min,
        accuracy.max
    )
}

fn main() {
    let [every_fifth, plain_cut] = runs_by_cut(&SEEDS, 40);
    println!("exercise 1: every fifth  {}", summary(&every_fifth));
    println!("exercise 1: plain cut    {}", summary(&plain_cut));
    let harder = paired(
        &every_fifth.accuracies_at_best_epoch(),
        &plain_cut.accuracies_at_best_epoch(),
    );
    println!(
        "exercise 1: the plain cut's validation accuracy is lower in {} of 20 seeds, higher in {}, tied in {}",
        harder.first_higher, harder.second_higher, harder.ties
    );

    let sizes = [4, 16, 64, 256];
    let by_size = runs_by_hidden_size(&sizes, &SEEDS, 40);
    for (size, r) in sizes.iter().zip(&by_size) {
        println!("exercise 2: {size:3} hidden neurons  {}", summary(r));
    }
    for pair in by_size.windows(2).zip(sizes.windows(2)) {
        let (runs, sizes) = pair;
        let lower = paired(&runs[0].lowest_losses(), &runs[1].lowest_losses());
        println!(
            "exercise 2: {} neurons reach a lower validation loss than {} in {} of 20 seeds",
            sizes[1], sizes[0], lower.first_higher
        );
    }

    // η is a step for the batch's mean gradient: scaling it with the
    // batch keeps each example's share of a step the same.
    let eta = TrainingConfig::book().learning_rate;
    let settings = [
        (1, eta / 32.0),
        (32, eta),
        (1157, eta),
        (1157, eta * 1157.0 / 32.0),
    ];
    // Batches of one take 1 157 steps an epoch: ten seeds are enough to
    // show what happens, and no order between the batch sizes is stated.
    let by_batch = runs_by_batch_size(&settings, &SEEDS[..10], 10);
    for ((size, rate), r) in settings.iter().zip(&by_batch) {
        // The setting on a line of its own keeps each line short enough
        // to print without wrapping.
        println!(
            "exercise 3: batches of {size:4} at η = {rate}, 10 epochs, seeds 1-10:"
        );
        println!("            {}", summary(r));
    }

    // Batches of 1 at the rate meant for batches of 32, for one epoch.
    let split = three_way_split(&load_bundled());
    let (mut dead, mut best) = (Vec::new(), 0.0_f64);
    for seed in SEEDS {
        let config = TrainingConfig {
            batch_size: 1,
            epochs: 1,
            seed,
            ..TrainingConfig::book()
        };
        let (network, reports) =
            train(&config, &split.train, &split.validation);
        dead.push(dead_neurons(&network, &split.train));
        best = best.max(reports[0].validation_accuracy);
    }
    println!(
        "exercise 3: batches of 1 at η = {eta}, 1 epoch: validation accuracy at most {best:.4}, \
         {} to {} of 64 hidden neurons dead",
        dead.iter().min().unwrap_or(&0),
        dead.iter().max().unwrap_or(&0)
    );
}
