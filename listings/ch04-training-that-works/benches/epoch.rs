// One epoch of the Adam run that the numpy twin (scripts/train_numpy.py)
// repeats: 1,157 centred training digits, chapter 3's network, Adam at
// η = 0.01, through the crate's public API. scripts/compare_numpy.py sets
// this time beside the twin's.

use criterion::{Criterion, criterion_group, criterion_main};
use training_that_works::centring::{centred, mean_image};
use training_that_works::load_bundled;
use training_that_works::network::Network;
use training_that_works::optimiser::Adam;
use training_that_works::random::seeded;
use training_that_works::split::three_way_split;
use training_that_works::training::{TrainingConfig, train_one_epoch};

fn epoch(c: &mut Criterion) {
    let split = three_way_split(&load_bundled());
    let train = centred(&split.train, &mean_image(&split.train));
    let config = TrainingConfig::book();
    let mut rng = seeded(config.seed);
    let mut network = Network::fully_connected(
        &[64, 64, 10],
        config.activation,
        config.initialisation,
        &mut rng,
    );
    let mut adam = Adam::new(0.01);
    c.bench_function("one epoch", |b| {
        b.iter(|| {
            train_one_epoch(
                &mut network,
                &mut adam,
                &train,
                config.batch_size,
                &mut rng,
            )
        })
    });
}

criterion_group!(benches, epoch);
criterion_main!(benches);
