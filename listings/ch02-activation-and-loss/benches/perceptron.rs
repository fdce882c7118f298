//! Training the perceptron on the AND gate, as in the chapter.

use std::hint::black_box;

use activation_and_loss::perceptron::Perceptron;
use criterion::{Criterion, criterion_group, criterion_main};
use ndarray::array;

fn and_gate_fit(c: &mut Criterion) {
    let inputs = array![[0.0, 0.0], [0.0, 1.0], [1.0, 0.0], [1.0, 1.0]];
    let targets = array![0.0, 0.0, 0.0, 1.0];
    let mut group = c.benchmark_group("perceptron");
    group.bench_function("and_gate_fit", |b| {
        b.iter(|| {
            let mut perceptron = Perceptron::new(2, 0.2, 10);
            perceptron.fit(black_box(inputs.view()), black_box(targets.view()));
            perceptron
        })
    });
    group.finish();
}

criterion_group!(benches, and_gate_fit);
criterion_main!(benches);
