//! Activation functions mapped over arrays of 10, 1 000 and 1 000 000 values.
//! `scripts/compare_numpy.py` times the post's numpy code on the same sizes.

use std::hint::black_box;

use activation_and_loss::activation::{relu, sigmoid, softmax};
use criterion::{BenchmarkId, Criterion, criterion_group, criterion_main};
use ndarray::Array1;

const SIZES: [usize; 3] = [10, 1_000, 1_000_000];

/// Evenly spread values in [-5, 5]: both branches of every function get used.
fn inputs(n: usize) -> Array1<f64> {
    Array1::linspace(-5.0, 5.0, n)
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
    }
    group.finish();
}

criterion_group!(benches, activations);
criterion_main!(benches);
