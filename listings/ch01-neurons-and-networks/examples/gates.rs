// The truth tables of AND, NAND, OR and the two-layer XOR.

// ANCHOR: main
use neurons_and_networks::gates::{and, nand, or};
use neurons_and_networks::xor::xor;

fn main() {
    println!("x1 x2 | AND NAND OR | XOR");
    for (x1, x2) in [(0.0, 0.0), (0.0, 1.0), (1.0, 0.0), (1.0, 1.0)] {
        println!(
            " {x1}  {x2} |  {}    {}   {} |  {}",
            and(x1, x2),
            nand(x1, x2),
            or(x1, x2),
            xor(x1, x2)
        );
    }
}
// ANCHOR_END: main
