// The digit network reads a sloppy 6.

// ANCHOR: main
use neurons_and_networks::digits::{HANDWRITTEN_SIX, digit_network};

fn main() {
    for row in HANDWRITTEN_SIX {
        println!("  {row}");
    }
    let probabilities = digit_network().read(&HANDWRITTEN_SIX);
    for (digit, p) in probabilities.iter().enumerate() {
        println!("{digit}: {p:.4}");
    }
}
// ANCHOR_END: main
