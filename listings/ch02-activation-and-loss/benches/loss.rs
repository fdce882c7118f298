//! The cross-entropy error over 10, 1,000 and 1,000,000 classes, with a
//! one-hot target (the usual case: one logarithm is enough) and a dense
//! one (every term needs its logarithm).

use std::hint::black_box;

use activation_and_loss::activation::softmax;
use activation_and_loss::fast::Fast;
use activation_and_loss::loss::cross_entropy_error;
use activation_and_loss::ndarray::Array1;
use criterion::{BenchmarkId, Criterion, criterion_group, criterion_main};

const SIZES: [usize; 3] = [10, 1_000, 1_000_000];

/// A softmax output and a one-hot and a uniform target of length `n`.
fn prediction_and_targets(n: usize) -> (Array1<f64>, Array1<f64>, Array1<f64>) {
    let y = softmax(Array1::linspace(-5.0, 5.0, n).view());
    let mut one_hot = Array1::zeros(n);
    one_hot[n / 2] = 1.0;
    (y, one_hot, Array1::from_elem(n, 1.0 / n as f64))
}

fn cross_entropy(c: &mut Criterion) {
    let mut group = c.benchmark_group("loss");
    for n in SIZES {
        let (y, one_hot, dense) = prediction_and_targets(n);
        for (target, t) in [("", &one_hot), ("_dense", &dense)] {
            let name = format!("cross_entropy_error{target}");
            group.bench_with_input(BenchmarkId::new(&name, n), t, |b, t| {
                b.iter(|| {
                    cross_entropy_error(
                        black_box(&y).view(),
                        black_box(t).view(),
                    )
                })
            });
            for fast in Fast::supported() {
                let set =
                    format!("{:?}", fast.instruction_set()).to_lowercase();
                group.bench_with_input(
                    BenchmarkId::new(format!("fast_{name}_{set}"), n),
                    t,
                    |b, t| {
                        b.iter(|| {
                            fast.cross_entropy_error(
                                black_box(&y).view(),
                                black_box(t).view(),
                            )
                        })
                    },
                );
            }
        }
    }
    group.finish();
}

criterion_group! {
    name = benches;
    config = Criterion::default()
        .warm_up_time(std::time::Duration::from_secs(1))
        .measurement_time(std::time::Duration::from_secs(3));
    targets = cross_entropy
}
criterion_main!(benches);
