//! Picking the fastest compiled version of each loop when the program runs.
//!
//! A function marked `#[target_feature(enable = "avx2")]` may use AVX2
//! instructions, and the loop inlined into it is vectorised for them. Such
//! a function must only run on a CPU that has the feature, so each entry
//! point checks first (`is_x86_feature_detected!` asks the CPU once and
//! remembers) and falls back to the build's baseline otherwise.

use super::kernels;

// ANCHOR: dispatched
/// Defines `pub(super) fn $name(...)` that runs `kernels::$name` compiled
/// for AVX-512 or AVX2 where the CPU has them, and as built otherwise.
macro_rules! dispatched {
    ($(fn $name:ident($($arg:ident: $ty:ty),*) $(-> $ret:ty)?;)*) => {$(
        pub(super) fn $name($($arg: $ty),*) $(-> $ret)? {
            #[cfg(target_arch = "x86_64")]
            {
                #[target_feature(enable = "avx512f")]
                fn avx512($($arg: $ty),*) $(-> $ret)? {
                    kernels::$name($($arg),*)
                }
                #[target_feature(enable = "avx2")]
                fn avx2($($arg: $ty),*) $(-> $ret)? {
                    kernels::$name($($arg),*)
                }
                if std::arch::is_x86_feature_detected!("avx512f") {
                    // SAFETY: the CPU has just said it supports AVX-512F.
                    return unsafe { avx512($($arg),*) };
                }
                if std::arch::is_x86_feature_detected!("avx2") {
                    // SAFETY: the CPU has just said it supports AVX2.
                    return unsafe { avx2($($arg),*) };
                }
            }
            kernels::$name($($arg),*)
        }
    )*};
}

// ANCHOR_END: dispatched

dispatched! {
    fn sigmoid(x: &[f64], out: &mut [f64]);
    fn maximum(a: &[f64]) -> f64;
    fn exp_shifted(a: &[f64], shift: f64, out: &mut [f64]) -> f64;
    fn scale(out: &mut [f64], factor: f64);
    fn weighted_log_sum(y: &[f64], t: &[f64]) -> f64;
}
