//! The cross-entropy of a dense target is a sum of n logarithms. How far
//! the readable version (eight running sums, as ndarray's `dot` keeps
//! them) and `fast` (eight compensated sums) are from the exact sum of
//! their own terms, in units in the last place, as n grows: the readable
//! version's terms use the C library's `ln`, the fast one's `fast::ln`.
//! The target is uniform, so every term counts.

use activation_and_loss::fast;
use activation_and_loss::loss::cross_entropy_error;
use activation_and_loss::ndarray::Array1;

fn main() {
    println!("{:>10}  readable  fast   (ulps from the exact sum)", "n");
    for n in [1_000, 1_000_000, 10_000_000] {
        let y = fast::softmax(&Array1::linspace(-5.0, 5.0, n));
        let t = Array1::from_elem(n, 1.0 / n as f64);
        let exact = |ln: fn(f64) -> f64| {
            let terms = y.iter().zip(&t).map(|(&y, &t)| t * ln(y + 1e-7));
            -fast::ulp::double_double_sum(terms)
        };
        let off =
            |e: f64, exact: f64| fast::ulp::error_in_ulps(e, (exact, 0.0));
        println!(
            "{n:>10}  {:>8.2}  {:>4.2}",
            off(cross_entropy_error(&y, &t), exact(f64::ln)),
            off(fast::cross_entropy_error(&y, &t), exact(fast::ln::ln))
        );
    }
}
