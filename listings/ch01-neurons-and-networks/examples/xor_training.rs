// The 2-2-1 network learns XOR: the loss falls, the outputs separate.

// ANCHOR: main
use neurons_and_networks::xor_training::{train_xor, xor_table};

fn main() {
    let (net, losses) = train_xor(5000, 1.0);
    for epoch in (0..=5000).step_by(500) {
        println!("epoch {epoch:>4}: loss {:.6}", losses[epoch]);
    }
    let (inputs, _) = xor_table();
    for x in inputs.rows() {
        println!("{} XOR {} -> {:.4}", x[0], x[1], net.forward(x).y);
    }
}
// ANCHOR_END: main
