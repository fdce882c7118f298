// The same network, the same seed and the same learning rate, trained once
// on cross-entropy and once on squared error.

// ANCHOR: main
use reading_digits::comparison::compare;
use reading_digits::loss::Loss;
use reading_digits::training::TrainingConfig;

fn main() {
    let book = TrainingConfig::book();
    let runs = compare(&[
        book,
        TrainingConfig {
            loss: Loss::SquaredError,
            ..book
        },
    ]);
    println!("test accuracy by epoch");
    println!("epoch  cross-entropy  squared error");
    for (ce, se) in runs[0].1.iter().zip(&runs[1].1) {
        println!(
            "{:5}  {:13.4}  {:13.4}",
            ce.epoch, ce.test_accuracy, se.test_accuracy
        );
    }
}
// ANCHOR_END: main
