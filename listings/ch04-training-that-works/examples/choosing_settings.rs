// Choosing the learning rate and the weight decay of chapter 3's network
// together, by random search on the validation digits (seeds 101-105),
// then training the choice from seeds 1-10 beside the race's setting for
// plain gradient descent (η 4.64, no weight decay), and only then
// measuring both on the test digits, once. Inputs are centred.

// ANCHOR: main
use training_that_works::centring::{centred, mean_image};
use training_that_works::confidence_interval::wilson_interval;
use training_that_works::digits_race::{SEEDS, TUNING_SEEDS};
use training_that_works::evaluation::predictions;
use training_that_works::layer::Mode;
use training_that_works::load_bundled;
use training_that_works::mcnemar::mcnemar_p;
use training_that_works::nearest_neighbours::{
    nearest_neighbour_accuracy, nearest_neighbours,
};
use training_that_works::one_hot_rows;
use training_that_works::overfitting::last_validation_loss;
use training_that_works::parallel::map_in_parallel;
use training_that_works::search::{
    LEARNING_RATES, SEARCH_SEED, TRIALS, WEIGHT_DECAYS, best,
    race_learning_rate, random_search, score, train_with,
};
use training_that_works::split::three_way_split;

/// What one trained network scored: validation loss, then test loss, the
/// number of test digits read right, and which ones.
struct Measured {
    validation_loss: f64,
    validation_right: usize,
    test_loss: f64,
    test_right: usize,
    test_hits: Vec<bool>,
}

