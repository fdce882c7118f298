//! What a figure of the book holds: numbers and how to draw them, never
//! words. Axis names, legend entries and panel titles come from the page's
//! `{{#plot …}}` directive, in the page's language.
//!
//! Each chapter's figures are computed by its crate in `tools/chapters/`,
//! from the listing's own functions, and printed as JSON by its binary
//! ([`print`]); `mdbook-plot` reads them ([`Figures`]) and draws them.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

/// Every figure of some chapters, by name.
pub type Figures = BTreeMap<String, Figure>;

/// A chapter's figures: each name with the function that computes it.
pub type Table = [(&'static str, fn() -> Figure)];

/// Computes every figure of `table` and prints them to standard output as
/// one JSON object, name to figure: what a chapter crate's binary does.
///
/// # Panics
/// If two figures have the same name, or standard output is closed.
///
/// ```no_run
/// use figure_model::{Axis, Chart, Figure};
///
/// fn empty() -> Figure {
///     Figure::Chart(Chart {
///         x: Axis::linear(0.0, 1.0),
///         y: Axis::linear(0.0, 1.0),
///         categories: None,
///         series: Vec::new(),
///         legend: None,
///     })
/// }
///
/// figure_model::print(&[("empty", empty)]);
/// ```
pub fn print(table: &Table) {
    let figures = compute(table);
    let json = serde_json::to_string(&figures).expect("figures are plain data");
    println!("{json}");
}

/// The figure of `table` called `name`, computed, if there is one.
///
/// ```
/// use figure_model::{Axis, Chart, Figure, find};
///
/// fn empty() -> Figure {
///     Figure::Chart(Chart {
///         x: Axis::linear(0.0, 1.0),
///         y: Axis::linear(0.0, 1.0),
///         categories: None,
///         series: Vec::new(),
///         legend: None,
///     })
/// }
///
/// assert!(find(&[("empty", empty)], "empty").is_some());
/// assert!(find(&[("empty", empty)], "full").is_none());
/// ```
pub fn find(table: &Table, name: &str) -> Option<Figure> {
    table
        .iter()
        .find(|(n, _)| *n == name)
        .map(|(_, make)| make())
}

/// Computes every figure of `table`.
///
/// # Panics
/// If two figures have the same name.
///
/// ```
/// use figure_model::{Axis, Chart, Figure, compute};
///
/// fn empty() -> Figure {
///     Figure::Chart(Chart {
///         x: Axis::linear(0.0, 1.0),
///         y: Axis::linear(0.0, 1.0),
///         categories: None,
///         series: Vec::new(),
///         legend: None,
///     })
/// }
///
/// let figures = compute(&[("empty", empty)]);
/// assert_eq!(figures.keys().collect::<Vec<_>>(), ["empty"]);
/// ```
pub fn compute(table: &Table) -> Figures {
    let mut figures = Figures::new();
    for (name, make) in table {
        let previous = figures.insert((*name).to_owned(), make());
        assert!(previous.is_none(), "two figures are called {name}");
    }
    figures
}

/// A figure's content, before it is drawn.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub enum Figure {
    /// One chart: curves, dots or bars over two axes.
    Chart(Chart),
    /// Several charts in a grid sharing axes names and a legend below them,
    /// each titled by the page.
    Panels(Panels),
    /// Circles joined by arrows: a neuron or a network drawn from its shape.
    Diagram(Diagram),
    /// Small images of handwritten digits in a grid, each with a caption
    /// and, if it has them, its ten probabilities as bars.
    Digits(DigitGrid),
    /// An 8 × 8 pad the reader draws a digit on, read by a trained network
    /// in the page as they draw: the one figure that is not a picture.
    Pad(DigitPad),
    /// Counts in a square table, rows the right classes and columns the
    /// answers given, each count written in its square (a confusion matrix).
    Matrix(CountMatrix),
}

/// A confusion matrix: `counts[row][column]` of the things of class `row`
/// that were answered `column`. Squares on the diagonal (right answers) are
/// shaded in one ink, counts off it (mistakes) in another, and a square
/// with no count is left empty.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct CountMatrix {
    /// The classes, in the order of both the rows and the columns: the
    /// same in every language (digits).
    pub labels: Vec<String>,
    /// One row per class, one count per class.
    pub counts: Vec<Vec<u32>>,
}

