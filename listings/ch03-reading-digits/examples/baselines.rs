// The chapter's network beside two simpler readers, each with its setting
// chosen on the validation digits, and all three measured once on the test
// digits.

// ANCHOR: main
use reading_digits::baselines::{
    nearest_neighbour_accuracy, nearest_neighbours, train_softmax_regression,
};
use reading_digits::centring::{centred, mean_image};
use reading_digits::confidence_interval::wilson_interval;
use reading_digits::early_stopping::train_with_early_stopping;
use reading_digits::evaluation::predictions;
use reading_digits::loss::mean_cross_entropy_from_logits;
use reading_digits::mcnemar::mcnemar_p;
use reading_digits::split::three_way_split;
use reading_digits::{TrainingConfig, load_bundled, one_hot_rows};

const RATES: [f64; 6] = [0.25, 0.5, 1.0, 2.0, 4.0, 8.0];

fn main() {
    let split = three_way_split(&load_bundled());
    let book = TrainingConfig::book();
    let validation_targets = one_hot_rows(split.validation.labels());
    // Softmax regression gets what the network gets: centred pixels.
    let mean = mean_image(&split.train);
    let [train, validation, test] =
        [&split.train, &split.validation, &split.test]
            .map(|d| centred(d, &mean));

    // Softmax regression: the learning rate with the lowest validation
    // loss after the book's 40 epochs.
    println!("softmax regression, validation loss by learning rate (seed 1)");
    let mut best: Option<(f64, f64)> = None;
    for learning_rate in RATES {
        let model = train_softmax_regression(
            &TrainingConfig {
                learning_rate,
                ..book
            },
            &train,
        );
        let loss = mean_cross_entropy_from_logits(
            &model.logits(validation.images()),
            &validation_targets,
        );
        println!("  η = {learning_rate:<4}  {loss:.4}");
        if best.is_none_or(|(_, lowest)| loss < lowest) {
            best = Some((learning_rate, loss));
        }
    }
    let (rate, _) = best.expect("RATES is not empty");
    let regression = train_softmax_regression(
        &TrainingConfig {
            learning_rate: rate,
            ..book
        },
        &train,
    );

    // Nearest neighbours: the smallest k among the best on validation.
    println!("nearest neighbours, validation accuracy by k");
    let mut k_best = (0, -1.0);
    for k in [1, 3, 5] {
        let accuracy =
            nearest_neighbour_accuracy(&split.train, &split.validation, k);
        println!("  k = {k}  {accuracy:.4}");
        if accuracy > k_best.1 {
            k_best = (k, accuracy);
        }
    }
    let k = k_best.0;

    let network =
        train_with_early_stopping(&book, &split.train, &split.validation)
            .network;

    // The test digits, once for each reader: which ones each reads right.
    let labels = split.test.labels();
    let right_answers = |answers: Vec<usize>| -> Vec<bool> {
        answers.iter().zip(labels).map(|(a, l)| a == l).collect()
    };
    let readers = [
        (
            format!("softmax regression, η = {rate}"),
            right_answers(predictions(&regression.logits(test.images()))),
            64 * 10,
        ),
        (
            format!("{k}-nearest neighbour"),
            right_answers(
                (0..split.test.len())
                    .map(|i| {
                        nearest_neighbours(&split.train, split.test.image(i), k)
                    })
                    .collect(),
            ),
            split.train.len() * 64,
        ),
        (
            "the network, 64 ReLU".to_owned(),
            right_answers(predictions(&network.logits(split.test.images()))),
            64 * 64 + 64 * 10,
        ),
    ];
    let n = split.test.len();
    println!(
        "\n{:30}  test accuracy  95 % interval     multiplications per digit",
        ""
    );
    for (name, right, multiplications) in &readers {
        let right = right.iter().filter(|&&r| r).count();
        let accuracy = right as f64 / n as f64;
        let (low, high) = wilson_interval(right, n);
        println!(
            "{name:30}  {accuracy:.4} ({right:3})  {low:.4} to {high:.4}  {multiplications:6}"
        );
    }

    // Same digits, so compare where they disagree (McNemar's test).
    println!("\npairs: digits only the first reads right, only the second, p");
    for (a, b) in [(0, 1), (0, 2), (1, 2)] {
        let (first, second) = (&readers[a], &readers[b]);
        let only = |x: &[bool], y: &[bool]| {
            x.iter().zip(y).filter(|(p, q)| **p && !**q).count()
        };
        let (b_count, c_count) =
            (only(&first.1, &second.1), only(&second.1, &first.1));
        println!(
            "  {} / {}: {b_count}, {c_count}, p = {:.3}",
            first.0,
            second.0,
            mcnemar_p(b_count, c_count)
        );
    }
}
// ANCHOR_END: main
