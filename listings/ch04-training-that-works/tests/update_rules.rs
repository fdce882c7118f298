//! Each optimiser's update rule, checked against what the formula gives by
//! hand: on the bowl, where plain gradient descent can be solved exactly,
//! and with a constant gradient, where every memory has a closed form.

use std::f64::consts::FRAC_PI_4;

use ndarray::{Array1, ArrayD, IxDyn, array};
use proptest::prelude::*;
use training_that_works::bowl::Bowl;
use training_that_works::descent::descend;
use training_that_works::optimiser::{
    AdaGrad, Adam, Kind, Momentum, Optimiser, RmsProp, Sgd,
};

/// The steps `optimiser` takes on one parameter `[0]` when every gradient is
/// `g`: the parameter's value after each of `n` steps.
fn under_constant_gradient(
    optimiser: &mut dyn Optimiser,
    g: f64,
    n: usize,
) -> Vec<f64> {
    let mut x = array![0.0];
    let gradient = array![g];
    (0..n)
        .map(|_| {
            optimiser.update(
                &mut [x.view_mut().into_dyn()],
                &[gradient.view().into_dyn()],
            );
            x[0]
        })
        .collect()
}

/// The length of each step in `positions`, starting from 0.
fn steps(positions: &[f64]) -> Vec<f64> {
    let mut last = 0.0;
    positions
        .iter()
        .map(|&p| {
            let step = p - last;
            last = p;
            step
        })
        .collect()
}

fn close(a: f64, b: f64, tolerance: f64) -> bool {
    (a - b).abs() <= tolerance * a.abs().max(b.abs()).max(1e-300)
}