/// A drawing pad with the network that reads it, and test digits to start
/// from.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct DigitPad {
    /// The network, reading pixels from 0 to 16 divided by 16.
    pub network: PadNetwork,
    /// Digits the network was measured on, each with the probabilities the
    /// Rust network gives it (which the page's own forward pass must
    /// reproduce).
    pub digits: Vec<PadDigit>,
    /// Which of `digits` the reader can load with a button, in order.
    pub starters: Vec<usize>,
}

/// A network of one hidden layer, as plain numbers.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct PadNetwork {
    /// `relu`, `sigmoid` or `tanh`.
    pub activation: String,
    /// Inputs × hidden weights, row by row.
    pub w1: Vec<Vec<f64>>,
    /// One bias per hidden neuron.
    pub b1: Vec<f64>,
    /// Hidden × outputs weights, row by row.
    pub w2: Vec<Vec<f64>>,
    /// One bias per output.
    pub b2: Vec<f64>,
}

/// One digit for a [`DigitPad`].
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct PadDigit {
    /// 64 pixels from 0 to 16, eight rows of eight.
    pub pixels: Vec<u8>,
    /// The digit it is.
    pub label: usize,
    /// The digit the Rust network reads in it.
    pub answer: usize,
    /// The network's probability for each digit 0–9.
    pub probabilities: Vec<f64>,
}

/// Handwritten digits in a grid.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct DigitGrid {
    /// How many digits per row.
    pub columns: usize,
    /// How many digits per row in a narrow column (on a phone).
    pub narrow_columns: usize,
    /// The digits, row by row.
    pub cells: Vec<DigitCell>,
    /// Whether pixels run from -1 to 1 (weights: positive in one ink,
    /// negative in another) instead of from 0 to 1 (ink on paper).
    pub signed: bool,
}

/// One digit of a [`DigitGrid`].
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct DigitCell {
    /// 64 pixel values in [0, 1] (or [-1, 1] in a signed grid), eight rows
    /// of eight.
    pub pixels: Vec<f64>,
    /// The text under it: digits and arrows, the same in every language.
    pub caption: String,
    /// A probability per digit 0–9 to draw as bars, or none.
    pub bars: Vec<f64>,
    /// The right digit's bar, drawn in the first ink, and the network's
    /// answer's, in the second: `(right, answer)`.
    pub marked: Option<(usize, usize)>,
}

/// Curves, dots or bars over two axes.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Chart {
    /// The horizontal axis.
    pub x: Axis,
    /// The vertical axis.
    pub y: Axis,
    /// For bar charts, the label under each bar group, at x = 0, 1, 2, ….
    pub categories: Option<Vec<String>>,
    /// What is drawn, in legend order.
    pub series: Vec<Series>,
    /// Where the legend sits, or `None` when the caption alone says what the
    /// one series is.
    pub legend: Option<Corner>,
}

impl Chart {
    /// The series the legend names, in order: all but the bands.
    ///
    /// ```
    /// use figure_model::{Axis, Chart, Ink, band, curve};
    ///
    /// let chart = Chart {
    ///     x: Axis::linear(0.0, 1.0),
    ///     y: Axis::linear(0.0, 1.0),
    ///     categories: None,
    ///     series: vec![band(Ink::Relu, &[(0.0, 0.1)], &[(0.0, 0.2)]), curve(Ink::Relu, |x| x, 0.0, 1.0)],
    ///     legend: None,
    /// };
    /// assert_eq!(chart.named_series().len(), 1);
    /// ```
    pub fn named_series(&self) -> Vec<&Series> {
        self.series
            .iter()
            .filter(|s| s.mark != Mark::Band)
            .collect()
    }
}

/// One axis of a chart.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Axis {
    /// The values at the two ends.
    pub range: (f64, f64),
    /// Logarithmic instead of linear.
    pub log: bool,
    /// Which values get a label.
    pub ticks: Ticks,
}

impl Axis {
    /// A linear axis from `from` to `to` with labels where plotters finds
    /// round numbers.
    pub fn linear(from: f64, to: f64) -> Axis {
        Axis {
            range: (from, to),
            log: false,
            ticks: Ticks::Auto,
        }
    }

    /// A logarithmic axis (labels at powers of ten).
    pub fn log(from: f64, to: f64) -> Axis {
        Axis {
            range: (from, to),
            log: true,
            ticks: Ticks::Auto,
        }
    }

    /// The same axis, labelled only at these values.
    pub fn labelled_at(self, values: &[f64]) -> Axis {
        Axis {
            ticks: Ticks::At(values.to_vec()),
            ..self
        }
    }
}

/// Which values of an axis get a label.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub enum Ticks {
    /// Round numbers, as many as fit.
    Auto,
    /// Only these.
    At(Vec<f64>),
}

