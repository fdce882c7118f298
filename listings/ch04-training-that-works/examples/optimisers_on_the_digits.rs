// The five optimisers training chapter 3's network on the digits, each
// with its own learning rate chosen on the validation digits from seeds
// 101-105, then trained from seeds 1-10. Inputs are centred, as in
// chapter 3.

// ANCHOR: main
use training_that_works::centring::{centred, mean_image};
use training_that_works::digits_race::{
    Runs, SEEDS, TUNING_SEEDS, best_validation_loss,
    first_epoch_validation_loss, last_epoch_train_loss,
};
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
    let config = TrainingConfig::book();
    println!(
        "{} epochs, batches of {}; η chosen with seeds {TUNING_SEEDS:?}, then seeds 1-{}",
        config.epochs,
        config.batch_size,
        SEEDS.len()
    );
    // Each optimiser's runs depend only on their own seeds: side by side,
    // one thread per core, they give the same numbers sooner.
    let runs: Vec<(Kind, Runs)> = map_in_parallel(&Kind::ALL, |&kind| {
        (kind, Runs::of(&kind.maker(), &config, &train, &validation))
    });
    let sgd = &runs[0].1;
    println!();
    println!(
        "tuning: mean best validation loss over the tuning seeds, by learning rate"
    );
    print!("η       ");
    for (kind, _) in &runs {
        print!("  {:>9}", kind.name());
    }
    println!();
    for (row, &(rate, _)) in sgd.tuning.iter().enumerate() {
        print!("{rate:<8.3e}");
        for (_, r) in &runs {
            print!("  {:>9.4}", r.tuning[row].1);
        }
        println!();
    }
    println!();
    println!(
        "best validation loss over the seeds (each run at its best epoch),"
    );
    println!(
        "and against SGD seed by seed; sd is the spread from seed to seed"
    );
    println!(
        "optimiser  η        mean     sd      lowest   highest  lower than SGD"
    );
    for (kind, r) in &runs {
        let best = r.best_losses();
        let n = best.len() as f64;
        let mean = best.iter().sum::<f64>() / n;
        let sd = (best.iter().map(|b| (b - mean).powi(2)).sum::<f64>()
            / (n - 1.0))
            .sqrt();
        let lowest = best.iter().copied().fold(f64::INFINITY, f64::min);
        let highest = best.iter().copied().fold(f64::NEG_INFINITY, f64::max);
        let lower = if *kind == Kind::Sgd {
            "-".to_owned()
        } else {
            format!("{} of {}", r.lower_than(sgd), SEEDS.len())
        };
        println!(
            "{:<9}  {:<7.4}  {mean:.4}  {sd:.4}  {lowest:.4}   {highest:.4}   {lower:>9}",
            kind.name(),
            r.learning_rate
        );
    }
    println!();
    println!(
        "how fast and how far: validation loss after epoch 1, training loss in epoch 20"
    );
    println!("optimiser  after 1  lower than SGD  in 20     lower than SGD");
    for (kind, r) in &runs {
        let mean = |measure: fn(&[EpochReport]) -> f64| {
            r.reports.iter().map(|run| measure(run)).sum::<f64>()
                / r.reports.len() as f64
        };
        let count = |measure: fn(&[EpochReport]) -> f64| {
            if *kind == Kind::Sgd {
                "-".to_owned()
            } else {
                format!("{} of {}", r.lower_than_by(sgd, measure), SEEDS.len())
            }
        };
        println!(
            "{:<9}  {:.4}   {:>13}  {:.6}  {:>13}",
            kind.name(),
            mean(first_epoch_validation_loss),
            count(first_epoch_validation_loss),
            mean(last_epoch_train_loss),
            count(last_epoch_train_loss)
        );
    }
    println!();
    println!(
        "validation loss by epoch: mean, lowest and highest over the seeds"
    );
    print!("epoch");
    for (kind, _) in &runs {
        print!("  {:>22}", kind.name());
    }
    println!();
    for epoch in 0..config.epochs {
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
    seed_by_seed(&runs);
}
// ANCHOR_END: main

/// One number taken from a run's reports.
type Measure<'a> = &'a dyn Fn(&[EpochReport]) -> f64;

/// The measures the chapter compares, run by run, so that its tests can
/// count seeds from this output instead of training everything again.
fn seed_by_seed(runs: &[(Kind, Runs)]) {
    let best_accuracy = |reports: &[EpochReport]| {
        reports
            .iter()
            .map(|e| e.validation_accuracy)
            .fold(0.0, f64::max)
    };
    let measures: [(&str, Measure); 4] = [
        ("best validation loss", &best_validation_loss),
        (
            "validation loss after epoch 1",
            &first_epoch_validation_loss,
        ),
        ("training loss in epoch 20", &last_epoch_train_loss),
        ("best validation accuracy", &best_accuracy),
    ];
    for (title, measure) in measures {
        println!();
        println!("{title}, seed by seed");
        print!("seed");
        for (kind, _) in runs {
            print!("  {:>12}", kind.name());
        }
        println!();
        for (i, seed) in SEEDS.iter().enumerate() {
            print!("{seed:>4}");
            for (_, r) in runs {
                print!("  {:>12.6e}", measure(&r.reports[i]));
            }
            println!();
        }
    }
}
