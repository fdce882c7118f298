//! Faster versions of [`sigmoid`](crate::activation::sigmoid),
//! [`softmax`](crate::activation::softmax) and
//! [`cross_entropy_error`](crate::loss::cross_entropy_error), and a softmax
//! over every row of a batch: the same answers, computed the way numpy
//! does it and then some.
//!
//! "The same answers" means: a relative error of at most 10⁻¹⁴ against
//! the readable version (plus two steps of 2⁻¹⁰⁷⁴ where the result is
//! subnormal, below 2⁻¹⁰²², where `f64`s have fewer digits), and the same
//! NaN, ±∞ and 0. The one exception is the cross-entropy of a dense
//! target, a sum of many logarithms: there the fast version adds with a [`CompensatedSum`]
//! and stays within a few units of the last place of the exact sum of its
//! terms at any length, while the readable sum (eight running sums, as
//! ndarray's `dot` keeps them) drifts further the longer it gets
//! (`tests/fast.rs` measures both at 10⁶ and 10⁷ terms).
//!
//! Three ideas make them fast, each in a file of its own:
//! - [`exp`](mod@exp) and [`ln`](mod@ln): `eˣ` and `ln x` by range
//!   reduction and a polynomial, with no branches and no call into the C
//!   library, so the compiler can run them on 4 or 8 numbers at once.
//! - dispatch: each loop is compiled for every [`InstructionSet`]
//!   (AVX-512, AVX2 and the baseline any x86-64 CPU has), and [`Fast`] runs
//!   the copy you pick; the free functions pick the widest this CPU
//!   supports. No special build flags.
//! - kernels: as few passes over the input as the maths allows, with
//!   explicit lanes for sums and maxima so they vectorise too, writing
//!   each result into memory nobody had to fill with zeros first.
//!
//! Every copy does the same arithmetic in the same order, so all of them
//! give the same bits; `tests/fast.rs` runs every copy this CPU supports
//! on the same inputs and checks that (a NaN counted as one value: which
//! NaN comes out, IEEE 754 leaves open). The polynomials use fused
//! multiply-adds ([`f64::mul_add`]: `a × b + c` rounded once, which Rust
//! guarantees on every target), which the AVX2 and AVX-512 copies run as
//! single instructions. The plain x86-64 target has no such instruction,
//! so the baseline copy calls `fma` from Rust's runtime library for each
//! one: the FMA instruction behind a call where the CPU has it, a software
//! routine where it does not. Either way that copy is several times
//! slower than the readable functions; only an x86-64 CPU without AVX2
//! (Intel's before 2013, some low-power ones since, and virtual machines
//! that hide AVX2) runs it by itself.

mod compensated_sum;
mod dispatch;
pub mod exp;
mod instruction_set;
mod kernels;
pub mod ln;
pub mod ulp;

pub use compensated_sum::CompensatedSum;
pub use instruction_set::InstructionSet;

use std::mem::MaybeUninit;

use ndarray::{
    Array, Array1, Array2, ArrayView, ArrayView2, AsArray, Dimension, Ix2,
};

use crate::loss::check_lengths;

/// The fast functions, run with the loops compiled for one
/// [`InstructionSet`]. Only made for a set this CPU supports, so its
/// methods never run an instruction the CPU lacks.
///
/// ```
/// use activation_and_loss::fast::{Fast, InstructionSet};
///
/// // Every supported set gives the same bits.
/// let x = [-3.0, 0.5, 2.0];
/// let on_the_best = Fast::best().sigmoid(&x);
/// for fast in Fast::supported() {
///     assert_eq!(fast.sigmoid(&x), on_the_best);
/// }
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Fast {
    set: InstructionSet,
}

impl Fast {
    /// The loops compiled for `set`, or `None` if this CPU cannot run them.
    ///
    /// ```
    /// use activation_and_loss::fast::{Fast, InstructionSet};
    ///
    /// assert!(Fast::new(InstructionSet::Baseline).is_some());
    /// ```
    pub fn new(set: InstructionSet) -> Option<Fast> {
        set.is_supported().then_some(Fast { set })
    }

