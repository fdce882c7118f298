//! What the chapter says about choosing settings by random search, checked
//! against the tables `examples/choosing_settings.rs` printed
//! (`output/choosing_settings.txt`, which the book's tests check is what
//! the example prints today). An order is stated only where it holds in at
//! least 9 of the 10 paired seeds.

mod common;

use common::numbers;
use training_that_works::confidence_interval::wilson_interval;
use training_that_works::search::{
    LEARNING_RATES, SEARCH_SEED, TRIALS, WEIGHT_DECAYS, draw_settings,
};

fn output() -> String {
    common::output("choosing_settings")
}

/// The rows under the line that starts with `heading`, up to a blank line.
fn table(heading: &str) -> Vec<Vec<f64>> {
    let text = output();
    let rows: Vec<Vec<f64>> = text
        .lines()
        .skip_while(|l| !l.starts_with(heading))
        .skip(1)
        .take_while(|l| !l.trim().is_empty())
        .filter(|l| l.trim_start().starts_with(|c: char| c.is_ascii_digit()))
        .map(numbers)
        .collect();
    assert!(!rows.is_empty(), "a table under {heading}");
    rows
}

/// The trials: number, η, λ, score.
fn trials() -> Vec<Vec<f64>> {
    let rows = table("trial  η");
    assert_eq!(rows.len(), TRIALS);
    rows
}

/// The seed-by-seed table: seed, validation loss (search, race), test loss
/// (search, race), test digits right (search, race).
fn seeds() -> Vec<Vec<f64>> {
    let rows = table("seed    search");
    assert_eq!(rows.len(), 10);
    rows
}

/// The number after `label` on the line that holds it.
fn after(label: &str) -> f64 {
    let text = output();
    let line = text
        .lines()
        .find(|l| l.contains(label))
        .unwrap_or_else(|| panic!("a line with {label}"));
    let rest = &line[line.find(label).expect("found") + label.len()..];
    rest.trim_start()
        .split(|c: char| {
            !(c.is_ascii_digit() || c == '.' || c == '-' || c == 'e')
        })
        .next()
        .and_then(|w| w.parse().ok())
        .unwrap_or_else(|| panic!("a number after {label}: {rest}"))
}

fn count(column: usize, other: usize, better: fn(f64, f64) -> bool) -> usize {
    seeds()
        .iter()
        .filter(|r| better(r[column], r[other]))
        .count()
}

#[test]
fn the_trials_are_the_settings_drawn_from_the_search_seed() {
    let drawn = draw_settings(TRIALS, SEARCH_SEED);
    for (row, (eta, lambda)) in trials().iter().zip(drawn) {
        // Printed to five significant digits.
        assert!(
            (row[1] - eta).abs() <= 1e-4 * eta,
            "{} against {eta}",
            row[1]
        );
        assert!((row[2] - lambda).abs() <= 1e-4 * lambda);
        assert!((LEARNING_RATES.low()..=LEARNING_RATES.high()).contains(&eta));
        assert!((WEIGHT_DECAYS.low()..=WEIGHT_DECAYS.high()).contains(&lambda));
    }
}

#[test]
fn the_chosen_trial_has_the_lowest_score() {
    let rows = trials();
    let lowest = rows.iter().map(|r| r[3]).fold(f64::INFINITY, f64::min);
    let chosen = after("chosen: trial") as usize;
    assert_eq!(rows[chosen - 1][3], lowest);
    assert_eq!(after(", score"), lowest);
}

