// The network `examples/train.rs` keeps, on the test digits it measured
// once: the confusion matrix, each digit's recall, then each mistake with
// its probabilities.

// ANCHOR: main
use reading_digits::confidence_interval::wilson_interval;
use reading_digits::dataset::CLASSES;
use reading_digits::early_stopping::train_with_early_stopping;
use reading_digits::evaluation::{confusion_matrix, predictions};
use reading_digits::split::three_way_split;
use reading_digits::{TrainingConfig, load_bundled, mistakes};

fn main() {
    let split = three_way_split(&load_bundled());
    let test = &split.test;
    let network = train_with_early_stopping(
        &TrainingConfig::book(),
        &split.train,
        &split.validation,
    )
    .network;

    println!("rows: the right digit; columns: the network's answer");
    print!("    ");
    (0..CLASSES).for_each(|d| print!("{d:4}"));
    println!();
    let confusion = confusion_matrix(&network, test);
    for (digit, row) in confusion.rows().into_iter().enumerate() {
        print!("{digit:4}");
        row.iter().for_each(|n| print!("{n:4}"));
        println!();
    }
    // Recall: of the test digits that are d, the fraction read as d.
    print!("\nrecall ");
    for (digit, row) in confusion.rows().into_iter().enumerate() {
        print!(" {}:{:.2}", digit, row[digit] as f64 / row.sum() as f64);
    }
    println!();

    // How far to trust a confident answer: split the answers at 0.99.
    let probabilities = network.probabilities(test.images());
    let answers = predictions(&probabilities);
    let (mut sure, mut sure_right, mut unsure, mut unsure_right) = (0, 0, 0, 0);
    for ((row, &answer), &label) in probabilities
        .rows()
        .into_iter()
        .zip(&answers)
        .zip(test.labels())
    {
        if row[answer] >= 0.99 {
            sure += 1;
            sure_right += usize::from(answer == label);
        } else {
            unsure += 1;
            unsure_right += usize::from(answer == label);
        }
    }
    let (low, high) = wilson_interval(sure_right, sure);
    println!(
        "answers given with probability 0.99 or more: {sure}, right: {sure_right} \
         (95 % interval {low:.4} to {high:.4})"
    );
    println!(
        "answers given with less:                     {unsure}, right: {unsure_right}"
    );

    let wrong = mistakes(&network, test);
    println!(
        "\n{} of {} test digits read wrong:",
        wrong.len(),
        test.len()
    );
    println!("test digit  is  read as  probabilities of 0-9");
    for m in &wrong {
        let p: Vec<String> =
            m.probabilities.iter().map(|p| format!("{p:.3}")).collect();
        println!(
            "{:10}  {:2}  {:7}  {}",
            m.index,
            m.label,
            m.answer,
            p.join(" ")
        );
    }
}
// ANCHOR_END: main