fn main() {
    let split = three_way_split(&load_bundled());
    let average = mean_image(&split.train);
    let train = centred(&split.train, &average);
    let validation = centred(&split.validation, &average);
    let test = centred(&split.test, &average);
    println!(
        "{} training digits, {} validation digits, {} test digits (kept for the end)",
        train.len(),
        validation.len(),
        test.len()
    );
    println!(
        "random search: {TRIALS} settings drawn from seed {SEARCH_SEED}, η from {} to {} and λ from {:e} to {},",
        LEARNING_RATES.low(),
        LEARNING_RATES.high(),
        WEIGHT_DECAYS.low(),
        WEIGHT_DECAYS.high()
    );
    println!(
        "each evenly on a log scale; one hidden layer of 64 ReLUs, SGD with weight decay,"
    );
    println!(
        "batches of 32, 20 epochs; score: mean validation loss after epoch 20 over seeds {TUNING_SEEDS:?}"
    );
    println!();

    // 1. The search, on the validation digits only.
    let trials = random_search(TRIALS, SEARCH_SEED, &train, &validation);
    println!("trial  η           λ           score");
    for (i, t) in trials.iter().enumerate() {
        println!(
            "{:>5}  {:<10.4e}  {:<10.4e}  {:.4}",
            i + 1,
            t.learning_rate,
            t.weight_decay,
            t.score
        );
    }
    let chosen = best(&trials);
    let number = trials
        .iter()
        .position(|t| *t == chosen)
        .map_or(0, |i| i + 1);
    println!(
        "chosen: trial {number}, η = {:.4}, λ = {:.3e}, score {:.4}",
        chosen.learning_rate, chosen.weight_decay, chosen.score
    );
    println!(
        "the race's setting, η = {:.4} and no weight decay, scores {:.4} the same way",
        race_learning_rate(),
        score(race_learning_rate(), 0.0, &train, &validation)
    );
    println!();

    // The trials that scored below 0.1, scored again the same way from
    // seeds 1-10: how much of each score was its five seeds' luck. Nothing
    // is chosen from these.
    let mut good: Vec<_> = trials.iter().filter(|t| t.score < 0.1).collect();
    good.sort_by(|a, b| a.score.total_cmp(&b.score));
    let again = map_in_parallel(&good, |t| {
        let losses = SEEDS.map(|seed| {
            let (_, reports) = train_with(
                t.learning_rate,
                t.weight_decay,
                seed,
                &train,
                &validation,
            );
            last_validation_loss(&reports)
        });
        (mean(&losses), sd(&losses))
    });
    println!(
        "the trials that scored below 0.1, scored again from seeds 1-{}:",
        SEEDS.len()
    );
    // The change in standard errors: a mean of five seeds and a mean of ten
    // differ by about sd·√(1/5 + 1/10) with no choosing at all.
    let standard_error = |spread: f64| {
        spread
            * (1.0 / TUNING_SEEDS.len() as f64 + 1.0 / SEEDS.len() as f64)
                .sqrt()
    };
    println!(
        "trial  η           λ           score   again   change   sd      change/se"
    );
    for (t, &(again, spread)) in good.iter().zip(&again) {
        let number = trials.iter().position(|u| u == *t).map_or(0, |i| i + 1);
        let change = again - t.score;
        println!(
            "{number:>5}  {:<10.4e}  {:<10.4e}  {:.4}  {again:.4}  {change:+.4}  {spread:.4}  {:+.2}",
            t.learning_rate,
            t.weight_decay,
            t.score,
            change / standard_error(spread)
        );
    }
    println!();

    // 2. The choice and the race's setting, each trained from seeds 1-10;
    // the test digits are read once, by the networks of these two only.
    let test_targets = one_hot_rows(test.labels());
    let measure = |learning_rate: f64, weight_decay: f64| {
        map_in_parallel(&SEEDS, |&seed| {
            let (mut network, reports) = train_with(
                learning_rate,
                weight_decay,
                seed,
                &train,
                &validation,
            );
            let read =
                predictions(&network.forward(test.images(), Mode::Inference));
            let test_hits: Vec<bool> = read
                .iter()
                .zip(test.labels())
                .map(|(a, b)| a == b)
                .collect();
            Measured {
                validation_loss: last_validation_loss(&reports),
                validation_right: (reports[reports.len() - 1]
                    .validation_accuracy
                    * validation.len() as f64)
                    .round() as usize,
                test_loss: network.loss(test.images(), &test_targets),
                test_right: test_hits.iter().filter(|&&hit| hit).count(),
                test_hits,
            }
        })
    };
    let searched = measure(chosen.learning_rate, chosen.weight_decay);
    let race = measure(race_learning_rate(), 0.0);
    // The chosen learning rate with no weight decay at all: what the
    // chosen weight decay adds.
    let undecayed = measure(chosen.learning_rate, 0.0);
    println!(
        "seeds 1-{}: the search's choice beside the race's (η = {:.4}, no weight decay), after epoch 20",
        SEEDS.len(),
        race_learning_rate()
    );
    println!(
        "        validation loss      test loss            test digits right of {}",
        test.len()
    );
    println!("seed    search    race       search    race       search  race");
    for (i, seed) in SEEDS.iter().enumerate() {
        let (s, r) = (&searched[i], &race[i]);
        println!(
            "{seed:>4}    {:.4}    {:.4}     {:.4}    {:.4}     {:>6}  {:>4}",
            s.validation_loss,
            r.validation_loss,
            s.test_loss,
            r.test_loss,
            s.test_right,
            r.test_right
        );
    }
    let n = test.len() as f64;
    let accuracies = |m: &[Measured]| {
        m.iter()
            .map(|m| m.test_right as f64 / n)
            .collect::<Vec<_>>()
    };
    let validation_losses = |m: &[Measured]| {
        m.iter().map(|m| m.validation_loss).collect::<Vec<_>>()
    };
    let test_losses =
        |m: &[Measured]| m.iter().map(|m| m.test_loss).collect::<Vec<_>>();
    println!();
    let right_of = |m: &[Measured]| {
        m.iter()
            .map(|m| m.validation_right as f64)
            .collect::<Vec<_>>()
    };
    println!("mean ± sd over the seeds      search             race");
    for (what, s, r) in [
        (
            "validation loss",
            validation_losses(&searched),
            validation_losses(&race),
        ),
        ("test loss", test_losses(&searched), test_losses(&race)),
        ("test accuracy", accuracies(&searched), accuracies(&race)),
        (
            "validation digits read right",
            right_of(&searched),
            right_of(&race),
        ),
    ] {
        // Counts of digits to one decimal, losses and shares to four.
        let places = if what.contains("digits") { 1 } else { 4 };
        println!(
            "{what:<28}  {:.places$} ± {:.places$}    {:.places$} ± {:.places$}",
            mean(&s),
            sd(&s),
            mean(&r),
            sd(&r)
        );
    }
    let count = |f: &dyn Fn(&Measured, &Measured) -> bool| {
        searched.iter().zip(&race).filter(|(s, r)| f(s, r)).count()
    };
    println!();
    println!(
        "the search's choice against the race's setting, seed by seed (of {}):",
        SEEDS.len()
    );
    println!(
        "  lower validation loss {}, lower test loss {}",
        count(&|s, r| s.validation_loss < r.validation_loss),
        count(&|s, r| s.test_loss < r.test_loss)
    );
    println!(
        "  test digits: more right {}, as many {}, fewer {}",
        count(&|s, r| s.test_right > r.test_right),
        count(&|s, r| s.test_right == r.test_right),
        count(&|s, r| s.test_right < r.test_right)
    );
    println!(
        "the chosen η = {:.4} with no weight decay: validation loss {:.4} ± {:.4}, lower than with it for {} of {}",
        chosen.learning_rate,
        mean(&validation_losses(&undecayed)),
        sd(&validation_losses(&undecayed)),
        undecayed
            .iter()
            .zip(&searched)
            .filter(|(u, s)| u.validation_loss < s.validation_loss)
            .count(),
        SEEDS.len()
    );
    println!(
        "the chosen setting's validation loss: {:.4} on the tuning seeds, {:.4} on seeds 1-{}",
        chosen.score,
        mean(&validation_losses(&searched)),
        SEEDS.len()
    );
    // 3. A reader with no training at all, chapter 3's baseline: each test
    // digit gets the label of the closest training digit.
    // It chooses nothing on the validation digits, so how it reads them
    // says how hard they are, free of any choosing.
    let on_validation =
        (nearest_neighbour_accuracy(&split.train, &split.validation, 1)
            * split.validation.len() as f64)
            .round() as usize;
    let nearest_hits: Vec<bool> = (0..split.test.len())
        .map(|i| {
            nearest_neighbours(&split.train, split.test.image(i), 1)
                == split.test.labels()[i]
        })
        .collect();
    let nearest = nearest_hits.iter().filter(|&&hit| hit).count();
    let (low, high) = wilson_interval(nearest, test.len());
    println!(
        "1-nearest neighbour: {on_validation} of {} validation digits right; {nearest} of {} test digits, {:.4}, 95 % interval {low:.4} to {high:.4}",
        split.validation.len(),
        test.len(),
        nearest as f64 / n
    );
    for (name, m) in [("search", &searched), ("race", &race)] {
        let against = |f: fn(usize, usize) -> bool| {
            m.iter().filter(|m| f(m.test_right, nearest)).count()
        };
        println!(
            "  the {name}'s networks against it: more right {}, as many {}, fewer {}",
            against(|a, b| a > b),
            against(|a, b| a == b),
            against(|a, b| a < b)
        );
    }
    // Both read the same digits: what tells them apart is where they
    // disagree (McNemar's test, chapter 3).
    println!(
        "test digits only the nearest neighbour reads right, only the network, and McNemar's p"
    );
    println!("seed    search              race");
    for (i, seed) in SEEDS.iter().enumerate() {
        let split_of = |m: &Measured| {
            let pairs = || nearest_hits.iter().zip(&m.test_hits);
            let only_nearest = pairs().filter(|&(&a, &b)| a && !b).count();
            let only_network = pairs().filter(|&(&a, &b)| !a && b).count();
            (
                only_nearest,
                only_network,
                mcnemar_p(only_nearest, only_network),
            )
        };
        let (s, r) = (split_of(&searched[i]), split_of(&race[i]));
        println!(
            "{seed:>4}    {:>2} {:>2}  p = {:.3}    {:>2} {:>2}  p = {:.3}",
            s.0, s.1, s.2, r.0, r.1, r.2
        );
    }
    for (name, m) in [
        ("the search's choice", &searched),
        ("the race's setting", &race),
    ] {
        let right = m[0].test_right;
        let (low, high) = wilson_interval(right, test.len());
        println!(
            "seed 1, {name}: {right} of {} test digits right, {:.4}, 95 % interval {low:.4} to {high:.4}",
            test.len(),
            right as f64 / n
        );
    }
}
// ANCHOR_END: main

/// The mean of `values`.
fn mean(values: &[f64]) -> f64 {
    values.iter().sum::<f64>() / values.len() as f64
}

/// The sample standard deviation of `values`.
fn sd(values: &[f64]) -> f64 {
    let m = mean(values);
    let squares: f64 = values.iter().map(|v| (v - m).powi(2)).sum();
    (squares / (values.len() - 1) as f64).sqrt()
}
