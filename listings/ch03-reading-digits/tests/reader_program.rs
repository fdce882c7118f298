//! What a reader's own program does with the crate: load the digits, train
//! with settings of its own, read a digit drawn by hand, save the network
//! and load it back. And what bad input gets.

use reading_digits::dataset::Digits;
use reading_digits::ndarray::{Array2, s};
use reading_digits::split::{TEST_EVERY, train_test_split};
use reading_digits::{
    Activation, Network, TrainingConfig, image_from_grid, load_bundled, train,
};

/// A one drawn by hand: a stroke down the middle, 8 pixels wide at most.
const HAND_DRAWN_ONE: [[u8; 8]; 8] = [
    [0, 0, 0, 8, 16, 4, 0, 0],
    [0, 0, 4, 16, 16, 4, 0, 0],
    [0, 0, 0, 12, 16, 4, 0, 0],
    [0, 0, 0, 12, 16, 4, 0, 0],
    [0, 0, 0, 12, 16, 4, 0, 0],
    [0, 0, 0, 12, 16, 4, 0, 0],
    [0, 0, 0, 12, 16, 4, 0, 0],
    [0, 0, 4, 16, 16, 12, 0, 0],
];

#[test]
fn a_readers_program_trains_reads_saves_and_loads() {
    let (training, test) = train_test_split(&load_bundled(), TEST_EVERY);
    let config = TrainingConfig {
        hidden: 32,
        activation: Activation::Tanh,
        learning_rate: 0.2,
        epochs: 10,
        seed: 42,
        ..TrainingConfig::book()
    };
    let (network, reports) = train(&config, &training, &test);
    assert!(reports[9].validation_accuracy > 0.9, "{:?}", reports[9]);

    let read = network.classify(&image_from_grid(&HAND_DRAWN_ONE));
    assert_eq!(read.digit, Some(1), "{:?}", read.probabilities);

    let path = std::env::temp_dir()
        .join(format!("reading-digits-test-{}.txt", std::process::id()));
    network.save(&path).expect("save");
    let loaded = Network::load(&path).expect("load");
    std::fs::remove_file(&path).expect("clean up");
    assert_eq!(loaded, network);
    assert_eq!(
        loaded.probabilities(test.images()),
        network.probabilities(test.images())
    );
}

#[test]
fn the_network_reads_any_two_dimensional_array_or_view() {
    let digits = load_bundled();
    let network = Network::new(
        64,
        8,
        10,
        Activation::Relu,
        &mut reading_digits::seeded(1),
    );
    let owned: Array2<f64> = digits.images().slice(s![..4, ..]).to_owned();
    let from_owned = network.logits(&owned);
    assert_eq!(network.logits(owned.view()), from_owned);
    assert_eq!(
        network.logits(digits.images().slice(s![..4, ..])),
        from_owned
    );
}

#[test]
#[should_panic(
    expected = "learning rate must be a finite number above 0, not 0"
)]
fn a_learning_rate_of_zero_is_refused() {
    let (training, test) = train_test_split(&load_bundled(), TEST_EVERY);
    let config = TrainingConfig {
        learning_rate: 0.0,
        ..TrainingConfig::book()
    };
    train(&config, &training, &test);
}

#[test]
#[should_panic(
    expected = "learning rate must be a finite number above 0, not -0.5"
)]
fn a_negative_learning_rate_is_refused() {
    let (training, test) = train_test_split(&load_bundled(), TEST_EVERY);
    let config = TrainingConfig {
        learning_rate: -0.5,
        ..TrainingConfig::book()
    };
    train(&config, &training, &test);
}

#[test]
#[should_panic(
    expected = "learning rate must be a finite number above 0, not NaN"
)]
fn a_nan_learning_rate_is_refused() {
    let (training, test) = train_test_split(&load_bundled(), TEST_EVERY);
    let config = TrainingConfig {
        learning_rate: f64::NAN,
        ..TrainingConfig::book()
    };
    train(&config, &training, &test);
}

#[test]
#[should_panic(expected = "the validation set is empty")]
fn an_empty_validation_set_is_named() {
    let digits = load_bundled();
    let none = digits.select(&[]);
    train(&TrainingConfig::book(), &digits, &none);
}

#[test]
#[should_panic(expected = "image 0, pixel 3 is NaN")]
fn a_nan_pixel_is_refused() {
    let mut images = Array2::zeros((1, 64));
    images[[0, 3]] = f64::NAN;
    Digits::new(images, vec![0]);
}

#[test]
#[should_panic(
    expected = "digit 5000 asked for, but there are 1797 (0 to 1796)"
)]
fn an_index_past_the_end_is_named() {
    load_bundled().image(5000);
}

#[test]
fn a_nan_pixel_in_a_readers_image_gives_no_digit() {
    let network = Network::new(
        64,
        8,
        10,
        Activation::Relu,
        &mut reading_digits::seeded(1),
    );
    let mut image = image_from_grid(&HAND_DRAWN_ONE);
    image[10] = f64::NAN;
    let read = network.classify(&image);
    assert_eq!(read.digit, None);
    assert!(read.probabilities.iter().all(|p| p.is_nan()));
}

#[test]
#[should_panic(expected = "pixel value 17 is above the largest, 16")]
fn a_grid_value_above_16_is_refused() {
    let mut grid = HAND_DRAWN_ONE;
    grid[0][0] = 17;
    image_from_grid(&grid);
}

#[test]
#[should_panic(expected = "are these digits centred already?")]
fn centring_centred_digits_again_is_refused() {
    use reading_digits::centring::{centred, mean_image};
    let digits = load_bundled();
    let once = centred(&digits, &mean_image(&digits));
    centred(&once, &mean_image(&once));
}
