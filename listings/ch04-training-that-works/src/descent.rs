//! Following an optimiser downhill, step by step.

use ndarray::{Array1, Array2, ArrayView1, AsArray, Axis};

use crate::optimiser::Optimiser;

// ANCHOR: descend
/// The points `optimiser` visits in `steps` steps from `start`, given the
/// `gradient` at any point: `steps + 1` rows, the first `start`.
///
/// ```
/// use ndarray::array;
/// use training_that_works::bowl::Bowl;
/// use training_that_works::descent::descend;
/// use training_that_works::optimiser::Sgd;
///
/// let bowl = Bowl::aligned();
/// let path = descend(&mut Sgd::new(0.5), |p| bowl.gradient(p), &[10.0, 1.0], 3);
/// assert_eq!(path.nrows(), 4);
/// // η = 0.5 and a curvature of 2 across the valley: one step to its floor.
/// assert_eq!(path[[1, 1]], 0.0);
/// ```
pub fn descend<'a>(
    optimiser: &mut dyn Optimiser,
    gradient: impl Fn(ArrayView1<f64>) -> Array1<f64>,
    start: impl AsArray<'a, f64>,
    steps: usize,
) -> Array2<f64> {
    let mut point = start.into().to_owned();
    let mut path = Array2::zeros((steps + 1, point.len()));
    path.row_mut(0).assign(&point);
    for mut row in path.axis_iter_mut(Axis(0)).skip(1) {
        let slope = gradient(point.view());
        optimiser.update(
            &mut [point.view_mut().into_dyn()],
            &[slope.view().into_dyn()],
        );
        row.assign(&point);
    }
    path
}
// ANCHOR_END: descend
