//! Chapter 3 carries its own softmax and cross-entropy so that its crate
//! stands alone. They must be chapter 2's functions, batched: this checks
//! them against chapter 2's on many inputs.

use activation_and_loss::activation::softmax;
use activation_and_loss::loss::{cross_entropy_from_logits, log_sum_exp};
use ndarray::{Array1, Array2};
use reading_digits::loss::{
    log_sum_exp_rows, mean_cross_entropy_from_logits as batch_cross_entropy,
};
use reading_digits::random::{seeded, uniform};
use reading_digits::softmax_rows;

/// `rows` rows of ten logits, spread over `±scale`.
fn logits(rows: usize, scale: f64, seed: u64) -> Array2<f64> {
    let mut rng = seeded(seed);
    Array2::from_shape_simple_fn((rows, 10), || uniform(&mut rng, scale))
}

fn close(a: f64, b: f64) -> bool {
    a == b || (a - b).abs() <= 1e-14 * a.abs().max(b.abs())
}

#[test]
fn softmax_rows_is_chapter_2s_softmax_on_every_row() {
    for (seed, scale) in [(1, 1.0), (2, 30.0), (3, 800.0), (4, 1e6)] {
        let z = logits(200, scale, seed);
        let batched = softmax_rows(z.view());
        for (row, mine) in z.rows().into_iter().zip(batched.rows()) {
            let theirs = softmax(row);
            assert!(
                mine.iter().zip(&theirs).all(|(a, b)| close(*a, *b)),
                "{row}"
            );
        }
    }
}

#[test]
fn batched_cross_entropy_is_the_mean_of_chapter_2s() {
    for (seed, scale) in [(5, 1.0), (6, 50.0), (7, 900.0)] {
        let z = logits(100, scale, seed);
        let mut t = Array2::zeros((100, 10));
        for i in 0..100 {
            t[[i, (i * 3) % 10]] = 1.0;
        }
        let mean: f64 = z
            .rows()
            .into_iter()
            .zip(t.rows())
            .map(|(z, t)| cross_entropy_from_logits(z, t))
            .sum::<f64>()
            / 100.0;
        let batched = batch_cross_entropy(z.view(), t.view());
        assert!(
            (batched - mean).abs() <= 1e-12 * mean.abs(),
            "{batched} vs {mean}"
        );
    }
}

#[test]
fn log_sum_exp_agrees_even_at_infinities() {
    let z = logits(100, 700.0, 8);
    for (row, lse) in z.rows().into_iter().zip(log_sum_exp_rows(z.view())) {
        assert!(close(lse, log_sum_exp(row)));
    }
    let special = Array2::from_shape_vec(
        (2, 2),
        vec![f64::NEG_INFINITY, f64::NEG_INFINITY, 1.0, f64::INFINITY],
    )
    .unwrap();
    let mine = log_sum_exp_rows(special.view());
    let theirs: Array1<f64> = special.rows().into_iter().map(log_sum_exp).collect();
    assert_eq!(mine, theirs);
}
