//! What each figure shows, computed from the listing crates' functions.

use activation_and_loss::activation::{
    identity, leaky_relu, relu, sigmoid, sigmoid_derivative, step, tanh, tanh_derivative,
};
use activation_and_loss::digit_example::{CLOSE_PREDICTION, FAR_PREDICTION, TARGET_SIX};

/// A figure's content, before it is drawn.
#[derive(Debug, Clone, PartialEq)]
pub enum Figure {
    /// Curves over a shared x axis.
    Lines {
        /// The plotted window, `(x_min, x_max, y_min, y_max)`.
        window: (f64, f64, f64, f64),
        /// One curve each, drawn in order.
        series: Vec<Series>,
    },
    /// Bars over named categories, one group per category.
    Bars {
        /// The label under each group of bars.
        categories: Vec<String>,
        /// One bar per category each, side by side.
        series: Vec<Series>,
        /// The top of the y axis.
        y_max: f64,
    },
}

/// One curve or one set of bars, with its legend label (ASCII, so that
/// plotters sizes it right; the page's caption carries the language).
#[derive(Debug, Clone, PartialEq)]
pub struct Series {
    /// The legend entry.
    pub label: String,
    /// `(x, y)` points for a curve; `(category index, height)` for bars.
    pub points: Vec<(f64, f64)>,
}

/// Every figure name a page may use.
pub const NAMES: [&str; 10] = [
    "step",
    "linear",
    "sigmoid",
    "tanh",
    "relu",
    "leaky_relu",
    "all_activations",
    "softmax_digits",
    "squared_error",
    "ln",
];

/// The leaky ReLU slope the figures use, exaggerated from the usual 0.01 so
/// that the leak is visible at this scale.
pub const LEAKY_ALPHA: f64 = 0.1;

/// The figure called `name`, or `None` if there is none.
///
/// ```
/// use mdbook_plot::figures::{Figure, figure};
///
/// let Some(Figure::Lines { series, .. }) = figure("sigmoid") else { panic!() };
/// assert_eq!(series.len(), 2); // the sigmoid and its derivative
/// assert!(figure("nope").is_none());
/// ```
pub fn figure(name: &str) -> Option<Figure> {
    let activation_window = (-6.0, 6.0, -1.5, 1.5);
    Some(match name {
        "step" => lines(
            (-3.0, 3.0, -0.25, 1.25),
            vec![curve("step(x)", step, -3.0, 3.0)],
        ),
        "linear" => lines(
            (-3.0, 3.0, -5.5, 7.5),
            vec![
                curve("2x + 1", |x| 2.0 * x + 1.0, -3.0, 3.0),
                curve("x", identity, -3.0, 3.0),
            ],
        ),
        "sigmoid" => lines(
            (-6.0, 6.0, -0.1, 1.1),
            vec![
                curve("sigmoid(x)", sigmoid, -6.0, 6.0),
                curve("sigmoid'(x)", sigmoid_derivative, -6.0, 6.0),
            ],
        ),
        "tanh" => lines(
            activation_window,
            vec![
                curve("tanh(x)", tanh, -6.0, 6.0),
                curve("tanh'(x)", tanh_derivative, -6.0, 6.0),
            ],
        ),
        "relu" => lines(
            (-3.0, 3.0, -0.5, 3.0),
            vec![curve("relu(x)", relu, -3.0, 3.0)],
        ),
        "leaky_relu" => lines(
            (-3.0, 3.0, -0.5, 3.0),
            vec![curve(
                "leaky_relu(x, 0.1)",
                |x| leaky_relu(x, LEAKY_ALPHA),
                -3.0,
                3.0,
            )],
        ),
        "all_activations" => lines(
            (-3.0, 3.0, -1.25, 3.0),
            vec![
                curve("step", step, -3.0, 3.0),
                curve("sigmoid", sigmoid, -3.0, 3.0),
                curve("tanh", tanh, -3.0, 3.0),
                curve("relu", relu, -3.0, 3.0),
                curve(
                    "leaky_relu (0.1)",
                    |x| leaky_relu(x, LEAKY_ALPHA),
                    -3.0,
                    3.0,
                ),
            ],
        ),
        "softmax_digits" => bars(vec![bar_series("y", &CLOSE_PREDICTION)], 1.0),
        "squared_error" => bars(
            vec![
                bar_series("close: (y - t)^2", &squared_errors(&CLOSE_PREDICTION)),
                bar_series("far: (y - t)^2", &squared_errors(&FAR_PREDICTION)),
            ],
            1.0,
        ),
        "ln" => lines(
            (0.0, 1.0, -7.0, 0.5),
            vec![curve("ln(x)", f64::ln, 0.001, 1.0)],
        ),
        _ => return None,
    })
}

fn lines(window: (f64, f64, f64, f64), series: Vec<Series>) -> Figure {
    Figure::Lines { window, series }
}

/// `f` sampled at 401 evenly spaced points from `from` to `to`. The step's
/// jump falls between two samples, so it is drawn as a steep segment.
fn curve(label: &str, f: impl Fn(f64) -> f64, from: f64, to: f64) -> Series {
    let samples = 400;
    let points = (0..=samples)
        .map(|i| {
            let x = from + (to - from) * f64::from(i) / f64::from(samples);
            (x, f(x))
        })
        .collect();
    Series {
        label: label.to_owned(),
        points,
    }
}

fn bars(series: Vec<Series>, y_max: f64) -> Figure {
    Figure::Bars {
        categories: (0..10).map(|digit| digit.to_string()).collect(),
        series,
        y_max,
    }
}

fn bar_series(label: &str, heights: &[f64]) -> Series {
    Series {
        label: label.to_owned(),
        points: heights
            .iter()
            .enumerate()
            .map(|(i, &h)| (i as f64, h))
            .collect(),
    }
}

fn squared_errors(prediction: &[f64; 10]) -> Vec<f64> {
    prediction
        .iter()
        .zip(&TARGET_SIX)
        .map(|(y, t)| (y - t) * (y - t))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_listed_name_has_a_figure() {
        for name in NAMES {
            assert!(figure(name).is_some(), "{name}");
        }
    }

    #[test]
    fn sigmoid_derivative_curve_peaks_at_a_quarter() {
        let Some(Figure::Lines { series, .. }) = figure("sigmoid") else {
            panic!("sigmoid is a line figure")
        };
        let peak = series[1].points.iter().map(|p| p.1).fold(0.0, f64::max);
        assert_eq!(peak, 0.25);
    }

    #[test]
    fn every_point_is_inside_its_window() {
        for name in NAMES {
            if let Some(Figure::Lines { window, series }) = figure(name) {
                let (x0, x1, y0, y1) = window;
                for p in series.iter().flat_map(|s| &s.points) {
                    assert!(
                        x0 <= p.0 && p.0 <= x1 && y0 <= p.1 && p.1 <= y1,
                        "{name}: {p:?}"
                    );
                }
            }
        }
    }
}
