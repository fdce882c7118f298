// The book's network on raw pixels, trained with the learning rate chosen
// for it, 1, and with rates ten times smaller and ten times larger.

// ANCHOR: main
use reading_digits::dead_neurons;
use reading_digits::random::seeded;
use reading_digits::split::three_way_split;
use reading_digits::training::TrainingConfig;
use reading_digits::{load_bundled, train};

fn main() {
    let split = three_way_split(&load_bundled());
    let book = TrainingConfig {
        centre_inputs: false,
        ..TrainingConfig::book()
    };
    let rates = [0.1, 1.0, 10.0];
    let runs = rates.map(|learning_rate| {
        train(
            &TrainingConfig {
                learning_rate,
                ..book
            },
            &split.train,
            &split.validation,
        )
    });
    println!("training loss by epoch");
    println!(
        "epoch  η = {:<6} η = {:<6} η = {:<6}",
        rates[0], rates[1], rates[2]
    );
    for epoch in 0..book.epochs {
        let [slow, good, fast] =
            [0, 1, 2].map(|run| runs[run].1[epoch].train_loss);
        println!("{:5}  {slow:10.4} {good:10.4} {fast:10.4}", epoch + 1);
    }
    // Every run starts from this network (the same seed), before any step.
    let untrained = book.initial_network(&mut seeded(book.seed));
    println!(
        "before training: {} of {} hidden neurons dead",
        dead_neurons(&untrained, &split.train),
        book.hidden
    );
    for (rate, (network, reports)) in rates.iter().zip(&runs) {
        if let Some(last) = reports.last() {
            println!(
                "η = {rate}: validation accuracy {:.4}, {} of {} hidden neurons dead",
                last.validation_accuracy,
                dead_neurons(network, &split.train),
                book.hidden
            );
        }
    }
}
// ANCHOR_END: main
