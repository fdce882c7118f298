// Trains the book's network and shows where it goes wrong on the test
// digits: the confusion matrix, then each mistake with its probabilities.

// ANCHOR: main
use reading_digits::dataset::CLASSES;
use reading_digits::evaluation::confusion_matrix;
use reading_digits::load_bundled;
use reading_digits::mistakes;
use reading_digits::split::{TEST_EVERY, train_test_split};
use reading_digits::training::{TrainingConfig, train};

fn main() {
    let digits = load_bundled();
    let (training, test) = train_test_split(&digits, TEST_EVERY);
    let (network, _) = train(&TrainingConfig::book(), &training, &test);

    println!("rows: the right digit; columns: the network's answer");
    print!("    ");
    (0..CLASSES).for_each(|d| print!("{d:4}"));
    println!();
    for (digit, row) in confusion_matrix(&network, &test)
        .rows()
        .into_iter()
        .enumerate()
    {
        print!("{digit:4}");
        row.iter().for_each(|n| print!("{n:4}"));
        println!();
    }

    let wrong = mistakes(&network, &test);
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
