// The overfitting page chooses every setting once, from tuning seeds
// 101-105. This chooses them all afresh twice more, from tuning seeds
// 201-205 and then 301-305, trains every method from the same seeds 1-10,
// and counts in how many seeds each method's validation loss (after epoch
// 100, or at early stopping's epoch) is lower than another's, to see which
// of the page's orders survive another choice of settings.

use training_that_works::centring::{centred, mean_image};
use training_that_works::digits_race::SEEDS;
use training_that_works::load_bundled;
use training_that_works::overfitting::{
    Chosen, EPOCHS, SMALL_TRAIN, Setting, choose_on, runs,
};
use training_that_works::parallel::map_in_parallel;
use training_that_works::split::{first_and_rest, three_way_split};

const FAMILIES: [[u64; 5]; 2] =
    [[201, 202, 203, 204, 205], [301, 302, 303, 304, 305]];

fn main() {
    let split = three_way_split(&load_bundled());
    let (few, _) = first_and_rest(&split.train, SMALL_TRAIN);
    let mean = mean_image(&few);
    let (train, validation) =
        (centred(&few, &mean), centred(&split.validation, &mean));
    let results = map_in_parallel(&FAMILIES, |family| {
        let chosen = choose_on(family, &train, &validation);
        let losses = losses(&chosen, &train, &validation);
        (chosen, losses)
    });
    println!(
        "every setting chosen again from other tuning seeds; judged on seeds 1-{}",
        SEEDS.len()
    );
    println!(
        "counts: seeds (of {}) where the first is lower",
        SEEDS.len()
    );
    for (family, (chosen, losses)) in FAMILIES.iter().zip(&results) {
        println!();
        println!("tuning seeds {family:?}");
        println!(
            "chosen: η {:.3e}, η for the last epoch {:.3e}, weight decay {:.3e}, dropout {}, stop after epoch {}",
            chosen.learning_rate,
            chosen.slower_learning_rate,
            chosen.weight_decay,
            chosen.dropout,
            chosen.stop
        );
        let [plain, decay, dropout, stopped, slower] = losses;
        for (name, first, second) in [
            ("decay < plain", decay, plain),
            ("stopped < plain", stopped, plain),
            ("dropout < plain", dropout, plain),
            ("slower < plain", slower, plain),
            ("decay < slower", decay, slower),
            ("stopped < slower", stopped, slower),
            ("decay < stopped", decay, stopped),
        ] {
            let lower = first.iter().zip(second).filter(|(a, b)| a < b).count();
            println!("  {name:<17} {lower:>2}");
        }
    }
}

/// Each method's validation loss seed by seed: plain, weight decay,
/// dropout, early stopping, and the plain network at the rate for the last
/// epoch.
fn losses(
    chosen: &Chosen,
    train: &training_that_works::Digits,
    validation: &training_that_works::Digits,
) -> [Vec<f64>; 5] {
    let plain = Setting {
        learning_rate: chosen.learning_rate,
        weight_decay: 0.0,
        dropout: 0.0,
    };
    let at = |setting: Setting, epoch: usize| -> Vec<f64> {
        runs(setting, &SEEDS, train, validation)
            .iter()
            .map(|r| r[epoch - 1].validation_loss)
            .collect()
    };
    let plain_runs = runs(plain, &SEEDS, train, validation);
    let plain_at = |epoch: usize| -> Vec<f64> {
        plain_runs
            .iter()
            .map(|r| r[epoch - 1].validation_loss)
            .collect()
    };
    [
        plain_at(EPOCHS),
        at(
            Setting {
                weight_decay: chosen.weight_decay,
                ..plain
            },
            EPOCHS,
        ),
        at(
            Setting {
                dropout: chosen.dropout,
                ..plain
            },
            EPOCHS,
        ),
        plain_at(chosen.stop),
        at(
            Setting {
                learning_rate: chosen.slower_learning_rate,
                ..plain
            },
            EPOCHS,
        ),
    ]
}