proptest! {
    /// On `x²/100 + y²` a step multiplies x by `1 − η/50` and y by `1 − 2η`,
    /// so after k steps each coordinate is its start times a power.
    #[test]
    fn sgd_on_the_bowl_multiplies_each_coordinate_by_its_own_factor(
        eta in 0.01..0.99_f64, x0 in -20.0..20.0_f64, y0 in -3.0..3.0_f64,
    ) {
        let bowl = Bowl::aligned();
        let path = descend(&mut Sgd::new(eta), |p| bowl.gradient(p), &[x0, y0], 40);
        for k in 0..=40 {
            let (x, y) = (path[[k, 0]], path[[k, 1]]);
            prop_assert!(close(x, x0 * (1.0 - eta / 50.0).powi(k as i32), 1e-12));
            prop_assert!((y - y0 * (1.0 - 2.0 * eta).powi(k as i32)).abs() <= 1e-12 * y0.abs().max(1.0));
        }
    }

    /// Under a constant gradient g the velocity after n steps is
    /// `−η g (1 + α + … + αⁿ⁻¹) = −η g (1 − αⁿ) / (1 − α)`: steps grow
    /// towards `η g / (1 − α)`, ten times plain SGD's for α = 0.9.
    #[test]
    fn momentum_steps_grow_towards_a_tenfold_step(eta in 0.001..1.0_f64, g in -10.0..10.0_f64) {
        prop_assume!(g.abs() > 1e-3);
        let moves = steps(&under_constant_gradient(&mut Momentum::new(eta), g, 60));
        for (n, step) in moves.iter().enumerate() {
            let expected = -eta * g * (1.0 - 0.9_f64.powi(n as i32 + 1)) / 0.1;
            prop_assert!(close(*step, expected, 1e-12), "step {n}: {step} vs {expected}");
        }
        prop_assert!(close(moves[59], -10.0 * eta * g, 0.002));
    }

    /// AdaGrad's steps under a constant gradient are `η / √n` in size,
    /// whatever the gradient's size: `g / √(n g²)`.
    #[test]
    fn adagrad_steps_shrink_as_one_over_root_n(eta in 0.001..1.0_f64, g in 0.1..1e3_f64) {
        let moves = steps(&under_constant_gradient(&mut AdaGrad::new(eta), g, 50));
        for (n, step) in moves.iter().enumerate() {
            prop_assert!(close(-*step, eta / ((n + 1) as f64).sqrt(), 1e-6));
        }
    }

    /// RMSProp's average of squares starts at 0, so under a constant gradient
    /// it is `g² (1 − ρⁿ)` after n steps, and its first steps are too long by
    /// `1 / √(1 − ρⁿ)`: √10 ≈ 3.2 times η at the first. (The gradient stays
    /// above 0.1, where ε's share of the first step is below 10⁻⁶.)
    #[test]
    fn rmsprop_steps_start_long_and_settle_at_eta(eta in 0.001..1.0_f64, g in 0.1..1e3_f64) {
        let moves = steps(&under_constant_gradient(&mut RmsProp::new(eta), g, 80));
        for (n, step) in moves.iter().enumerate() {
            let expected = eta / (1.0 - 0.9_f64.powi(n as i32 + 1)).sqrt();
            prop_assert!(close(-*step, expected, 1e-6));
        }
        prop_assert!(close(-moves[0], eta * 10f64.sqrt(), 1e-6));
    }

    /// Adam divides both averages by `1 − βⁿ`, which makes them exactly `g`
    /// and `g²` under a constant gradient: every step is η, from the first.
    #[test]
    fn adams_bias_correction_makes_every_step_eta(eta in 0.001..1.0_f64, g in 0.1..1e3_f64) {
        let moves = steps(&under_constant_gradient(&mut Adam::new(eta), g, 200));
        for step in moves {
            prop_assert!(close(-step, eta, 1e-6));
        }
    }

    /// SGD and Momentum are sums of gradients, and the gradient of the turned
    /// bowl is the turned gradient: their paths turn with the bowl. The
    /// optimisers that divide coordinate by coordinate do not.
    #[test]
    fn only_sgd_and_momentum_turn_with_the_bowl(eta in 0.05..0.5_f64, angle in 0.1..1.4_f64) {
        let (aligned, turned) = (Bowl::aligned(), Bowl::rotated(angle));
        let (s, c) = angle.sin_cos();
        let turn = |p: Array1<f64>| array![c * p[0] - s * p[1], s * p[0] + c * p[1]];
        for kind in [Kind::Sgd, Kind::Momentum] {
            let a = descend(&mut *kind.with_learning_rate(eta), |p| aligned.gradient(p), &aligned.start(), 30);
            let t = descend(&mut *kind.with_learning_rate(eta), |p| turned.gradient(p), &turned.start(), 30);
            for k in 0..=30 {
                let expected = turn(a.row(k).to_owned());
                prop_assert!((&t.row(k) - &expected).iter().all(|d| d.abs() < 1e-9));
            }
        }
    }
}

#[test]
fn adagrad_does_not_turn_with_the_bowl() {
    let (aligned, turned) = (Bowl::aligned(), Bowl::rotated(FRAC_PI_4));
    let a = descend(
        &mut AdaGrad::new(1.0),
        |p| aligned.gradient(p),
        &aligned.start(),
        30,
    );
    let t = descend(
        &mut AdaGrad::new(1.0),
        |p| turned.gradient(p),
        &turned.start(),
        30,
    );
    // Turned back by the same angle, the turned bowl's path ends somewhere
    // else than the aligned bowl's, and higher up.
    let (s, c) = FRAC_PI_4.sin_cos();
    let end = t.row(30);
    let back = array![c * end[0] + s * end[1], -s * end[0] + c * end[1]];
    let apart = (&back - &a.row(30)).mapv(|d| d * d).sum().sqrt();
    assert!(apart > 1.0, "{apart}");
    let heights = (aligned.height(a.row(30)), turned.height(t.row(30)));
    assert!(heights.0 < heights.1 / 2.0, "{heights:?}");
}

