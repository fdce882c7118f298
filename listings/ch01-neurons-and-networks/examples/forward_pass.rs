// A three-layer network's forward pass: two inputs, three and two hidden
// neurons, two outputs.

// ANCHOR: main
use ndarray::array;
use neurons_and_networks::activation::sigmoid;
use neurons_and_networks::layer::Layer;

fn main() {
    let layer1 = Layer::new(
        array![[0.1, 0.3, 0.5], [0.2, 0.4, 0.6]],
        array![0.1, 0.2, 0.3],
    );
    let layer2 = Layer::new(
        array![[0.1, 0.4], [0.2, 0.5], [0.3, 0.6]],
        array![0.1, 0.2],
    );
    let layer3 = Layer::new(array![[0.1, 0.3], [0.2, 0.4]], array![0.1, 0.2]);

    let x = array![1.0, 0.5];
    let h1 = layer1.weighted_sums(&x).mapv(sigmoid);
    let h2 = layer2.weighted_sums(&h1).mapv(sigmoid);
    let y = layer3.weighted_sums(&h2); // identity at the output

    println!("x  = {x}");
    println!("h1 = {h1:.6}");
    println!("h2 = {h2:.6}");
    println!("y  = {y:.6}");
}
// ANCHOR_END: main
