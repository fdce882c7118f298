//! Activation functions mapped over arrays of 10, 1 000 and 1 000 000 values.
//! `scripts/compare_numpy.py` times the post's numpy code on the same sizes.
//! The `fast_` ones are [`activation_and_loss::fast`]; `stream` is the
//! memory-bandwidth floor they are measured against.

use std::hint::black_box;

use activation_and_loss::activation::{relu, sigmoid, softmax};
use activation_and_loss::fast;
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
        group.bench_with_input(
            BenchmarkId::new("fast_sigmoid", n),
            &x,
            |b, x| b.iter(|| fast::sigmoid(black_box(x).view())),
        );
        group.bench_with_input(
            BenchmarkId::new("fast_softmax", n),
            &x,
            |b, x| b.iter(|| fast::softmax(black_box(x).view())),
        );
        // The floor for any function that reads one array and writes
        // another: one multiplication per value, bound by memory.
        group.bench_with_input(BenchmarkId::new("stream", n), &x, |b, x| {
            b.iter(|| black_box(x).mapv(|v| v * 0.5))
        });
    }
    group.finish();
}

criterion_group!(benches, activations);
criterion_main!(benches);
