// Trains the chapter's network on 1 157 digits, keeps it where it did best
// on the 285 validation digits, and only then reads the 355 test digits,
// once. The kept network is saved to saved/network.txt, where the crate's
// tests and the book's drawing pad read it.

// ANCHOR: main
use reading_digits::confidence_interval::wilson_interval;
use reading_digits::early_stopping::train_with_early_stopping;
use reading_digits::seeds::spread;
use reading_digits::split::three_way_split;
use reading_digits::training::measure;
use reading_digits::{TrainingConfig, dead_neurons, load_bundled};

fn main() -> std::io::Result<()> {
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
    // Saved before the test digits are read, in the folder the example is
    // run from (the crate's, as `cargo run` is usually typed).
    std::fs::create_dir_all("saved")?;
    stopped.network.save("saved/network.txt")?;
    println!("saved: saved/network.txt");

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

    Ok(())
}
// ANCHOR_END: main
