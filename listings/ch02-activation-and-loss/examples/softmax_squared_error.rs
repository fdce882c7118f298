// How hard each loss pulls on the scores of a network sure that the 6 is a
// 2: after a softmax, squared error barely touches the right digit's score.

// ANCHOR: main
use activation_and_loss::digit_example::WRONG_SCORES_FOR_SIX;
use activation_and_loss::loss::{
    softmax_cross_entropy_gradient, softmax_squared_error_gradient,
};
use activation_and_loss::one_hot;

fn main() {
    let z = WRONG_SCORES_FOR_SIX;
    let t = one_hot(6, 10);
    let squared = softmax_squared_error_gradient(&z, &t);
    let cross = softmax_cross_entropy_gradient(&z, &t);
    println!("digit  score  squared error dL/dz  cross-entropy dL/dz");
    for digit in 0..10 {
        println!(
            "{digit:>5} {:>6} {:>20.3e} {:>20.3e}",
            z[digit], squared[digit], cross[digit]
        );
    }
}
// ANCHOR_END: main
