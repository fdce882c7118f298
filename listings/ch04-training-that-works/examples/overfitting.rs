// A network of 100 hidden neurons trained on 300 digits, which it learns
// by heart, and three ways to hold that back: weight decay, dropout and
// early stopping. The learning rate is chosen for the plain network at its
// best epoch, then each method's own setting with that rate, all on the
// validation digits from seeds 101-105; then each trains from seeds 1-10.
// Beside them, the plain network with the rate chosen for its last epoch.

// ANCHOR: main
use training_that_works::centring::{centred, mean_image};
use training_that_works::digits_race::{
    SEEDS, TUNING_SEEDS, best_validation_loss, lowest,
};
use training_that_works::load_bundled;
use training_that_works::overfitting::{
    DROPOUT_RATES, EPOCHS, SMALL_TRAIN, Setting, last_validation_loss,
    learning_rates, runs, stopping_epoch, tuning_curve, weight_decays,
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
    let plain = Setting {
        learning_rate: 0.0,
        weight_decay: 0.0,
        dropout: 0.0,
    };
    let choose = |name: &str,
                  candidates: &[f64],
                  setting: &dyn Fn(f64) -> Setting,
                  measure: fn(&[EpochReport]) -> f64,
                  at: &str| {
        let curve =
            tuning_curve(candidates, setting, measure, &train, &validation);
        println!();
        println!("{name}: mean validation loss {at}");
        for (candidate, loss) in &curve {
            println!("  {candidate:<8.3e}  {loss:.4}");
        }
        let chosen = lowest(&curve);
        println!("  chosen    {chosen:.3e}");
        chosen
    };
    let last = format!("after epoch {EPOCHS}");
    let rates = learning_rates();
    let eta = choose(
        "learning rate",
        &rates,
        &|r| Setting {
            learning_rate: r,
            ..plain
        },
        best_validation_loss,
        "at each run's best epoch",
    );
    // The same choice judged where every method is judged, after the last
    // epoch: a plain network with the rate that suits 100 epochs.
    let slower_eta = choose(
        "learning rate for the last epoch",
        &rates,
        &|r| Setting {
            learning_rate: r,
            ..plain
        },
        last_validation_loss,
        &last,
    );
    let slower = Setting {
        learning_rate: slower_eta,
        ..plain
    };
    let plain = Setting {
        learning_rate: eta,
        ..plain
    };
    let decay = choose(
        "weight decay",
        &weight_decays(),
        &|d| Setting {
            weight_decay: d,
            ..plain
        },
        last_validation_loss,
        &last,
    );
    let dropout = choose(
        "dropout rate",
        &DROPOUT_RATES,
        &|p| Setting {
            dropout: p,
            ..plain
        },
        last_validation_loss,
        &last,
    );
    let stop = stopping_epoch(&runs(plain, &TUNING_SEEDS, &train, &validation));
    println!();
    println!(
        "early stopping: the mean validation loss is lowest after epoch {stop}"
    );

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
