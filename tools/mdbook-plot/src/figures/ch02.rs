//! Chapter 2's figures: activation functions, losses, the AND perceptron.

use activation_and_loss::activation::{
    identity, leaky_relu, relu, relu_derivative, sigmoid, sigmoid_derivative, step, tanh,
    tanh_derivative,
};
use activation_and_loss::and_gate::{decision_line, trained_perceptron, truth_table};
use activation_and_loss::digit_example::{CLOSE_PREDICTION, FAR_PREDICTION, TARGET_SIX};
use activation_and_loss::linearity::two_x_plus_one;
use activation_and_loss::loss::squared_errors;
use activation_and_loss::vanishing_gradient::first_layer_gradient;

use super::{Corner, Figure, Series, bar_series, bars, curve, dashed, lines, without_legend};

/// The figures of chapter 2.
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

/// The chapter 2 figure called `name`, if there is one.
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
                curve("2x + 1", two_x_plus_one, -3.0, 3.0),
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
                curve(
                    "leaky_relu (0.1)",
                    |x| leaky_relu(x, LEAKY_ALPHA),
                    -3.0,
                    3.0,
                ),
                curve("sigmoid", sigmoid, -3.0, 3.0),
                curve("tanh", tanh, -3.0, 3.0),
                // Dashed, drawn over the curves they coincide with in part:
                // relu over leaky_relu (x > 0), step over relu (x < 0).
                dashed(curve("relu", relu, -3.0, 3.0)),
                dashed(curve("step", step, -3.0, 3.0)),
            ],
        ),
        "softmax_digits" => without_legend(bars(vec![bar_series("p", &CLOSE_PREDICTION)], 1.0)),
        "squared_error" => bars(
            vec![
                bar_series(
                    "close prediction",
                    &squared_errors(&CLOSE_PREDICTION, &TARGET_SIX).to_vec(),
                ),
                bar_series(
                    "far prediction",
                    &squared_errors(&FAR_PREDICTION, &TARGET_SIX).to_vec(),
                ),
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

/// The AND perceptron's decision line `w1 x1 + w2 x2 + b = 0` over the four
/// inputs, with the learned weights: the inputs that must give 0 as one set
/// of dots, the one that must give 1 as another.
fn and_decision_line() -> Figure {
    let (inputs, targets) = truth_table();
    let perceptron = trained_perceptron();
    let window = (-0.5, 1.5, -0.5, 1.5);
    let mut line = curve(
        "w1 x1 + w2 x2 + b = 0",
        |x1| decision_line(&perceptron, x1),
        -0.5,
        1.5,
    );
    line.points
        .retain(|&(_, x2)| (window.2..=window.3).contains(&x2));
    let dots = |wanted: f64, label: &str| Series {
        label: label.to_owned(),
        dashed: false,
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
        legend: Some(Corner::UpperRight),
    }
}

/// log10 of the gradient that reaches the input of a stack of 1 to 20
/// sigmoid, tanh and ReLU layers (weight 1, input 1).
fn vanishing_gradient() -> Figure {
    let stack = |label: &str, f: fn(f64) -> f64, df: fn(f64) -> f64| Series {
        label: label.to_owned(),
        dashed: false,
        points: (1..=20)
            .map(|depth| {
                let gradient = first_layer_gradient(f, df, depth, 1.0, 1.0);
                (depth as f64, gradient.log10())
            })
            .collect(),
    };
    Figure::Lines {
        window: (1.0, 20.0, -14.0, 1.0),
        axis_labels: ("depth (layers)", "log10(gradient)"),
        series: vec![
            stack("sigmoid", sigmoid, sigmoid_derivative),
            stack("tanh", tanh, tanh_derivative),
            stack("relu", relu, relu_derivative),
        ],
        markers: Vec::new(),
        legend: Some(Corner::LowerLeft),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

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

    /// Every curve is the listing's function, point by point.
    #[test]
    fn curves_are_the_listings_functions() {
        type Case = (&'static str, usize, fn(f64) -> f64);
        let cases: [Case; 8] = [
            ("step", 0, step),
            ("linear", 0, two_x_plus_one),
            ("linear", 1, identity),
            ("sigmoid", 0, sigmoid),
            ("sigmoid", 1, sigmoid_derivative),
            ("tanh", 0, tanh),
            ("tanh", 1, tanh_derivative),
            ("relu", 0, relu),
        ];
        for (name, index, f) in cases {
            let Some(Figure::Lines { series, .. }) = figure(name) else {
                panic!("{name} is a line figure")
            };
            for &(x, y) in &series[index].points {
                assert_eq!(y, f(x), "{name} at {x}");
            }
        }
    }

    #[test]
    fn bars_and_depths_are_the_listings_numbers() {
        let Some(Figure::Bars { series, .. }) = figure("squared_error") else {
            panic!("bars")
        };
        let close = squared_errors(&CLOSE_PREDICTION, &TARGET_SIX);
        let far = squared_errors(&FAR_PREDICTION, &TARGET_SIX);
        for (set, expected) in series.iter().zip([close, far]) {
            for &(digit, height) in &set.points {
                assert_eq!(height, expected[digit as usize]);
            }
        }
        let Some(Figure::Lines { series, .. }) = figure("vanishing_gradient") else {
            panic!("lines")
        };
        for &(depth, log10) in &series[0].points {
            let gradient =
                first_layer_gradient(sigmoid, sigmoid_derivative, depth as usize, 1.0, 1.0);
            assert_eq!(log10, gradient.log10());
        }
    }
}
