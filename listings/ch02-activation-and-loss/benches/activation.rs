//! Activation functions over arrays of 10, 1,000 and 1,000,000 values, and
//! softmax over batches of 32 and 1,442 rows of 10 scores (chapter 3's
//! batch and its whole training set). `scripts/compare_numpy.py` times
//! numpy doing the same work on the same inputs.
//!
//! The `fast_` benchmarks run [`activation_and_loss::fast::Fast`] once for
//! every instruction set this CPU supports, named by the set.

use std::hint::black_box;

use activation_and_loss::activation::{relu, sigmoid, softmax, softmax_rows};
use activation_and_loss::fast::Fast;
use activation_and_loss::ndarray::{Array1, Array2};
use criterion::{BenchmarkId, Criterion, criterion_group, criterion_main};

const SIZES: [usize; 3] = [10, 1_000, 1_000_000];
const BATCHES: [usize; 2] = [32, 1_442];

/// Evenly spread values in [-5, 5]: both branches of every function get used.
fn inputs(n: usize) -> Array1<f64> {
    Array1::linspace(-5.0, 5.0, n)
}

/// `rows` rows of 10 scores in [-5, 5], no two rows alike.
fn scores(rows: usize) -> Array2<f64> {
    Array2::from_shape_fn((rows, 10), |(i, j)| {
        ((i * 10 + j) as f64 * 0.7).sin() * 5.0
    })
}

/// "fast_sigmoid_avx512" and the like.
fn fast_name(function: &str, fast: Fast) -> String {
    format!("fast_{function}_{:?}", fast.instruction_set()).to_lowercase()
}

fn activations(c: &mut Criterion) {
    let mut group = c.benchmark_group("activation");
    for n in SIZES {
        let x = inputs(n);
        group.bench_with_input(BenchmarkId::new("sigmoid", n), &x, |b, x| {
            b.iter(|| black_box(x).mapv(sigmoid))
        });
        group.bench_with_input(BenchmarkId::new("relu", n), &x, |b, x| {
            b.iter(|| black_box(x).mapv(relu))
        });
        group.bench_with_input(BenchmarkId::new("softmax", n), &x, |b, x| {
            b.iter(|| softmax(black_box(x).view()))
        });
        for fast in Fast::supported() {
            group.bench_with_input(
                BenchmarkId::new(fast_name("sigmoid", fast), n),
                &x,
                |b, x| b.iter(|| fast.sigmoid(black_box(x).view())),
            );
            group.bench_with_input(
                BenchmarkId::new(fast_name("softmax", fast), n),
                &x,
                |b, x| b.iter(|| fast.softmax(black_box(x).view())),
            );
        }
    }
    group.finish();

    let mut group = c.benchmark_group("rows");
    for rows in BATCHES {
        let a = scores(rows);
        group.bench_with_input(
            BenchmarkId::new("softmax_rows", rows),
            &a,
            |b, a| b.iter(|| softmax_rows(black_box(a).view())),
        );
        for fast in Fast::supported() {
            group.bench_with_input(
                BenchmarkId::new(fast_name("softmax_rows", fast), rows),
                &a,
                |b, a| b.iter(|| fast.softmax_rows(black_box(a).view())),
            );
        }
    }
    group.finish();
}

criterion_group! {
    name = benches;
    // Shorter than criterion's default: dozens of benchmarks, and on an
    // idle machine three seconds of samples are plenty for a median.
    config = Criterion::default()
        .warm_up_time(std::time::Duration::from_secs(1))
        .measurement_time(std::time::Duration::from_secs(3));
    targets = activations
}
criterion_main!(benches);
