// Softmax is a smooth argmax, log-sum-exp a smooth max: scale the scores up
// and they turn into the hard ones.

// ANCHOR: main
use activation_and_loss::activation::softmax;
use activation_and_loss::digit_example::SCORES_FOR_SIX;
use activation_and_loss::loss::log_sum_exp;
use activation_and_loss::maximum;
use ndarray::ArrayView1;

fn main() {
    let scores = ArrayView1::from(&SCORES_FOR_SIX);
    println!("scale  p(6)    p(5)    p(8)    log-sum-exp / scale");
    for scale in [1.0, 2.0, 5.0, 20.0] {
        let scaled = &scores * scale;
        let p = softmax(&scaled);
        println!(
            "{scale:>5} {:>7.4} {:>7.4} {:>7.4} {:>12.4}",
            p[6],
            p[5],
            p[8],
            log_sum_exp(&scaled) / scale
        );
    }
    println!("largest score: {}", maximum(scores));
}
// ANCHOR_END: main
