//! A long, narrow bowl: the simplest landscape on which plain gradient
//! descent struggles.

use std::f64::consts::TAU;

use ndarray::{Array1, Array2, ArrayView1, AsArray, array};
use rand_pcg::rand_core::Rng;

use crate::random::uniform;

/// How sharply the bowl curves along its valley: the second derivative of
/// `x²/100`.
///
/// ```
/// assert_eq!(training_that_works::bowl::VALLEY_CURVATURE, 0.02);
/// ```
pub const VALLEY_CURVATURE: f64 = 0.02;

/// How sharply it curves across the valley: the second derivative of `y²`,
/// a hundred times the valley's.
///
/// ```
/// assert_eq!(training_that_works::bowl::WALL_CURVATURE, 2.0);
/// ```
pub const WALL_CURVATURE: f64 = 2.0;

/// Where every descent in the chapter's figures starts: far along the
/// valley and a little up its wall, at a height of 4.5 on the aligned bowl.
///
/// ```
/// use training_that_works::bowl::{Bowl, START};
///
/// assert_eq!(Bowl::aligned().height(&START), 4.5);
/// ```
pub const START: [f64; 2] = [-15.0, 1.5];

/// The quadratic bowl `f(p) = ½ pᵀ H p` in the plane, its lowest point at
/// the origin. `H` holds the curvatures: [`VALLEY_CURVATURE`] along the
/// valley and [`WALL_CURVATURE`] across it.
///
/// ```
/// use training_that_works::bowl::Bowl;
///
/// let bowl = Bowl::aligned();
/// // A step along the valley climbs a hundred times less than one up the wall.
/// assert!((bowl.height(&[1.0, 0.0]) * 100.0 - bowl.height(&[0.0, 1.0])).abs() < 1e-12);
/// ```
#[derive(Debug, Clone, PartialEq)]
pub struct Bowl {
    hessian: Array2<f64>,
    angle: f64,
}

impl Bowl {
    /// The bowl with its valley along the x axis: `f(x, y) = x²/100 + y²`.
    ///
    /// ```
    /// use training_that_works::bowl::Bowl;
    ///
    /// assert_eq!(Bowl::aligned().height(&[10.0, 1.0]), 2.0);
    /// ```
    pub fn aligned() -> Bowl {
        Bowl::rotated(0.0)
    }

    /// The same bowl turned by `angle` radians about its lowest point, so
    /// that the valley no longer runs along an axis.
    ///
    /// # Panics
    /// If `angle` is not finite.
    ///
    /// ```
    /// use std::f64::consts::FRAC_PI_4;
    /// use training_that_works::bowl::Bowl;
    ///
    /// // Along the diagonal is now along the valley.
    /// let turned = Bowl::rotated(FRAC_PI_4);
    /// let along = 10.0 / 2.0_f64.sqrt();
    /// assert!((turned.height(&[along, along]) - 1.0).abs() < 1e-12);
    /// ```
    pub fn rotated(angle: f64) -> Bowl {
        assert!(angle.is_finite(), "the angle must be finite, not {angle}");
        let (s, c) = angle.sin_cos();
        let turn = array![[c, -s], [s, c]];
        let curvatures =
            Array2::from_diag(&array![VALLEY_CURVATURE, WALL_CURVATURE]);
        let hessian = turn.dot(&curvatures).dot(&turn.t());
        Bowl { hessian, angle }
    }

    /// The height `f(p) = ½ pᵀ H p` at `point`.
    ///
    /// # Panics
    /// If `point` does not have two coordinates.
    ///
    /// ```
    /// use training_that_works::bowl::Bowl;
    ///
    /// assert_eq!(Bowl::aligned().height(&[0.0, 0.0]), 0.0);
    /// ```
    pub fn height<'a>(&self, point: impl AsArray<'a, f64>) -> f64 {
        let p = two_coordinates(point.into());
        0.5 * p.dot(&self.hessian.dot(&p))
    }

    /// The gradient `∇f(p) = H p` at `point`: `(x/50, 2y)` on the aligned
    /// bowl.
    ///
    /// # Panics
    /// If `point` does not have two coordinates.
    ///
    /// ```
    /// use ndarray::array;
    /// use training_that_works::bowl::Bowl;
    ///
    /// assert_eq!(Bowl::aligned().gradient(&[10.0, 1.0]), array![0.2, 2.0]);
    /// ```
    pub fn gradient<'a>(&self, point: impl AsArray<'a, f64>) -> Array1<f64> {
        self.hessian.dot(&two_coordinates(point.into()))
    }

    /// The point at `height` at the angle θ = `angle` (radians) around the
    /// ellipse of that height, `(√(2h/a) cos θ, √(2h/b) sin θ)` in the
    /// valley's own coordinates (`a`, `b` its two curvatures): θ = 0 is up
    /// the valley, π/2 up its wall, both turned with the bowl. (θ is the
    /// ellipse's parameter, not the direction of the point from the bottom.)
    ///
    /// # Panics
    /// If `height` is negative or either number is not finite.
    ///
    /// ```
    /// use training_that_works::bowl::Bowl;
    ///
    /// let bowl = Bowl::aligned();
    /// let p = bowl.point_at(4.5, 1.0);
    /// assert!((bowl.height(&p) - 4.5).abs() < 1e-12);
    /// ```
    pub fn point_at(&self, height: f64, angle: f64) -> Array1<f64> {
        assert!(
            height.is_finite() && height >= 0.0 && angle.is_finite(),
            "a point needs a finite height of at least 0 and a finite angle, not {height} and {angle}"
        );
        // In the valley's own coordinates f = ½ (a u² + b w²).
        let u = (2.0 * height / VALLEY_CURVATURE).sqrt() * angle.cos();
        let w = (2.0 * height / WALL_CURVATURE).sqrt() * angle.sin();
        let (s, c) = self.angle.sin_cos();
        array![c * u - s * w, s * u + c * w]
    }

    /// `count` points at the height of [`START`] on the aligned bowl (4.5),
    /// at angles θ drawn evenly at random from `rng` (see
    /// [`point_at`](Bowl::point_at)): starting points
    /// that are all as far from the bottom as the figures' start.
    ///
    /// ```
    /// use training_that_works::bowl::Bowl;
    /// use training_that_works::random::seeded;
    ///
    /// let bowl = Bowl::aligned();
    /// let starts = bowl.starts(3, &mut seeded(1));
    /// assert!(starts.iter().all(|p| (bowl.height(p) - 4.5).abs() < 1e-12));
    /// ```
    pub fn starts(&self, count: usize, rng: &mut impl Rng) -> Vec<Array1<f64>> {
        let height = Bowl::aligned().height(&START);
        (0..count)
            .map(|_| self.point_at(height, uniform(rng, TAU / 2.0) + TAU / 2.0))
            .collect()
    }

    /// [`START`], turned with the bowl.
    ///
    /// ```
    /// use ndarray::array;
    /// use training_that_works::bowl::Bowl;
    ///
    /// assert_eq!(Bowl::aligned().start(), array![-15.0, 1.5]);
    /// ```
    pub fn start(&self) -> Array1<f64> {
        let (s, c) = self.angle.sin_cos();
        let [x, y] = START;
        array![c * x - s * y, s * x + c * y]
    }
}

/// A point as a 1-D view of two numbers.
fn two_coordinates(point: ArrayView1<'_, f64>) -> ArrayView1<'_, f64> {
    assert_eq!(
        point.len(),
        2,
        "a point on the bowl has two coordinates, not {}",
        point.len()
    );
    point
}
