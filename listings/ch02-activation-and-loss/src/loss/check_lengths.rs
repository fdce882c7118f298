//! Every loss compares two vectors entry by entry; this checks they can be.

use ndarray::{ArrayView1, AsArray};

/// `y` and `t` as vector views, once it is certain they can be compared
/// entry by entry: the same length, and not empty.
///
/// ndarray would broadcast a length-1 array against any length and return
/// a number for a question nobody asked, so every loss calls this first.
///
/// # Panics
/// If `y` and `t` differ in length, or both are empty. Both are mistakes in
/// the calling program, not in its data (see the crate's error policy).
///
/// ```
/// use activation_and_loss::loss::check_lengths;
///
/// let (y, t) = check_lengths(&[0.2, 0.8], &[0.0, 1.0]);
/// assert_eq!(y.len(), t.len());
/// ```
///
/// ```should_panic
/// # use activation_and_loss::loss::check_lengths;
/// // Panics: "2 predictions but 1 targets: a loss compares them one to one"
/// check_lengths(&[0.2, 0.8], &[1.0]);
/// ```
pub fn check_lengths<'a>(
    y: impl AsArray<'a, f64>,
    t: impl AsArray<'a, f64>,
) -> (ArrayView1<'a, f64>, ArrayView1<'a, f64>) {
    let (y, t): (ArrayView1<f64>, ArrayView1<f64>) = (y.into(), t.into());
    assert_eq!(
        y.len(),
        t.len(),
        "{} predictions but {} targets: a loss compares them one to one",
        y.len(),
        t.len()
    );
    assert!(
        !y.is_empty(),
        "no predictions and no targets: a loss over nothing is undefined"
    );
    (y, t)
}