#[test]
fn large_weight_decays_small_rates_and_the_largest_rates_all_score_badly() {
    for r in trials() {
        let (eta, lambda, score) = (r[1], r[2], r[3]);
        if lambda > 0.01 || eta < 0.1 {
            assert!(score > 0.1, "η {eta}, λ {lambda}: {score}");
        }
        if eta > 7.0 {
            assert!(score > 0.15, "η {eta}: {score}");
        }
        // So every good trial sits in the middle of the η range, with
        // little weight decay.
        if score < 0.1 {
            assert!((0.3..6.0).contains(&eta) && lambda < 0.01, "{r:?}");
        }
    }
    let mut good: Vec<Vec<f64>> =
        trials().into_iter().filter(|r| r[3] < 0.1).collect();
    assert_eq!(good.len(), 7);
    // All but trial 16 with less than a thousandth of weight decay.
    let more: Vec<f64> =
        good.iter().filter(|r| r[2] >= 1e-3).map(|r| r[0]).collect();
    assert_eq!(more, [16.0]);
    // Among them, the two with the smallest rates, both near 0.3, score worst.
    good.sort_by(|a, b| a[1].total_cmp(&b[1]));
    let worst_two =
        good[..2].iter().map(|r| r[3]).fold(f64::INFINITY, f64::min);
    assert!(good[2..].iter().all(|r| r[3] < worst_two));
    assert!(good[..2].iter().all(|r| (0.3..0.35).contains(&r[1])));
    // Those two, trials 4 and 16, carry the third-most and the most decay
    // of the seven: the rate and the decay are tangled.
    let decay_rank = |trial: f64| {
        let own = good.iter().find(|r| r[0] == trial).expect("a good trial")[2];
        1 + good.iter().filter(|r| r[2] > own).count()
    };
    assert_eq!((good[0][0], good[1][0]), (4.0, 16.0));
    assert_eq!((decay_rank(4.0), decay_rank(16.0)), (3, 1));
}

#[test]
fn the_choice_looked_better_than_the_races_setting_and_was_not() {
    // On the tuning seeds it chose with, the search's choice scores lower…
    let chosen = after("chosen: trial");
    assert!(chosen >= 1.0);
    let (search_tuning, race_tuning) = (after(", score"), after("scores"));
    assert!(search_tuning < race_tuning);
    // …but from ten other seeds its validation loss is higher than that, and
    // neither setting is reliably better on any measure.
    let fresh: f64 = seeds().iter().map(|r| r[1]).sum::<f64>() / 10.0;
    assert!(
        fresh > 1.4 * search_tuning,
        "{fresh} against {search_tuning}"
    );
    for (a, b) in [(1, 2), (3, 4)] {
        assert!(count(a, b, |x, y| x < y) < 9 && count(b, a, |x, y| x < y) < 9);
    }
    assert!(count(5, 6, |x, y| x > y) < 9 && count(6, 5, |x, y| x > y) < 9);
}

#[test]
fn the_printed_counts_are_the_tables() {
    assert_eq!(
        after("lower validation loss") as usize,
        count(1, 2, |x, y| x < y)
    );
    assert_eq!(after("lower test loss") as usize, count(3, 4, |x, y| x < y));
    assert_eq!(
        after("test digits: more right") as usize,
        count(5, 6, |x, y| x > y)
    );
    assert_eq!(after("fewer") as usize, count(5, 6, |x, y| x < y));
}

#[test]
fn every_network_does_worse_on_the_test_digits_than_on_the_validation_digits() {
    let rows = seeds();
    let (mut validation, mut test) = (Vec::new(), Vec::new());
    for r in &rows {
        assert!(r[3] > r[1] && r[4] > r[2], "{r:?}");
        validation.extend([r[1], r[2]]);
        test.extend([r[3], r[4]]);
    }
    // 0.09 to 0.20 against 0.01 to 0.06, to two decimals.
    let range = |v: &[f64]| {
        let low = v.iter().copied().fold(f64::INFINITY, f64::min);
        let high = v.iter().copied().fold(f64::NEG_INFINITY, f64::max);
        (
            (low * 100.0).round() / 100.0,
            (high * 100.0).round() / 100.0,
        )
    };
    assert_eq!(range(&test), (0.09, 0.20));
    assert_eq!(range(&validation), (0.01, 0.06));
    // Far more than the 0.01 by which the winner's curse moved a score.
    assert!(
        rows.iter()
            .all(|r| r[3] - r[1] > 0.03 && r[4] - r[2] > 0.03)
    );
}

#[test]
fn the_nearest_neighbour_reads_more_test_digits_than_19_of_the_20_networks() {
    let nearest = after("validation digits right;");
    assert_eq!(nearest, 349.0);
    let (mut more, mut same) = (0, 0);
    for r in seeds() {
        for right in [r[5], r[6]] {
            assert!(right <= nearest, "{r:?}");
            more += usize::from(right < nearest);
            same += usize::from(right == nearest);
        }
    }
    assert_eq!((more, same), (19, 1));
    // The printed counts are the table's.
    assert!(output().contains(
        "the search's networks against it: more right 0, as many 0, fewer 10"
    ));
    assert!(output().contains(
        "the race's networks against it: more right 0, as many 1, fewer 9"
    ));
    // By at most six digits of 355.
    let fewest = seeds()
        .iter()
        .map(|r| r[5].min(r[6]))
        .fold(f64::INFINITY, f64::min);
    assert_eq!(nearest - fewest, 6.0);
}

