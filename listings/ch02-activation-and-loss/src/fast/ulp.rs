//! Measuring an error in units in the last place, against true values
//! computed to 40 digits.

/// How many units in the last place (ulp) `computed` is from a true value
/// given as `high + low`, two `f64`s whose sum carries about twice as many
/// digits as one. An ulp is the gap between `high` and the next `f64` away
/// from 0, so 0.5 is the best any rounded result can promise.
///
/// The difference `computed − high` is exact when the two are close (they
/// share their leading bits), so errors of a fraction of an ulp come out
/// right. Meant for finite, nonzero `high`; the result is NaN otherwise.
///
/// ```
/// use activation_and_loss::fast::ulp::error_in_ulps;
///
/// // e = 2.718281828459045 + 1.4456468917292502e-16, to 32 digits.
/// let e = (std::f64::consts::E, 1.4456468917292502e-16);
/// let error = error_in_ulps(std::f64::consts::E, e);
/// assert!(error > 0.3 && error < 0.4);
/// ```
pub fn error_in_ulps(computed: f64, (high, low): (f64, f64)) -> f64 {
    if high == 0.0 || !high.is_finite() {
        return f64::NAN;
    }
    let next = f64::from_bits(high.abs().to_bits() + 1);
    let ulp = next - high.abs();
    ((computed - high) - low).abs() / ulp
}

/// A point `x` with the true `eˣ` and `σ(x)`, each as a pair of `f64`s
/// `(high, low)` for [`error_in_ulps`].
///
/// ```
/// use activation_and_loss::fast::ulp::{error_in_ulps, references};
///
/// let first = references()[0];
/// assert!(error_in_ulps(first.x.exp(), first.exp) <= 0.5);
/// ```
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Reference {
    /// The point.
    pub x: f64,
    /// `eˣ`, to about 32 digits.
    pub exp: (f64, f64),
    /// `σ(x) = 1 / (1 + e⁻ˣ)`, to about 32 digits.
    pub sigmoid: (f64, f64),
}

/// The 2,000 points of `data/exp_reference.txt`, written by
/// `scripts/exp_reference.py`: half spread over the whole range where `eˣ`
/// is a normal number, half over [-40, 40].
///
/// ```
/// use activation_and_loss::fast::ulp::{error_in_ulps, references};
///
/// let points = references();
/// assert_eq!(points.len(), 2000);
/// let worst = points
///     .iter()
///     .map(|r| error_in_ulps(r.x.exp(), r.exp))
///     .fold(0.0, f64::max);
/// assert!(worst < 1.0);
/// ```
pub fn references() -> Vec<Reference> {
    let text = include_str!("../../data/exp_reference.txt");
    rows(text, "data/exp_reference.txt", 5)
        .map(|v| Reference {
            x: v[0],
            exp: (v[1], v[2]),
            sigmoid: (v[3], v[4]),
        })
        .collect()
}

/// The rows of numbers of a reference file, `columns` to a line, lines
/// starting with `#` skipped. The files are part of the crate and written
/// by its scripts, so a line that does not parse is a broken crate, not
/// bad input: it panics, naming `file`.
fn rows<'a>(
    text: &'a str,
    file: &'a str,
    columns: usize,
) -> impl Iterator<Item = Vec<f64>> + 'a {
    text.lines()
        .filter(|line| !line.starts_with('#'))
        .map(move |line| {
            let v: Vec<f64> = line
                .split_whitespace()
                .map(|s| {
                    s.parse().unwrap_or_else(|_| panic!("{file} holds numbers"))
                })
                .collect();
            assert_eq!(v.len(), columns, "{columns} numbers a line in {file}");
            v
        })
}

/// The 2,000 points of `data/ln_reference.txt`, written by
/// `scripts/ln_reference.py`, each as `(x, (high, low))` with the true
/// `ln x` to about 32 digits: a third spread over all positive normal
/// numbers, a third over [0.5, 2], a third over [10⁻⁷, 1].
///
/// ```
/// use activation_and_loss::fast::ulp::{error_in_ulps, ln_references};
///
/// let points = ln_references();
/// assert_eq!(points.len(), 2000);
/// let worst = points
///     .iter()
///     .map(|&(x, ln)| error_in_ulps(x.ln(), ln))
///     .fold(0.0, f64::max);
/// assert!(worst < 1.0);
/// ```
pub fn ln_references() -> Vec<(f64, (f64, f64))> {
    let text = include_str!("../../data/ln_reference.txt");
    rows(text, "data/ln_reference.txt", 3)
        .map(|v| (v[0], (v[1], v[2])))
        .collect()
}

/// The worst and the mean of some errors (0 and NaN for none).
///
/// ```
/// use activation_and_loss::fast::ulp::worst_and_mean;
///
/// assert_eq!(worst_and_mean(&[0.25, 0.75]), (0.75, 0.5));
/// ```
pub fn worst_and_mean(errors: &[f64]) -> (f64, f64) {
    let worst = errors.iter().copied().fold(0.0, f64::max);
    (worst, errors.iter().sum::<f64>() / errors.len() as f64)
}

/// `Σ terms` to about 2⁻¹⁰⁴ relative, a reference for sums of `f64`s: the
/// rounding error of each addition is found exactly (Knuth's two-sum) and
/// carried in a second `f64`, the pair renormalised after every term. An
/// independent check on [`CompensatedSum`](super::CompensatedSum), which
/// is cheaper and a little less accurate.
///
/// ```
/// use activation_and_loss::fast::ulp::double_double_sum;
///
/// assert_eq!(double_double_sum([1.0, 1e-20, -1.0]), 1e-20);
/// ```
pub fn double_double_sum(terms: impl IntoIterator<Item = f64>) -> f64 {
    let (mut high, mut low) = (0.0_f64, 0.0_f64);
    for term in terms {
        let s = high + term;
        let b = s - high;
        let error = (high - (s - b)) + (term - b);
        let l = low + error;
        high = s + l;
        low = l - (high - s);
    }
    high
}
