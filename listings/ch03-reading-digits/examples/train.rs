// Trains the chapter's network on 1 442 digits and checks it on the other
// 355 after every epoch.

// ANCHOR: main
use reading_digits::load_bundled;
use reading_digits::split::{TEST_EVERY, train_test_split};
use reading_digits::training::{TrainingConfig, train};

fn main() {
    let digits = load_bundled();
    let (training, test) = train_test_split(&digits, TEST_EVERY);
    let config = TrainingConfig::book();
    let (_, reports) = train(&config, &training, &test);
    println!("        loss              accuracy");
    println!("epoch   training  test      training  test");
    for r in &reports {
        println!(
            "{:5}   {:.4}    {:.4}    {:.4}    {:.4}",
            r.epoch,
            r.train_loss,
            r.test_loss,
            r.train_accuracy,
            r.test_accuracy
        );
    }
    if let Some(last) = reports.last() {
        println!("test accuracy: {:.4}", last.test_accuracy);
    }
}
// ANCHOR_END: main
