// One training run with Adam, the one scripts/train_numpy.py repeats in
// numpy from the same starting weights and shuffles: chapter 3's network
// (64 hidden ReLUs, He's weights) on the centred training digits, seed 1,
// Adam at η = 0.01, the rate the race on the digits chose for it.

use training_that_works::centring::{centred, mean_image};
use training_that_works::load_bundled;
use training_that_works::optimiser::Adam;
use training_that_works::split::three_way_split;
use training_that_works::training::{TrainingConfig, train};

/// The learning rate `optimisers_on_the_digits` chose for Adam.
const LEARNING_RATE: f64 = 0.01;

fn main() {
    let split = three_way_split(&load_bundled());
    let mean = mean_image(&split.train);
    let (train_digits, validation) = (
        centred(&split.train, &mean),
        centred(&split.validation, &mean),
    );
    let config = TrainingConfig::book();
    let mut adam = Adam::new(LEARNING_RATE);
    let (_, reports) = train(&config, &mut adam, &train_digits, &validation);
    println!(
        "Adam, η = {LEARNING_RATE}, seed {}, {} epochs, batches of {}",
        config.seed, config.epochs, config.batch_size
    );
    println!("epoch  train loss  validation loss  validation accuracy");
    for (epoch, r) in (1..).zip(&reports) {
        println!(
            "{epoch:<5}  {:<10.6}  {:<15.6}  {:.4}",
            r.train_loss, r.validation_loss, r.validation_accuracy
        );
    }
}