/// The McNemar table: seed, then for the search and the race the digits
/// only the nearest neighbour reads right, only the network, and p.
fn mcnemar_rows() -> Vec<Vec<f64>> {
    let text = output();
    let rows: Vec<Vec<f64>> = text
        .lines()
        .skip_while(|l| {
            !l.starts_with("test digits only the nearest neighbour")
        })
        .skip(2)
        .take(10)
        .map(|l| {
            l.split_whitespace()
                .filter_map(|w| w.parse().ok())
                .collect()
        })
        .collect();
    assert!(rows.iter().all(|r: &Vec<f64>| r.len() == 7), "{rows:?}");
    rows
}

#[test]
fn no_network_differs_from_the_nearest_neighbour_by_mcnemars_test() {
    let rows = mcnemar_rows();
    assert_eq!(rows.len(), 10);
    for r in &rows {
        for (only_nearest, only_network, p) in
            [(r[1], r[2], r[3]), (r[4], r[5], r[6])]
        {
            assert!(p > 0.05, "{r:?}");
            assert!(only_nearest >= only_network, "{r:?}");
            let exact = training_that_works::mcnemar::mcnemar_p(
                only_nearest as usize,
                only_network as usize,
            );
            assert!((exact - p).abs() < 5e-4);
        }
    }
    // The nearest neighbour alone reads 2 to 7 digits right, the network
    // alone 1 to 3; the smallest p is 0.070.
    let range = |column: usize| {
        let values = rows.iter().flat_map(|r| [r[column], r[column + 3]]);
        (
            values.clone().fold(f64::INFINITY, f64::min),
            values.fold(0.0, f64::max),
        )
    };
    assert_eq!((range(1), range(2)), ((2.0, 7.0), (1.0, 3.0)));
    let smallest = rows
        .iter()
        .flat_map(|r| [r[3], r[6]])
        .fold(f64::INFINITY, f64::min);
    assert_eq!(smallest, 0.070);
}

#[test]
fn the_nearest_neighbour_reads_every_validation_digit() {
    assert!(
        output().contains(
            "1-nearest neighbour: 285 of 285 validation digits right;"
        )
    );
}

#[test]
fn scored_again_from_fresh_seeds_the_winner_rises_most_but_not_beyond_its_spread()
 {
    let rows = table("trial  η           λ           score   again   change");
    assert_eq!(rows.len(), 7);
    let rise: Vec<f64> = rows.iter().map(|r| r[5]).collect();
    for r in &rows {
        assert!((r[4] - r[3] - r[5]).abs() < 2e-4, "{r:?}");
    }
    // The winner rises by about 0.01…
    assert!((0.009..0.011).contains(&rise[0]), "{}", rise[0]);
    // …the other six by at most 0.002…
    assert!(
        rise[1..].iter().all(|&d| (-0.0005..0.0021).contains(&d)),
        "{rise:?}"
    );
    // …and it is still the lowest of the seven. Every one rose or stayed.
    assert!(rows[1..].iter().all(|r| r[4] > rows[0][4]));
    assert!(rise.iter().all(|&d| d >= 0.0), "{rise:?}");
    // In standard errors of the difference between a mean of five seeds
    // and a mean of ten, the winner's rise (1.08) is hardly more than
    // trials 15's and 4's (0.88 and 0.94).
    let in_se = |trial: f64| {
        rows.iter().find(|r| r[0] == trial).expect("a good trial")[7]
    };
    assert_eq!((in_se(3.0), in_se(15.0), in_se(4.0)), (1.08, 0.88, 0.94));
    for r in &rows {
        let se = r[6] * (1.0_f64 / 5.0 + 1.0 / 10.0).sqrt();
        assert!((r[7] - r[5] / se).abs() < 0.02 + 1e-4 / se, "{r:?}");
    }
    // The race's setting, also chosen on seeds 101-105, rises from 0.0211
    // to 0.0256.
    assert_eq!(after("scores"), 0.0211);
    assert!(output().contains(
        "validation loss               0.0286 ± 0.0165    0.0256 ± 0.0110"
    ));
}

