//! The fast versions give the readable versions' answers: relative error at
//! most 1e-14 wherever the readable result is a normal number, within a
//! unit or two of the last place where it is subnormal, and the same NaN,
//! ±∞ and 0 everywhere else.

use activation_and_loss::activation::{sigmoid, softmax};
use activation_and_loss::fast;
use activation_and_loss::loss::cross_entropy_error;
use proptest::prelude::*;

const TOLERANCE: f64 = 1e-14;

/// Whether `fast` is the readable `slow` to within the book's promise.
fn agrees(fast: f64, slow: f64) -> bool {
    if slow.is_nan() {
        return fast.is_nan();
    }
    if slow == 0.0 || slow.is_infinite() {
        return fast == slow;
    }
    if slow.abs() < f64::MIN_POSITIVE {
        // Subnormal: spaced 2^-1074 apart, so compare in those steps.
        return (fast.to_bits() as i64 - slow.to_bits() as i64).abs() <= 2;
    }
    (fast - slow).abs() <= TOLERANCE * slow.abs()
}

/// Any finite `f64`, drawn from every part of the range: huge, tiny,
/// subnormal, zero.
fn finite() -> impl Strategy<Value = f64> {
    prop_oneof![
        prop::num::f64::NORMAL
            | prop::num::f64::SUBNORMAL
            | prop::num::f64::ZERO,
        -800.0..800.0_f64,
        -40.0..40.0_f64,
        -1e-6..1e-6_f64,
    ]
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2000))]

    #[test]
    fn sigmoid_agrees_everywhere(x in prop::collection::vec(finite(), 0..40)) {
        let fast = fast::sigmoid(&x);
        for (&x, &f) in x.iter().zip(&fast) {
            prop_assert!(agrees(f, sigmoid(x)), "σ({x}) = {f}, readable {}", sigmoid(x));
        }
    }

    #[test]
    fn exp_agrees_with_the_library(x in finite()) {
        let (f, library) = (fast::exp::exp(x), x.exp());
        let ok = if library.abs() >= f64::MIN_POSITIVE && library.is_finite() {
            (f - library).abs() <= 4.0 * f64::EPSILON * library
        } else {
            agrees(f, library)
        };
        prop_assert!(ok, "exp({x}) = {f}, library {library}");
    }

    #[test]
    fn softmax_agrees_everywhere(a in prop::collection::vec(finite(), 0..40)) {
        let (f, slow) = (fast::softmax(&a), softmax(&a));
        for (&f, &s) in f.iter().zip(&slow) {
            prop_assert!(agrees(f, s), "{f} vs {s} for {a:?}");
        }
    }

    #[test]
    fn cross_entropy_agrees_for_one_hot_and_dense_targets(
        scores in prop::collection::vec(-50.0..50.0_f64, 1..40),
        hot in any::<prop::sample::Index>(),
        dense in any::<bool>(),
    ) {
        let y = softmax(&scores);
        let n = y.len();
        let t: Vec<f64> = (0..n)
            .map(|i| if dense { 1.0 / n as f64 } else if i == hot.index(n) { 1.0 } else { 0.0 })
            .collect();
        let (f, s) = (fast::cross_entropy_error(&y, &t), cross_entropy_error(&y, &t));
        prop_assert!(agrees(f, s), "{f} vs {s}");
    }
}

#[test]
fn special_values_come_out_the_same() {
    let specials = [
        f64::NAN,
        f64::INFINITY,
        f64::NEG_INFINITY,
        0.0,
        -0.0,
        f64::MAX,
        f64::MIN,
        f64::MIN_POSITIVE,
        -f64::MIN_POSITIVE,
        5e-324,
        709.78,
        -709.78,
        745.2,
        -745.2,
    ];
    for &x in &specials {
        let f = fast::sigmoid(&[x])[0];
        assert!(agrees(f, sigmoid(x)), "σ({x}): {f} vs {}", sigmoid(x));
    }
    for pair in specials.windows(2) {
        let (f, s) = (fast::softmax(pair), softmax(pair));
        for (a, b) in f.iter().zip(&s) {
            assert!(agrees(*a, *b), "softmax({pair:?}): {f} vs {s}");
        }
    }
    assert!(fast::softmax(&[] as &[f64]).is_empty());
    // Predictions that are not probabilities give what the readable
    // version gives, NaN and ∞ included, even where the target is 0.
    for &y in &specials {
        let (ys, ts) = ([y, 0.5], [0.0, 1.0]);
        let (f, s) = (
            fast::cross_entropy_error(&ys, &ts),
            cross_entropy_error(&ys, &ts),
        );
        assert!(agrees(f, s), "y = {y}: {f} vs {s}");
    }
}

#[test]
fn every_compiled_path_gives_the_same_bits() {
    // The fast functions pick a path for this CPU; the kernels do the same
    // arithmetic on every path, so the answer must not depend on the pick.
    // Here: the same input in pieces that exercise the vector body and the
    // scalar remainder gives the same bits as in one piece.
    let x: Vec<f64> = (0..1003).map(|i| (i as f64 - 500.0) * 0.37).collect();
    let whole = fast::sigmoid(&x);
    let pieces: Vec<f64> = x
        .chunks(7)
        .flat_map(|c| fast::sigmoid(c).to_vec())
        .collect();
    assert_eq!(whole.to_vec(), pieces);
}

#[test]
#[should_panic(expected = "2 predictions but 1 targets")]
fn cross_entropy_of_mismatched_lengths_panics_as_the_readable_one_does() {
    fast::cross_entropy_error(&[0.2, 0.8], &[1.0]);
}
