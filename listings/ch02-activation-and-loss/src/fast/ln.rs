//! `ln x` without branches or library calls, so that a loop over it
//! vectorises. Like [`exp`](super::exp) it uses fused multiply-adds
//! ([`f64::mul_add`]), which are a call to `fma` in Rust's runtime
//! library only where the build target has no instruction for them.

use super::exp::{LN2_HI, LN2_LO};

/// The bits of an `f64`'s significand (its 52 stored digits).
const SIGNIFICAND: u64 = (1 << 52) - 1;
/// `2⁵⁴`: multiplying a subnormal number by it gives a normal one.
const TWO_TO_54: f64 = 18_014_398_509_481_984.0;
/// `2⁵²`, whose `f64` has its last bit worth exactly 1: or-ing a whole
/// number below 2⁵² into its significand and subtracting `2⁵²` converts
/// that number to `f64` with bit operations alone.
const TWO_TO_52: f64 = 4_503_599_627_370_496.0;

// ANCHOR: polynomial
/// `R(z)` with `2 atanh(s) = 2s + s R(s²)`, for `0 ≤ z = s² ≤ 0.0295`
/// (that is `|s| ≤ (√2 − 1)/(√2 + 1)`), by `z` times a polynomial of
/// degree 6: the one that matches `R(z)/z` at 7 Chebyshev points of the
/// interval. Its error there is below 10⁻¹⁷; since `ln m` is about `2s`,
/// that is below 5 × 10⁻¹⁸ of `ln m`, a twentieth of an ulp or less.
/// `scripts/ln_coefficients.py` computes the coefficients and that bound
/// in 50-digit arithmetic.
#[inline(always)]
fn atanh_remainder(z: f64) -> f64 {
    const C: [f64; 7] = [
        0.666_666_666_666_667,
        0.399_999_999_998_994_44,
        0.285_714_286_260_032_7,
        0.222_222_111_302_598_78,
        0.181_828_894_556_749_47,
        0.153_317_106_182_107_73,
        0.146_165_854_248_886_23,
    ];
    // Estrin's scheme, as in `exp`: pairs, then pairs of pairs.
    let z2 = z * z;
    let pair = |i: usize| C[i + 1].mul_add(z, C[i]);
    let high = C[6].mul_add(z2, pair(4));
    z * high.mul_add(z2 * z2, pair(2).mul_add(z2, pair(0)))
}
// ANCHOR_END: polynomial

// ANCHOR: ln
/// `ln x`, within about one unit in the last place (ulp) of the true
/// value (`examples/ulp_error.rs` measures it), for every `x`: −∞ at 0,
/// NaN below 0 and for NaN, ∞ at ∞.
///
/// Write `x = 2ᵏ m` with `m` in `(√2/2, √2]`; then `ln x = k ln 2 + ln m`.
/// With `f = m − 1` and `s = f / (2 + f)`, `m = (1 + s)/(1 − s)`, so
/// `ln m = 2 atanh(s) = 2s + s R(s²)`, and `|s| ≤ 0.172` keeps the
/// polynomial short. The sum is arranged so that `f`, which is exact,
/// comes last and everything added to it is small.
///
/// ```
/// use activation_and_loss::fast::ln::ln;
///
/// assert_eq!(ln(1.0), 0.0);
/// assert!((ln(std::f64::consts::E) - 1.0).abs() < 1e-15);
/// assert_eq!(ln(0.0), f64::NEG_INFINITY);
/// assert_eq!(ln(f64::INFINITY), f64::INFINITY);
/// assert!(ln(-1.0).is_nan() && ln(f64::NAN).is_nan());
/// ```
#[inline(always)]
pub fn ln(x: f64) -> f64 {
    // A subnormal x has fewer digits than its exponent field says;
    // scaled by 2⁵⁴ it is a normal number (the −54 comes back in k).
    let tiny = x < f64::MIN_POSITIVE;
    let bits = (if tiny { x * TWO_TO_54 } else { x }).to_bits();
    // m in [1, 2): x's significand under the exponent of 1.
    let m = f64::from_bits(bits & SIGNIFICAND | 1.0_f64.to_bits());
    let exponent_field = f64::from_bits(bits >> 52 | TWO_TO_52.to_bits());
    let mut k = (exponent_field - TWO_TO_52) - 1023.0;
    k -= if tiny { 54.0 } else { 0.0 };
    // Bring m into (√2/2, √2], so that ln m is as small as it can be.
    let above = m > std::f64::consts::SQRT_2;
    let m = if above { 0.5 * m } else { m };
    k += if above { 1.0 } else { 0.0 };

    let f = m - 1.0; // exact: m is within a factor of 2 of 1
    let s = f / (2.0 + f);
    let half_f2 = 0.5 * f * f;
    let r = atanh_remainder(s * s);
    // ln m = 2s + sR = f − (f²/2 − s(f²/2 + R)), because 2s = f − sf.
    let ln_x = k.mul_add(
        LN2_HI,
        -((half_f2 - s.mul_add(half_f2 + r, k * LN2_LO)) - f),
    );

    // What is left for the sign bit and for ∞ and NaN, chosen, not
    // branched to.
    let ln_x = if x == f64::INFINITY { x } else { ln_x };
    let ln_x = if x == 0.0 { f64::NEG_INFINITY } else { ln_x };
    if x < 0.0 || x.is_nan() {
        f64::NAN
    } else {
        ln_x
    }
}
// ANCHOR_END: ln

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_polynomial_is_as_good_as_the_library_on_its_interval() {
        let largest =
            (std::f64::consts::SQRT_2 - 1.0) / (std::f64::consts::SQRT_2 + 1.0);
        for i in 0..=100_000 {
            let s = -largest + 2.0 * largest * f64::from(i) / 100_000.0;
            let library = 2.0 * s.atanh();
            let ours = 2.0 * s + s * atanh_remainder(s * s);
            assert!(
                (ours - library).abs() <= 2.0 * f64::EPSILON * library.abs(),
                "s = {s}"
            );
        }
    }

    #[test]
    fn powers_of_two_and_subnormals_come_out_as_the_library_gives_them() {
        for k in -1074..=1023_i64 {
            // 2ᵏ from its bits: `powi` itself loses the smallest ones.
            let x = if k >= -1022 {
                f64::from_bits(((k + 1023) as u64) << 52)
            } else {
                f64::from_bits(1 << (k + 1074))
            };
            for x in [x, x * 1.5, x * 1.999] {
                let (fast, library) = (ln(x), x.ln());
                assert!(
                    (fast - library).abs()
                        <= 2.0 * f64::EPSILON * library.abs(),
                    "ln {x}: {fast} vs {library}"
                );
            }
        }
    }
}
