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

#[test]
fn the_copied_data_split_and_centring_are_chapter_3s() {
    let (three, four) = (
        reading_digits::load_bundled(),
        training_that_works::load_bundled(),
    );
    assert_eq!(three.images(), four.images());
    assert_eq!(three.labels(), four.labels());
    let s3 = reading_digits::split::three_way_split(&three);
    let s4 = training_that_works::split::three_way_split(&four);
    for (a, b) in [
        (&s3.train, &s4.train),
        (&s3.validation, &s4.validation),
        (&s3.test, &s4.test),
    ] {
        assert_eq!(a.images(), b.images());
        assert_eq!(a.labels(), b.labels());
    }
    let m3 = reading_digits::centring::mean_image(&s3.train);
    let m4 = training_that_works::centring::mean_image(&s4.train);
    assert_eq!(m3, m4);
    let c3 = reading_digits::centring::centred(&s3.validation, &m3);
    let c4 = training_that_works::centring::centred(&s4.validation, &m4);
    assert_eq!(c3.images(), c4.images());
}

#[test]
fn the_copied_softmax_loss_weights_and_predictions_are_chapter_3s() {
    let mut rng = chapter4::seeded(9);
    let logits =
        ndarray::Array2::from_shape_simple_fn((50, 10), || chapter4::uniform(&mut rng, 30.0));
    let targets = training_that_works::one_hot_rows(&(0..50).map(|i| i % 10).collect::<Vec<_>>());
    assert_eq!(
        reading_digits::softmax_rows(&logits),
        training_that_works::softmax_rows(&logits)
    );
    assert_eq!(
        reading_digits::loss::mean_cross_entropy_from_logits(&logits, &targets).to_bits(),
        training_that_works::loss::mean_cross_entropy_from_logits(&logits, &targets).to_bits()
    );
    assert_eq!(
        reading_digits::loss::cross_entropy_gradient(&logits, &targets),
        training_that_works::loss::cross_entropy_gradient(&logits, &targets)
    );
    assert_eq!(
        reading_digits::evaluation::predictions(&logits),
        training_that_works::evaluation::predictions(&logits)
    );
    for seed in [1, 2, 3] {
        assert_eq!(
            reading_digits::initialisation::he_uniform(64, 32, &mut chapter3::seeded(seed)),
            training_that_works::initialisation::he_uniform(64, 32, &mut chapter4::seeded(seed))
        );
        assert_eq!(
            reading_digits::initialisation::xavier_uniform(64, 10, &mut chapter3::seeded(seed)),
            training_that_works::initialisation::xavier_uniform(
                64,
                10,
                &mut chapter4::seeded(seed)
            )
        );
    }
}

#[test]
fn the_copied_confidence_interval_is_chapter_3s() {
    for n in [1, 10, 285, 355] {
        for right in 0..=n {
            let (a, b) = (
                reading_digits::confidence_interval::wilson_interval(right, n),
                training_that_works::confidence_interval::wilson_interval(right, n),
            );
            assert_eq!(
                (a.0.to_bits(), a.1.to_bits()),
                (b.0.to_bits(), b.1.to_bits())
            );
        }
    }
}

#[test]
fn the_copied_nearest_neighbours_read_as_chapter_3s() {
    let three = reading_digits::split::three_way_split(&reading_digits::load_bundled());
    let four = training_that_works::split::three_way_split(&training_that_works::load_bundled());
    for k in [1, 3] {
        for i in (0..four.test.len()).step_by(7) {
            assert_eq!(
                reading_digits::baselines::nearest_neighbours(&three.train, three.test.image(i), k),
                training_that_works::nearest_neighbours::nearest_neighbours(
                    &four.train,
                    four.test.image(i),
                    k
                ),
            );
        }
    }
}

#[test]
fn the_copied_mcnemar_test_is_chapter_3s() {
    for b in 0..30 {
        for c in 0..30 {
            assert_eq!(
                reading_digits::mcnemar::mcnemar_p(b, c).to_bits(),
                training_that_works::mcnemar::mcnemar_p(b, c).to_bits()
            );
        }
    }
}
