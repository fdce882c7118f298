// The first epoch of the Adam run that the numpy twin
// (scripts/train_numpy.py) repeats: 1,157 centred training digits, chapter
// 3's network from its starting weights, Adam at η = 0.01, through the
// crate's public API. Every timed call starts afresh (the network, Adam and
// the generator are built outside the timing), so each times the run's
// first epoch, not an epoch of a network trained for thousands of them.
// scripts/compare_numpy.py sets this time beside numpy's.

use criterion::{BatchSize, Criterion, criterion_group, criterion_main};
use rand_pcg::Pcg64;
use training_that_works::centring::{centred, mean_image};
use training_that_works::load_bundled;
use training_that_works::network::Network;
use training_that_works::optimiser::Adam;
use training_that_works::random::seeded;
use training_that_works::split::three_way_split;
use training_that_works::training::{TrainingConfig, train_one_epoch};

/// The network, Adam and generator as `train` has them when its first
/// epoch starts.
fn fresh_start(config: &TrainingConfig) -> (Network, Adam, Pcg64) {
    let mut rng = seeded(config.seed);
    let network = Network::fully_connected(
        &[64, 64, 10],
        config.activation,
        config.initialisation,
        &mut rng,
    );
    (network, Adam::new(0.01), rng)
}

fn first_epoch(c: &mut Criterion) {
    let split = three_way_split(&load_bundled());
    let train = centred(&split.train, &mean_image(&split.train));
    let config = TrainingConfig::book();
    c.bench_function("first epoch", |b| {
        b.iter_batched(
            || fresh_start(&config),
            |(mut network, mut adam, mut rng)| {
                train_one_epoch(
                    &mut network,
                    &mut adam,
                    &train,
                    config.batch_size,
                    &mut rng,
                )
            },
            BatchSize::SmallInput,
        )
    });
}

criterion_group! {
    name = benches;
    // compare_numpy.py takes as many samples on the numpy side.
    config = Criterion::default().sample_size(100);
    targets = first_epoch
}
criterion_main!(benches);
