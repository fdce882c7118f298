// The race of the optimisers on the digits chooses each learning rate once,
// from tuning seeds 101-105. This runs the same race twice more, each time
// choosing every rate afresh from another family of tuning seeds (201-205,
// then 301-305), and judging on the same seeds 1-10, to see which of the
// race's orders survive another choice of rates.

use training_that_works::centring::{centred, mean_image};
use training_that_works::digits_race::{
    Runs, SEEDS, best_validation_loss, first_epoch_validation_loss,
    last_epoch_train_loss,
};
use training_that_works::load_bundled;
use training_that_works::optimiser::Kind;
use training_that_works::parallel::map_in_parallel;
use training_that_works::split::three_way_split;
use training_that_works::training::{EpochReport, TrainingConfig};

/// How a run is measured for a count: one number from its epoch reports.
type Measure = fn(&[EpochReport]) -> f64;

const FAMILIES: [[u64; 5]; 2] =
    [[201, 202, 203, 204, 205], [301, 302, 303, 304, 305]];

fn main() {
    let split = three_way_split(&load_bundled());
    let mean = mean_image(&split.train);
    let (train, validation) = (
        centred(&split.train, &mean),
        centred(&split.validation, &mean),
    );
    let config = TrainingConfig::book();
    println!(
        "each optimiser's rate chosen again from other tuning seeds; judged on seeds 1-{}",
        SEEDS.len()
    );
    println!("counts: seeds (of {}) lower than SGD", SEEDS.len());
    let measures: [(&str, Measure); 3] = [
        ("best val.", best_validation_loss),
        ("after 1", first_epoch_validation_loss),
        ("train in 20", last_epoch_train_loss),
    ];
    for family in FAMILIES {
        let runs: Vec<(Kind, Runs)> = map_in_parallel(&Kind::ALL, |&kind| {
            let make = kind.maker();
            (
                kind,
                Runs::tuned_on(&family, &make, &config, &train, &validation),
            )
        });
        let sgd = &runs[0].1;
        println!();
        println!("tuning seeds {family:?}");
        print!("optimiser  η      ");
        for (name, _) in &measures {
            print!("  {name:>11}");
        }
        println!();
        for (kind, r) in &runs {
            print!("{:<9}  {:<7.4}", kind.name(), r.learning_rate);
            for (_, measure) in &measures {
                if *kind == Kind::Sgd {
                    print!("  {:>11}", "-");
                } else {
                    print!("  {:>11}", r.lower_than_by(sgd, measure));
                }
            }
            println!();
        }
    }
}
