// How hard squared error and cross-entropy pull on the score z of a sigmoid
// output whose right answer is 1: cross-entropy pulls hardest exactly where
// squared error lets go.

// ANCHOR: main
use activation_and_loss::activation::sigmoid;
use activation_and_loss::loss::{
    cross_entropy_gradient_at_logit, squared_error_gradient_at_logit,
};

fn main() {
    let t = 1.0;
    println!("    z   output y   squared error dL/dz   cross-entropy dL/dz");
    for z in [-10.0, -5.0, -2.0, 0.0, 2.0, 5.0] {
        println!(
            "{z:>5} {:>10.5} {:>21.3e} {:>21.3e}",
            sigmoid(z),
            squared_error_gradient_at_logit(z, t),
            cross_entropy_gradient_at_logit(z, t)
        );
    }
}
// ANCHOR_END: main
