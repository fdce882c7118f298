//! The cross-entropy error over batches of 10, 1 000 and 1 000 000 values.

use std::hint::black_box;

use activation_and_loss::activation::softmax;
use activation_and_loss::fast;
use activation_and_loss::loss::cross_entropy_error;
use criterion::{BenchmarkId, Criterion, criterion_group, criterion_main};
use ndarray::Array1;

const SIZES: [usize; 3] = [10, 1_000, 1_000_000];

/// A softmax output and a one-hot target of length `n`.
fn prediction_and_target(n: usize) -> (Array1<f64>, Array1<f64>) {
    let y = softmax(Array1::linspace(-5.0, 5.0, n).view());
    let mut t = Array1::zeros(n);
    t[n / 2] = 1.0;
    (y, t)
}

fn cross_entropy(c: &mut Criterion) {
    let mut group = c.benchmark_group("loss");
    for n in SIZES {
        let (y, t) = prediction_and_target(n);
        group.bench_with_input(
            BenchmarkId::new("cross_entropy_error", n),
            &(y.clone(), t.clone()),
            |b, (y, t)| {
                b.iter(|| {
                    cross_entropy_error(
                        black_box(y).view(),
                        black_box(t).view(),
                    )
                })
            },
        );
        group.bench_with_input(
            BenchmarkId::new("fast_cross_entropy_error", n),
            &(y.clone(), t.clone()),
            |b, (y, t)| {
                b.iter(|| {
                    fast::cross_entropy_error(
                        black_box(y).view(),
                        black_box(t).view(),
                    )
                })
            },
        );
    }
    group.finish();
}

criterion_group!(benches, cross_entropy);
criterion_main!(benches);