    /// The loops compiled for the widest set this CPU supports.
    ///
    /// ```
    /// use activation_and_loss::fast::{Fast, InstructionSet};
    ///
    /// assert_eq!(Fast::best().instruction_set(), InstructionSet::best());
    /// ```
    pub fn best() -> Fast {
        Fast {
            set: InstructionSet::best(),
        }
    }

    /// One `Fast` for each set this CPU supports, widest first.
    ///
    /// ```
    /// use activation_and_loss::fast::{Fast, InstructionSet};
    ///
    /// let last = Fast::supported().pop().map(|fast| fast.instruction_set());
    /// assert_eq!(last, Some(InstructionSet::Baseline));
    /// ```
    pub fn supported() -> Vec<Fast> {
        InstructionSet::supported()
            .into_iter()
            .map(|set| Fast { set })
            .collect()
    }

    /// The instruction set these loops run with.
    ///
    /// ```
    /// use activation_and_loss::fast::{Fast, InstructionSet};
    ///
    /// let fast = Fast::new(InstructionSet::Baseline).expect("always supported");
    /// assert_eq!(fast.instruction_set(), InstructionSet::Baseline);
    /// ```
    pub fn instruction_set(self) -> InstructionSet {
        self.set
    }

    /// The sigmoid of every entry of `x`, as
    /// [`activation::sigmoid`](crate::activation::sigmoid) gives it, in
    /// one vectorised pass.
    ///
    /// ```
    /// use activation_and_loss::fast::Fast;
    ///
    /// let s = Fast::best().sigmoid(&[-1000.0, 0.0]);
    /// assert_eq!(s.to_vec(), [0.0, 0.5]);
    /// ```
    pub fn sigmoid<'a>(self, x: impl AsArray<'a, f64>) -> Array1<f64> {
        map_contiguous(x.into(), |x, out| dispatch::sigmoid(self.set, x, out))
    }

    /// Softmax, as [`activation::softmax`](crate::activation::softmax)
    /// gives it, in three passes over memory: the maximum; the
    /// exponentials, stored and added up; one multiplication by the
    /// reciprocal of their sum.
    ///
    /// ```
    /// use activation_and_loss::fast::Fast;
    ///
    /// let p = Fast::best().softmax(&[1010.0, 1000.0, 990.0]);
    /// assert!((p.sum() - 1.0).abs() < 1e-15);
    /// ```
    pub fn softmax<'a>(self, a: impl AsArray<'a, f64>) -> Array1<f64> {
        map_contiguous(a.into(), |a, out| dispatch::softmax(self.set, a, out))
    }

    /// The softmax of every row of `a`, as
    /// [`activation::softmax_rows`](crate::activation::softmax_rows) gives
    /// it. A batch of scores, one row per example, gives a batch of
    /// probabilities.
    ///
    /// ```
    /// use activation_and_loss::fast::Fast;
    /// use activation_and_loss::ndarray::array;
    ///
    /// let p = Fast::best().softmax_rows(&array![[0.0, 0.0], [1000.0, 1000.0]]);
    /// assert_eq!(p, array![[0.5, 0.5], [0.5, 0.5]]);
    /// ```
    pub fn softmax_rows<'a>(
        self,
        a: impl AsArray<'a, f64, Ix2>,
    ) -> Array2<f64> {
        let a: ArrayView2<f64> = a.into();
        let columns = a.ncols();
        map_contiguous(a, |a, out| {
            dispatch::softmax_rows(self.set, a, columns, out)
        })
    }

    /// Cross-entropy, as
    /// [`loss::cross_entropy_error`](crate::loss::cross_entropy_error)
    /// gives it, in one pass that takes logarithms only in the blocks of
    /// 256 terms where one can change the answer.
    ///
    /// A term `t_k ln(y_k + ε)` with `t_k = 0` is exactly 0 whenever
    /// `y_k + ε` is positive and finite, so blocks of such terms are
    /// skipped. Every other block takes its logarithms with
    /// [`ln`](mod@ln), which is within an ulp or so of the C library's and
    /// gives the same NaN and ∞, eight or four at a time. With one-hot
    /// targets that is one block; with dense targets it is every term, and
    /// the terms are added in compensated sums, which makes the result
    /// more accurate than the readable version's (see the module's docs).
    ///
    /// # Panics
    /// If `y` and `t` differ in length or are empty, as the readable
    /// version.
    ///
    /// ```
    /// use activation_and_loss::fast::Fast;
    ///
    /// let e = Fast::best().cross_entropy_error(&[0.1, 0.8, 0.1], &[0.0, 1.0, 0.0]);
    /// let readable = -(0.8f64 + 1e-7).ln();
    /// assert!((e - readable).abs() <= 2.0 * f64::EPSILON * readable);
    /// ```
    pub fn cross_entropy_error<'a>(
        self,
        y: impl AsArray<'a, f64>,
        t: impl AsArray<'a, f64>,
    ) -> f64 {
        let (y, t) = check_lengths(y, t);
        let (y, t) = (y.as_standard_layout(), t.as_standard_layout());
        let contiguous = "standard layout is contiguous";
        -dispatch::weighted_log_sum(
            self.set,
            y.as_slice().expect(contiguous),
            t.as_slice().expect(contiguous),
        )
    }
}

