//! Which entry is largest: the class a classifier answers with.

use ndarray::{ArrayView1, AsArray};

use crate::maximum;

/// The index of the largest entry, the first one if several tie: the
/// network's answer, read off its outputs (softmax or not, since softmax
/// never changes which entry is largest).
///
/// If any entry is `NaN`, the index of the first `NaN`: the "largest" value
/// [`maximum`] reports, so a broken output is pointed at rather than skipped.
///
/// # Panics
/// If `a` is empty: nothing to choose from is a mistake in the program.
///
/// ```
/// use activation_and_loss::argmax;
///
/// assert_eq!(argmax(&[0.1, 0.7, 0.2]), 1);
/// assert_eq!(argmax(&[3.0, 3.0]), 0);
/// ```
// ANCHOR: argmax
pub fn argmax<'a>(a: impl AsArray<'a, f64>) -> usize {
    let a: ArrayView1<f64> = a.into();
    assert!(
        !a.is_empty(),
        "argmax of an empty vector: nothing to choose"
    );
    let max = maximum(a);
    a.iter()
        .position(|&x| x == max || (x.is_nan() && max.is_nan()))
        .expect("the maximum is one of the entries")
}
// ANCHOR_END: argmax

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn nan_is_pointed_at() {
        assert_eq!(argmax(&[1.0, f64::NAN, 5.0]), 1);
    }

    #[test]
    fn infinities_count_as_values() {
        assert_eq!(argmax(&[f64::NEG_INFINITY, f64::NEG_INFINITY]), 0);
        assert_eq!(argmax(&[0.0, f64::INFINITY]), 1);
    }

    #[test]
    #[should_panic(expected = "argmax of an empty vector")]
    fn empty_is_a_mistake() {
        argmax(&[] as &[f64]);
    }
}
