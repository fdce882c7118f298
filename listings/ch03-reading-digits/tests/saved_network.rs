//! `saved/network.txt` is the network `examples/train.rs` keeps: the one
//! the book's drawing pad runs and its figures draw.

use reading_digits::early_stopping::train_with_early_stopping;
use reading_digits::split::three_way_split;
use reading_digits::training::measure;
use reading_digits::{Network, TrainingConfig, load_bundled};

fn saved() -> Network {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/saved/network.txt");
    Network::load(path)
        .unwrap_or_else(|e| panic!("{e}: run `cargo run --example train`"))
}

#[test]
fn the_saved_network_is_the_one_training_keeps() {
    let split = three_way_split(&load_bundled());
    let trained = train_with_early_stopping(
        &TrainingConfig::book(),
        &split.train,
        &split.validation,
    )
    .network;
    let saved = saved();
    assert_eq!(saved.activation(), trained.activation());
    // The same bits on the machine that saved it; on a CPU whose matrix
    // kernels round differently (without FMA, say) the 40 epochs may drift
    // in the last digits, which is not a different network.
    assert_eq!(
        (saved.w1().dim(), saved.w2().dim()),
        (trained.w1().dim(), trained.w2().dim())
    );
    let (a, b) = (parameters(&saved), parameters(&trained));
    assert!(
        a.iter()
            .zip(&b)
            .all(|(x, y)| (x - y).abs() <= 1e-9 * (1.0 + y.abs()))
    );
}

/// Every weight and bias of `network`, in one list.
fn parameters(network: &Network) -> Vec<f64> {
    let mut all = Vec::new();
    all.extend(network.w1().iter());
    all.extend(network.b1().iter());
    all.extend(network.w2().iter());
    all.extend(network.b2().iter());
    all
}

#[test]
fn the_saved_network_reads_348_of_the_355_test_digits() {
    let split = three_way_split(&load_bundled());
    let test = measure(&saved(), &split.test);
    assert_eq!((test.accuracy * 355.0).round() as usize, 348);
}
