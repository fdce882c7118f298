// Each optimiser gets the learning rate that takes it lowest, on average,
// from ten starting points; it is then judged from ten others. Once on the
// bowl whose valley runs along the x axis, once on the same bowl turned by
// 45°.

// ANCHOR: main
use std::f64::consts::FRAC_PI_4;

use training_that_works::bowl::Bowl;
use training_that_works::optimiser::{Adam, Kind, Momentum, RmsProp};
use training_that_works::tuning::{STEPS, judge};

fn main() {
    let (beta1, beta2) = Adam::USUAL_BETAS;
    println!(
        "every other setting as usual: α = {}, ρ = {}, β₁ = {beta1}, β₂ = {beta2}",
        Momentum::USUAL_MOMENTUM,
        RmsProp::USUAL_DECAY
    );
    println!();
    for (name, bowl) in [
        ("valley along x", Bowl::aligned()),
        ("turned by 45°", Bowl::rotated(FRAC_PI_4)),
    ] {
        println!(
            "{name}: log10 of the height after {STEPS} steps, ten new starts"
        );
        println!("optimiser  η        mean  lowest  highest  lower than SGD");
        let sgd = judge(Kind::Sgd, &bowl);
        for kind in Kind::ALL {
            let judged = judge(kind, &bowl);
            let lowest =
                judged.scores.iter().copied().fold(f64::INFINITY, f64::min);
            let highest = judged
                .scores
                .iter()
                .copied()
                .fold(f64::NEG_INFINITY, f64::max);
            let lower = if kind == Kind::Sgd {
                "-".to_owned()
            } else {
                format!("{} of 10", judged.lower_than(&sgd))
            };
            println!(
                "{:<9}  {:<7.4}  {:5.1}  {lowest:6.1}  {highest:7.1}  {lower:>14}",
                kind.name(),
                judged.learning_rate,
                judged.mean()
            );
        }
        println!();
    }
}
// ANCHOR_END: main
