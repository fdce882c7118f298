//! How far `fast::exp`, `fast::sigmoid` and `fast::ln` are from the true
//! values, in units in the last place (ulp), next to the C library's `exp`
//! and `ln` and the readable sigmoid: the worst and the mean over 2,000
//! points whose true values were computed to 40 digits.

use activation_and_loss::activation::sigmoid;
use activation_and_loss::fast;
use activation_and_loss::fast::ulp::{
    error_in_ulps, ln_references, references, worst_and_mean,
};

fn main() {
    let points = references();
    let xs: Vec<f64> = points.iter().map(|r| r.x).collect();
    let fast_sigmoid = fast::sigmoid(&xs);
    let errors = |f: &dyn Fn(usize) -> f64| -> Vec<f64> {
        (0..points.len()).map(f).collect()
    };
    let rows = [
        (
            "fast::exp::exp",
            errors(&|i| error_in_ulps(fast::exp::exp(xs[i]), points[i].exp)),
        ),
        (
            "f64::exp (C library)",
            errors(&|i| error_in_ulps(xs[i].exp(), points[i].exp)),
        ),
        (
            "fast::sigmoid",
            errors(&|i| error_in_ulps(fast_sigmoid[i], points[i].sigmoid)),
        ),
        (
            "activation::sigmoid",
            errors(&|i| error_in_ulps(sigmoid(xs[i]), points[i].sigmoid)),
        ),
    ];
    let ln_points = ln_references();
    let ln_errors = |f: &dyn Fn(f64) -> f64| -> Vec<f64> {
        ln_points
            .iter()
            .map(|&(x, ln)| error_in_ulps(f(x), ln))
            .collect()
    };
    let ln_rows = [
        ("fast::ln::ln", ln_errors(&fast::ln::ln)),
        ("f64::ln (C library)", ln_errors(&f64::ln)),
    ];
    println!("error in ulps at {} points   worst   mean", points.len());
    for (name, errors) in rows {
        let (worst, mean) = worst_and_mean(&errors);
        println!("{name:<30} {worst:>6.2} {mean:>6.3}");
    }
    for (name, errors) in ln_rows {
        let (worst, mean) = worst_and_mean(&errors);
        println!("{name:<30} {worst:>6.2} {mean:>6.3}");
    }
}
