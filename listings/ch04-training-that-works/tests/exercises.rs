//! The answers to chapter 4's exercises: what the answer page derives
//! holds for the code, and the orders it states hold in what
//! `examples/exercises.rs` printed (`output/exercises.txt`, which the
//! book's tests check is what the example prints today).

mod common;

use common::{lower, numbers, output};
use ndarray::{Array2, array};
use training_that_works::exercise_solutions::{
    UncorrectedAdam, batch_statistics, dropout_left_on, uncorrected_step_factor,
};
use training_that_works::layer::{BatchNorm, Layer, Mode};
use training_that_works::load_bundled;
use training_that_works::optimiser::{Adam, Optimiser};
use training_that_works::split::three_way_split;

fn exercises() -> String {
    output("exercises")
}

/// The line of the exercises' output that starts with `start`.
fn line(start: &str) -> String {
    exercises()
        .lines()
        .find(|l| l.starts_with(start))
        .unwrap_or_else(|| panic!("no line starts with {start:?}"))
        .to_owned()
}

/// The count just before `of` in `text` (as in "9 of 20").
fn count_before_of(text: &str) -> usize {
    let words: Vec<&str> = text.split_whitespace().collect();
    let at = words.iter().position(|w| *w == "of").expect("a count");
    words[at - 1].parse().expect("a number")
}

/// The first number after `start` on the line that starts with it.
fn first_number_after(start: &str) -> f64 {
    let rest = line(start)[start.len()..].to_owned();
    numbers(rest.split_whitespace().next().expect("a number"))[0]
}

/// The ten rows under the header line that starts with `header`, after
/// the line starting with `title`.
fn seed_rows(title: &str, header: &str) -> Vec<Vec<f64>> {
    let text = exercises();
    let rows: Vec<Vec<f64>> = text
        .lines()
        .skip_while(|l| !l.starts_with(title))
        .skip_while(|l| !l.starts_with(header))
        .skip(1)
        .take(10)
        .map(numbers)
        .collect();
    assert_eq!(rows.len(), 10, "ten seeds under {title}");
    rows
}

/// How far `optimiser` moves a parameter at each of `steps` steps when
/// the gradient is always 1.
fn steps_on_a_constant_slope(
    optimiser: &mut dyn Optimiser,
    steps: usize,
) -> Vec<f64> {
    let mut x = array![0.0];
    (0..steps)
        .map(|_| {
            let before = x[0];
            optimiser.update(
                &mut [x.view_mut().into_dyn()],
                &[array![1.0].view().into_dyn()],
            );
            before - x[0]
        })
        .collect()
}

#[test]
fn without_the_correction_a_steady_step_grows_by_the_derived_factor() {
    let eta = 0.01;
    let corrected = steps_on_a_constant_slope(&mut Adam::new(eta), 1000);
    let uncorrected =
        steps_on_a_constant_slope(&mut UncorrectedAdam::new(eta), 1000);
    for (t, (&with, &without)) in (1..).zip(corrected.iter().zip(&uncorrected))
    {
        assert!((with / eta - 1.0).abs() < 1e-6, "step {t}: {with}");
        let factor = uncorrected_step_factor(t);
        assert!((without / eta - factor).abs() < 1e-6 * factor, "step {t}");
    }
}

#[test]
fn the_factor_peaks_at_step_12_as_printed() {
    let peak = (1..=1000)
        .max_by(|&a, &b| {
            uncorrected_step_factor(a).total_cmp(&uncorrected_step_factor(b))
        })
        .unwrap();
    assert_eq!(peak, 12);
    assert!(
        line("  step   12")
            .ends_with(&format!("{:.3}", uncorrected_step_factor(12)))
    );
}

