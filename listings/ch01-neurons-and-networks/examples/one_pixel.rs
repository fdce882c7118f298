// Exercise 3: which single pixel makes the network read the sloppy 6 as
// another digit.

// ANCHOR: main
use neurons_and_networks::digits::HANDWRITTEN_SIX;
use neurons_and_networks::exercise_solutions::flips_read_as;

fn main() {
    for digit in (0..10).filter(|&digit| digit != 6) {
        for (row, column, p) in flips_read_as(&HANDWRITTEN_SIX, digit) {
            println!(
                "read as {digit}: flip row {row}, column {column} (p = {p:.4})"
            );
        }
    }
}
// ANCHOR_END: main
