//! The answers to chapter 3's exercises, as the answer page states them.

use reading_digits::exercise_solutions::{
    accuracy_by_batch_size, accuracy_by_hidden_size, plain_cut_accuracy,
};

/// The book's run reads 347 of the 355 test digits right (0.9775).
const BOOK_ACCURACY: f64 = 347.0 / 355.0;

#[test]
fn the_last_fifth_of_the_file_is_harder_than_every_fifth_example() {
    assert!(plain_cut_accuracy() < BOOK_ACCURACY - 0.05);
}

#[test]
fn more_hidden_neurons_help_up_to_a_point() {
    let accuracy = accuracy_by_hidden_size(&[4, 16, 64, 256]);
    assert!(accuracy[0] < 0.92 && accuracy[1] < accuracy[2]);
    assert_eq!(accuracy[2], BOOK_ACCURACY, "the book's run");
    assert!((accuracy[3] - accuracy[2]).abs() < 0.01);
}

#[test]
fn one_example_per_step_collapses_and_one_step_per_epoch_is_too_few() {
    let accuracy = accuracy_by_batch_size(&[1, 32, 1442]);
    assert!(accuracy[0] < 0.15, "{}", accuracy[0]);
    assert_eq!(accuracy[1], BOOK_ACCURACY, "the book's run");
    assert!(accuracy[2] > 0.9 && accuracy[2] < 0.95, "{}", accuracy[2]);
}

#[test]
fn one_example_per_step_at_the_book_rate_kills_the_relus() {
    use reading_digits::comparison::compare;
    use reading_digits::dead_neurons;
    use reading_digits::load_bundled;
    use reading_digits::training::TrainingConfig;

    let runs = compare(&[TrainingConfig {
        batch_size: 1,
        ..TrainingConfig::book()
    }]);
    let dead = dead_neurons(&runs[0].0, &load_bundled());
    assert!(dead >= 60, "{dead} of 64 dead");
}
