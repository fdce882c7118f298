//! What the chapter says about the optimisers on the digits, checked: each
//! with its own learning rate, chosen from seeds 101-105, then trained from
//! seeds 1-10. An order is stated only where it holds in at least 9 of the
//! 10 paired seeds.
//!
//! The race is read from what `examples/optimisers_on_the_digits.rs`
//! printed (`output/optimisers_on_the_digits.txt`, which the book's tests
//! check is what the example prints today), seed by seed, rather than
//! trained again here.

mod common;

use common::{lower, seed_column};
use training_that_works::digits_race::learning_rates;
use training_that_works::load_bundled;
use training_that_works::optimiser::{Kind, Momentum, Sgd};
use training_that_works::split::three_way_split;
use training_that_works::training::{TrainingConfig, train};

fn output() -> String {
    common::output("optimisers_on_the_digits")
}

const BEST: &str = "best validation loss";
const FIRST: &str = "validation loss after epoch 1";
const LAST_TRAIN: &str = "training loss in epoch 20";
const ACCURACY: &str = "best validation accuracy";

/// The column of `kind` in the seed-by-seed table under `title`, seeds 1
/// to 10.
fn column(title: &str, kind: Kind) -> Vec<f64> {
    let c = 1 + Kind::ALL.iter().position(|&k| k == kind).expect("a kind");
    seed_column(&output(), title, c)
}

/// How often `kind` is lower than SGD by `title`, both ways round.
fn against_sgd(title: &str, kind: Kind) -> (usize, usize) {
    let (k, sgd) = (column(title, kind), column(title, Kind::Sgd));
    (lower(&k, &sgd), lower(&sgd, &k))
}

/// The learning rate chosen for `kind`: the grid's rate that the summary
/// table prints (to four decimals).
fn chosen_rate(kind: Kind) -> f64 {
    let text = output();
    let printed: f64 = text
        .lines()
        .skip_while(|l| !l.starts_with("optimiser  η"))
        .find(|l| l.split_whitespace().next() == Some(kind.name()))
        .and_then(|l| l.split_whitespace().nth(1)?.parse().ok())
        .expect("the chosen rate");
    learning_rates()
        .into_iter()
        .min_by(|a, b| (a - printed).abs().total_cmp(&(b - printed).abs()))
        .expect("a grid")
}

#[test]
fn the_printed_counts_are_the_seed_tables() {
    let text = output();
    for kind in [Kind::Momentum, Kind::AdaGrad, Kind::RmsProp, Kind::Adam] {
        let name = kind.name();
        let summary = text
            .lines()
            .skip_while(|l| !l.starts_with("optimiser  η"))
            .find(|l| l.split_whitespace().next() == Some(name))
            .expect("a summary row");
        assert!(
            summary.ends_with(&format!("{} of 10", against_sgd(BEST, kind).0)),
            "{summary}"
        );
        let fast = text
            .lines()
            .skip_while(|l| !l.starts_with("optimiser  after 1"))
            .find(|l| l.split_whitespace().next() == Some(name))
            .expect("a how-fast row");
        let words: Vec<&str> = fast.split_whitespace().collect();
        assert_eq!(
            words[2].parse::<usize>().ok(),
            Some(against_sgd(FIRST, kind).0),
            "{fast}"
        );
        assert_eq!(
            words[6].parse::<usize>().ok(),
            Some(against_sgd(LAST_TRAIN, kind).0),
            "{fast}"
        );
    }
}

#[test]
fn no_optimiser_differs_reliably_from_plain_gradient_descent() {
    for kind in [Kind::Momentum, Kind::AdaGrad, Kind::RmsProp, Kind::Adam] {
        let (below, above) = against_sgd(BEST, kind);
        assert!(below < 9, "{} beats SGD", kind.name());
        assert!(above < 9, "SGD beats {}", kind.name());
    }
}

#[test]
fn every_optimiser_learns_to_read_the_digits() {
    for kind in Kind::ALL {
        let best = column(BEST, kind);
        let mean = best.iter().sum::<f64>() / best.len() as f64;
        assert!(mean < 0.05, "{}: {mean}", kind.name());
    }
    // …and at some epoch reads nearly all validation digits right: the
    // page says at least 281 of the 285 in every run.
    let worst = Kind::ALL
        .iter()
        .flat_map(|&kind| column(ACCURACY, kind))
        .fold(f64::INFINITY, f64::min);
    assert!((worst * 285.0 - 281.0).abs() < 1e-4, "{worst}");
}

#[test]
fn in_the_first_race_adagrad_and_rmsprop_start_faster_than_plain_gradient_descent()
 {
    for kind in [Kind::AdaGrad, Kind::RmsProp] {
        assert!(against_sgd(FIRST, kind).0 >= 9, "{}", kind.name());
    }
    for kind in [Kind::Momentum, Kind::Adam] {
        let (below, above) = against_sgd(FIRST, kind);
        assert!(below < 9 && above < 9, "{}", kind.name());
    }
}

#[test]
fn in_the_first_race_momentum_fits_the_training_digits_closer_and_adagrad_and_adam_less()
 {
    assert!(against_sgd(LAST_TRAIN, Kind::Momentum).0 >= 9);
    for kind in [Kind::AdaGrad, Kind::Adam] {
        assert!(against_sgd(LAST_TRAIN, kind).1 >= 9, "{}", kind.name());
    }
    let (below, above) = against_sgd(LAST_TRAIN, Kind::RmsProp);
    assert!(below < 9 && above < 9);
}

