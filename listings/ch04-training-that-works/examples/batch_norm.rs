// A deeper network, five hidden layers of 50 ReLUs, trained with plain
// gradient descent from a poor start (weights with sd 0.01) and from He's,
// each with and without batch normalisation. Each arm gets its own
// learning rate, chosen on the validation digits from seeds 101-105, then
// trains from seeds 1-10. Inputs are centred, as in chapter 3.

// ANCHOR: main
use training_that_works::centring::{centred, mean_image};
use training_that_works::digits_race::{
    Runs, SEEDS, TUNING_SEEDS, best_validation_loss,
    first_epoch_validation_loss,
};
use training_that_works::initialisation::Initialisation;
use training_that_works::load_bundled;
use training_that_works::optimiser::Kind;
use training_that_works::parallel::map_in_parallel;
use training_that_works::split::three_way_split;
use training_that_works::training::{EpochReport, TrainingConfig};

fn main() {
    let split = three_way_split(&load_bundled());
    let mean = mean_image(&split.train);
    let (train, validation) = (
        centred(&split.train, &mean),
        centred(&split.validation, &mean),
    );
    let arms = [
        ("sd 0.01", Initialisation::Normal(0.01), false),
        ("sd 0.01 + BN", Initialisation::Normal(0.01), true),
        ("He", Initialisation::He, false),
        ("He + BN", Initialisation::He, true),
    ];
    // The four arms train independently, two at a time.
    let runs: Vec<(&str, Runs)> =
        map_in_parallel(&arms, |&(name, initialisation, batch_norm)| {
            let config = TrainingConfig {
                hidden: vec![50; 5],
                initialisation,
                batch_norm,
                ..TrainingConfig::book()
            };
            let sgd = Kind::Sgd.maker();
            (name, Runs::of(&sgd, &config, &train, &validation))
        });
    let epochs = TrainingConfig::book().epochs;
    println!(
        "five hidden layers of 50 ReLUs, SGD, {epochs} epochs, batches of 32;"
    );
    println!(
        "η chosen with seeds {TUNING_SEEDS:?}, then seeds 1-{}",
        SEEDS.len()
    );
    println!();
    println!("tuning: mean best validation loss over the tuning seeds");
    print!("{:<8}", "η");
    for (name, _) in &runs {
        print!("  {name:>12}");
    }
    println!();
    for (row, &(rate, _)) in runs[0].1.tuning.iter().enumerate() {
        print!("{rate:<8.3e}");
        for (_, r) in &runs {
            print!("  {:>12.4}", r.tuning[row].1);
        }
        println!();
    }
    print!("{:<8}", "chosen");
    for (_, r) in &runs {
        print!("  {:>12.4}", r.learning_rate);
    }
    println!();
    seed_by_seed(
        "best validation loss, each run at its best epoch",
        &runs,
        best_validation_loss,
    );
    seed_by_seed(
        "validation loss after epoch 1",
        &runs,
        first_epoch_validation_loss,
    );
    seed_by_seed(
        "validation loss after the last epoch",
        &runs,
        last_epoch_validation_loss,
    );
    println!();
    println!(
        "validation loss by epoch: mean, lowest and highest over the seeds"
    );
    print!("epoch");
    for (name, _) in &runs {
        print!("  {name:>20}");
    }
    println!();
    for epoch in 0..epochs {
        print!("{:5}", epoch + 1);
        for (_, r) in &runs {
            let losses: Vec<f64> = r
                .reports
                .iter()
                .map(|run| run[epoch].validation_loss)
                .collect();
            let mean = losses.iter().sum::<f64>() / losses.len() as f64;
            let lowest = losses.iter().copied().fold(f64::INFINITY, f64::min);
            let highest =
                losses.iter().copied().fold(f64::NEG_INFINITY, f64::max);
            print!("  {mean:.4} {lowest:.4} {highest:.4}");
        }
        println!();
    }
}

/// The validation loss after the last epoch: where a run ends if it is not
/// stopped at its best epoch.
fn last_epoch_validation_loss(reports: &[EpochReport]) -> f64 {
    reports.last().map_or(f64::NAN, |r| r.validation_loss)
}

/// One row per seed and one column per arm, then the mean and the sample
/// standard deviation, then how many seeds each arm is lower than the arm
/// `He` (the usual start, without batch normalisation) from the same seed.
fn seed_by_seed(
    title: &str,
    runs: &[(&str, Runs)],
    measure: fn(&[EpochReport]) -> f64,
) {
    println!();
    println!("{title}, seed by seed");
    print!("{:<8}", "seed");
    for (name, _) in runs {
        print!("  {name:>12}");
    }
    println!();
    let values: Vec<Vec<f64>> = runs
        .iter()
        .map(|(_, r)| r.reports.iter().map(|run| measure(run)).collect())
        .collect();
    for (i, seed) in SEEDS.iter().enumerate() {
        print!("{seed:<8}");
        for column in &values {
            print!("  {:>12.4}", column[i]);
        }
        println!();
    }
    let n = SEEDS.len() as f64;
    print!("{:<8}", "mean");
    for column in &values {
        print!("  {:>12.4}", column.iter().sum::<f64>() / n);
    }
    println!();
    print!("{:<8}", "sd");
    for column in &values {
        let mean = column.iter().sum::<f64>() / n;
        let sd = (column.iter().map(|v| (v - mean).powi(2)).sum::<f64>()
            / (n - 1.0))
            .sqrt();
        print!("  {sd:>12.4}");
    }
    println!();
    let he = runs.iter().position(|(name, _)| *name == "He").unwrap_or(0);
    print!("{:<8}", "< He");
    for column in &values {
        let lower = column
            .iter()
            .zip(&values[he])
            .filter(|(a, b)| a < b)
            .count();
        print!("  {:>12}", format!("{lower} of {}", SEEDS.len()));
    }
    println!();
}
// ANCHOR_END: main
