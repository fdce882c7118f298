// A linear function adds up: f(u + v) = f(u) + f(v). One pair where it does
// not is enough to show a function is not linear.

// ANCHOR: main
use activation_and_loss::activation::{identity, relu, sigmoid, step};
use activation_and_loss::linearity::{additivity_gap, two_x_plus_one};

// A function to test, by name, and the pair (u, v) to try it on.
type Case = (&'static str, fn(f64) -> f64, f64, f64);

fn main() {
    println!("f(u + v) - (f(u) + f(v)):");
    let cases: [Case; 6] = [
        ("identity", identity, 0.6, 0.6),
        ("2x + 1", two_x_plus_one, 0.6, 0.6),
        ("step", step, 0.6, 0.6),
        ("ReLU", relu, 0.6, 0.6),
        ("ReLU", relu, 1.0, -1.0),
        ("sigmoid", sigmoid, 0.6, 0.6),
    ];
    for (name, f, u, v) in cases {
        println!(
            "  {name:<8} u = {u:>4}, v = {v:>4}: {:.4}",
            additivity_gap(f, u, v)
        );
    }
}
// ANCHOR_END: main
