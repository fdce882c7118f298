//! The facts about gates and XOR that chapter 1 states, checked on the
//! listing's own neurons.

use ndarray::array;
use neurons_and_networks::gates::{AND, GATES, INPUT_PAIRS, NAND, OR};
use neurons_and_networks::neuron::Neuron;
use neurons_and_networks::xor::xor;

#[test]
fn truth_tables() {
    let table =
        |gate: &dyn Fn(f64, f64) -> f64| INPUT_PAIRS.map(|(a, b)| gate(a, b));
    assert_eq!(table(&|a, b| AND.output(a, b)), [0.0, 0.0, 0.0, 1.0]);
    assert_eq!(table(&|a, b| NAND.output(a, b)), [1.0, 1.0, 1.0, 0.0]);
    assert_eq!(table(&|a, b| OR.output(a, b)), [0.0, 1.0, 1.0, 1.0]);
    assert_eq!(table(&xor), [0.0, 1.0, 1.0, 0.0]);
}

#[test]
fn each_gate_answers_1_exactly_on_one_side_of_its_line() {
    for gate in GATES {
        for (x1, x2) in INPUT_PAIRS {
            let above = x2 > gate.decision_line(x1);
            // w2 > 0: the weighted sum grows with x2, so "above" fires.
            let fires_above = gate.w2 > 0.0;
            assert_eq!(
                gate.output(x1, x2) == 1.0,
                above == fires_above,
                "{} at ({x1}, {x2})",
                gate.name
            );
        }
    }
}

#[test]
fn no_single_neuron_on_a_fine_grid_computes_xor() {
    // A search over weights and biases from -2 to 2 in steps of 0.1 finds
    // no neuron whose firing gives XOR; the argument in the chapter shows
    // why there is none at all.
    let grid: Vec<f64> = (-20..=20).map(|i| f64::from(i) / 10.0).collect();
    for &w1 in &grid {
        for &w2 in &grid {
            for &b in &grid {
                let neuron = Neuron::new(array![w1, w2], b);
                let outputs =
                    INPUT_PAIRS.map(|(x1, x2)| neuron.fires(&[x1, x2]));
                assert_ne!(
                    outputs,
                    [false, true, true, false],
                    "w = ({w1}, {w2}), b = {b}"
                );
            }
        }
    }
}
