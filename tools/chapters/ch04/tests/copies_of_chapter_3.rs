//! Chapter 4 carries its own copy of chapter 3's random numbers, so that its
//! crate stands alone. The copy must give the same numbers from the same
//! seeds: a reader who moves between the chapters gets the same shuffles.

use reading_digits::random as chapter3;
use training_that_works::random as chapter4;

#[test]
fn the_same_seed_gives_the_same_numbers_in_both_chapters() {
    for seed in [0, 1, 2, 7, 42, u64::MAX] {
        let (mut a, mut b) = (chapter3::seeded(seed), chapter4::seeded(seed));
        for limit in [1.0, 0.5, 3.0, 1e-3] {
            for _ in 0..100 {
                assert_eq!(
                    chapter3::uniform(&mut a, limit).to_bits(),
                    chapter4::uniform(&mut b, limit).to_bits()
                );
            }
        }
        for n in [1, 2, 10, 1442] {
            assert_eq!(
                chapter3::permutation(n, &mut a),
                chapter4::permutation(n, &mut b)
            );
        }
    }
}
