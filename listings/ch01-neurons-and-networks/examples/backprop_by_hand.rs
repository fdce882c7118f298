// One example through the 2-2-1 network, forward and backward, with every
// intermediate number printed so that it can be checked by hand.

// ANCHOR: main
use ndarray::array;
use neurons_and_networks::xor_training::initial_network;

fn main() {
    let net = initial_network();
    let (x, t) = (array![1.0, 0.0], 1.0);

    let f = net.forward(&x);
    println!("forward:  z1 = {:.6}, h = {:.6}", f.z1, f.h);
    println!("          z2 = {:.6}, y = {:.6}", f.z2, f.y);
    println!("          loss = 0.5 (y - t)^2 = {:.6}", net.loss(&x, t));

    let exact = net.gradients(&x, t);
    let estimate = net.numerical_gradients(&x, t, 1e-5);
    println!(
        "backward: dL/db2 = {:.6}  (numerical {:.6})",
        exact.b2, estimate.b2
    );
    println!(
        "          dL/dw2 = {:.6}  (numerical {:.6})",
        exact.w2, estimate.w2
    );
    println!(
        "          dL/db1 = {:.6}  (numerical {:.6})",
        exact.b1, estimate.b1
    );
    println!("          dL/dW1 = {:.6}", exact.w1.row(0));
    println!("                   {:.6}", exact.w1.row(1));
}
// ANCHOR_END: main