#[test]
fn the_intervals_are_wilsons_for_seed_1() {
    for column in [5, 6] {
        let right = seeds()[0][column] as usize;
        let (low, high) = wilson_interval(right, 355);
        let line = format!(
            "{right} of 355 test digits right, {:.4}, 95 % interval {low:.4} to {high:.4}",
            right as f64 / 355.0
        );
        assert!(output().contains(&line), "{line}");
    }
}

#[test]
fn the_races_networks_are_the_races_own_runs() {
    // The race chose its η by each run's best epoch (0.0233 over seeds
    // 1-10); after epoch 20 the same runs average 0.0256, as here.
    let race = common::output("optimisers_on_the_digits");
    assert!(
        race.lines()
            .any(|l| l.starts_with("SGD        4.6416   0.0233"))
    );
    let epoch_20: Vec<f64> = race
        .lines()
        .find(|l| l.starts_with("   20"))
        .map(numbers)
        .expect("epoch 20");
    let here: Vec<f64> = seeds().iter().map(|r| r[2]).collect();
    let lowest = here.iter().copied().fold(f64::INFINITY, f64::min);
    let highest = here.iter().copied().fold(0.0, f64::max);
    assert_eq!(&epoch_20[1..4], &[0.0256, lowest, highest]);
}

#[test]
fn inside_the_good_learning_rates_the_weight_decay_splits_good_from_bad() {
    for r in trials() {
        let (eta, lambda, score) = (r[1], r[2], r[3]);
        if (0.3..6.0).contains(&eta) {
            if lambda <= 2.0150e-3 {
                assert!(score < 0.1, "{r:?}");
            }
            if lambda >= 3.4941e-3 {
                assert!(score > 0.1, "{r:?}");
            }
        }
        // Every trial with more than 0.01 of decay scores over five times
        // the best.
        if lambda > 0.01 {
            assert!(score > 5.0 * 0.0188, "{r:?}");
        }
    }
    // Three learned nothing, about ln 10, all at rates of 4.5 or more; one
    // of them at a rate below the race's, which learns with no decay.
    let collapsed: Vec<Vec<f64>> =
        trials().into_iter().filter(|r| r[3] > 2.0).collect();
    assert_eq!(collapsed.len(), 3);
    for r in &collapsed {
        assert!(
            r[1] >= 4.5 && r[2] > 0.01 && (2.33..=2.37).contains(&r[3]),
            "{r:?}"
        );
        assert!((r[3] - 10f64.ln()).abs() < 0.07);
    }
    assert!(collapsed.iter().any(|r| r[1] < 4.6416));
    // In the race, plain gradient descent at η = 10 got no lower than 1.3124.
    let race = common::output("optimisers_on_the_digits");
    assert!(race.lines().any(|l| l.starts_with("1.000e1      1.3124")));
    assert!(race.lines().any(|l| l.starts_with("4.642e-2     0.2139")));
}

#[test]
fn scored_again_the_seven_keep_their_order_and_the_winner_spreads_most() {
    let rows = table("trial  η           λ           score   again   change");
    for pair in rows.windows(2) {
        assert!(
            pair[0][3] < pair[1][3] && pair[0][4] < pair[1][4],
            "{pair:?}"
        );
    }
    let spreads: Vec<f64> = rows.iter().map(|r| r[6]).collect();
    assert!(spreads[1..].iter().all(|&s| s < spreads[0]), "{spreads:?}");
    // A mean of five varies √5 times less than one seed, still more than
    // the gap between the two tuning scores.
    assert!(0.0110 / 5f64.sqrt() > 0.0211 - 0.0188);
}

#[test]
fn the_chosen_weight_decay_makes_no_reliable_difference() {
    let text = output();
    let line = text
        .lines()
        .find(|l| l.contains("with no weight decay: validation loss"))
        .expect("the control line");
    assert!(line.ends_with("lower than with it for 3 of 10"), "{line}");
}

#[test]
fn the_networks_read_nearly_every_validation_digit() {
    assert!(
        output().contains(
            "validation digits read right  282.8 ± 1.4    283.2 ± 0.9"
        )
    );
}
