//! What the chapter says about the optimisers on the bowl, checked. Every
//! optimiser has its own learning rate, chosen on ten starts and judged from
//! ten others; a claim that one ends lower than another holds from at least
//! 9 of the 10 judging starts.

use std::f64::consts::FRAC_PI_4;

use training_that_works::bowl::Bowl;
use training_that_works::descent::descend;
use training_that_works::optimiser::{Kind, Sgd};
use training_that_works::tuning::{FLOOR, STEPS, judge};

#[test]
fn sgds_chosen_rate_is_below_the_limit_and_zig_zags() {
    let bowl = Bowl::aligned();
    let eta = judge(Kind::Sgd, &bowl).learning_rate;
    // Across the valley a step multiplies y by 1 − 2η: below −1 from η = 1
    // on (it flies off), negative above η = 0.5 (it flips sides).
    assert!(eta > 0.5 && eta < 1.0, "{eta}");
    let path =
        descend(&mut Sgd::new(eta), |p| bowl.gradient(p), &bowl.start(), 10);
    for k in 0..10 {
        assert!(path[[k, 1]] * path[[k + 1, 1]] < 0.0, "step {k}");
    }
    // Along the valley x keeps its sign and shrinks by less than 2 % a step.
    for k in 0..10 {
        let ratio = path[[k + 1, 0]] / path[[k, 0]];
        assert!(ratio > 0.98 && ratio < 1.0, "{ratio}");
    }
}

#[test]
fn a_smaller_rate_stops_the_zig_zag_and_ends_higher() {
    let bowl = Bowl::aligned();
    let eta = judge(Kind::Sgd, &bowl).learning_rate;
    let end = |rate: f64| {
        let path = descend(
            &mut Sgd::new(rate),
            |p| bowl.gradient(p),
            &bowl.start(),
            STEPS,
        );
        bowl.height(path.row(STEPS))
    };
    let path =
        descend(&mut Sgd::new(0.25), |p| bowl.gradient(p), &bowl.start(), 10);
    assert!((0..10).all(|k| path[[k + 1, 1]] > 0.0));
    assert!(end(0.25) > 10.0 * end(eta));
}

#[test]
fn on_the_aligned_bowl_every_other_optimiser_ends_lower_than_sgd() {
    let bowl = Bowl::aligned();
    let sgd = judge(Kind::Sgd, &bowl);
    for kind in [Kind::Momentum, Kind::AdaGrad, Kind::RmsProp, Kind::Adam] {
        let judged = judge(kind, &bowl);
        assert!(judged.lower_than(&sgd) >= 9, "{}", kind.name());
    }
    // AdaGrad reaches the floor from every start.
    let adagrad = judge(Kind::AdaGrad, &bowl);
    assert!(adagrad.scores.iter().all(|&s| s == FLOOR.log10()));
}

#[test]
fn turning_the_bowl_changes_nothing_for_sgd_and_momentum() {
    let (aligned, turned) = (Bowl::aligned(), Bowl::rotated(FRAC_PI_4));
    for kind in [Kind::Sgd, Kind::Momentum] {
        let (a, t) = (judge(kind, &aligned), judge(kind, &turned));
        assert_eq!(a.learning_rate, t.learning_rate);
        for (x, y) in a.scores.iter().zip(&t.scores) {
            assert!((x - y).abs() < 1e-6, "{}: {x} {y}", kind.name());
        }
    }
}

#[test]
fn on_the_turned_bowl_adagrad_loses_and_rmsprop_barely_wins() {
    let bowl = Bowl::rotated(FRAC_PI_4);
    let sgd = judge(Kind::Sgd, &bowl);
    for kind in [Kind::Momentum, Kind::Adam] {
        assert!(judge(kind, &bowl).lower_than(&sgd) >= 9, "{}", kind.name());
    }
    let adagrad = judge(Kind::AdaGrad, &bowl);
    assert!(adagrad.lower_than(&sgd) <= 1);
    let rmsprop = judge(Kind::RmsProp, &bowl);
    assert!(rmsprop.lower_than(&sgd) >= 9);
    // …by less than half a power of ten on average.
    assert!(sgd.mean() - rmsprop.mean() < 0.5);
}

#[test]
fn every_other_optimiser_loses_most_of_its_lead_when_the_bowl_turns() {
    // Momentum's lead over SGD is the same on both bowls; the three that
    // divide coordinate by coordinate each lose part of theirs.
    let (aligned, turned) = (Bowl::aligned(), Bowl::rotated(FRAC_PI_4));
    let lead = |kind: Kind, bowl: &Bowl| {
        judge(Kind::Sgd, bowl).mean() - judge(kind, bowl).mean()
    };
    for kind in [Kind::AdaGrad, Kind::RmsProp, Kind::Adam] {
        assert!(
            lead(kind, &turned) < lead(kind, &aligned),
            "{}",
            kind.name()
        );
    }
}
