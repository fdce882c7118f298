// Both losses for three outputs for the picture of a 6: our network's, a
// network's that is sure it is a 2, and the post's hand-written example.

// ANCHOR: main
use activation_and_loss::digit_example::{
    POST_OUTPUT_FOR_SIX, TARGET_SIX, network_output_for_six,
    wrong_output_for_six,
};
use activation_and_loss::loss::{
    cross_entropy_error, mean_squared_error, sum_squared_error,
};
use ndarray::{Array1, ArrayView1};

fn main() {
    let t = ArrayView1::from(&TARGET_SIX);
    let outputs: [(&str, Array1<f64>); 3] = [
        ("our network (6: 0.7620)", network_output_for_six()),
        ("sure it is a 2", wrong_output_for_six()),
        (
            "the post's example",
            Array1::from(POST_OUTPUT_FOR_SIX.to_vec()),
        ),
    ];
    for (name, y) in &outputs {
        println!("{name}:");
        println!(
            "  sum squared error  (0.5 * sum) = {}",
            sum_squared_error(y, t)
        );
        println!(
            "  mean squared error (true mean) = {}",
            mean_squared_error(y, t)
        );
        println!(
            "  cross-entropy error            = {}",
            cross_entropy_error(y, t)
        );
    }
}
// ANCHOR_END: main
