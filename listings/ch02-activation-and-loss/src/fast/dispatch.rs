//! Running a loop compiled for the instruction set asked for.
//!
//! A function marked `#[target_feature(enable = "avx2,fma")]` may use AVX2
//! and fused multiply-add instructions, and the loop inlined into it is
//! vectorised for them. Such a function must only run on a CPU that has
//! the features, so each call
//! checks first ([`InstructionSet::is_supported`] asks the CPU once and
//! remembers) and panics rather than run an instruction the CPU lacks.

use std::mem::MaybeUninit;

use super::InstructionSet;
use super::kernels;

// ANCHOR: dispatched
/// Defines `pub(super) fn $name(set: InstructionSet, ...)` that runs
/// `kernels::$name` compiled for `set`.
///
/// # Panics
/// If this CPU does not support `set`. [`Fast`](super::Fast) is only ever
/// made for a supported set, so through it this never happens.
macro_rules! dispatched {
    ($(fn $name:ident($($arg:ident: $ty:ty),*) $(-> $ret:ty)?;)*) => {$(
        pub(super) fn $name(set: InstructionSet, $($arg: $ty),*) $(-> $ret)? {
            assert!(set.is_supported(), "this CPU does not support {set:?}");
            match set {
                #[cfg(target_arch = "x86_64")]
                InstructionSet::Avx512 => {
                    #[target_feature(enable = "avx512f,fma")]
                    fn avx512($($arg: $ty),*) $(-> $ret)? {
                        kernels::$name($($arg),*)
                    }
                    // SAFETY: the CPU has just said it supports AVX-512F and FMA.
                    unsafe { avx512($($arg),*) }
                }
                #[cfg(target_arch = "x86_64")]
                InstructionSet::Avx2 => {
                    #[target_feature(enable = "avx2,fma")]
                    fn avx2($($arg: $ty),*) $(-> $ret)? {
                        kernels::$name($($arg),*)
                    }
                    // SAFETY: the CPU has just said it supports AVX2 and FMA.
                    unsafe { avx2($($arg),*) }
                }
                // Elsewhere only the baseline is supported: the assert
                // above has already stopped any other set.
                _ => kernels::$name($($arg),*),
            }
        }
    )*};
}
// ANCHOR_END: dispatched

dispatched! {
    fn sigmoid(x: &[f64], out: &mut [MaybeUninit<f64>]);
    fn softmax(a: &[f64], out: &mut [MaybeUninit<f64>]);
    fn softmax_rows(a: &[f64], columns: usize, out: &mut [MaybeUninit<f64>]);
    fn weighted_log_sum(y: &[f64], t: &[f64]) -> f64;
}