#[test]
fn no_chosen_rate_is_at_the_edge_of_the_grid() {
    let rates = learning_rates();
    for kind in Kind::ALL {
        let rate = chosen_rate(kind);
        assert!(
            rate > rates[0] && rate < rates[rates.len() - 1],
            "{}",
            kind.name()
        );
    }
}

#[test]
fn momentums_chosen_rate_makes_the_same_long_run_step_as_sgds() {
    // Under a steady gradient Momentum's step grows to 1 / (1 − α) times a
    // plain step with the same η; the two chosen rates are that factor
    // apart (to the grid's resolution, three rates per factor of ten).
    let sgd = chosen_rate(Kind::Sgd);
    let momentum = chosen_rate(Kind::Momentum);
    let long_run = momentum / (1.0 - Momentum::USUAL_MOMENTUM);
    assert!((long_run - sgd).abs() < 1e-9 * sgd, "{long_run} vs {sgd}");
}

#[test]
fn a_run_that_diverges_reports_nan_instead_of_panicking() {
    let split = three_way_split(&load_bundled());
    // Five layers of 100 ReLUs at η = 10: the weights overflow.
    let config = TrainingConfig {
        epochs: 4,
        hidden: vec![100; 5],
        ..TrainingConfig::book()
    };
    let (_, reports) = train(
        &config,
        &mut Sgd::new(10.0),
        &split.train,
        &split.validation,
    );
    assert_eq!(reports.len(), 4);
    let last = reports[3];
    assert!(last.validation_loss.is_nan() && last.validation_accuracy.is_nan());
}

/// The rows of the race run again with the rates chosen from each other
/// family of tuning seeds (`output/tuning_families.txt`): for each
/// optimiser but SGD, its chosen rate and how many seeds of ten are lower
/// than SGD's by best validation loss, after epoch 1 and in epoch 20's
/// training loss.
fn other_families() -> Vec<Vec<(String, f64, [usize; 3])>> {
    let text = common::output("tuning_families");
    let mut families = Vec::new();
    for block in text.split("tuning seeds ").skip(1) {
        let rows = block
            .lines()
            .skip(2)
            .take_while(|l| !l.is_empty())
            .filter(|l| !l.starts_with("SGD"))
            .map(|l| {
                let words: Vec<&str> = l.split_whitespace().collect();
                let count =
                    |i: usize| words[i].parse::<usize>().expect("a count");
                (
                    words[0].to_owned(),
                    words[1].parse::<f64>().expect("a rate"),
                    [count(2), count(3), count(4)],
                )
            })
            .collect::<Vec<_>>();
        assert_eq!(rows.len(), 4, "four optimisers besides SGD");
        families.push(rows);
    }
    assert_eq!(families.len(), 2, "two more families");
    families
}

/// The counts for `kind` in every family: the race's own first.
fn in_every_family(kind: Kind) -> Vec<[usize; 3]> {
    let first = [
        against_sgd(BEST, kind).0,
        against_sgd(FIRST, kind).0,
        against_sgd(LAST_TRAIN, kind).0,
    ];
    std::iter::once(first)
        .chain(other_families().into_iter().map(|rows| {
            rows.into_iter()
                .find(|(name, _, _)| name == kind.name())
                .expect("every optimiser in every family")
                .2
        }))
        .collect()
}

#[test]
fn with_rates_chosen_from_other_tuning_seeds_what_holds_and_what_does_not() {
    for kind in [Kind::Momentum, Kind::AdaGrad, Kind::RmsProp, Kind::Adam] {
        for counts in in_every_family(kind) {
            // No reliable difference in best validation loss, either way.
            assert!(
                (2..=8).contains(&counts[0]),
                "{}: {counts:?}",
                kind.name()
            );
        }
    }
    // Held in every family, as the page says it: AdaGrad starts faster
    // (9 of 10 each time); Momentum fits the training digits closer by
    // epoch 20 and AdaGrad less closely (all 10 each time); plain gradient
    // descent's best validation loss is lower than Adam's in 8 each time.
    assert!(
        in_every_family(Kind::AdaGrad)
            .iter()
            .all(|c| c[1] == 9 && c[2] == 0)
    );
    assert!(in_every_family(Kind::Momentum).iter().all(|c| c[2] == 10));
    assert!(in_every_family(Kind::Adam).iter().all(|c| c[0] == 2));
    // Not held: RMSProp's faster start (one race at 8), and Adam's fit,
    // which leans the other way in the race that chose it 0.0215.
    let rmsprop: Vec<usize> = in_every_family(Kind::RmsProp)
        .iter()
        .map(|c| c[1])
        .collect();
    assert_eq!(rmsprop, [9, 9, 8]);
    let adam: Vec<usize> =
        in_every_family(Kind::Adam).iter().map(|c| c[2]).collect();
    assert_eq!(adam, [0, 10, 0]);
    let adam_rates: Vec<f64> = other_families()
        .into_iter()
        .map(|rows| {
            rows.into_iter()
                .find(|(name, _, _)| name == "Adam")
                .expect("Adam")
                .1
        })
        .collect();
    assert_eq!(adam_rates, [0.0215, 0.0100]);
}
