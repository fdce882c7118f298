//! What the perceptron without an activation is really fitting.

use ndarray::{
    Array1, ArrayView1, ArrayView2, AsArray, Axis, Ix2, concatenate,
};

/// The least-squares plane through the AND gate's four points, `[b, w1,
/// w2]`: the identity neuron whose outputs have the smallest sum of squared
/// errors against AND's targets. By symmetry `w1 = w2 = w`; making the
/// error's slope 0 in `b` and in `w` gives `4b + 4w = 1` and `2b + 3w = 1`,
/// so `w = 1/2` and `b = -1/4`.
///
/// ```
/// use activation_and_loss::least_squares::AND_LEAST_SQUARES;
///
/// assert_eq!(AND_LEAST_SQUARES, [-0.25, 0.5, 0.5]);
/// ```
pub const AND_LEAST_SQUARES: [f64; 3] = [-0.25, 0.5, 0.5];

/// The slope of the total squared error `½ Σ (y − t)²` of an identity
/// neuron with parameters `[b, w1, w2, …]` over all the examples, with
/// respect to each parameter: `Σ (y − t) [1, x1, x2, …]`. It is zero exactly
/// at the least-squares fit. The perceptron's rule without an activation
/// takes one step against the same slope per example, which is why it heads
/// there.
///
/// # Panics
/// If the rows of `inputs` do not hold one value per weight, or there is not
/// one target per row.
///
/// ```
/// use activation_and_loss::and_gate::truth_table;
/// use activation_and_loss::least_squares::{AND_LEAST_SQUARES, total_squared_error_slope};
///
/// let (inputs, targets) = truth_table();
/// let slope = total_squared_error_slope(&AND_LEAST_SQUARES, &inputs, &targets);
/// assert!(slope.iter().all(|s| s.abs() < 1e-15));
/// ```
// ANCHOR: total_squared_error_slope
pub fn total_squared_error_slope<'a, 'b, 'c>(
    weights: impl AsArray<'a, f64>,
    inputs: impl AsArray<'b, f64, Ix2>,
    targets: impl AsArray<'c, f64>,
) -> Array1<f64> {
    let (weights, inputs, targets): (
        ArrayView1<f64>,
        ArrayView2<f64>,
        ArrayView1<f64>,
    ) = (weights.into(), inputs.into(), targets.into());
    assert_eq!(
        inputs.ncols() + 1,
        weights.len(),
        "{} weights (bias first) for inputs of {} values",
        weights.len(),
        inputs.ncols()
    );
    assert_eq!(
        inputs.nrows(),
        targets.len(),
        "one target per row of inputs"
    );
    // A column of ones in front: the bias is the weight of an input that
    // is always 1.
    let ones = Array1::<f64>::ones(inputs.nrows()).insert_axis(Axis(1));
    let with_bias = concatenate(Axis(1), &[ones.view(), inputs])
        .expect("both parts have one row per example");
    let errors = with_bias.dot(&weights) - targets;
    with_bias.t().dot(&errors)
}
// ANCHOR_END: total_squared_error_slope

#[cfg(test)]
mod tests {
    use super::*;
    use crate::and_gate::truth_table;

    #[test]
    fn anywhere_else_the_slope_is_not_zero() {
        let (inputs, targets) = truth_table();
        let slope = total_squared_error_slope(
            &[-0.3125, 0.625, 0.5625],
            &inputs,
            &targets,
        );
        assert!(slope.iter().any(|s| s.abs() > 0.05), "{slope}");
    }
}
