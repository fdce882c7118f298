//! The answers to chapter 3's exercises: the functions run, and the orders
//! the answer page states hold over the ten seeds `examples/exercises.rs`
//! printed (`output/exercises.txt`, which the book's tests check is what
//! the example prints today).

use reading_digits::exercise_solutions::{
    runs_by_batch_size, runs_by_cut, runs_by_hidden_size,
};

fn output() -> String {
    let file = concat!(env!("CARGO_MANIFEST_DIR"), "/output/exercises.txt");
    std::fs::read_to_string(file).expect("output/exercises.txt")
}

/// The number after `before` on the line that starts with `line`.
fn count(line: &str, before: &str) -> usize {
    let text = output();
    let found = text
        .lines()
        .find(|l| l.starts_with(line))
        .unwrap_or_else(|| panic!("no line starts with {line:?}"));
    let rest = &found[found.find(before).expect("the words") + before.len()..];
    rest.split_whitespace().next().unwrap().parse().unwrap()
}

#[test]
fn the_plain_cut_is_harder_in_every_seed() {
    assert_eq!(count("exercise 1: the plain cut", "lower in"), 10);
}

#[test]
fn sixteen_beat_four_64_against_16_is_no_reliable_difference_and_256_beat_64() {
    assert_eq!(count("exercise 2: 16 neurons reach", "than 4 in"), 10);
    let gain = count("exercise 2: 64 neurons reach", "than 16 in");
    assert!(
        (2..=8).contains(&gain),
        "{gain} of 10 is stated as no reliable difference"
    );
    assert!(count("exercise 2: 256 neurons reach", "than 64 in") >= 9);
}

#[test]
fn the_functions_give_one_run_per_seed() {
    let [a, b] = runs_by_cut(&[1], 1);
    assert_eq!((a.reports.len(), b.reports.len()), (1, 1));
    assert_eq!(runs_by_hidden_size(&[4], &[1, 2], 1)[0].reports.len(), 2);
    let batch = runs_by_batch_size(&[(1157, 4.0 * 1157.0 / 32.0)], &[1], 2);
    // The whole set at a step scaled up with it overshoots.
    assert!(batch[0].reports[0][1].validation_accuracy < 0.6);
}

#[test]
fn one_example_per_step_at_the_batch_rate_leaves_the_network_guessing_in_every_seed()
 {
    use reading_digits::split::three_way_split;
    use reading_digits::{TrainingConfig, dead_neurons, load_bundled, train};

    let split = three_way_split(&load_bundled());
    for seed in 1..=10 {
        // The book's η, meant for the mean over 32 examples, on one.
        let config = TrainingConfig {
            batch_size: 1,
            epochs: 1,
            seed,
            ..TrainingConfig::book()
        };
        let (network, reports) =
            train(&config, &split.train, &split.validation);
        let dead = dead_neurons(&network, &split.train);
        assert!((40..=52).contains(&dead), "seed {seed}: {dead} of 64 dead");
        assert!(reports[0].validation_accuracy < 0.14, "seed {seed}");
    }
}
