// One epoch, and the whole 30-epoch run, of the training the numpy twin
// (scripts/train_numpy.py) repeats: 1 442 training digits, η = 0.5, 30
// epochs. scripts/compare_numpy.py sets these numbers beside the twin's.

use criterion::{Criterion, criterion_group, criterion_main};
use reading_digits::load_bundled;
use reading_digits::random::seeded;
use reading_digits::split::{TEST_EVERY, train_test_split};
use reading_digits::training::{TrainingConfig, train, train_one_epoch};

fn epoch(c: &mut Criterion) {
    let (training, test) = train_test_split(&load_bundled(), TEST_EVERY);
    let config = TrainingConfig {
        learning_rate: 0.5,
        epochs: 30,
        centre_inputs: false,
        ..TrainingConfig::book()
    };
    let mut rng = seeded(config.seed);
    let mut network = config.initial_network(&mut rng);
    c.bench_function("one epoch", |b| {
        b.iter(|| {
            train_one_epoch(
                &mut network,
                &training,
                config.loss,
                config.learning_rate,
                config.batch_size,
                &mut rng,
            )
        })
    });
    let mut group = c.benchmark_group("whole run");
    group.sample_size(10);
    group.bench_function("30 epochs", |b| {
        b.iter(|| train(&config, &training, &test))
    });
    group.finish();
}

criterion_group!(benches, epoch);
criterion_main!(benches);
