//! The loops behind [`fast`](super), written so that the compiler can
//! vectorise them: no branches it cannot turn into selects, no calls, and
//! sums and maxima kept in [`LANES`] separate accumulators, because
//! floating-point addition is not associative and the compiler will not
//! reorder one running total for us.

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
/// Called directly, it runs as compiled for the build's baseline CPU;
/// [`fast::sigmoid`](super::sigmoid) picks a vectorised copy at run time.
///
/// ```
/// let mut out = [0.0; 2];
/// activation_and_loss::fast::kernels::sigmoid(&[0.0, -1000.0], &mut out);
/// assert_eq!(out, [0.5, 0.0]);
/// ```
#[inline(always)]
pub fn sigmoid(x: &[f64], out: &mut [f64]) {
    for (out, &x) in out.iter_mut().zip(x) {
        let e = exp(-x.abs());
        let s = 1.0 / (1.0 + e);
        *out = if x >= 0.0 { s } else { e * s };
    }
}
// ANCHOR_END: sigmoid_kernel

/// The largest entry, NaN if there is one, −∞ if there are none: what
/// [`maximum`](crate::maximum) returns.
///
/// ```
/// use activation_and_loss::fast::kernels::maximum;
///
/// assert_eq!(maximum(&[1.0, 3.0, 2.0]), 3.0);
/// assert!(maximum(&[1.0, f64::NAN]).is_nan());
/// assert_eq!(maximum(&[]), f64::NEG_INFINITY);
/// ```
#[inline(always)]
pub fn maximum(a: &[f64]) -> f64 {
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
///
/// ```
/// let mut out = [0.0; 2];
/// let sum = activation_and_loss::fast::kernels::exp_shifted(&[1.0, 1.0], 1.0, &mut out);
/// assert_eq!((out, sum), ([1.0, 1.0], 2.0));
/// ```
#[inline(always)]
pub fn exp_shifted(a: &[f64], shift: f64, out: &mut [f64]) -> f64 {
    let mut sum = [0.0; LANES];
    let mut a_chunks = a.chunks_exact(LANES);
    let mut out_chunks = out.chunks_exact_mut(LANES);
    for (a, out) in (&mut a_chunks).zip(&mut out_chunks) {
        for j in 0..LANES {
            out[j] = exp(a[j] - shift);
            sum[j] += out[j];
        }
    }
    let rest = a_chunks.remainder().iter().zip(out_chunks.into_remainder());
    for (j, (&a, out)) in rest.enumerate() {
        *out = exp(a - shift);
        sum[j] += *out;
    }
    sum.into_iter().sum()
}
// ANCHOR_END: exp_shifted

/// `out[i] *= factor`.
///
/// ```
/// let mut out = [1.0, 2.0];
/// activation_and_loss::fast::kernels::scale(&mut out, 0.5);
/// assert_eq!(out, [0.5, 1.0]);
/// ```
#[inline(always)]
pub fn scale(out: &mut [f64], factor: f64) {
    for v in out {
        *v *= factor;
    }
}

// ANCHOR: softmax_kernel
/// `out = softmax(a)` in three passes: the maximum; `e^(a[i] − max)`
/// stored and summed in the same pass; one multiplication by `1 / sum`.
///
/// ```
/// let mut out = [0.0; 2];
/// activation_and_loss::fast::kernels::softmax(&[3.0, 3.0], &mut out);
/// assert_eq!(out, [0.5, 0.5]);
/// ```
#[inline(always)]
pub fn softmax(a: &[f64], out: &mut [f64]) {
    let max = maximum(a);
    let sum = exp_shifted(a, max, out);
    scale(out, 1.0 / sum);
}
// ANCHOR_END: softmax_kernel

// ANCHOR: softmax_rows_kernel
/// The softmax of every row of a matrix of `columns` columns stored row
/// after row in `a`, into the same place in `out`. One call handles the
/// whole batch, so the instruction set is chosen once, not once a row.
///
/// ```
/// let mut out = [0.0; 4];
/// activation_and_loss::fast::kernels::softmax_rows(&[1.0, 1.0, 0.0, 0.0], 2, &mut out);
/// assert_eq!(out, [0.5; 4]);
/// ```
#[inline(always)]
pub fn softmax_rows(a: &[f64], columns: usize, out: &mut [f64]) {
    if columns == 0 {
        return; // no columns, so no rows with anything in them
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
/// [`needs_log`] keeps. Each block of [`LANES`] is first checked as a
/// whole, a test the vector unit does in a few instructions. The terms
/// kept are added with a [`CompensatedSum`], so a long dense sum is as
/// accurate as a short one.
///
/// ```
/// use activation_and_loss::fast::kernels::weighted_log_sum;
///
/// assert_eq!(weighted_log_sum(&[0.5, 0.5], &[0.0, 1.0]), (0.5f64 + 1e-7).ln());
/// ```
#[inline(always)]
pub fn weighted_log_sum(y: &[f64], t: &[f64]) -> f64 {
    let mut total = CompensatedSum::default();
    for (y, t) in y.chunks(LANES).zip(t.chunks(LANES)) {
        let any = y
            .iter()
            .zip(t)
            .fold(false, |any, (&y, &t)| any | needs_log(y, t));
        if any {
            for (&y, &t) in y.iter().zip(t) {
                if needs_log(y, t) {
                    total.add(t * (y + CROSS_ENTROPY_EPSILON).ln());
                }
            }
        }
    }
    total.value()
}
// ANCHOR_END: weighted_log_sum
