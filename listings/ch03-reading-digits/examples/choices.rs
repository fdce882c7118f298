// Chapter 2's choices on real digits: each setting gets its own learning
// rate, chosen on the validation digits, and then runs from the same ten
// seeds as the others. The last setting is the book's network on centred
// pixels (the training digits' mean image subtracted from every set).

// ANCHOR: main
use reading_digits::comparison::{Runs, compare};
use reading_digits::seeds::{paired, spread};
use reading_digits::split::three_way_split;
use reading_digits::tuning::tune_learning_rate;
use reading_digits::{Activation, Loss, TrainingConfig, load_bundled};

const RATES: [f64; 6] = [0.25, 0.5, 1.0, 2.0, 4.0, 8.0];
// The learning rate is chosen on seeds of its own, so that the seeds the
// settings are then compared on played no part in choosing it.
const TUNING_SEEDS: [u64; 3] = [101, 102, 103];
const SEEDS: [u64; 20] = [
    1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20,
];

fn main() {
    let split = three_way_split(&load_bundled());
    // Every setting but the last learns from raw pixels.
    let book = TrainingConfig::book();
    let raw = TrainingConfig {
        centre_inputs: false,
        ..book
    };
    let settings = [
        ("ReLU, cross-entropy", raw),
        (
            "sigmoid, cross-entropy",
            TrainingConfig {
                activation: Activation::Sigmoid,
                ..raw
            },
        ),
        (
            "tanh, cross-entropy",
            TrainingConfig {
                activation: Activation::Tanh,
                ..raw
            },
        ),
        (
            "ReLU, squared error",
            TrainingConfig {
                loss: Loss::SquaredError,
                ..raw
            },
        ),
        ("ReLU, centred inputs", book),
    ];

    // The tables are Markdown tables, which the book shows as tables.
    println!(
        "lowest validation loss (cross-entropy), mean of seeds 101-103, by learning rate η\n"
    );
    print!("| {:22} |", "setting");
    RATES.iter().for_each(|r| print!(" η = {r:<4} |"));
    println!(" chosen η |");
    print!("|{:-<24}|", "");
    RATES.iter().for_each(|_| print!("{:->9}:|", ""));
    println!("{:->9}:|", "");
    let tuned: Vec<TrainingConfig> = settings
        .iter()
        .map(|(name, config)| {
            let tuned = tune_learning_rate(
                config,
                &RATES,
                &TUNING_SEEDS,
                &split.train,
                &split.validation,
            );
            print!("| {name:22} |");
            tuned
                .losses
                .iter()
                .for_each(|(_, loss)| print!(" {loss:>8.4} |"));
            println!(" {:>8} |", tuned.learning_rate);
            TrainingConfig {
                learning_rate: tuned.learning_rate,
                ..*config
            }
        })
        .collect();

    let runs = compare(&tuned, &SEEDS, &split.train, &split.validation);
    println!(
        "\nseeds 1-20, each at its own η: mean ± sample standard deviation\n"
    );
    println!(
        "| {:22} | {:>16} | {:>19} | {:>16} |",
        "setting", "lowest val. loss", "val. accuracy there", "after epoch 1"
    );
    println!("|{:-<24}|{:->17}:|{:->20}:|{:->17}:|", "", "", "", "");
    for ((name, _), r) in settings.iter().zip(&runs) {
        let [loss, accuracy, first] = [
            r.lowest_losses(),
            r.accuracies_at_best_epoch(),
            r.accuracies_after(1),
        ]
        .map(|v| spread(&v));
        println!(
            "| {name:22} | {:>7.4} ± {:.4} | {:>10.4} ± {:.4} | {:>7.4} ± {:.4} |",
            loss.mean,
            loss.sd,
            accuracy.mean,
            accuracy.sd,
            first.mean,
            first.sd
        );
    }

    println!(
        "\nseed by seed against ReLU with cross-entropy: in how many of 20 is each better"
    );
    for ((name, _), other) in settings.iter().zip(&runs).skip(1) {
        let base = &runs[0];
        // A lower loss is better, so the loss comparison is turned around.
        let loss = paired(&other.lowest_losses(), &base.lowest_losses());
        let accuracy = paired(
            &base.accuracies_at_best_epoch(),
            &other.accuracies_at_best_epoch(),
        );
        let first =
            paired(&base.accuracies_after(1), &other.accuracies_after(1));
        println!("{name}:");
        println!(
            "  lowest val. loss    ReLU, cross-entropy {:2}, {name} {:2}, ties {}",
            loss.first_higher, loss.second_higher, loss.ties
        );
        println!(
            "  val. accuracy there ReLU, cross-entropy {:2}, {name} {:2}, ties {}",
            accuracy.first_higher, accuracy.second_higher, accuracy.ties
        );
        println!(
            "  after epoch 1       ReLU, cross-entropy {:2}, {name} {:2}, ties {}",
            first.first_higher, first.second_higher, first.ties
        );
    }

    println!(
        "\nvalidation accuracy by epoch over seeds 1-20: mean, lowest, highest"
    );
    print!("epoch");
    settings.iter().for_each(|_| print!("   mean   low  high"));
    println!();
    let by_epoch: Vec<_> = runs.iter().map(Runs::accuracy_by_epoch).collect();
    for epoch in 0..book.epochs {
        print!("{:5}", epoch + 1);
        for spreads in &by_epoch {
            let s = spreads[epoch];
            print!(" {:.4} {:.3} {:.3}", s.mean, s.min, s.max);
        }
        println!();
    }
}
// ANCHOR_END: main
