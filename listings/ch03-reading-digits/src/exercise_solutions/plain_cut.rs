//! Exercise 1: validation digits cut from the end of the file instead of
//! every fifth example of each digit.

use crate::comparison::{Runs, compare};
use crate::load_bundled;
use crate::split::{
    TEST_EVERY, first_and_rest, three_way_split, train_test_split,
};
use crate::training::TrainingConfig;

// ANCHOR: runs_by_cut
/// The book's network over `seeds`, validated two ways on the 1 442
/// digits that are not test digits: the book's every fifth of each digit
/// (1 157 / 285), and a plain cut (the first 1 157 in the file / the last
/// 285). Returns the runs in that order.
///
/// ```
/// use reading_digits::exercise_solutions::runs_by_cut;
///
/// let [every_fifth, plain_cut] = runs_by_cut(&[1], 2);
/// assert_eq!(every_fifth.reports.len(), plain_cut.reports.len());
/// ```
pub fn runs_by_cut(seeds: &[u64], epochs: usize) -> [Runs; 2] {
    let digits = load_bundled();
    let config = TrainingConfig {
        epochs,
        ..TrainingConfig::book()
    };
    let book = three_way_split(&digits);
    let (not_test, _) = train_test_split(&digits, TEST_EVERY);
    let (first, last) = first_and_rest(&not_test, book.train.len());
    let [every_fifth] = <[Runs; 1]>::try_from(compare(
        &[config],
        seeds,
        &book.train,
        &book.validation,
    ))
    .expect("one setting in, one out");
    let [plain_cut] =
        <[Runs; 1]>::try_from(compare(&[config], seeds, &first, &last))
            .expect("one setting in, one out");
    [every_fifth, plain_cut]
}
// ANCHOR_END: runs_by_cut
