//! The fast versions give the readable versions' answers: relative error at
//! most 1e-14 (plus two steps of 2^-1074 where the result is subnormal, so
//! tiny that the relative error alone would ask for more digits than the
//! number has), and the same NaN,
//! ±∞ and 0 everywhere else. Every instruction set this CPU supports gives
//! the same bits, and a long dense cross-entropy is as accurate as its
//! terms allow.

use activation_and_loss::activation::{sigmoid, softmax, softmax_rows};
use activation_and_loss::fast::{self, Fast, InstructionSet};
use activation_and_loss::loss::cross_entropy_error;
use activation_and_loss::ndarray::{Array1, Array2};
use proptest::prelude::*;

const TOLERANCE: f64 = 1e-14;
/// 2^-1074, the gap between neighbouring subnormal numbers.
const SMALLEST_STEP: f64 = 5e-324;

/// Whether `fast` is the readable `slow` to within the book's promise.
fn agrees(fast: f64, slow: f64) -> bool {
    if slow.is_nan() {
        return fast.is_nan();
    }
    if slow == 0.0 || slow.is_infinite() {
        return fast == slow;
    }
    // Below 2^-1022 (subnormal numbers) the spacing stops shrinking: it is
    // 2^-1074 everywhere, so allow two of those steps on top.
    (fast - slow).abs() <= TOLERANCE * slow.abs() + 2.0 * SMALLEST_STEP
}

/// The bits of `v`, every NaN counted as one: which NaN an operation on
/// NaNs gives (its sign and payload) IEEE 754 and Rust leave open, and it
/// can depend on the order the compiler puts two operands in.
fn bits_of(v: f64) -> u64 {
    if v.is_nan() {
        f64::NAN.to_bits()
    } else {
        v.to_bits()
    }
}

