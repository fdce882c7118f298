// What a weight and a bias do, with the chapter's numbers.

// ANCHOR: main
use ndarray::array;
use neurons_and_networks::neuron::Neuron;

fn main() {
    let light = Neuron::new(array![4.0], 4.0);
    let heavy = Neuron::new(array![24.0], 4.0);
    for x in [2.0, 3.0] {
        println!("4x + 4 at x = {x}:  {}", light.weighted_sum(&[x]));
        println!("24x + 4 at x = {x}: {}", heavy.weighted_sum(&[x]));
    }
    for bias in [-0.01, -100.0] {
        let neuron = Neuron::new(array![1.0], bias);
        for sum in [0.0, 0.02, 50.0, 100.5] {
            let fires = neuron.fires(&[sum]);
            println!(
                "b = {bias:>7}, weighted inputs = {sum:>5}: fires = {fires}"
            );
        }
    }
}
// ANCHOR_END: main
