// The same network trained with ReLU, sigmoid and tanh hidden units.

// ANCHOR: main
use reading_digits::activation::Activation;
use reading_digits::comparison::compare;
use reading_digits::training::TrainingConfig;

fn main() {
    let book = TrainingConfig::book();
    let runs = compare(&[
        book,
        TrainingConfig {
            activation: Activation::Sigmoid,
            ..book
        },
        TrainingConfig {
            activation: Activation::Tanh,
            ..book
        },
    ]);
    println!("test accuracy by epoch");
    println!("epoch    ReLU  sigmoid    tanh");
    for epoch in 0..book.epochs {
        let [relu, sigmoid, tanh] =
            [0, 1, 2].map(|run| runs[run].1[epoch].test_accuracy);
        println!("{:5}  {relu:6.4}  {sigmoid:7.4}  {tanh:6.4}", epoch + 1);
    }
}
// ANCHOR_END: main
