// Prints the numbers the answers to chapter 4's exercises quote: Adam
// without its bias correction on the two bowls, each with its own learning
// rate; a network with batch normalisation answering with the statistics
// of the batch it is given; and a network trained with dropout answering
// with dropout still on. The networks train from seeds 1-10.

use std::f64::consts::FRAC_PI_4;

use training_that_works::bowl::Bowl;
use training_that_works::centring::{centred, mean_image};
use training_that_works::digits_race::SEEDS;
use training_that_works::exercise_solutions::{
    UncorrectedAdam, answering_by_statistics, answers_with_dropout,
    uncorrected_step_factor,
};
use training_that_works::load_bundled;
use training_that_works::optimiser::{Kind, Optimiser};
use training_that_works::overfitting::SMALL_TRAIN;
use training_that_works::parallel::map_in_parallel;
use training_that_works::race::{PAIRS, Results};
use training_that_works::split::{first_and_rest, three_way_split};

fn main() {
    uncorrected_adam();
    batch_statistics();
    dropout_left_on();
}

fn uncorrected_adam() {
    println!("exercise 1: the uncorrected step over the corrected one,");
    println!("the gradient the same at every step");
    for t in [1, 2, 5, 10, 12, 20, 50, 100, 1000] {
        println!("  step {t:>4}  {:.3}", uncorrected_step_factor(t));
    }
    let uncorrected =
        |eta| Box::new(UncorrectedAdam::new(eta)) as Box<dyn Optimiser>;
    println!("exercise 1: on the bowls, each with its own η");
    println!(
        "  bowl            optimiser         η (middle)  mean ± sd    lower than Adam"
    );
    for (name, bowl) in [
        ("valley along x", Bowl::aligned()),
        ("turned by 45°", Bowl::rotated(FRAC_PI_4)),
    ] {
        let adam = Results::of(&Kind::Adam.maker(), &bowl);
        let without = Results::of(&uncorrected, &bowl);
        for (label, results, lower) in [
            ("Adam", &adam, "-".to_owned()),
            (
                "Adam, uncorrected",
                &without,
                format!("{} of {PAIRS}", without.lower_than(&adam)),
            ),
        ] {
            println!(
                "  {name:<14}  {label:<17}  {:<10.4}  {:5.1} ± {:3.1}  {lower:>15}",
                results.typical_learning_rate(),
                results.mean(),
                results.spread()
            );
        }
        println!(
            "  {name:<14}  Adam lower than uncorrected in {} of {PAIRS}",
            adam.lower_than(&without)
        );
    }
}

fn batch_statistics() {
    let split = three_way_split(&load_bundled());
    let mean = mean_image(&split.train);
    let (train, validation) = (
        centred(&split.train, &mean),
        centred(&split.validation, &mean),
    );
    let answers = map_in_parallel(&SEEDS, |&seed| {
        answering_by_statistics(seed, &train, &validation)
    });
    println!();
    println!("exercise 2: He + BN, five hidden layers of 50 ReLUs;");
    println!(
        "validation accuracy with BN's mean and variance from the running"
    );
    println!(
        "averages, the whole batch, or each digit alone; different answers alone"
    );
    println!("seed  running  whole batch  alone   answers");
    for (seed, a) in SEEDS.iter().zip(&answers) {
        println!(
            "{seed:<4}  {:<7.4}  {:<11.4}  {:<6.4}  {}",
            a.running,
            a.whole_batch,
            a.one_at_a_time,
            a.different_answers_alone
        );
    }
    let running: Vec<f64> = answers.iter().map(|a| a.running).collect();
    let whole: Vec<f64> = answers.iter().map(|a| a.whole_batch).collect();
    println!(
        "mean  {:.4} ± {:.4}  {:.4} ± {:.4}",
        mean_of(&running),
        sd_of(&running),
        mean_of(&whole),
        sd_of(&whole)
    );
    let lower = running.iter().zip(&whole).filter(|(r, w)| w < r).count();
    let higher = running.iter().zip(&whole).filter(|(r, w)| w > r).count();
    println!(
        "the whole batch reads fewer right in {lower} of {} seeds, more in {higher}",
        SEEDS.len()
    );
}

fn dropout_left_on() {
    let split = three_way_split(&load_bundled());
    let (few, _) = first_and_rest(&split.train, SMALL_TRAIN);
    let mean = mean_image(&few);
    let (train, validation) =
        (centred(&few, &mean), centred(&split.validation, &mean));
    for rate in [0.1, 0.5] {
        let answers = map_in_parallel(&SEEDS, |&seed| {
            answers_with_dropout(rate, seed, &train, &validation)
        });
        println!();
        println!(
            "exercise 3: {} training digits, dropout {rate};",
            train.len()
        );
        println!(
            "validation accuracy with dropout off and on, and the answers"
        );
        println!("a second pass with dropout on changes");
        println!("seed  off     on      changed");
        for (seed, a) in SEEDS.iter().zip(&answers) {
            println!("{seed:<4}  {:.4}  {:.4}  {}", a.off, a.on, a.changed);
        }
        let off: Vec<f64> = answers.iter().map(|a| a.off).collect();
        let on: Vec<f64> = answers.iter().map(|a| a.on).collect();
        println!(
            "mean  {:.4} ± {:.4} off, {:.4} ± {:.4} on\n\
             on reads fewer right in {} of {} seeds, more in {}",
            mean_of(&off),
            sd_of(&off),
            mean_of(&on),
            sd_of(&on),
            off.iter().zip(&on).filter(|(f, n)| n < f).count(),
            SEEDS.len(),
            off.iter().zip(&on).filter(|(f, n)| n > f).count()
        );
    }
}

fn mean_of(values: &[f64]) -> f64 {
    values.iter().sum::<f64>() / values.len() as f64
}

/// The sample standard deviation.
fn sd_of(values: &[f64]) -> f64 {
    let m = mean_of(values);
    let squares: f64 = values.iter().map(|v| (v - m).powi(2)).sum();
    (squares / (values.len() as f64 - 1.0)).sqrt()
}
