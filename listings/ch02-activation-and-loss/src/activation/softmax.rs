//! Softmax: turns a vector of scores into probabilities that sum to 1.

use ndarray::{Array1, ArrayView1};

/// Softmax exactly as the formula reads, `e^(a_i) / Σ e^(a_j)`.
///
/// Kept to show why nobody writes it this way: `f64::exp` overflows to
/// infinity above about 709.78, so scores like `[1010, 1000, 990]` give
/// `∞ / ∞ = NaN`. Use [`softmax`] instead.
///
/// ```
/// use activation_and_loss::activation::softmax_naive;
/// use ndarray::array;
///
/// let small = softmax_naive(array![1.0, 2.0].view());
/// assert!((small.sum() - 1.0).abs() < 1e-15);
///
/// let large = softmax_naive(array![1010.0, 1000.0, 990.0].view());
/// assert!(large.iter().all(|p| p.is_nan()));
/// ```
// ANCHOR: softmax_naive
pub fn softmax_naive(a: ArrayView1<f64>) -> Array1<f64> {
    let exp_a = a.mapv(f64::exp);
    let sum_exp_a = exp_a.sum();
    exp_a / sum_exp_a
}
// ANCHOR_END: softmax_naive

/// Softmax computed safely: subtract the largest score first.
///
/// `e^(a_i - c) / Σ e^(a_j - c)` is the same fraction for any constant `c`
/// (multiply top and bottom by `e^c`). With `c = max(a)` every exponent is at
/// most 0, so nothing overflows, and the largest term is exactly `e^0 = 1`, so
/// the sum never underflows to 0 either. The result is finite for every finite
/// input.
///
/// An empty input gives an empty output. If the input holds `NaN` or `+∞`,
/// or holds nothing but `-∞`, there is no meaningful distribution and every
/// output is `NaN`.
///
/// ```
/// use activation_and_loss::activation::softmax;
/// use ndarray::array;
///
/// let p = softmax(array![1010.0, 1000.0, 990.0].view());
/// assert!((p.sum() - 1.0).abs() < 1e-15);
/// assert!(p[0] > 0.9999);
/// ```
// ANCHOR: softmax
pub fn softmax(a: ArrayView1<f64>) -> Array1<f64> {
    let max =
        a.fold(
            f64::NEG_INFINITY,
            |m, &x| if x > m || x.is_nan() { x } else { m },
        );
    let mut exp_a = a.mapv(|x| (x - max).exp());
    let sum_exp_a = exp_a.sum();
    exp_a.mapv_inplace(|e| e / sum_exp_a);
    exp_a
}
// ANCHOR_END: softmax

#[cfg(test)]
mod tests {
    use super::*;
    use ndarray::array;

    #[test]
    fn naive_and_stable_agree_on_small_inputs() {
        let a = array![0.3, 2.9, 4.0];
        let naive = softmax_naive(a.view());
        let stable = softmax(a.view());
        for (n, s) in naive.iter().zip(&stable) {
            assert!((n - s).abs() < 1e-15);
        }
    }

    #[test]
    fn empty_in_empty_out() {
        assert_eq!(softmax(Array1::<f64>::zeros(0).view()).len(), 0);
    }

    #[test]
    fn nan_anywhere_poisons_everything() {
        let p = softmax(array![1.0, f64::NAN, 2.0].view());
        assert!(p.iter().all(|x| x.is_nan()));
        let p = softmax(array![f64::NAN, 1.0].view());
        assert!(p.iter().all(|x| x.is_nan()));
    }

    #[test]
    fn infinities() {
        assert!(
            softmax(array![1.0, f64::INFINITY].view())
                .iter()
                .all(|x| x.is_nan())
        );
        assert!(
            softmax(Array1::from_elem(2, f64::NEG_INFINITY).view())
                .iter()
                .all(|x| x.is_nan())
        );
        assert_eq!(
            softmax(array![f64::NEG_INFINITY, 0.0].view()),
            array![0.0, 1.0]
        );
    }
}
