// The book's network trained for 150 epochs instead of 40: what the
// validation loss does long after the training digits are all read right.

// ANCHOR: main
use reading_digits::early_stopping::best_epoch;
use reading_digits::split::three_way_split;
use reading_digits::{TrainingConfig, load_bundled, train};

fn main() {
    let split = three_way_split(&load_bundled());
    let config = TrainingConfig {
        epochs: 150,
        ..TrainingConfig::book()
    };
    let (_, reports) = train(&config, &split.train, &split.validation);
    println!("epoch  training loss  validation loss  validation accuracy");
    for r in reports.iter().filter(|r| r.epoch % 10 == 0) {
        println!(
            "{:5}  {:13.5}  {:15.4}  {:19.4}",
            r.epoch, r.train_loss, r.validation_loss, r.validation_accuracy
        );
    }
    let best = best_epoch(&reports);
    println!(
        "lowest validation loss: {:.4}, after epoch {}",
        best.validation_loss, best.epoch
    );
}
// ANCHOR_END: main
