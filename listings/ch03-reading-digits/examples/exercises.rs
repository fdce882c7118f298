// Prints the numbers the answers to chapter 3's exercises quote.

use reading_digits::exercise_solutions::{
    accuracy_by_batch_size, accuracy_by_hidden_size, plain_cut_accuracy,
};

fn main() {
    println!(
        "exercise 1: plain cut, test accuracy {:.4}",
        plain_cut_accuracy()
    );
    let sizes = [4, 16, 64, 256];
    for (size, accuracy) in sizes.iter().zip(accuracy_by_hidden_size(&sizes)) {
        println!(
            "exercise 2: {size:3} hidden neurons, test accuracy {accuracy:.4}"
        );
    }
    let batches = [1, 32, 1442];
    for (size, accuracy) in batches.iter().zip(accuracy_by_batch_size(&batches))
    {
        println!(
            "exercise 3: batches of {size:4}, test accuracy {accuracy:.4}"
        );
    }
}
