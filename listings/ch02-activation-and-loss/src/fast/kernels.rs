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
use super::ln::ln;
use crate::loss::CROSS_ENTROPY_EPSILON;

/// Accumulators per sum: one AVX-512 register of `f64`s, two of AVX2.
const LANES: usize = 8;

/// Terms of a cross-entropy taken at a time: 2 KiB of `f64`s, which stay
/// in the fastest cache between the loop that writes them and the one that
/// adds them.
const BLOCK: usize = 256;

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
/// `Σ t[k] ln(y[k] + ε)`, a block of [`BLOCK`] terms at a time (see
/// [`add_block`]), into [`LANES`] compensated sums, so that a long dense
/// sum is as accurate as a short one and eight additions run at once.
#[inline(always)]
pub(super) fn weighted_log_sum(y: &[f64], t: &[f64]) -> f64 {
    let mut totals = [CompensatedSum::default(); LANES];
    let mut buffer = [0.0; BLOCK];
    let mut y_blocks = y.chunks_exact(BLOCK);
    let mut t_blocks = t.chunks_exact(BLOCK);
    for (y, t) in (&mut y_blocks).zip(&mut t_blocks) {
        add_block(y, t, &mut buffer, &mut totals);
    }
    let (y, t) = (y_blocks.remainder(), t_blocks.remainder());
    add_block(y, t, &mut buffer, &mut totals);
    let mut total = CompensatedSum::default();
    for lane in totals {
        total.merge(lane);
    }
    total.value()
}

/// How many of the terms `t[k] ln(y[k] + ε)` need a logarithm ([`needs_log`]).
#[inline(always)]
fn count_needing_log(y: &[f64], t: &[f64]) -> usize {
    y.iter().zip(t).filter(|&(&y, &t)| needs_log(y, t)).count()
}

/// Adds the terms `t[k] ln(y[k] + ε)` of one block to `totals`, term `k`
/// to `totals[k % LANES]`. A block where no term [`needs_log`] (most of a
/// one-hot target) adds only zeros, so it is skipped, after a count the
/// vector unit does in a few instructions; a block whose first target is
/// not 0 (every block of a dense target) needs no count. Any other block takes all its
/// logarithms in one loop, with no test per term, into `buffer`: [`ln`]
/// has no branch or call, so that loop runs on 4 or 8 terms at a time.
/// Then a second loop adds them up.
#[inline(always)]
fn add_block(
    y: &[f64],
    t: &[f64],
    buffer: &mut [f64; BLOCK],
    totals: &mut [CompensatedSum; LANES],
) {
    // A block is skipped only when no term needs a logarithm. A nonzero
    // first target settles it at once, as in every block of a dense
    // target; otherwise a count, without a branch and several terms an
    // instruction, looks at all of them (most blocks of a one-hot target).
    let settled = t.first().is_some_and(|&t| t != 0.0);
    if !settled && count_needing_log(y, t) == 0 {
        return;
    }
    let terms = &mut buffer[..y.len()];
    for ((term, &y), &t) in terms.iter_mut().zip(y).zip(t) {
        *term = t * ln(y + CROSS_ENTROPY_EPSILON);
    }
    let mut groups = terms.chunks_exact(LANES);
    for group in &mut groups {
        for j in 0..LANES {
            totals[j].add(group[j]);
        }
    }
    for (j, &term) in groups.remainder().iter().enumerate() {
        totals[j].add(term);
    }
}
// ANCHOR_END: weighted_log_sum