/// [`bits_of`] of every value.
fn bits(a: &[f64]) -> Vec<u64> {
    a.iter().map(|&v| bits_of(v)).collect()
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
    fn ln_agrees_with_the_library(x in prop_oneof![finite(), Just(f64::INFINITY), Just(f64::NAN)]) {
        let (f, library) = (fast::ln::ln(x), x.ln());
        let ok = if library.is_finite() {
            (f - library).abs() <= 2.0 * f64::EPSILON * library.abs()
        } else {
            f == library || (f.is_nan() && library.is_nan())
        };
        prop_assert!(ok, "ln({x}) = {f}, library {library}");
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

proptest! {
    // Generating the batches is the slow part (the test's dependencies are
    // not optimised), and each case checks many rows: fewer cases suffice.
    #![proptest_config(ProptestConfig::with_cases(300))]

    #[test]
    fn softmax_rows_agrees_everywhere(
        columns in 1..20_usize,
        values in prop::collection::vec(finite(), 0..60),
    ) {
        let rows = values.len() / columns;
        let a = Array2::from_shape_vec((rows, columns), values[..rows * columns].to_vec())
            .expect("rows × columns values");
        let (fast, slow) = (fast::softmax_rows(&a), softmax_rows(&a));
        for (&f, &s) in fast.iter().zip(&slow) {
            prop_assert!(agrees(f, s), "{f} vs {s} for {a:?}");
        }
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
fn every_instruction_set_gives_the_same_bits() {
    // The kernels do the same arithmetic in the same order whatever the
    // instructions, so every copy this CPU can run must give the bits the
    // baseline copy gives. Lengths that are not multiples of 8 exercise
    // both the vector body and the scalar remainder of each loop.
    let sets = InstructionSet::supported();
    eprintln!("instruction sets run on this CPU: {sets:?}");
    assert!(sets.contains(&InstructionSet::Baseline));
    // On a CPU with AVX-512 (the machine of the speed record) every copy
    // runs, so the comparison below covers all three.
    #[cfg(target_arch = "x86_64")]
    if std::arch::is_x86_feature_detected!("avx512f") {
        assert_eq!(sets.len(), 3, "{sets:?}");
    }
    let baseline =
        Fast::new(InstructionSet::Baseline).expect("always supported");

    let x: Array1<f64> = (0..1003).map(|i| (i as f64 - 500.0) * 0.37).collect();
    let batch = Array2::from_shape_fn((37, 13), |(i, j)| {
        ((i * 13 + j) as f64).sin() * 30.0
    });
    let y = softmax(&x);
    let one_hot: Array1<f64> = (0..x.len())
        .map(|i| f64::from(u8::from(i == 700)))
        .collect();
    let dense = Array1::from_elem(x.len(), 1.0 / x.len() as f64);

    for fast in Fast::supported() {
        let set = fast.instruction_set();
        let same =
            |f: &[f64], b: &[f64]| assert_eq!(bits(f), bits(b), "{set:?}");
        same(
            fast.sigmoid(&x).as_slice().unwrap(),
            baseline.sigmoid(&x).as_slice().unwrap(),
        );
        same(
            fast.softmax(&x).as_slice().unwrap(),
            baseline.softmax(&x).as_slice().unwrap(),
        );
        same(
            fast.softmax_rows(&batch).as_slice().unwrap(),
            baseline.softmax_rows(&batch).as_slice().unwrap(),
        );
        for t in [&one_hot, &dense] {
            same(
                &[fast.cross_entropy_error(&y, t)],
                &[baseline.cross_entropy_error(&y, t)],
            );
        }
    }
}

/// Any `f64` at all: [`finite`] values and the ones each kernel treats
/// specially (NaN, ±∞, ±0, the clamp at ±1100, where `eˣ` overflows and
/// turns subnormal, the smallest subnormal, and −ε, where `y + ε` is 0).
fn any_value() -> impl Strategy<Value = f64> {
    prop_oneof![
        4 => finite(),
        1 => prop::sample::select(vec![
            f64::NAN, f64::INFINITY, f64::NEG_INFINITY, 0.0, -0.0,
            1100.0, -1100.0, 1e300, -1e300, 709.8, -709.8, -745.2, -740.0,
            5e-324, -5e-324, f64::MIN_POSITIVE,
            -activation_and_loss::loss::CROSS_ENTROPY_EPSILON,
        ]),
    ]
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(1000))]

    /// The same bits from every copy on any input, the special values
    /// included, NaN counted as one value whatever its bits ([`bits_of`]).
    /// (`ln` of a subnormal number cannot be reached this way: the
    /// cross-entropy takes `ln(y + ε)`, never below about 1e-23 unless 0,
    /// so that path is checked on the one copy the unit tests run.)
    #[test]
    fn every_copy_gives_the_same_bits_on_any_input(
        x in prop::collection::vec(any_value(), 0..45),
        t in prop::collection::vec(any_value(), 0..45),
    ) {
        let baseline = Fast::new(InstructionSet::Baseline).expect("always supported");
        let n = x.len().min(t.len());
        let (y, t) = (Array1::from(x[..n].to_vec()), Array1::from(t[..n].to_vec()));
        let rows = x.len() / 5;
        let batch = Array2::from_shape_vec((rows, 5), x[..rows * 5].to_vec())
            .expect("rows of 5");
        let x = Array1::from(x);
        for fast in Fast::supported() {
            let set = fast.instruction_set();
            prop_assert_eq!(bits(fast.sigmoid(&x).as_slice().unwrap()),
                bits(baseline.sigmoid(&x).as_slice().unwrap()), "sigmoid, {:?}", set);
            prop_assert_eq!(bits(fast.softmax(&x).as_slice().unwrap()),
                bits(baseline.softmax(&x).as_slice().unwrap()), "softmax, {:?}", set);
            prop_assert_eq!(bits(fast.softmax_rows(&batch).as_slice().unwrap()),
                bits(baseline.softmax_rows(&batch).as_slice().unwrap()), "softmax_rows, {:?}", set);
            // A loss of no terms is refused (check_lengths), not compared.
            if n > 0 {
                prop_assert_eq!(bits_of(fast.cross_entropy_error(&y, &t)),
                    bits_of(baseline.cross_entropy_error(&y, &t)), "cross-entropy, {:?}", set);
            }
        }
    }
}

#[test]
fn a_special_value_inside_a_full_block_comes_out_on_every_instruction_set() {
    // A dense target makes every block of 256 terms take its logarithms,
    // and a one-hot target (hot in the first block) skips the others
    // unless they hold something that is not 0: a NaN, an infinity or a
    // negative number in y must reach the answer from any block, full
    // (the second) or the shorter last one, as in the readable version.
    let n = 600;
    let dense = Array1::from_elem(n, 1.0 / n as f64);
    let mut one_hot = Array1::zeros(n);
    one_hot[2] = 1.0;
    for fast in Fast::supported() {
        let set = fast.instruction_set();
        let specials = [
            (300, f64::NAN),
            (300, f64::INFINITY),
            (100, -1.0),
            (560, f64::NAN),
        ];
        for (at, special) in specials {
            let mut y = Array1::from_elem(n, 1.0 / n as f64);
            y[at] = special;
            for t in [&dense, &one_hot] {
                let (f, slow) = (
                    fast.cross_entropy_error(&y, t),
                    cross_entropy_error(&y, t),
                );
                assert!(
                    agrees(f, slow),
                    "{set:?}: y[{at}] = {special}: {f}, readable {slow}"
                );
                assert!(
                    !f.is_finite(),
                    "{set:?}: y[{at}] = {special} gave {f}"
                );
            }
        }
    }
}

#[test]
fn an_instruction_set_the_cpu_lacks_gives_no_fast() {
    for set in InstructionSet::ALL {
        assert_eq!(Fast::new(set).is_some(), set.is_supported(), "{set:?}");
    }
}

#[test]
fn pieces_give_the_same_bits_as_the_whole() {
    // The vector body and the scalar remainder do the same arithmetic: the
    // same input in pieces of 7 gives the same bits as in one piece.
    let x: Vec<f64> = (0..1003).map(|i| (i as f64 - 500.0) * 0.37).collect();
    let whole = fast::sigmoid(&x);
    let pieces: Vec<f64> = x
        .chunks(7)
        .flat_map(|c| fast::sigmoid(c).to_vec())
        .collect();
    assert_eq!(whole.to_vec(), pieces);
}

#[test]
fn a_long_dense_cross_entropy_stays_within_a_few_units_of_the_last_place() {
    // A uniform target over n classes: every term needs its logarithm.
    for n in [1_000_000, 10_000_000] {
        let y = fast::softmax(&Array1::linspace(-5.0, 5.0, n));
        let t = Array1::from_elem(n, 1.0 / n as f64);
        // The exact sums of each version's own terms: the readable one
        // takes the C library's logarithms, the fast one its own.
        let exact = |ln: fn(f64) -> f64| {
            -fast::ulp::double_double_sum(
                y.iter().zip(&t).map(|(&y, &t)| t * ln(y + 1e-7)),
            )
        };
        let (library_terms, fast_terms) = (exact(f64::ln), exact(fast::ln::ln));
        let off =
            |e: f64, exact: f64| fast::ulp::error_in_ulps(e, (exact, 0.0));
        let fast = fast::cross_entropy_error(&y, &t);
        let readable = off(cross_entropy_error(&y, &t), library_terms);
        assert!(
            off(fast, fast_terms) <= 1.0,
            "n = {n}: fast off by {} ulp from its terms' sum",
            off(fast, fast_terms)
        );
        // With its own logarithms it is no further from the readable
        // version's exact sum either.
        let fast = off(fast, library_terms);
        assert!(fast <= 1.0, "n = {n}: fast off by {fast} ulp");
        // A plain sum of n terms may be off by up to about n roundings: the
        // readable one is well within that, but no longer within 1 ulp.
        assert!(
            readable <= n as f64,
            "n = {n}: readable off by {readable} ulp"
        );
        assert!(readable > fast, "n = {n}");
    }
}

#[test]
#[should_panic(expected = "2 predictions but 1 targets")]
fn cross_entropy_of_mismatched_lengths_panics_as_the_readable_one_does() {
    fast::cross_entropy_error(&[0.2, 0.8], &[1.0]);
}

#[test]
fn exp_and_sigmoid_are_within_their_stated_ulps_of_the_true_values() {
    // True values to 40 digits (scripts/exp_reference.py). The C library's
    // exp is nearly correctly rounded (0.5 ulp); the polynomial and the
    // final multiplications add about a quarter of an ulp more (half an
    // ulp before the polynomial used fused multiply-adds), and the
    // sigmoid's division and sum more again.
    use activation_and_loss::fast::ulp::{
        error_in_ulps, references, worst_and_mean,
    };
    let points = references();
    let xs: Vec<f64> = points.iter().map(|r| r.x).collect();
    let exp_errors: Vec<f64> = points
        .iter()
        .map(|r| error_in_ulps(fast::exp::exp(r.x), r.exp))
        .collect();
    let sigmoid_errors: Vec<f64> = points
        .iter()
        .zip(&fast::sigmoid(&xs))
        .map(|(r, &s)| error_in_ulps(s, r.sigmoid))
        .collect();
    let (exp_worst, _) = worst_and_mean(&exp_errors);
    let (sigmoid_worst, _) = worst_and_mean(&sigmoid_errors);
    assert!(exp_worst < 1.0, "exp off by {exp_worst} ulp");
    assert!(sigmoid_worst <= 2.5, "sigmoid off by {sigmoid_worst} ulp");
}

#[test]
fn ln_is_within_its_stated_ulps_of_the_true_values() {
    // True values to 40 digits (scripts/ln_reference.py). The C library's
    // ln is nearly correctly rounded; ours rounds a few more times, in
    // small corrections added to the exact f last.
    use activation_and_loss::fast::ulp::{
        error_in_ulps, ln_references, worst_and_mean,
    };
    let errors: Vec<f64> = ln_references()
        .iter()
        .map(|&(x, ln)| error_in_ulps(fast::ln::ln(x), ln))
        .collect();
    let (worst, mean) = worst_and_mean(&errors);
    assert!(worst <= 1.0, "ln off by {worst} ulp");
    assert!(mean <= 0.3, "ln off by {mean} ulp on average");
}

#[test]
fn a_softmax_output_in_the_subnormal_range_agrees() {
    // Found by the property test: the two versions' sums differ by a few
    // ulps (they add in a different order), and on an output near 2^-1022
    // that is a few steps of 2^-1074, more than two of them but well within
    // the relative tolerance.
    let mut row = [0.0; 9];
    row[2] = -671.8781460805958;
    row[8] = 36.84315966433198;
    let (f, s) = (fast::softmax(&row), softmax(&row));
    assert!(
        s[2] > 0.0 && s[2] < f64::MIN_POSITIVE,
        "the test needs a subnormal output"
    );
    for (&f, &s) in f.iter().zip(&s) {
        assert!(agrees(f, s), "{f:e} vs {s:e}");
    }
}

#[test]
fn the_agreement_holds_at_the_benchmarked_sizes() {
    // The property tests use short inputs (the cross-entropy's fewer than
    // 40 terms); the appendix times 1,000 and 1,000,000 values and batches
    // of 32 and 1,442 rows of 10.
    for n in [1_000, 1_000_000] {
        let x = Array1::linspace(-5.0, 5.0, n);
        for (&f, &s) in fast::sigmoid(&x).iter().zip(&x.mapv(sigmoid)) {
            assert!(agrees(f, s), "n = {n}: σ {f} vs {s}");
        }
        for (&f, &s) in fast::softmax(&x).iter().zip(&softmax(&x)) {
            assert!(agrees(f, s), "n = {n}: softmax {f} vs {s}");
        }
        // The cross-entropies on the benchmarks' inputs: one-hot (one block
        // of 256 takes its logarithms, the others are skipped) and dense.
        let y = softmax(&x);
        let mut one_hot = Array1::zeros(n);
        one_hot[n / 2] = 1.0;
        let dense = Array1::from_elem(n, 1.0 / n as f64);
        for t in [&one_hot, &dense] {
            let (f, s) =
                (fast::cross_entropy_error(&y, t), cross_entropy_error(&y, t));
            assert!(agrees(f, s), "n = {n}: cross-entropy {f} vs {s}");
        }
    }
    for rows in [32, 1_442] {
        let a = Array2::from_shape_fn((rows, 10), |(i, j)| {
            ((i * 10 + j) as f64 * 0.7).sin() * 5.0
        });
        for (&f, &s) in fast::softmax_rows(&a).iter().zip(&softmax_rows(&a)) {
            assert!(agrees(f, s), "{rows} rows: {f} vs {s}");
        }
    }
}
