//! Chapter 1's claim about starting weights: they must differ, and that is
//! not enough.

use neurons_and_networks::xor_restarts::{random_start, stalled_starts};
use neurons_and_networks::xor_training::train_xor_from;

#[test]
fn some_random_starts_stall_on_xor() {
    // Trained as the chapter trains XOR (learning rate 1.0, 5 000 epochs),
    // 8 of 40 random starts are stuck with a total loss above 0.1; the
    // rest fall below 0.01.
    let stalled = stalled_starts(1..=40, 5_000, 1.0, 0.1);
    assert_eq!(stalled, [3, 4, 14, 18, 29, 37, 38, 40]);
    for seed in 1..=40 {
        let (_, losses) = train_xor_from(random_start(seed), 5_000, 1.0);
        let last = *losses.last().unwrap();
        if stalled.contains(&seed) {
            assert!((0.2..0.35).contains(&last), "seed {seed}: {last}");
        } else {
            assert!(last < 0.01, "seed {seed}: {last}");
        }
    }
}

#[test]
fn the_stalled_starts_stay_stalled_ten_times_as_long() {
    // The chapter says more epochs are no cure: trained for 50 000 epochs
    // instead of 5 000, every stalled start is still above 0.25, and none
    // has lost 0.002 more since epoch 5 000.
    // Meanwhile their weights keep growing, from about 8 to 9 at epoch
    // 5 000 to about 11 to 12: the flat stretch leads on only as some
    // weights grow without bound.
    for seed in [3, 4, 14, 18, 29, 37, 38, 40] {
        let (early, _) = train_xor_from(random_start(seed), 5_000, 1.0);
        let (late, losses) = train_xor_from(random_start(seed), 50_000, 1.0);
        let (at_5000, last) = (losses[5_000], *losses.last().unwrap());
        assert!(last > 0.25, "seed {seed}: {last}");
        assert!(at_5000 - last < 0.002, "seed {seed}: {at_5000} -> {last}");
        let (grown_from, grown_to) =
            (early.largest_weight(), late.largest_weight());
        assert!(
            (7.9..9.2).contains(&grown_from),
            "seed {seed}: {grown_from}"
        );
        assert!((11.0..11.9).contains(&grown_to), "seed {seed}: {grown_to}");
    }
}
