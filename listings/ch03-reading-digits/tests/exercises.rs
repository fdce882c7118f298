//! The answers to chapter 3's exercises: the functions run, and the orders
//! the answer page states hold over the twenty seeds `examples/exercises.rs`
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
    assert_eq!(count("exercise 1: the plain cut", "lower in"), 20);
}

#[test]
fn sixteen_beat_four_and_beyond_that_no_reliable_difference() {
    assert_eq!(count("exercise 2: 16 neurons reach", "than 4 in"), 20);
    for (line, before) in [
        ("exercise 2: 64 neurons reach", "than 16 in"),
        ("exercise 2: 256 neurons reach", "than 64 in"),
    ] {
        let wins = count(line, before);
        assert!(
            (3..=17).contains(&wins),
            "{line}: {wins} of 20 is stated as no reliable difference"
        );
    }
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
