//! The facts about gates and XOR that chapter 1 states.

use neurons_and_networks::gates::{GATE_WEIGHTS, and, nand, or};
use neurons_and_networks::xor::xor;

const INPUTS: [(f64, f64); 4] =
    [(0.0, 0.0), (0.0, 1.0), (1.0, 0.0), (1.0, 1.0)];

#[test]
fn truth_tables() {
    let table = |gate: fn(f64, f64) -> f64| INPUTS.map(|(a, b)| gate(a, b));
    assert_eq!(table(and), [0.0, 0.0, 0.0, 1.0]);
    assert_eq!(table(nand), [1.0, 1.0, 1.0, 0.0]);
    assert_eq!(table(or), [0.0, 1.0, 1.0, 1.0]);
    assert_eq!(table(xor), [0.0, 1.0, 1.0, 0.0]);
}

#[test]
fn no_single_neuron_on_a_fine_grid_computes_xor() {
    // A search over weights and biases from -2 to 2 in steps of 0.1 finds
    // no line that separates XOR's cases; the argument in the chapter shows
    // why there is none at all.
    let grid: Vec<f64> = (-20..=20).map(|i| f64::from(i) / 10.0).collect();
    for &w1 in &grid {
        for &w2 in &grid {
            for &b in &grid {
                let fires = |(x1, x2): (f64, f64)| w1 * x1 + w2 * x2 + b > 0.0;
                let outputs = INPUTS.map(fires);
                assert_ne!(
                    outputs,
                    [false, true, true, false],
                    "w = ({w1}, {w2}), b = {b}"
                );
            }
        }
    }
}

#[test]
fn every_gate_weight_set_is_in_the_table() {
    assert_eq!(GATE_WEIGHTS.map(|g| g.0), ["AND", "NAND", "OR"]);
}
