//! The chapter's claims about training, held in place.

use reading_digits::activation::Activation;
use reading_digits::dead_neurons;
use reading_digits::early_stopping::train_with_early_stopping;
use reading_digits::load_bundled;
use reading_digits::loss::{cross_entropy_gradient, squared_error_gradient};
use reading_digits::one_hot_rows;
use reading_digits::random::seeded;
use reading_digits::split::{TEST_EVERY, three_way_split, train_test_split};
use reading_digits::training::{TrainingConfig, measure, train};

#[test]
fn the_book_network_kept_at_its_best_epoch_reads_over_96_percent_of_the_test_digits()
 {
    let split = three_way_split(&load_bundled());
    let stopped = train_with_early_stopping(
        &TrainingConfig::book(),
        &split.train,
        &split.validation,
    );
    let test = measure(&stopped.network, &split.test).accuracy;
    assert!(test >= 0.96, "{test}");
    assert_eq!(stopped.epoch, 38);
    assert_eq!(stopped.reports[stopped.epoch - 1].train_accuracy, 1.0);
}

#[test]
fn the_same_settings_give_the_same_network_to_the_last_bit() {
    let split = three_way_split(&load_bundled());
    let config = TrainingConfig {
        epochs: 3,
        ..TrainingConfig::book()
    };
    assert_eq!(
        train(&config, &split.train, &split.validation),
        train(&config, &split.train, &split.validation)
    );
}

#[test]
fn a_learning_rate_of_10_kills_nearly_every_relu() {
    let split = three_way_split(&load_bundled());
    let config = TrainingConfig {
        learning_rate: 10.0,
        epochs: 3,
        centre_inputs: false,
        ..TrainingConfig::book()
    };
    let (network, reports) = train(&config, &split.train, &split.validation);
    assert!(dead_neurons(&network, &split.train) >= 60);
    // A uniform guess over ten digits has a loss of ln 10.
    assert!((reports[2].validation_loss - 10f64.ln()).abs() < 0.2);
    assert!(reports[2].validation_accuracy < 0.15);
    assert_eq!(network.activation(), Activation::Relu);
}

#[test]
fn two_relus_are_dead_before_the_first_step() {
    let book = TrainingConfig::book();
    let untrained = book.initial_network(&mut seeded(book.seed));
    assert_eq!(
        dead_neurons(&untrained, &three_way_split(&load_bundled()).train),
        2
    );
}

#[test]
fn at_the_start_squared_errors_gradient_is_about_a_tenth_of_cross_entropys() {
    // Untrained, the network gives every digit a probability near 1/10,
    // and squared error's gradient through the softmax carries a factor
    // y_j ≈ 0.1 that cross-entropy's y − t does not.
    let (train_set, _) = train_test_split(&load_bundled(), TEST_EVERY);
    let book = TrainingConfig::book();
    let untrained = book.initial_network(&mut seeded(book.seed));
    let logits = untrained.logits(train_set.images());
    let targets = one_hot_rows(train_set.labels());
    let largest = untrained
        .probabilities(train_set.images())
        .fold(0.0_f64, |m, &p| m.max(p));
    assert!(largest < 0.5, "an untrained network is unsure: {largest}");
    let norm = |g: ndarray::Array2<f64>| g.mapv(|v| v * v).sum().sqrt();
    let ratio = norm(squared_error_gradient(logits.view(), targets.view()))
        / norm(cross_entropy_gradient(logits.view(), targets.view()));
    assert!((0.07..0.15).contains(&ratio), "{ratio}");
}

#[test]
fn weights_from_pixels_blank_in_every_training_digit_keep_their_random_start() {
    // The gradient of a first-layer weight is its pixel times the
    // neuron's error, summed over the batch: 0 if the pixel is always 0.
    let split = three_way_split(&load_bundled());
    let images = split.train.images();
    let blank: Vec<usize> = (0..64)
        .filter(|&p| images.column(p).iter().all(|&v| v == 0.0))
        .collect();
    assert_eq!(blank, [0, 32, 39]);
    let book = TrainingConfig::book();
    let start = book.initial_network(&mut seeded(book.seed));
    let trained =
        train_with_early_stopping(&book, &split.train, &split.validation)
            .network;
    for p in blank {
        assert_eq!(trained.w1().row(p), start.w1().row(p), "pixel {p}");
    }
}
