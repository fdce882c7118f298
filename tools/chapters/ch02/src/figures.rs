//! Chapter 2's figures: activation functions, losses, the AND perceptron.

use activation_and_loss::activation::{
    identity, leaky_relu, relu, relu_derivative, sigmoid, sigmoid_derivative, step, tanh,
    tanh_derivative,
};
use activation_and_loss::and_gate::{decision_line, trained_perceptron, truth_table};
use activation_and_loss::digit_example::{
    TARGET_SIX, network_output_for_six, wrong_output_for_six,
};
use activation_and_loss::linearity::two_x_plus_one;
use activation_and_loss::loss::{
    cross_entropy_gradient_at_logit, squared_error_gradient_at_logit, squared_errors,
};
use activation_and_loss::vanishing_gradient::first_layer_gradient;

use figure_model::{
    Axis, Chart, Corner, Dot, Figure, Ink, Mark, Panels, Series, Stroke, Table, curve, digit_bars,
    digits, sampled, stroked,
};

/// The leaky ReLU slope the figures use, exaggerated from the usual 0.01 so
/// that the leak is visible at this scale.
pub const LEAKY_ALPHA: f64 = 0.1;

/// Leaky ReLU with the figures' slope.
fn leaky(x: f64) -> f64 {
    leaky_relu(x, LEAKY_ALPHA)
}

/// A chart of curves over `x` from `x0` to `x1`, `y` from `y0` to `y1`.
fn curves(window: (f64, f64, f64, f64), series: Vec<Series>, legend: Option<Corner>) -> Chart {
    Chart {
        x: Axis::linear(window.0, window.1),
        y: Axis::linear(window.2, window.3),
        categories: None,
        series,
        legend,
    }
}

/// A function and its derivative, in the function's colour, the derivative
/// dashed.
fn with_derivative(
    ink: Ink,
    f: fn(f64) -> f64,
    df: fn(f64) -> f64,
    from: f64,
    to: f64,
) -> Vec<Series> {
    vec![
        curve(ink, f, from, to),
        stroked(curve(ink, df, from, to), Stroke::Dashed),
    ]
}

/// The chapter's figures, by the name a page gives `{{#plot …}}`.
pub const FIGURES: &Table = &[
    ("step", step_figure),
    ("linear", linear_figure),
    ("sigmoid", sigmoid_figure),
    ("tanh", tanh_figure),
    ("relu", relu_figure),
    ("leaky_relu", leaky_relu_figure),
    ("all_activations", all_activations_figure),
    ("softmax_digits", softmax_digits_figure),
    ("squared_error", squared_error_figure),
    ("ln", ln_figure),
    ("and_decision_line", and_decision_line_figure),
    ("gradient_at_logit", gradient_at_logit_figure),
    ("vanishing_gradient", vanishing_gradient_figure),
];

fn step_figure() -> Figure {
    Figure::Chart(curves(
        (-3.0, 3.0, -0.25, 1.25),
        vec![curve(Ink::Step, step, -3.0, 3.0)],
        None,
    ))
}

fn linear_figure() -> Figure {
    Figure::Chart(curves(
        (-3.0, 3.0, -5.5, 7.5),
        vec![
            curve(Ink::Main, two_x_plus_one, -3.0, 3.0),
            curve(Ink::Linear, identity, -3.0, 3.0),
        ],
        Some(Corner::UpperLeft),
    ))
}

fn sigmoid_figure() -> Figure {
    Figure::Chart(curves(
        (-6.0, 6.0, -0.1, 1.1),
        with_derivative(Ink::Sigmoid, sigmoid, sigmoid_derivative, -6.0, 6.0),
        Some(Corner::UpperLeft),
    ))
}

fn tanh_figure() -> Figure {
    Figure::Chart(curves(
        (-6.0, 6.0, -1.5, 1.5),
        with_derivative(Ink::Tanh, tanh, tanh_derivative, -6.0, 6.0),
        Some(Corner::UpperLeft),
    ))
}

fn relu_figure() -> Figure {
    Figure::Chart(curves(
        (-3.0, 3.0, -0.5, 3.5),
        vec![curve(Ink::Relu, relu, -3.0, 3.0)],
        None,
    ))
}

fn leaky_relu_figure() -> Figure {
    Figure::Chart(curves(
        (-3.0, 3.0, -0.5, 3.5),
        vec![curve(Ink::LeakyRelu, leaky, -3.0, 3.0)],
        None,
    ))
}