/// `kernel(input, out)` on `a`'s values in standard (row-major) order,
/// copied into one contiguous slice if they are not already, into a new
/// array of `a`'s shape. The kernels work on slices; this is the one place
/// that turns a reader's array or view into one and back.
///
/// `out` is allocated but not filled in: zeroing it first would be one
/// more pass over memory that the kernel then overwrites. Every kernel
/// writes every element of `out` (see [`kernels`]), and is only ever
/// given an `out` as long as its input.
fn map_contiguous<D: Dimension>(
    a: ArrayView<'_, f64, D>,
    kernel: impl FnOnce(&[f64], &mut [MaybeUninit<f64>]),
) -> Array<f64, D> {
    let input = a.as_standard_layout();
    let input = input.as_slice().expect("standard layout is contiguous");
    let mut out = Vec::with_capacity(input.len());
    kernel(input, &mut out.spare_capacity_mut()[..input.len()]);
    // SAFETY: the capacity is at least input.len(), and the kernel has
    // written all of those first input.len() elements.
    unsafe { out.set_len(input.len()) };
    Array::from_shape_vec(a.raw_dim(), out).expect("as many values as a has")
}

/// [`Fast::sigmoid`] on the widest instruction set this CPU supports.
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
    Fast::best().sigmoid(x)
}

/// [`Fast::softmax`] on the widest instruction set this CPU supports.
///
/// ```
/// use activation_and_loss::fast;
///
/// let p = fast::softmax(&[1010.0, 1000.0, 990.0]);
/// assert!((p.sum() - 1.0).abs() < 1e-15);
/// assert!(fast::softmax(&[1.0, f64::NAN])[0].is_nan());
/// ```
pub fn softmax<'a>(a: impl AsArray<'a, f64>) -> Array1<f64> {
    Fast::best().softmax(a)
}

/// [`Fast::softmax_rows`] on the widest instruction set this CPU
/// supports.
///
/// ```
/// use activation_and_loss::fast;
/// use activation_and_loss::ndarray::array;
///
/// let p = fast::softmax_rows(&array![[1.0, 2.0, 3.0], [0.0, 0.0, 0.0]]);
/// assert_eq!(p.row(0), fast::softmax(&[1.0, 2.0, 3.0]));
/// assert!((p.row(1).sum() - 1.0).abs() < 1e-15);
/// ```
pub fn softmax_rows<'a>(a: impl AsArray<'a, f64, Ix2>) -> Array2<f64> {
    Fast::best().softmax_rows(a)
}

/// [`Fast::cross_entropy_error`] on the widest instruction set this CPU
/// supports.
///
/// # Panics
/// If `y` and `t` differ in length or are empty, as the readable version.
///
/// ```
/// use activation_and_loss::fast;
///
/// let e = fast::cross_entropy_error(&[0.1, 0.8, 0.1], &[0.0, 1.0, 0.0]);
/// let readable = -(0.8f64 + 1e-7).ln();
/// assert!((e - readable).abs() <= 2.0 * f64::EPSILON * readable);
/// ```
pub fn cross_entropy_error<'a>(
    y: impl AsArray<'a, f64>,
    t: impl AsArray<'a, f64>,
) -> f64 {
    Fast::best().cross_entropy_error(y, t)
}
