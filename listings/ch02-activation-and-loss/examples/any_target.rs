// The gradient of softmax plus cross-entropy is y − t whenever the target
// sums to 1, one-hot or not; for a target summing to s it is s·y − t.

// ANCHOR: main
use activation_and_loss::digit_example::{SCORES_FOR_SIX, TARGET_SIX};
use activation_and_loss::exercise_solutions::{
    cross_entropy_gradient_for_any_target, numerical_gradient, smoothed_target,
};
use activation_and_loss::loss::{
    cross_entropy_from_logits, softmax_cross_entropy_gradient,
};
use ndarray::{Array1, ArrayView1};

fn main() {
    let z = Array1::from(SCORES_FOR_SIX.to_vec());
    let smoothed = smoothed_target(6, 10, 0.1);
    let doubled = Array1::from(TARGET_SIX.to_vec()) * 2.0;
    println!("largest |numerical gradient − formula| over the ten scores");
    println!("target                 y − t       s·y − t");
    for (name, t) in [
        ("smoothed (s = 1)", &smoothed),
        ("one-hot × 2 (s = 2)", &doubled),
    ] {
        let numerical =
            numerical_gradient(|z| cross_entropy_from_logits(z, t), &z);
        let y_minus_t = softmax_cross_entropy_gradient(&z, t);
        let general = cross_entropy_gradient_for_any_target(&z, t);
        println!(
            "{name:<20}  {:.3e}   {:.3e}",
            largest_difference(numerical.view(), y_minus_t.view()),
            largest_difference(numerical.view(), general.view())
        );
    }
}

fn largest_difference(a: ArrayView1<f64>, b: ArrayView1<f64>) -> f64 {
    (&a - &b).fold(0.0, |largest: f64, d| largest.max(d.abs()))
}
// ANCHOR_END: main
