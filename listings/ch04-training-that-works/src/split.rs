//! Keeping some digits back: a network is judged on digits it never trained
//! on.

use crate::dataset::{CLASSES, Digits};

/// The book keeps every fifth example of each digit for testing: 355 of
/// the 1 797 digits.
///
/// ```
/// assert_eq!(training_that_works::split::TEST_EVERY, 5);
/// ```
pub const TEST_EVERY: usize = 5;

// ANCHOR: train_test_split
/// For each digit, its `every`-th, `2 every`-th, … example (in file order)
/// for testing, the rest for training.
///
/// Counting within each digit keeps every digit's share the same in both
/// parts (a stratified split). It is not random, so the split is the same
/// for every reader, and not a plain cut either: drawing test digits from
/// all through the file makes them like the ones the network trained on.
///
/// # Panics
/// If `every` is less than 2 (nothing would be left to train on).
///
/// ```
/// use training_that_works::load_bundled;
/// use training_that_works::split::train_test_split;
///
/// let (train, test) = train_test_split(&load_bundled(), 5);
/// assert_eq!((train.len(), test.len()), (1442, 355));
/// ```
pub fn train_test_split(digits: &Digits, every: usize) -> (Digits, Digits) {
    assert!(
        every >= 2,
        "testing on every {every} digits leaves none to train on"
    );
    let mut seen = [0; CLASSES];
    let (mut train, mut test) = (Vec::new(), Vec::new());
    for (i, &label) in digits.labels().iter().enumerate() {
        seen[label] += 1;
        if seen[label] % every == 0 {
            test.push(i);
        } else {
            train.push(i);
        }
    }
    (digits.select(&train), digits.select(&test))
}
// ANCHOR_END: train_test_split

// ANCHOR: three_way_split
/// The digits split three ways, for choosing settings without touching
/// the test digits.
///
/// ```
/// use training_that_works::load_bundled;
/// use training_that_works::split::three_way_split;
///
/// let split = three_way_split(&load_bundled());
/// assert_eq!(split.test.len(), 355);
/// ```
#[derive(Debug, Clone, PartialEq)]
pub struct Split {
    /// What the network learns from.
    pub train: Digits,
    /// What settings are chosen on: measured as often as one likes.
    pub validation: Digits,
    /// Measured once, at the end, with the settings already fixed.
    pub test: Digits,
}

/// The test digits of [`train_test_split`] with `every` = [`TEST_EVERY`],
/// and the remaining digits split the same way again: every fifth of each
/// digit for validation, the rest for training: 1 157 / 285 / 355 of the
/// book's 1 797.
///
/// Every setting is chosen on the validation digits. Choosing it on the
/// test digits, as often as one looks, would make their accuracy a
/// measure of how well the choice fits those 355 digits, not of how the
/// network does on digits it has never met.
///
/// ```
/// use training_that_works::load_bundled;
/// use training_that_works::split::three_way_split;
///
/// let split = three_way_split(&load_bundled());
/// let sizes = (split.train.len(), split.validation.len(), split.test.len());
/// assert_eq!(sizes, (1157, 285, 355));
/// ```
pub fn three_way_split(digits: &Digits) -> Split {
    let (rest, test) = train_test_split(digits, TEST_EVERY);
    let (train, validation) = train_test_split(&rest, TEST_EVERY);
    Split {
        train,
        validation,
        test,
    }
}
// ANCHOR_END: three_way_split

/// The first `train` digits for training and the rest for testing: the
/// plain cut that exercise 1 tries.
///
/// # Panics
/// If `train` is more than there are digits.
///
/// ```
/// use training_that_works::load_bundled;
/// use training_that_works::split::first_and_rest;
///
/// let (train, test) = first_and_rest(&load_bundled(), 1438);
/// assert_eq!(test.len(), 359);
/// ```
pub fn first_and_rest(digits: &Digits, train: usize) -> (Digits, Digits) {
    assert!(
        train <= digits.len(),
        "cannot keep {train} of {} digits for training",
        digits.len()
    );
    let first: Vec<usize> = (0..train).collect();
    let rest: Vec<usize> = (train..digits.len()).collect();
    (digits.select(&first), digits.select(&rest))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::load_bundled;

    #[test]
    fn the_three_parts_share_no_digit_and_keep_every_digits_share() {
        let digits = load_bundled();
        let split = three_way_split(&digits);
        let mut all: Vec<Vec<u64>> =
            [&split.train, &split.validation, &split.test]
                .iter()
                .flat_map(|part| {
                    part.images()
                        .rows()
                        .into_iter()
                        .map(|r| {
                            r.iter().map(|p| p.to_bits()).collect::<Vec<u64>>()
                        })
                        .collect::<Vec<_>>()
                })
                .collect();
        assert_eq!(all.len(), digits.len());
        let mut original: Vec<Vec<u64>> = digits
            .images()
            .rows()
            .into_iter()
            .map(|r| r.iter().map(|p| p.to_bits()).collect())
            .collect();
        all.sort();
        original.sort();
        assert_eq!(all, original, "every digit in exactly one part");
        for digit in 0..CLASSES {
            let count =
                |d: &Digits| d.labels().iter().filter(|&&l| l == digit).count();
            let share =
                count(&split.validation) as f64 / split.validation.len() as f64;
            let overall = count(&digits) as f64 / digits.len() as f64;
            assert!((share - overall).abs() < 0.01, "digit {digit}");
        }
    }

    #[test]
    fn both_parts_have_every_digit() {
        let (train, test) = train_test_split(&load_bundled(), TEST_EVERY);
        for digit in 0..CLASSES {
            let count =
                |d: &Digits| d.labels().iter().filter(|&&l| l == digit).count();
            let all = count(&load_bundled());
            assert_eq!(
                count(&test),
                all / TEST_EVERY,
                "digit {digit} in the test set"
            );
            assert_eq!(
                count(&train),
                all - all / TEST_EVERY,
                "digit {digit} in training"
            );
        }
    }
}