/// Several charts in a grid.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Panels {
    /// How many charts per row.
    pub columns: usize,
    /// How many charts per row in a narrow column (on a phone).
    pub narrow_columns: usize,
    /// The charts, row by row. Their series are alike, so one legend below
    /// the grid explains them all.
    pub charts: Vec<Chart>,
}

/// A corner of a chart.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum Corner {
    /// Top left.
    UpperLeft,
    /// Top right.
    UpperRight,
    /// Bottom left.
    LowerLeft,
    /// Bottom right.
    LowerRight,
}

/// One curve, one set of dots or one set of bars.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Series {
    /// Which colour it takes: the same function has the same colour in
    /// every figure.
    pub ink: Ink,
    /// How it is drawn.
    pub mark: Mark,
    /// `(x, y)` points for a curve or dots; `(category index, height)` for
    /// bars. In a line, a point that is not finite (a `NaN`) lifts the pen,
    /// so that one series can be several separate outlines.
    #[serde(with = "points")]
    pub points: Vec<(f64, f64)>,
}

/// How a series is drawn.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum Mark {
    /// A line through the points.
    Line(Stroke),
    /// A line through measured points, each marked with a small dot, so
    /// that a reader tells what was measured from what the line joins.
    MeasuredLine(Stroke),
    /// A mark at each point.
    Dots(Dot),
    /// A bar up to each point.
    Bars,
    /// A faint filled region, drawn under everything else and left out of
    /// the legend: the points run along its lower edge and back along its
    /// upper edge (see [`band`]). For a spread around a curve.
    Band,
}

/// The pattern of a line.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum Stroke {
    /// Unbroken: a function.
    Solid,
    /// Long dashes: a derivative, in its function's colour.
    Dashed,
    /// Short dots: a curve drawn over another that it partly covers.
    Dotted,
    /// Unbroken and broad: a curve that another, drawn narrow over it,
    /// partly covers, so that both show.
    Broad,
}

/// The mark of a dot.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum Dot {
    /// ×
    Cross,
    /// ●
    Circle,
}

/// What a series is, which fixes its colour: one colour per concept for
/// the whole book. Each function, loss and optimiser owns a colour that
/// nothing else is drawn in; what a figure sets against the book's main run
/// is drawn in the text colour ([`Ink::Main`]) and one or two accents.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum Ink {
    /// The step function.
    Step,
    /// The identity, the other straight lines, and reference lines (a
    /// decision line, numpy's time, a setting's score, a start that learns
    /// nothing).
    Linear,
    /// The sigmoid.
    Sigmoid,
    /// tanh.
    Tanh,
    /// ReLU.
    Relu,
    /// Leaky ReLU.
    LeakyRelu,
    /// Softmax.
    Softmax,
    /// The cross-entropy loss, in every figure that compares losses.
    CrossEntropy,
    /// The squared-error loss, likewise.
    SquaredError,
    /// Plain gradient descent, in every figure that compares optimisers.
    Sgd,
    /// Momentum, likewise.
    Momentum,
    /// AdaGrad, likewise.
    AdaGrad,
    /// RMSProp, likewise.
    RmsProp,
    /// Adam, likewise.
    Adam,
    /// The text colour: the one thing a figure shows, or the main run (the
    /// training digits, raw pixels, the plain network, the reference value
    /// of a setting, the right answer) that the accents are set against.
    Main,
    /// The first thing a figure sets against [`Ink::Main`]: the validation
    /// digits, centred pixels, weight decay, a smaller value of a setting,
    /// the network's wrong answer, a positive weight.
    Accent,
    /// The second: dropout, a larger value of a setting, a negative weight.
    SecondAccent,
}

/// A diagram: circles joined by arrows.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Diagram {
    /// The drawing's extent in its own units, `(width, height)`.
    pub size: (f64, f64),
    /// The circles, with the text inside them.
    pub nodes: Vec<Node>,
    /// Arrows `(from, to, label)` between nodes, by index.
    pub edges: Vec<(usize, usize, String)>,
    /// Free text `(x, y, text)`.
    pub notes: Vec<(f64, f64, String)>,
}

/// One circle of a [`Diagram`].
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Node {
    /// Centre, in the diagram's units.
    pub at: (f64, f64),
    /// Radius, in the diagram's units.
    pub radius: f64,
    /// The text inside: mathematical notation, the same in every language.
    pub label: String,
}

