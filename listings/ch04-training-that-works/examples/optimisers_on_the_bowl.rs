// Each optimiser gets the learning rate that scores best on ten starting
// points and is judged from ten others, twenty times over with new starts:
// once on the bowl whose valley runs along the x axis, once on the same
// bowl turned by 45°. Two more rows change a setting that is usually left
// alone.

// ANCHOR: main
use std::f64::consts::FRAC_PI_4;

use training_that_works::bowl::Bowl;
use training_that_works::optimiser::{
    Adam, Kind, Momentum, Optimiser, RmsProp,
};
use training_that_works::race::{PAIRS, Results, STARTS, TIE};
use training_that_works::tuning::{LAST, STEPS};

fn main() {
    let (beta1, beta2) = Adam::USUAL_BETAS;
    println!(
        "usual settings: α = {}, ρ = {}, β₁ = {beta1}, β₂ = {beta2}",
        Momentum::USUAL_MOMENTUM,
        RmsProp::USUAL_DECAY
    );
    println!(
        "score: log10 of the height over the last {LAST} of {STEPS} steps, \
         mean of {STARTS} judging starts"
    );
    println!("mean ± sd over {PAIRS} pairs of tuning and judging starts");
    println!("lower than SGD: by more than {TIE} in the same pair");
    type Make = Box<dyn Fn(f64) -> Box<dyn Optimiser>>;
    let mut entries: Vec<(String, Make)> = Kind::ALL
        .iter()
        .map(|&kind| (kind.name().to_owned(), Box::new(kind.maker()) as Make))
        .collect();
    entries.push((
        "RMSProp, ρ = 0.99".to_owned(),
        Box::new(|eta| Box::new(RmsProp::with_decay(eta, 0.99))),
    ));
    entries.push((
        "Momentum, α = 0.67".to_owned(),
        Box::new(|eta| Box::new(Momentum::with_momentum(eta, 0.67))),
    ));
    // Each bowl's results, SGD's first: the turned bowl's starts are the
    // aligned bowl's turned, so pair i is the same pair on both.
    let mut leads: Vec<Vec<Vec<f64>>> = Vec::new();
    for (name, bowl) in [
        ("valley along x", Bowl::aligned()),
        ("turned by 45°", Bowl::rotated(FRAC_PI_4)),
    ] {
        println!();
        println!("{name}");
        println!(
            "optimiser           η (middle)  mean ± sd    lower than SGD  higher than SGD  η at an edge"
        );
        let sgd = Results::of(&Kind::Sgd.maker(), &bowl);
        let mut on_this_bowl = Vec::new();
        for (label, make) in &entries {
            let results = Results::of(make.as_ref(), &bowl);
            let (lower, higher) = if label == "SGD" {
                ("-".to_owned(), "-".to_owned())
            } else {
                (
                    format!("{} of {PAIRS}", results.lower_than(&sgd)),
                    format!("{} of {PAIRS}", sgd.lower_than(&results)),
                )
            };
            println!(
                "{label:<18}  {:<10.4}  {:5.1} ± {:3.1}  {lower:>14}  {higher:>15}  {:>12}",
                results.typical_learning_rate(),
                results.mean(),
                results.spread(),
                results.at_the_edge()
            );
            on_this_bowl.push(results.leads_over(&sgd));
        }
        leads.push(on_this_bowl);
    }
    println!();
    println!(
        "lead over SGD, turned bowl against aligned, pair by pair (by more than {TIE})"
    );
    println!("{:<18}  {:>8}  {:>8}", "optimiser", "smaller", "larger");
    for (i, (label, _)) in entries.iter().enumerate().skip(1) {
        let (aligned, turned) = (&leads[0][i], &leads[1][i]);
        let count = |shrank: bool| {
            aligned
                .iter()
                .zip(turned)
                .filter(
                    |&(a, t)| if shrank { *t < a - TIE } else { *t > a + TIE },
                )
                .count()
        };
        println!(
            "{label:<18}  {:>8}  {:>8}",
            format!("{} of {PAIRS}", count(true)),
            format!("{} of {PAIRS}", count(false))
        );
    }
}
// ANCHOR_END: main
