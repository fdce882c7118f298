//! `eˣ` without branches or library calls, so that a loop over it
//! vectorises. Its steps are fused multiply-adds ([`f64::mul_add`]), one
//! instruction each where the CPU has them (the AVX2 and AVX-512 copies in
//! [`fast`](super)); where the build target has none, as on plain x86-64,
//! each is a call to `fma` in Rust's runtime library, with the same result.

// The book compiles its listing of `ln` around this whole file without
// showing any of it: it includes the empty region below.
// ANCHOR: nothing
// ANCHOR_END: nothing

/// `1 / ln 2`.
const LOG2_E: f64 = std::f64::consts::LOG2_E;
/// `ln 2` split in two: the high part has its last 11 bits zero, so
/// `k × LN2_HI` is exact for every `|k| < 2¹¹`, and the low part carries
/// the rest (Cody and Waite's trick). [`ln`](super::ln) uses them too.
pub(super) const LN2_HI: f64 = f64::from_bits(0x3FE6_2E42_FEE0_0000);
pub(super) const LN2_LO: f64 = f64::from_bits(0x3DEA_39EF_3579_3C76);
/// `1.5 × 2⁵²`: adding it to a number below 2⁵¹ in size rounds that number
/// to a whole one, which then sits in the low bits of the sum.
const ROUND: f64 = 6_755_399_441_055_744.0;

// ANCHOR: polynomial
/// `eʳ` for `|r| ≤ ln 2 / 2` by a polynomial of degree 11: the one that
/// matches `eʳ` at the 12 Chebyshev points of the interval, which is within
/// a hair of the best possible. Its error there is below 2 × 10⁻¹⁷, a
/// tenth of the spacing of `f64`s near 1; `scripts/exp_coefficients.py`
/// computes the coefficients and that bound in 50-digit arithmetic. The
/// Taylor series would need degree 13 for the same accuracy.
#[inline(always)]
fn exp_reduced(r: f64) -> f64 {
    const C: [f64; 12] = [
        1.0,
        1.0,
        0.500_000_000_000_001_9,
        0.166_666_666_666_666_8,
        0.041_666_666_666_487_95,
        0.008_333_333_333_319_589,
        0.001_388_888_895_235_286_3,
        0.000_198_412_698_900_764_03,
        2.480_148_544_156_131_3e-5,
        2.755_724_088_722_987e-6,
        2.763_265_472_252_779e-7,
        2.511_004_920_481_865_8e-8,
    ];
    // The small high-order terms c₄ … c₁₁ by Estrin's scheme: pairs
    // c₂ᵢ + c₂ᵢ₊₁r, then pairs of pairs with r², then r⁴. Its steps do not
    // each wait for the one before, so the CPU works on several at once.
    let r2 = r * r;
    let pair = |i: usize| C[i + 1].mul_add(r, C[i]);
    let low_pairs = pair(6).mul_add(r2, pair(4));
    let high = pair(10).mul_add(r2, pair(8)).mul_add(r2 * r2, low_pairs);
    // The large low-order terms by Horner's rule, c₀ + r(c₁ + r(c₂ + …)),
    // which rounds least where it matters most.
    C[..4].iter().rev().fold(high, |p, &c| p.mul_add(r, c))
}
// ANCHOR_END: polynomial

/// `2ᵏ` for `-1022 ≤ k ≤ 1023`, built from its bits: exponent `k + 1023`,
/// mantissa 0.
#[inline(always)]
fn two_to(k: i64) -> f64 {
    f64::from_bits((k.wrapping_add(1023) as u64) << 52)
}

// ANCHOR: exp
/// `eˣ`, within about one unit in the last place (ulp) of the true value
/// (`examples/ulp_error.rs` measures 0.74 at worst; the C library's `exp`
/// was within half an ulp at all 2,000 reference points), for every `x`: 0 below about
/// −745, ∞ above about 709.78, NaN for NaN.
///
/// Write `x = k ln 2 + r` with `k` whole and `|r| ≤ ln 2 / 2`; then
/// `eˣ = 2ᵏ eʳ`. The polynomial gives `eʳ`, and `2ᵏ` is put straight into
/// the exponent bits, in two halves: the first multiplication is exact,
/// so results below 2⁻¹⁰²² (subnormal numbers) are rounded only once, by
/// the second. Each `a.mul_add(b, c)` is `a × b + c` rounded once.
///
/// ```
/// use activation_and_loss::fast::exp::exp;
///
/// assert_eq!(exp(0.0), 1.0);
/// assert!((exp(1.0) - std::f64::consts::E).abs() < 1e-15);
/// assert_eq!(exp(-1000.0), 0.0);
/// assert_eq!(exp(1000.0), f64::INFINITY);
/// assert!(exp(f64::NAN).is_nan());
/// ```
#[inline(always)]
pub fn exp(x: f64) -> f64 {
    // Beyond ±1100 the answer is 0 or ∞ anyway, and k stays small.
    // (`clamp` passes NaN through.)
    let x = x.clamp(-1100.0, 1100.0);
    let t = x.mul_add(LOG2_E, ROUND);
    let k = t - ROUND;
    let r = k.mul_add(-LN2_LO, k.mul_add(-LN2_HI, x));
    // t and ROUND share an exponent, so their bits differ by exactly k.
    let k = (t.to_bits() as i64).wrapping_sub(ROUND.to_bits() as i64);
    let half = k >> 1;
    // (wrapping_sub: k is small, so it never wraps, and unlike `-` it has
    // no overflow check, which would keep a debug build from vectorising.)
    exp_reduced(r) * two_to(half) * two_to(k.wrapping_sub(half))
}
// ANCHOR_END: exp

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_split_of_ln_2_is_exact_enough() {
        assert_eq!(LN2_HI.to_bits() & 0x7FF, 0);
        assert!((LN2_HI + LN2_LO - std::f64::consts::LN_2).abs() < 1e-25);
    }

    #[test]
    fn the_polynomial_is_as_good_as_the_library_on_its_interval() {
        let half = std::f64::consts::LN_2 / 2.0;
        for i in 0..=100_000 {
            let r = -half + 2.0 * half * f64::from(i) / 100_000.0;
            let (p, library) = (exp_reduced(r), r.exp());
            assert!(
                (p - library).abs() <= 2.0 * f64::EPSILON * library,
                "r = {r}"
            );
        }
    }

    #[test]
    fn powers_of_two_come_out_as_the_library_gives_them() {
        for k in -1074..=1023_i64 {
            let x = k as f64 * std::f64::consts::LN_2;
            let (fast, library) = (exp(x), x.exp());
            if library >= f64::MIN_POSITIVE {
                assert!(
                    (fast - library).abs() <= 2.0 * f64::EPSILON * library,
                    "2^{k}"
                );
            } else {
                // Subnormal: the spacing is 2^-1074 everywhere.
                let ulps =
                    (fast.to_bits() as i64 - library.to_bits() as i64).abs();
                assert!(ulps <= 1, "2^{k}: {ulps} units apart");
            }
        }
    }
}
