//! The loops behind [`fast`](super), written so that the compiler can
//! vectorise them: no branches it cannot turn into selects, no calls, and
//! sums and maxima kept in [`LANES`] separate accumulators, because
//! floating-point addition is not associative and the compiler will not
//! reorder one running total for us.
//!
//! Each loop writes its results into `out` without reading it: `out` is
//! memory that was never filled in ([`MaybeUninit`]), so nothing has to
//! zero it first, and every loop writes every element of it, which is
//! what lets [`fast`](super) treat it as filled in afterwards.

// The book compiles its listing of the dispatch around this whole file
// without showing any of it: it includes the empty region below.
// ANCHOR: nothing
// ANCHOR_END: nothing

use std::mem::MaybeUninit;

use super::CompensatedSum;
use super::exp::exp;
use crate::loss::CROSS_ENTROPY_EPSILON;

/// Accumulators per sum: one AVX-512 register of `f64`s, two of AVX2.
const LANES: usize = 8;

// ANCHOR: sigmoid_kernel
/// `out[i] = σ(x[i])`. With `e = e^(-|x|)`, never above 1 so never
/// overflowing, `σ(x)` is `1 / (1 + e)` for `x ≥ 0` and `e / (1 + e)`
/// below: both are computed and one is kept, which costs less than a
/// branch the vector unit cannot take.
///
/// `x` and `out` have the same length.
#[inline(always)]
pub(super) fn sigmoid(x: &[f64], out: &mut [MaybeUninit<f64>]) {
    for (out, &x) in out.iter_mut().zip(x) {
        let e = exp(-x.abs());
        let s = 1.0 / (1.0 + e);
        out.write(if x >= 0.0 { s } else { e * s });
    }
}
// ANCHOR_END: sigmoid_kernel

/// The largest entry, NaN if there is one, −∞ if there are none: what
/// [`maximum`](crate::maximum) returns.
#[inline(always)]
fn maximum(a: &[f64]) -> f64 {
    let mut max = [f64::NEG_INFINITY; LANES];
    let mut nan = [false; LANES];
    let chunks = a.chunks_exact(LANES);
    let rest = chunks.remainder();
    for chunk in chunks {
        for j in 0..LANES {
            max[j] = if chunk[j] > max[j] { chunk[j] } else { max[j] };
            nan[j] |= chunk[j].is_nan();
        }
    }
    for (j, &v) in rest.iter().enumerate() {
        max[j] = if v > max[j] { v } else { max[j] };
        nan[j] |= v.is_nan();
    }
    if nan.contains(&true) {
        return f64::NAN;
    }
    max.into_iter().fold(f64::NEG_INFINITY, f64::max)
}

// ANCHOR: exp_shifted
/// `out[i] = e^(a[i] − shift)`, returning their sum: the exponentials are
/// stored and added up in the same pass over memory.
#[inline(always)]
fn exp_shifted(a: &[f64], shift: f64, out: &mut [MaybeUninit<f64>]) -> f64 {
    let mut sum = [0.0; LANES];
    let mut a_chunks = a.chunks_exact(LANES);
    let mut out_chunks = out.chunks_exact_mut(LANES);
    for (a, out) in (&mut a_chunks).zip(&mut out_chunks) {
        for j in 0..LANES {
            let e = exp(a[j] - shift);
            out[j].write(e);
            sum[j] += e;
        }
    }
    let rest = a_chunks.remainder().iter().zip(out_chunks.into_remainder());
    for (j, (&a, out)) in rest.enumerate() {
        let e = exp(a - shift);
        out.write(e);
        sum[j] += e;
    }
    sum.into_iter().sum()
}
// ANCHOR_END: exp_shifted

/// `out[i] *= factor`, for an `out` that [`exp_shifted`] has filled in.
#[inline(always)]
fn scale(out: &mut [MaybeUninit<f64>], factor: f64) {
    for v in out {
        // SAFETY: the caller has written every element of `out`.
        unsafe { *v.assume_init_mut() *= factor };
    }
}

// ANCHOR: softmax_kernel
/// `out = softmax(a)` in three passes: the maximum; `e^(a[i] − max)`
/// stored and summed in the same pass; one multiplication by `1 / sum`.
/// `a` and `out` have the same length.
#[inline(always)]
pub(super) fn softmax(a: &[f64], out: &mut [MaybeUninit<f64>]) {
    let max = maximum(a);
    let sum = exp_shifted(a, max, out);
    scale(out, 1.0 / sum); // exp_shifted has written all of out
}
// ANCHOR_END: softmax_kernel

// ANCHOR: softmax_rows_kernel
/// The softmax of every row of a matrix of `columns` columns stored row
/// after row in `a`, into the same place in `out`. One call handles the
/// whole batch, so the instruction set is chosen once, not once a row.
/// `a.len()` is a multiple of `columns`, and `out` is as long as `a`.
#[inline(always)]
pub(super) fn softmax_rows(
    a: &[f64],
    columns: usize,
    out: &mut [MaybeUninit<f64>],
) {
    if columns == 0 {
        return; // no columns, so nothing in a or out
    }
    for (row, out) in a.chunks_exact(columns).zip(out.chunks_exact_mut(columns))
    {
        softmax(row, out);
    }
}
// ANCHOR_END: softmax_rows_kernel

/// Whether `t ln(y + ε)` can be anything but 0: when `t` is not 0, or
/// when the logarithm is not finite (then `0 × ±∞` or `0 × NaN` is NaN).
#[inline(always)]
fn needs_log(y: f64, t: f64) -> bool {
    let v = y + CROSS_ENTROPY_EPSILON;
    t != 0.0 || !(v > 0.0 && v < f64::INFINITY)
}

// ANCHOR: weighted_log_sum
/// `Σ t[k] ln(y[k] + ε)`, taking the logarithm only for the terms
/// [`needs_log`] keeps. Each block of [`LANES`] terms is checked as a
/// whole first, a test the vector unit does in a few instructions: a block
/// where no term needs a logarithm (most of a one-hot target) is skipped,
/// and a block where every term does (a dense target) takes its logarithms
/// with no test per term. The terms are added in [`LANES`] compensated
/// sums, one per position in the block, so that a long dense sum is as
/// accurate as a short one and eight additions run at once.
#[inline(always)]
pub(super) fn weighted_log_sum(y: &[f64], t: &[f64]) -> f64 {
    let term = |y: f64, t: f64| t * (y + CROSS_ENTROPY_EPSILON).ln();
    let mut totals = [CompensatedSum::default(); LANES];
    for (y, t) in y.chunks(LANES).zip(t.chunks(LANES)) {
        let needed = y
            .iter()
            .zip(t)
            .fold(0, |n, (&y, &t)| n + usize::from(needs_log(y, t)));
        if needed == LANES {
            // The logarithms first, the sums after: a call to `ln` may
            // overwrite every vector register, so sums updated between
            // the calls would be stored and reloaded around each one.
            let terms: [f64; LANES] = std::array::from_fn(|j| term(y[j], t[j]));
            for j in 0..LANES {
                totals[j].add(terms[j]);
            }
        } else if needed > 0 {
            for (j, (&y, &t)) in y.iter().zip(t).enumerate() {
                if needs_log(y, t) {
                    totals[j].add(term(y, t));
                }
            }
        }
    }
    let mut total = CompensatedSum::default();
    for lane in totals {
        total.merge(lane);
    }
    total.value()
}
// ANCHOR_END: weighted_log_sum