#[test]
fn on_the_bowls_the_correction_makes_no_reliable_difference_at_each_own_rate() {
    for bowl in ["valley along x", "turned by 45°"] {
        let uncorrected = line(&format!("  {bowl:<14}  Adam, uncorrected"));
        let adam = line(&format!("  {bowl:<14}  Adam lower than uncorrected"));
        let (wins, losses) =
            (count_before_of(&uncorrected), count_before_of(&adam));
        // The bowl's race asks for 18 of the 20 pairs.
        assert!(
            wins < 18 && losses < 18,
            "{bowl}: {wins} and {losses} of 20"
        );
        // The uncorrected optimiser takes a smaller rate, by about the
        // factor its early steps grow by.
        let ratio = first_number_after(&format!("  {bowl:<14}  Adam  "))
            / first_number_after(&format!("  {bowl:<14}  Adam, uncorrected"));
        assert!((3.0..7.0).contains(&ratio), "{bowl}: η ratio {ratio}");
    }
}

#[test]
fn a_batch_of_one_normalises_every_feature_to_its_shift() {
    let mut layer = BatchNorm::new(3);
    for row in [array![[4.0, -1.0, 0.5]], array![[100.0, 0.0, -7.0]]] {
        assert_eq!(
            layer.forward(row.view(), Mode::Training),
            Array2::<f64>::zeros((1, 3))
        );
    }
}

#[test]
fn alone_every_digit_gets_one_answer_and_the_whole_batch_is_no_reliably_different()
 {
    let rows = seed_rows("exercise 2:", "seed  running");
    let running: Vec<f64> = rows.iter().map(|r| r[1]).collect();
    let whole: Vec<f64> = rows.iter().map(|r| r[2]).collect();
    let (fewer, more) = (lower(&whole, &running), lower(&running, &whole));
    assert!(fewer < 9 && more < 9, "{fewer} and {more} of 10");
    assert_eq!(
        line("the whole batch reads fewer right"),
        format!(
            "the whole batch reads fewer right in {fewer} of 10 seeds, more in {more}"
        )
    );
    // One answer for all 285 digits reads right exactly the digits of that
    // class.
    let split = three_way_split(&load_bundled());
    let labels = split.validation.labels();
    let shares: Vec<String> = (0..10)
        .map(|class| {
            let count = labels.iter().filter(|&&l| l == class).count();
            format!("{:.4}", count as f64 / labels.len() as f64)
        })
        .collect();
    for row in &rows {
        assert_eq!(row[4], 1.0, "one answer for every digit");
        assert!(shares.contains(&format!("{:.4}", row[3])), "{}", row[3]);
    }
}

#[test]
fn dropout_left_on_costs_reliably_only_at_the_larger_rate() {
    for (rate, reliable) in [("0.1", false), ("0.5", true)] {
        let title = format!("exercise 3: 300 training digits, dropout {rate};");
        let rows = seed_rows(&title, "seed  off");
        let off: Vec<f64> = rows.iter().map(|r| r[1]).collect();
        let on: Vec<f64> = rows.iter().map(|r| r[2]).collect();
        let fewer = lower(&on, &off);
        assert_eq!(
            fewer >= 9,
            reliable,
            "dropout {rate}: fewer in {fewer} of 10"
        );
        assert!(
            rows.iter().all(|r| r[3] > 0.0),
            "a second pass changes answers"
        );
    }
}

#[test]
fn the_learning_rates_are_the_ones_the_pages_chose() {
    let batch_norm = output("batch_norm");
    let chosen = batch_norm
        .lines()
        .find(|l| l.starts_with("chosen"))
        .unwrap();
    assert_eq!(
        *numbers(&chosen["chosen".len()..]).last().unwrap(),
        batch_statistics::LEARNING_RATE
    );
    let overfitting = output("overfitting");
    let plain = overfitting
        .lines()
        .find(|l| l.trim_start().starts_with("chosen"))
        .unwrap();
    assert_eq!(
        numbers(&plain.trim_start()["chosen".len()..])[0],
        dropout_left_on::LEARNING_RATE
    );
}
