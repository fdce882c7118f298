//! What each figure shows, computed from the listing crates' functions.

use activation_and_loss::activation::relu_derivative;
use activation_and_loss::activation::{
    identity, leaky_relu, relu, sigmoid, sigmoid_derivative, step, tanh, tanh_derivative,
};
use activation_and_loss::and_gate::truth_table;
use activation_and_loss::digit_example::{CLOSE_PREDICTION, FAR_PREDICTION, TARGET_SIX};
use activation_and_loss::perceptron::Perceptron;
use activation_and_loss::vanishing_gradient::first_layer_gradient;

/// A figure's content, before it is drawn.
#[derive(Debug, Clone, PartialEq)]
pub enum Figure {
    /// Curves over a shared x axis.
    Lines {
        /// The plotted window, `(x_min, x_max, y_min, y_max)`.
        window: (f64, f64, f64, f64),
        /// The names of the x and y axes (the y name may be empty).
        axis_labels: (&'static str, &'static str),
        /// One curve each, drawn in order.
        series: Vec<Series>,
        /// Points drawn as dots, one colour per set, after the curves.
        markers: Vec<Series>,
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
pub const NAMES: [&str; 12] = [
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
    "and_decision_line",
    "vanishing_gradient",
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
        "and_decision_line" => and_decision_line(),
        "vanishing_gradient" => vanishing_gradient(),
        _ => return None,
    })
}

fn lines(window: (f64, f64, f64, f64), series: Vec<Series>) -> Figure {
    Figure::Lines {
        window,
        axis_labels: ("x", ""),
        series,
        markers: Vec::new(),
    }
}

/// The AND perceptron's decision line `w1 x1 + w2 x2 + b = 0` over the four
/// inputs, with the learned weights: the inputs that must give 0 as one set
/// of dots, the one that must give 1 as another.
fn and_decision_line() -> Figure {
    let (inputs, targets) = truth_table();
    let mut perceptron = Perceptron::new(2, 0.2, 10);
    perceptron.fit(inputs.view(), targets.view());
    let (b, w) = (perceptron.bias(), perceptron.input_weights());
    let window = (-0.5, 1.5, -0.5, 1.5);
    let mut line = curve(
        "w1 x1 + w2 x2 + b = 0",
        |x1| -(w[0] * x1 + b) / w[1],
        -0.5,
        1.5,
    );
    line.points
        .retain(|&(_, x2)| (window.2..=window.3).contains(&x2));
    let dots = |wanted: f64, label: &str| Series {
        label: label.to_owned(),
        points: inputs
            .rows()
            .into_iter()
            .zip(&targets)
            .filter(|(_, t)| **t == wanted)
            .map(|(x, _)| (x[0], x[1]))
            .collect(),
    };
    Figure::Lines {
        window,
        axis_labels: ("x1", "x2"),
        series: vec![line],
        markers: vec![dots(0.0, "AND = 0"), dots(1.0, "AND = 1")],
    }
}

/// log10 of the gradient that reaches the input of a stack of 1 to 20
/// sigmoid, tanh and ReLU layers (weight 1, input 1).
fn vanishing_gradient() -> Figure {
    let stack = |label: &str, f: fn(f64) -> f64, df: fn(f64) -> f64| Series {
        label: label.to_owned(),
        points: (1..=20)
            .map(|depth| {
                let gradient = first_layer_gradient(f, df, depth, 1.0, 1.0);
                (depth as f64, gradient.log10())
            })
            .collect(),
    };
    Figure::Lines {
        window: (1.0, 20.0, -14.0, 4.0),
        axis_labels: ("depth (layers)", "log10(gradient)"),
        series: vec![
            stack("sigmoid", sigmoid, sigmoid_derivative),
            stack("tanh", tanh, tanh_derivative),
            stack("relu", relu, relu_derivative),
        ],
        markers: Vec::new(),
    }
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
    fn the_and_line_passes_through_one_zero() {
        // b = -0.4, w1 = 0.4, w2 = 0.2: the line is x2 = 2 - 2 x1, and the
        // input (1, 0) sits exactly on it, where the step gives 0.
        let Some(Figure::Lines {
            series, markers, ..
        }) = figure("and_decision_line")
        else {
            panic!("a line figure")
        };
        assert!(
            series[0]
                .points
                .iter()
                .all(|&(x1, x2)| (x2 - (2.0 - 2.0 * x1)).abs() < 1e-12)
        );
        assert_eq!(markers[1].points, vec![(1.0, 1.0)]);
        assert_eq!(markers[0].points.len(), 3);
    }

    #[test]
    fn every_point_is_inside_its_window() {
        for name in NAMES {
            if let Some(Figure::Lines {
                window,
                series,
                markers,
                ..
            }) = figure(name)
            {
                let (x0, x1, y0, y1) = window;
                for p in series.iter().chain(&markers).flat_map(|s| &s.points) {
                    assert!(
                        x0 <= p.0 && p.0 <= x1 && y0 <= p.1 && p.1 <= y1,
                        "{name}: {p:?}"
                    );
                }
            }
        }
    }
}