/// In the caption's order, one panel each on the same axes (small
/// multiples): drawn in one chart, ReLU hid under the step (x < 0) and
/// under Leaky ReLU (x > 0).
fn all_activations_figure() -> Figure {
    Figure::Panels(all_activations())
}

/// A function of one number, as the listing's activations are.
type Activation = fn(f64) -> f64;

fn all_activations() -> Panels {
    let activations: [(Ink, Activation); 5] = [
        (Ink::Step, step),
        (Ink::Sigmoid, sigmoid),
        (Ink::Tanh, tanh),
        (Ink::Relu, relu),
        (Ink::LeakyRelu, leaky),
    ];
    Panels {
        columns: 3,
        narrow_columns: 2,
        charts: activations
            .into_iter()
            .map(|(ink, f)| {
                curves(
                    (-3.0, 3.0, -1.25, 3.5),
                    vec![curve(ink, f, -3.0, 3.0)],
                    None,
                )
            })
            .collect(),
    }
}

fn softmax_digits_figure() -> Figure {
    Figure::Chart(Chart {
        x: Axis::linear(-0.5, 9.5),
        y: Axis::linear(0.0, 1.0),
        categories: digits(),
        series: vec![digit_bars(Ink::Main, &network_output_for_six().to_vec())],
        legend: None,
    })
}

fn squared_error_figure() -> Figure {
    Figure::Chart(Chart {
        x: Axis::linear(-0.5, 9.5),
        y: Axis::linear(0.0, 1.0),
        categories: digits(),
        series: vec![
            digit_bars(
                Ink::Main,
                &squared_errors(&network_output_for_six(), &TARGET_SIX).to_vec(),
            ),
            digit_bars(
                Ink::Accent,
                &squared_errors(&wrong_output_for_six(), &TARGET_SIX).to_vec(),
            ),
        ],
        legend: Some(Corner::UpperLeft),
    })
}

fn ln_figure() -> Figure {
    Figure::Chart(curves(
        (0.0, 1.0, -7.0, 0.5),
        vec![curve(Ink::Main, f64::ln, 0.001, 1.0)],
        None,
    ))
}

fn and_decision_line_figure() -> Figure {
    Figure::Chart(and_decision_line())
}

/// How hard each loss pulls on the score of a sigmoid output whose
/// right answer is 1: the size of dL/dz.
fn gradient_at_logit_figure() -> Figure {
    Figure::Chart(curves(
        (-10.0, 10.0, -0.05, 1.1),
        vec![
            curve(
                Ink::SquaredError,
                |z| squared_error_gradient_at_logit(z, 1.0).abs(),
                -10.0,
                10.0,
            ),
            curve(
                Ink::CrossEntropy,
                |z| cross_entropy_gradient_at_logit(z, 1.0).abs(),
                -10.0,
                10.0,
            ),
        ],
        Some(Corner::UpperRight),
    ))
}

fn vanishing_gradient_figure() -> Figure {
    Figure::Panels(vanishing_gradient())
}

/// The AND perceptron's decision line `w1 x1 + w2 x2 + b = 0` over the four
/// inputs, with the learned weights: the inputs that must give 0 as one set
/// of dots, the one that must give 1 as another.
fn and_decision_line() -> Chart {
    let (inputs, targets) = truth_table();
    let perceptron = trained_perceptron();
    let window = (-0.5, 1.5);
    let mut line = sampled(|x1| decision_line(&perceptron, x1), window.0, window.1);
    line.retain(|&(_, x2)| (window.0..=window.1).contains(&x2));
    let dots = |wanted: f64, dot: Dot, ink: Ink| Series {
        ink,
        mark: Mark::Dots(dot),
        points: inputs
            .rows()
            .into_iter()
            .zip(&targets)
            .filter(|(_, t)| **t == wanted)
            .map(|(x, _)| (x[0], x[1]))
            .collect(),
    };
    Chart {
        x: Axis::linear(window.0, window.1).labelled_at(&[0.0, 0.5, 1.0]),
        y: Axis::linear(window.0, window.1).labelled_at(&[0.0, 0.5, 1.0]),
        categories: None,
        series: vec![
            Series {
                ink: Ink::Linear,
                mark: Mark::Line(Stroke::Solid),
                points: line,
            },
            dots(0.0, Dot::Cross, Ink::Main),
            dots(1.0, Dot::Circle, Ink::Main),
        ],
        legend: Some(Corner::UpperRight),
    }
}

