// Trains the chapter's network on 1 157 digits, keeps it where it did best
// on the 285 validation digits, and only then reads the 355 test digits,
// once.

// ANCHOR: main
use reading_digits::confidence_interval::wilson_interval;
use reading_digits::early_stopping::train_with_early_stopping;
use reading_digits::seeds::spread;
use reading_digits::split::three_way_split;
use reading_digits::training::measure;
use reading_digits::{TrainingConfig, dead_neurons, load_bundled};

fn main() {
    let split = three_way_split(&load_bundled());
    let stopped = train_with_early_stopping(
        &TrainingConfig::book(),
        &split.train,
        &split.validation,
    );
    println!("        loss                  accuracy");
    println!("epoch   training  validation  training  validation");
    for r in &stopped.reports {
        println!(
            "{:5}   {:.4}    {:.4}      {:.4}    {:.4}",
            r.epoch,
            r.train_loss,
            r.validation_loss,
            r.train_accuracy,
            r.validation_accuracy
        );
    }
    println!(
        "kept: the network after epoch {}, with {} of its {} hidden neurons dead",
        stopped.epoch,
        dead_neurons(&stopped.network, &split.train),
        stopped.network.w1().ncols()
    );

    // The one look at the test digits.
    let test = measure(&stopped.network, &split.test);
    let right = (test.accuracy * split.test.len() as f64).round() as usize;
    let (low, high) = wilson_interval(right, split.test.len());
    println!(
        "test digits read right: {right} of {}, 95 % interval {low:.4} to {high:.4}",
        split.test.len()
    );
    // How much of that is the seed: the same settings, fixed before the
    // test digits were read, from nine more seeds.
    let others: Vec<f64> = (2..=10)
        .map(|seed| {
            let config = TrainingConfig {
                seed,
                ..TrainingConfig::book()
            };
            let stopped = train_with_early_stopping(
                &config,
                &split.train,
                &split.validation,
            );
            measure(&stopped.network, &split.test).accuracy
        })
        .collect();
    let all: Vec<f64> = std::iter::once(test.accuracy).chain(others).collect();
    let over_seeds = spread(&all);
    println!(
        "the same settings from seeds 1-10: test accuracy {:.4} ± {:.4}, {:.4} to {:.4}",
        over_seeds.mean, over_seeds.sd, over_seeds.min, over_seeds.max
    );
    println!("test accuracy: {:.4}", test.accuracy);
}
// ANCHOR_END: main
