//! The 1 797 digits that come with this crate, compiled into the program:
//! a program built on the crate needs no data file beside it, wherever it
//! is copied to.

use crate::dataset::{Digits, read};

/// `data/digits.csv.gz`, as it was when the crate was built.
const GZIPPED: &[u8] = include_bytes!("../data/digits.csv.gz");

/// The 1 797 digits that come with this crate (to read another file, use
/// [`crate::dataset::load`]).
///
/// # Panics
/// Only if the crate's own `data/digits.csv.gz` was replaced by a broken
/// file; the crate's tests read it.
///
/// ```
/// let digits = training_that_works::load_bundled();
/// assert_eq!(digits.len(), 1797);
/// assert_eq!(digits.labels().iter().filter(|&&l| l == 0).count(), 178);
/// ```
pub fn load_bundled() -> Digits {
    read(GZIPPED, "data/digits.csv.gz (built in)")
        .unwrap_or_else(|e| panic!("the crate's own data file is broken: {e}"))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::dataset::CLASSES;

    #[test]
    fn the_bundled_file_has_every_digit_about_as_often() {
        let digits = load_bundled();
        for digit in 0..CLASSES {
            let n = digits.labels().iter().filter(|&&l| l == digit).count();
            assert!((174..=183).contains(&n), "{digit}: {n}");
        }
        assert!(digits.images().iter().all(|p| (0.0..=1.0).contains(p)));
    }
}
