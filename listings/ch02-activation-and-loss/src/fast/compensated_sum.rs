//! Adding many numbers without letting the roundings pile up.

// ANCHOR: compensated_sum
/// A running sum that also keeps the rounding error of every addition
/// (Neumaier's version of Kahan summation), so that adding n terms is off
/// by about one rounding in all, not up to n of them.
///
/// `a + b` rounded is `s`; the part lost is exactly `(a − s) + b` when
/// `|a| ≥ |b|` (and `(b − s) + a` otherwise), and computing it rounds
/// nothing. Those parts are added up on the side and put back at the end.
///
/// ```
/// use activation_and_loss::fast::CompensatedSum;
///
/// let mut sum = CompensatedSum::default();
/// for term in [1.0, 1e-16, 1e-16, -1.0] {
///     sum.add(term);
/// }
/// assert_eq!(sum.value(), 2e-16); // a plain sum gives 0
/// ```
#[derive(Clone, Copy, Debug, Default)]
pub struct CompensatedSum {
    sum: f64,
    lost: f64,
}

impl CompensatedSum {
    /// Adds `term`, keeping what the rounding drops.
    ///
    /// ```
    /// use activation_and_loss::fast::CompensatedSum;
    ///
    /// let mut sum = CompensatedSum::default();
    /// sum.add(1.0);
    /// sum.add(1e-17); // below half an ulp of 1: a plain sum drops it
    /// assert_eq!(sum.value() - 1.0, 0.0); // the result still rounds to 1 …
    /// sum.add(-1.0);
    /// assert_eq!(sum.value(), 1e-17); // … but the part was kept
    /// ```
    #[inline(always)]
    pub fn add(&mut self, term: f64) {
        let s = self.sum + term;
        self.lost += if self.sum.abs() >= term.abs() {
            (self.sum - s) + term
        } else {
            (term - s) + self.sum
        };
        self.sum = s;
    }

    /// Adds everything `other` has added up, dropped parts included: two
    /// sums kept side by side (one per vector lane, say) become one.
    ///
    /// ```
    /// use activation_and_loss::fast::CompensatedSum;
    ///
    /// let (mut a, mut b) = (CompensatedSum::default(), CompensatedSum::default());
    /// a.add(1.0);
    /// a.add(1e-17);
    /// b.add(-1.0);
    /// a.merge(b);
    /// assert_eq!(a.value(), 1e-17);
    /// ```
    #[inline(always)]
    pub fn merge(&mut self, other: CompensatedSum) {
        self.add(other.sum);
        self.lost += other.lost;
    }

    /// The sum with the dropped parts put back. An infinite or NaN term
    /// makes it ±∞ or NaN, as in a plain sum.
    ///
    /// ```
    /// use activation_and_loss::fast::CompensatedSum;
    ///
    /// let mut sum = CompensatedSum::default();
    /// sum.add(0.1);
    /// sum.add(0.2);
    /// assert_eq!(sum.value(), 0.30000000000000004); // 0.1 + 0.2 rounded once
    /// sum.add(f64::INFINITY);
    /// assert_eq!(sum.value(), f64::INFINITY);
    /// ```
    #[inline(always)]
    pub fn value(self) -> f64 {
        if self.sum.is_finite() {
            self.sum + self.lost
        } else {
            self.sum
        }
    }
}
// ANCHOR_END: compensated_sum
