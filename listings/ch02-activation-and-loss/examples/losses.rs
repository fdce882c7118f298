// Both losses on a close and a far prediction for an image of a 6.

// ANCHOR: main
use activation_and_loss::digit_example::{
    CLOSE_PREDICTION, FAR_PREDICTION, TARGET_SIX,
};
use activation_and_loss::loss::{
    cross_entropy_error, mean_squared_error, sum_squared_error,
};

fn main() {
    let t = &TARGET_SIX;
    for (name, y) in [("close", &CLOSE_PREDICTION), ("far", &FAR_PREDICTION)] {
        println!("{name} prediction:");
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