#[test]
fn a_step_is_the_same_for_any_shape_of_parameter() {
    // A matrix and a vector at once, as a network's layer has.
    let mut w = ArrayD::from_elem(IxDyn(&[2, 3]), 1.0);
    let mut b = ArrayD::from_elem(IxDyn(&[3]), 1.0);
    let gw = ArrayD::from_elem(IxDyn(&[2, 3]), 2.0);
    let gb = ArrayD::from_elem(IxDyn(&[3]), -2.0);
    let mut sgd = Sgd::new(0.25);
    sgd.update(&mut [w.view_mut(), b.view_mut()], &[gw.view(), gb.view()]);
    assert!(w.iter().all(|&v| v == 0.5) && b.iter().all(|&v| v == 1.5));
}

#[test]
#[should_panic(expected = "parameter 0 has shape [2] but its gradient [3]")]
fn a_gradient_of_another_shape_is_refused() {
    let mut x = array![1.0, 2.0];
    Sgd::new(0.1).update(
        &mut [x.view_mut().into_dyn()],
        &[array![1.0, 2.0, 3.0].view().into_dyn()],
    );
}

#[test]
#[should_panic(expected = "1 parameters but 0 gradients")]
fn a_missing_gradient_is_refused() {
    let mut x = array![1.0];
    Adam::new(0.1).update(&mut [x.view_mut().into_dyn()], &[]);
}

#[test]
#[should_panic(expected = "this optimiser remembers 1 parameters shaped [[1]]")]
fn an_optimiser_with_memory_refuses_other_parameters() {
    let mut momentum = Momentum::new(0.1);
    let mut x = array![1.0];
    momentum.update(
        &mut [x.view_mut().into_dyn()],
        &[array![1.0].view().into_dyn()],
    );
    let mut y = array![1.0, 2.0];
    momentum.update(
        &mut [y.view_mut().into_dyn()],
        &[array![1.0, 1.0].view().into_dyn()],
    );
}

#[test]
#[should_panic(
    expected = "the learning rate must be a finite number above 0, not NaN"
)]
fn a_nan_learning_rate_is_refused() {
    Kind::RmsProp.with_learning_rate(f64::NAN);
}

#[test]
#[should_panic(expected = "β₂ must be at least 0 and below 1, not 1")]
fn a_decay_of_one_is_refused() {
    Adam::with_betas(0.1, 0.9, 1.0);
}

#[test]
fn a_nan_gradient_shows_as_nan() {
    for kind in Kind::ALL {
        let mut x = array![1.0];
        kind.with_learning_rate(0.1).update(
            &mut [x.view_mut().into_dyn()],
            &[array![f64::NAN].view().into_dyn()],
        );
        assert!(x[0].is_nan(), "{}", kind.name());
    }
}

#[test]
fn weight_decay_of_zero_changes_nothing_and_leaves_biases_alone() {
    use training_that_works::optimiser::WeightDecay;
    let (mut w1, mut b1) = (ndarray::array![[1.0, -2.0]], ndarray::array![0.5]);
    let (mut w2, mut b2) = (w1.clone(), b1.clone());
    let (gw, gb) = (ndarray::array![[0.3, 0.1]], ndarray::array![-0.2]);
    let mut plain = Adam::new(0.1);
    let mut decayed = WeightDecay::new(Box::new(Adam::new(0.1)), 0.0);
    for _ in 0..5 {
        plain.update(
            &mut [w1.view_mut().into_dyn(), b1.view_mut().into_dyn()],
            &[gw.view().into_dyn(), gb.view().into_dyn()],
        );
        decayed.update(
            &mut [w2.view_mut().into_dyn(), b2.view_mut().into_dyn()],
            &[gw.view().into_dyn(), gb.view().into_dyn()],
        );
    }
    assert_eq!((w1, b1.clone()), (w2, b2.clone()));
    // With decay, the bias still moves exactly as without it.
    let mut b3 = ndarray::array![0.5];
    let mut w3 = ndarray::array![[1.0, -2.0]];
    let mut strong = WeightDecay::new(Box::new(Adam::new(0.1)), 10.0);
    for _ in 0..5 {
        strong.update(
            &mut [w3.view_mut().into_dyn(), b3.view_mut().into_dyn()],
            &[gw.view().into_dyn(), gb.view().into_dyn()],
        );
    }
    assert_eq!(b3, b1);
}
