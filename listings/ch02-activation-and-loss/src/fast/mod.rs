//! Faster versions of [`sigmoid`](crate::activation::sigmoid),
//! [`softmax`](crate::activation::softmax) and
//! [`cross_entropy_error`](crate::loss::cross_entropy_error): the same
//! answers (to a relative error of 10⁻¹⁴ wherever the readable result is a
//! normal number, and the same NaN, ±∞ and 0), computed the way numpy does
//! it and then some.
//!
//! Three ideas make them fast, each in a file of its own:
//! - [`exp`](mod@exp): `eˣ` by range reduction and a polynomial, with no
//!   branches and no call into the C library, so the compiler can run it
//!   on 4 or 8 numbers at once.
//! - [`dispatch`]: each loop is compiled three times, for AVX-512, for
//!   AVX2 and for any x86-64 (or other) CPU, and the fastest the reader's
//!   CPU supports is picked when the program runs. No special build flags.
//! - [`kernels`]: as few passes over memory as the maths allows, with
//!   explicit lanes for sums and maxima so they vectorise too.
//!
//! Every path does the same arithmetic in the same order (no fused
//! multiply-add), so all three give the same bits on every machine.

mod dispatch;
pub mod exp;
pub mod kernels;

use ndarray::{Array1, ArrayView1, AsArray};

use crate::loss::check_lengths;

// ANCHOR: sigmoid
/// The sigmoid of every entry of `x`, as
/// [`activation::sigmoid`](crate::activation::sigmoid) gives it, in one
/// vectorised pass.
///
/// ```
/// use activation_and_loss::fast;
///
/// let s = fast::sigmoid(&[-1000.0, 0.0, 2.0]);
/// assert_eq!(s[0], 0.0);
/// assert_eq!(s[1], 0.5);
/// assert!((s[2] - activation_and_loss::activation::sigmoid(2.0)).abs() < 1e-15);
/// ```
pub fn sigmoid<'a>(x: impl AsArray<'a, f64>) -> Array1<f64> {
    let x: ArrayView1<f64> = x.into();
    let input = x.as_standard_layout();
    let input = input.as_slice().expect("standard layout is contiguous");
    let mut out = vec![0.0; input.len()];
    dispatch::sigmoid(input, &mut out);
    Array1::from_vec(out)
}
// ANCHOR_END: sigmoid

// ANCHOR: softmax
/// Softmax, as [`activation::softmax`](crate::activation::softmax) gives
/// it, in three passes: the maximum; `e^(a_i - max)` stored and summed in
/// the same pass; one multiplication by `1 / sum`.
///
/// ```
/// use activation_and_loss::fast;
///
/// let p = fast::softmax(&[1010.0, 1000.0, 990.0]);
/// assert!((p.sum() - 1.0).abs() < 1e-15);
/// assert!(fast::softmax(&[1.0, f64::NAN])[0].is_nan());
/// ```
pub fn softmax<'a>(a: impl AsArray<'a, f64>) -> Array1<f64> {
    let a: ArrayView1<f64> = a.into();
    let input = a.as_standard_layout();
    let input = input.as_slice().expect("standard layout is contiguous");
    let max = dispatch::maximum(input);
    let mut out = vec![0.0; input.len()];
    let sum = dispatch::exp_shifted(input, max, &mut out);
    dispatch::scale(&mut out, 1.0 / sum);
    Array1::from_vec(out)
}
// ANCHOR_END: softmax

// ANCHOR: cross_entropy_error
/// Cross-entropy, as [`loss::cross_entropy_error`](crate::loss::cross_entropy_error)
/// gives it, in one pass that takes a logarithm only where it can change
/// the answer.
///
/// A term `t_k ln(y_k + ε)` with `t_k = 0` is exactly 0 whenever
/// `y_k + ε` is positive and finite, so those are skipped; every other term
/// is computed as the readable version computes it, NaN and ∞ included.
/// With one-hot targets that is a single logarithm; with dense targets this
/// is no faster than the readable version.
///
/// # Panics
/// If `y` and `t` differ in length or are empty, as the readable version.
///
/// ```
/// use activation_and_loss::fast;
///
/// let e = fast::cross_entropy_error(&[0.1, 0.8, 0.1], &[0.0, 1.0, 0.0]);
/// assert_eq!(e, -(0.8f64 + 1e-7).ln());
/// ```
pub fn cross_entropy_error<'a>(
    y: impl AsArray<'a, f64>,
    t: impl AsArray<'a, f64>,
) -> f64 {
    let (y, t) = check_lengths(y, t);
    let (y, t) = (y.as_standard_layout(), t.as_standard_layout());
    let contiguous = "standard layout is contiguous";
    -dispatch::weighted_log_sum(
        y.as_slice().expect(contiguous),
        t.as_slice().expect(contiguous),
    )
}
// ANCHOR_END: cross_entropy_error
