// The book's network trained with a learning rate ten times smaller and ten
// times larger than its own.

// ANCHOR: main
use reading_digits::comparison::compare;
use reading_digits::dead_neurons;
use reading_digits::load_bundled;
use reading_digits::random::seeded;
use reading_digits::training::TrainingConfig;

fn main() {
    let book = TrainingConfig::book();
    let rates = [0.05, book.learning_rate, 5.0];
    let configs = rates.map(|learning_rate| TrainingConfig {
        learning_rate,
        ..book
    });
    let runs = compare(&configs);
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
    let digits = load_bundled();
    // Every run starts from this network (the same seed), before any step.
    let untrained = book.initial_network(&mut seeded(book.seed));
    println!(
        "before training: {} of {} hidden neurons dead",
        dead_neurons(&untrained, &digits),
        book.hidden
    );
    for (rate, (network, reports)) in rates.iter().zip(&runs) {
        if let Some(last) = reports.last() {
            println!(
                "η = {rate}: test accuracy {:.4}, {} of {} hidden neurons dead",
                last.test_accuracy,
                dead_neurons(network, &digits),
                book.hidden
            );
        }
    }
}
// ANCHOR_END: main
