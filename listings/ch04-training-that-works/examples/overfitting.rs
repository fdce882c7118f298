// A network of 100 hidden neurons trained on 300 digits, which it learns
// by heart, and three ways to hold that back: weight decay, dropout and
// early stopping. The learning rate is chosen for the plain network at its
// best epoch, then each method's own setting with that rate, all on the
// validation digits from seeds 101-105; then each trains from seeds 1-10.
// Beside them, the plain network with the rate chosen for its last epoch.

// ANCHOR: main
use training_that_works::centring::{centred, mean_image};
use training_that_works::confidence_interval::wilson_interval;
use training_that_works::digits_race::{SEEDS, TUNING_SEEDS};
use training_that_works::load_bundled;
use training_that_works::nearest_neighbours::nearest_neighbour_accuracy;
use training_that_works::overfitting::{
    EPOCHS, SMALL_TRAIN, Setting, choose_on, runs,
};
use training_that_works::split::{first_and_rest, three_way_split};
use training_that_works::training::EpochReport;

fn main() {
    let split = three_way_split(&load_bundled());
    let (few, _) = first_and_rest(&split.train, SMALL_TRAIN);
    let mean = mean_image(&few);
    let (train, validation) =
        (centred(&few, &mean), centred(&split.validation, &mean));
    println!(
        "{} training digits, {} validation digits; one hidden layer of 100 ReLUs,",
        train.len(),
        validation.len()
    );
    println!(
        "SGD, batches of 32, {EPOCHS} epochs; settings chosen with seeds {TUNING_SEEDS:?}"
    );
    // Every setting chosen on the validation digits from the tuning seeds,
    // as `choose_on` in src/overfitting.rs chooses them; its tables printed.
    let chosen = choose_on(&TUNING_SEEDS, &train, &validation);
    let last = format!("after epoch {EPOCHS}");
    for (name, at, curve, choice) in [
        (
            "learning rate",
            "at each run's best epoch",
            &chosen.learning_rate_curve,
            chosen.learning_rate,
        ),
        (
            "learning rate for the last epoch",
            &last,
            &chosen.slower_learning_rate_curve,
            chosen.slower_learning_rate,
        ),
        (
            "weight decay",
            &last,
            &chosen.weight_decay_curve,
            chosen.weight_decay,
        ),
        ("dropout rate", &last, &chosen.dropout_curve, chosen.dropout),
    ] {
        println!();
        println!("{name}: mean validation loss {at}");
        for (candidate, loss) in curve {
            println!("  {candidate:<8.3e}  {loss:.4}");
        }
        println!("  chosen    {choice:.3e}");
    }
    let stop = chosen.stop;
    println!();
    println!(
        "early stopping: the mean validation loss is lowest after epoch {stop}"
    );

    let plain = Setting {
        learning_rate: chosen.learning_rate,
        weight_decay: 0.0,
        dropout: 0.0,
    };
    let slower = Setting {
        learning_rate: chosen.slower_learning_rate,
        ..plain
    };
    let (decay, dropout) = (chosen.weight_decay, chosen.dropout);
    let plain_runs = runs(plain, &SEEDS, &train, &validation);
    let slower_runs = runs(slower, &SEEDS, &train, &validation);
    let decay_runs = runs(
        Setting {
            weight_decay: decay,
            ..plain
        },
        &SEEDS,
        &train,
        &validation,
    );
    let dropout_runs =
        runs(Setting { dropout, ..plain }, &SEEDS, &train, &validation);
    // Each method's report for each seed: the last epoch's, or early
    // stopping's chosen epoch of the plain runs.
    let at = |runs: &[Vec<EpochReport>], epoch: usize| -> Vec<EpochReport> {
        runs.iter().map(|r| r[epoch - 1]).collect()
    };
    let methods = [
        ("plain", at(&plain_runs, EPOCHS)),
        ("decay", at(&decay_runs, EPOCHS)),
        ("dropout", at(&dropout_runs, EPOCHS)),
        ("stopped", at(&plain_runs, stop)),
        ("slower", at(&slower_runs, EPOCHS)),
    ];
    seed_by_seed("validation loss", &methods, |r| r.validation_loss, "lower");
    seed_by_seed(
        "validation accuracy",
        &methods,
        |r| -r.validation_accuracy,
        "higher",
    );
    seed_by_seed("training loss", &methods, |r| r.train_loss, "lower");

    // A baseline with nothing to tune: each validation digit read as its
    // nearest neighbour among the same 300 training digits.
    let right = (nearest_neighbour_accuracy(&train, &validation, 1)
        * validation.len() as f64)
        .round() as usize;
    let (low, high) = wilson_interval(right, validation.len());
    println!();
    println!(
        "baseline: 1-nearest neighbour among the {} training digits reads {right} of {} validation digits right, {:.4}, 95 % interval {low:.4} to {high:.4}",
        train.len(),
        validation.len(),
        right as f64 / validation.len() as f64
    );

    println!();
    println!("by epoch, mean over the seeds: training and validation loss");
    println!(
        "epoch  plain train   val  decay train   val  dropout train   val"
    );
    for epoch in 0..EPOCHS {
        let mean = |runs: &[Vec<EpochReport>], f: fn(&EpochReport) -> f64| {
            runs.iter().map(|r| f(&r[epoch])).sum::<f64>() / runs.len() as f64
        };
        print!("{:5}", epoch + 1);
        for runs in [&plain_runs, &decay_runs, &dropout_runs] {
            print!(
                "  {:.4} {:.4}",
                mean(runs, |r| r.train_loss),
                mean(runs, |r| r.validation_loss)
            );
        }
        println!();
    }
}

/// One row per seed, one column per method; then the mean, and from how
/// many seeds each method's `measure` is lower than the plain network's,
/// on a row named `label`. (Accuracy is measured negated, so that its row
/// counts the seeds where it is higher, and printed as it is.)
fn seed_by_seed(
    title: &str,
    methods: &[(&str, Vec<EpochReport>)],
    measure: fn(&EpochReport) -> f64,
    label: &str,
) {
    println!();
    println!("{title}, seed by seed");
    print!("{:<6}", "seed");
    for (name, _) in methods {
        print!("  {name:>8}");
    }
    println!();
    for (i, seed) in SEEDS.iter().enumerate() {
        print!("{seed:<6}");
        for (_, reports) in methods {
            print!("  {:>8.4}", measure(&reports[i]).abs());
        }
        println!();
    }
    print!("{:<6}", "mean");
    for (_, reports) in methods {
        let mean =
            reports.iter().map(measure).sum::<f64>() / reports.len() as f64;
        print!("  {:>8.4}", mean.abs());
    }
    println!();
    print!("{label:<6}");
    for (_, reports) in methods {
        let lower = reports
            .iter()
            .zip(&methods[0].1)
            .filter(|(a, b)| measure(a) < measure(b))
            .count();
        print!("  {:>8}", format!("{lower}/10"));
    }
    println!();
}
// ANCHOR_END: main
