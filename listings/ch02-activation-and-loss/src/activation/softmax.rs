//! Softmax: turns a vector of scores into probabilities that sum to 1.

use ndarray::{Array1, Array2, ArrayView1, ArrayView2, AsArray, Ix2};

use crate::maximum;

/// Softmax exactly as the formula reads, `e^(z_i) / Σ e^(z_j)`.
///
/// Kept to show why nobody writes it this way: `f64::exp` overflows to
/// infinity above about 709.78, so scores like `[1010, 1000, 990]` give
/// `∞ / ∞ = NaN`. Use [`softmax`] instead.
///
/// ```
/// use activation_and_loss::activation::softmax_naive;
///
/// let small = softmax_naive(&[1.0, 2.0]);
/// assert!((small.sum() - 1.0).abs() < 1e-15);
///
/// let large = softmax_naive(&[1010.0, 1000.0, 990.0]);
/// assert!(large.iter().all(|p| p.is_nan()));
/// ```
// ANCHOR: softmax_naive
pub fn softmax_naive<'a>(z: impl AsArray<'a, f64>) -> Array1<f64> {
    let z: ArrayView1<f64> = z.into();
    let exp_z = z.mapv(f64::exp);
    let sum_exp_z = exp_z.sum();
    exp_z / sum_exp_z
}
// ANCHOR_END: softmax_naive

/// Softmax computed safely: subtract the largest score first.
///
/// `e^(z_i - c) / Σ e^(z_j - c)` is the same fraction for any constant `c`
/// (multiply top and bottom by `e^c`). With `c = max(z)` every exponent is at
/// most 0, so nothing overflows, and the largest term is exactly `e^0 = 1`, so
/// the sum never underflows to 0 either. The result is finite for every finite
/// input.
///
/// Takes anything that views as a vector: `&array`, `array.view()`, `&vec`,
/// `&[f64; N]`, `&slice`.
///
/// An empty input gives an empty output. If the input holds `NaN` or `+∞`,
/// or holds nothing but `-∞`, there is no meaningful distribution and every
/// output is `NaN`.
///
/// ```
/// use activation_and_loss::activation::softmax;
///
/// let p = softmax(&[1010.0, 1000.0, 990.0]);
/// assert!((p.sum() - 1.0).abs() < 1e-15);
/// assert!(p[0] > 0.9999);
/// ```
// ANCHOR: softmax
pub fn softmax<'a>(z: impl AsArray<'a, f64>) -> Array1<f64> {
    let z: ArrayView1<f64> = z.into();
    let c = maximum(z);
    let exp_z = z.mapv(|z_i| (z_i - c).exp());
    let sum_exp_z = exp_z.sum();
    exp_z / sum_exp_z
}
// ANCHOR_END: softmax

/// [`softmax`] of every row of a matrix: one row per example, one column
/// per class, as a network's output layer produces them for a batch.
///
/// ```
/// use activation_and_loss::activation::softmax_rows;
/// use ndarray::array;
///
/// let scores = array![[1.0, 1.0], [1000.0, 0.0]];
/// let p = softmax_rows(&scores);
/// assert_eq!(p.row(0), array![0.5, 0.5]);
/// assert_eq!(p.row(1), array![1.0, 0.0]);
/// ```
// ANCHOR: softmax_rows
pub fn softmax_rows<'a>(z: impl AsArray<'a, f64, Ix2>) -> Array2<f64> {
    let z: ArrayView2<f64> = z.into();
    let mut p = Array2::zeros(z.raw_dim());
    // Row by row, each with its own maximum: one shared maximum would let a
    // row of large scores push every other row's exponentials to 0.
    for (scores, mut row) in z.rows().into_iter().zip(p.rows_mut()) {
        row.assign(&softmax(scores));
    }
    p
}
// ANCHOR_END: softmax_rows

#[cfg(test)]
mod tests {
    use super::*;
    use ndarray::array;

    #[test]
    fn naive_and_stable_agree_on_small_inputs() {
        let a = array![0.3, 2.9, 4.0];
        let naive = softmax_naive(&a);
        let stable = softmax(&a);
        for (n, s) in naive.iter().zip(&stable) {
            assert!((n - s).abs() < 1e-15);
        }
    }

    #[test]
    fn empty_in_empty_out() {
        assert_eq!(softmax(&Array1::<f64>::zeros(0)).len(), 0);
    }

    #[test]
    fn nan_anywhere_poisons_everything() {
        let p = softmax(&[1.0, f64::NAN, 2.0]);
        assert!(p.iter().all(|x| x.is_nan()));
        let p = softmax(&[f64::NAN, 1.0]);
        assert!(p.iter().all(|x| x.is_nan()));
    }

    #[test]
    fn infinities() {
        assert!(softmax(&[1.0, f64::INFINITY]).iter().all(|x| x.is_nan()));
        assert!(softmax(&[f64::NEG_INFINITY; 2]).iter().all(|x| x.is_nan()));
        assert_eq!(softmax(&[f64::NEG_INFINITY, 0.0]), array![0.0, 1.0]);
    }

    #[test]
    fn every_input_form_a_reader_holds_is_accepted() {
        let owned = array![1.0, 2.0];
        let vec = vec![1.0, 2.0];
        let expected = softmax(owned.view());
        assert_eq!(softmax(&owned), expected);
        assert_eq!(softmax(&vec), expected);
        assert_eq!(softmax(&vec[..]), expected);
        assert_eq!(softmax(&[1.0, 2.0]), expected);
    }

    #[test]
    fn each_row_is_its_own_distribution() {
        let a = array![[0.0, 1.0, 2.0], [-1000.0, -1000.0, -1000.0]];
        let p = softmax_rows(&a);
        assert_eq!(p.row(0), softmax(a.row(0)));
        assert_eq!(p.row(1), array![1.0, 1.0, 1.0] / 3.0);
    }
}
