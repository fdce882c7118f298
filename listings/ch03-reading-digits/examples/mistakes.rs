// The network `examples/train.rs` keeps, on the test digits it measured
// once: the confusion matrix, each digit's recall, then each mistake with
// its probabilities.

// ANCHOR: main
use reading_digits::dataset::CLASSES;
use reading_digits::early_stopping::train_with_early_stopping;
use reading_digits::evaluation::confusion_matrix;
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