/// The weights of the depth experiment: shrinking, neutral, growing.
pub const STACK_WEIGHTS: [f64; 3] = [0.5, 1.0, 2.0];

/// Their inks: the neutral weight 1 in the text colour, the smaller and the
/// larger in the two accents, as every figure draws a setting's values.
const STACK_INKS: [Ink; 3] = [Ink::Accent, Ink::Main, Ink::SecondAccent];

/// The gradient that reaches the input of a stack of 1 to 20 layers (input
/// 1), one panel per activation, one curve per weight, on a log scale.
fn vanishing_gradient() -> Panels {
    let panel = |f: fn(f64) -> f64, df: fn(f64) -> f64| Chart {
        x: Axis::linear(0.0, 21.0),
        y: Axis::log(1e-20, 1e8),
        categories: None,
        series: STACK_WEIGHTS
            .iter()
            .enumerate()
            .map(|(i, &weight)| Series {
                ink: STACK_INKS[i],
                mark: Mark::Line(Stroke::Solid),
                points: (1..=20)
                    .map(|depth| {
                        (
                            depth as f64,
                            first_layer_gradient(f, df, depth, weight, 1.0),
                        )
                    })
                    .collect(),
            })
            .collect(),
        legend: None,
    };
    Panels {
        columns: 3,
        narrow_columns: 1,
        charts: vec![
            panel(sigmoid, sigmoid_derivative),
            panel(tanh, tanh_derivative),
            panel(relu, relu_derivative),
        ],
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn figure(name: &str) -> Option<Figure> {
        figure_model::find(FIGURES, name)
    }

    fn chart(name: &str) -> Chart {
        match figure(name) {
            Some(Figure::Chart(chart)) => chart,
            other => panic!("{name}: {other:?}"),
        }
    }

    #[test]
    fn sigmoid_derivative_curve_peaks_at_a_quarter() {
        let peak = chart("sigmoid").series[1]
            .points
            .iter()
            .map(|p| p.1)
            .fold(0.0, f64::max);
        assert_eq!(peak, 0.25);
    }

    #[test]
    fn the_and_line_passes_through_one_zero() {
        // b = -0.4, w1 = 0.4, w2 = 0.2: the line is x2 = 2 - 2 x1, and the
        // input (1, 0) sits exactly on it, where the step gives 0.
        let figure = chart("and_decision_line");
        assert!(
            figure.series[0]
                .points
                .iter()
                .all(|&(x1, x2)| (x2 - (2.0 - 2.0 * x1)).abs() < 1e-12)
        );
        assert_eq!(figure.series[2].points, vec![(1.0, 1.0)]);
        assert_eq!(figure.series[1].points.len(), 3);
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
            for &(x, y) in &chart(name).series[index].points {
                assert_eq!(y, f(x), "{name} at {x}");
            }
        }
        let together: [Activation; 5] = [step, sigmoid, tanh, relu, leaky];
        let panels = all_activations();
        assert_eq!(panels.charts.len(), together.len());
        for (panel, f) in panels.charts.iter().zip(together) {
            assert_eq!(panel.series.len(), 1, "one activation a panel");
            for &(x, y) in &panel.series[0].points {
                assert_eq!(y, f(x), "all_activations at {x}");
            }
        }
    }

    #[test]
    fn the_pull_on_the_logit_is_the_listings_gradient() {
        let figure = chart("gradient_at_logit");
        for &(z, size) in &figure.series[0].points {
            assert_eq!(size, squared_error_gradient_at_logit(z, 1.0).abs());
        }
        for &(z, size) in &figure.series[1].points {
            assert_eq!(size, cross_entropy_gradient_at_logit(z, 1.0).abs());
        }
    }

    #[test]
    fn bars_and_depths_are_the_listings_numbers() {
        let bars = chart("squared_error");
        let close = squared_errors(&network_output_for_six(), &TARGET_SIX);
        let far = squared_errors(&wrong_output_for_six(), &TARGET_SIX);
        for (set, expected) in bars.series.iter().zip([close, far]) {
            for &(digit, height) in &set.points {
                assert_eq!(height, expected[digit as usize]);
            }
        }
        let panels = vanishing_gradient();
        for (series, weight) in panels.charts[0].series.iter().zip(STACK_WEIGHTS) {
            for &(depth, gradient) in &series.points {
                let expected =
                    first_layer_gradient(sigmoid, sigmoid_derivative, depth as usize, weight, 1.0);
                assert_eq!(gradient, expected);
            }
        }
    }
}