/// The lines of a program's output that are all numbers, as numbers: the
/// tables a chapter draws from its examples' committed outputs. Headers,
/// labels and blank lines are passed over.
///
/// ```
/// let text = "epoch  loss\n1  0.5\n2  0.25\nSGD 0.1\n";
/// assert_eq!(figure_model::numeric_rows(text), [vec![1.0, 0.5], vec![2.0, 0.25]]);
/// ```
pub fn numeric_rows(text: &str) -> Vec<Vec<f64>> {
    text.lines()
        .filter_map(|line| {
            line.split_whitespace()
                .map(|word| word.parse::<f64>().ok())
                .collect::<Option<Vec<f64>>>()
        })
        .filter(|row| !row.is_empty())
        .collect()
}

/// `f` sampled at 601 evenly spaced points from `from` to `to`. The step's
/// jump falls between two samples, so it is drawn as a steep segment.
pub fn sampled(f: impl Fn(f64) -> f64, from: f64, to: f64) -> Vec<(f64, f64)> {
    let samples = 600;
    (0..=samples)
        .map(|i| {
            let x = from + (to - from) * f64::from(i) / f64::from(samples);
            (x, f(x))
        })
        .collect()
}

/// A solid curve of `f` in `ink`.
pub fn curve(ink: Ink, f: impl Fn(f64) -> f64, from: f64, to: f64) -> Series {
    Series {
        ink,
        mark: Mark::Line(Stroke::Solid),
        points: sampled(f, from, to),
    }
}

/// The same series with another line pattern.
pub fn stroked(series: Series, stroke: Stroke) -> Series {
    Series {
        mark: Mark::Line(stroke),
        ..series
    }
}

/// A band in `ink` between `lower` and `upper`, two curves over the same
/// x values: the region a spread covers, such as the lowest and highest of
/// several runs.
///
/// ```
/// use figure_model::{Ink, Mark, band};
///
/// let b = band(Ink::Relu, &[(0.0, 1.0), (1.0, 2.0)], &[(0.0, 3.0), (1.0, 4.0)]);
/// assert_eq!(b.mark, Mark::Band);
/// assert_eq!(b.points, [(0.0, 1.0), (1.0, 2.0), (1.0, 4.0), (0.0, 3.0)]);
/// ```
pub fn band(ink: Ink, lower: &[(f64, f64)], upper: &[(f64, f64)]) -> Series {
    Series {
        ink,
        mark: Mark::Band,
        points: lower.iter().chain(upper.iter().rev()).copied().collect(),
    }
}

/// One bar per digit 0–9.
pub fn digit_bars(ink: Ink, heights: &[f64]) -> Series {
    Series {
        ink,
        mark: Mark::Bars,
        points: heights
            .iter()
            .enumerate()
            .map(|(i, &h)| (i as f64, h))
            .collect(),
    }
}

/// The labels under bars for the digits 0–9.
pub fn digits() -> Option<Vec<String>> {
    Some((0..10).map(|d: u8| d.to_string()).collect())
}

/// Points as JSON, which has no `NaN`: a coordinate that is not a finite
/// number is written as `null` and read back as `NaN`.
mod points {
    use serde::{Deserialize, Deserializer, Serialize, Serializer};

    type Written = (Option<f64>, Option<f64>);

    fn finite(v: f64) -> Option<f64> {
        v.is_finite().then_some(v)
    }

    pub fn serialize<S: Serializer>(points: &[(f64, f64)], s: S) -> Result<S::Ok, S::Error> {
        let written: Vec<Written> = points
            .iter()
            .map(|&(x, y)| (finite(x), finite(y)))
            .collect();
        written.serialize(s)
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<Vec<(f64, f64)>, D::Error> {
        let written = Vec::<Written>::deserialize(d)?;
        Ok(written
            .into_iter()
            .map(|(x, y)| (x.unwrap_or(f64::NAN), y.unwrap_or(f64::NAN)))
            .collect())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_break_in_a_line_survives_the_trip_through_json() {
        let series = Series {
            ink: Ink::Relu,
            mark: Mark::Line(Stroke::Solid),
            points: vec![(0.0, 1.0), (f64::NAN, f64::NAN), (2.0, 3.0)],
        };
        let text = serde_json::to_string(&series).expect("a series is written");
        let back: Series = serde_json::from_str(&text).expect("and read back");
        assert_eq!(back.points[0], (0.0, 1.0));
        assert!(back.points[1].0.is_nan() && back.points[1].1.is_nan());
        assert_eq!(back.points[2], (2.0, 3.0));
    }
}
