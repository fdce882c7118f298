//! What each figure shows, computed from the listing crates' functions,
//! one file per chapter.

mod ch01;
mod ch02;

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
        /// Where the legend sits (the corner the curves leave empty), or
        /// `None` for no legend, when the caption says what is what.
        legend: Option<Corner>,
    },
    /// Bars over named categories, one group per category.
    Bars {
        /// The label under each group of bars.
        categories: Vec<String>,
        /// Whether to show the legend (not for a single, captioned series).
        legend: bool,
        /// One bar per category each, side by side.
        series: Vec<Series>,
        /// The top of the y axis.
        y_max: f64,
    },
    /// Several figures side by side, each with a title, `columns` per row.
    Panels {
        /// How many panels per row.
        columns: usize,
        /// `(title, figure)` for each panel.
        panels: Vec<(String, Figure)>,
    },
    /// Circles joined by arrows: a neuron or a network drawn from its shape.
    Diagram {
        /// The drawing's extent in its own units, `(width, height)`.
        size: (f64, f64),
        /// The circles, with the text inside them.
        nodes: Vec<Node>,
        /// Arrows `(from, to, label)` between nodes, by index.
        edges: Vec<(usize, usize, String)>,
        /// Free text `(x, y, text)`: titles, layer names.
        notes: Vec<(f64, f64, String)>,
    },
}

/// One circle of a [`Figure::Diagram`].
#[derive(Debug, Clone, PartialEq)]
pub struct Node {
    /// Centre, in the diagram's units.
    pub at: (f64, f64),
    /// Radius, in the diagram's units.
    pub radius: f64,
    /// The text inside (ASCII).
    pub label: String,
}

/// A corner of a chart.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
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

/// One curve or one set of bars, with its legend label (ASCII, so that
/// plotters sizes it right; the page's caption carries the language).
#[derive(Debug, Clone, PartialEq)]
pub struct Series {
    /// The legend entry.
    pub label: String,
    /// `(x, y)` points for a curve; `(category index, height)` for bars.
    pub points: Vec<(f64, f64)>,
    /// Drawn dashed, so that a curve lying on top of another stays visible.
    pub dashed: bool,
}

/// Every figure name a page may use.
pub fn names() -> Vec<&'static str> {
    ch01::NAMES
        .iter()
        .chain(ch02::NAMES.iter())
        .copied()
        .collect()
}

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
    ch01::figure(name).or_else(|| ch02::figure(name))
}

pub(crate) fn lines(window: (f64, f64, f64, f64), series: Vec<Series>) -> Figure {
    Figure::Lines {
        window,
        axis_labels: ("x", ""),
        series,
        markers: Vec::new(),
        legend: Some(Corner::UpperLeft),
    }
}

/// `f` sampled at 401 evenly spaced points from `from` to `to`. The step's
/// jump falls between two samples, so it is drawn as a steep segment.
pub(crate) fn curve(label: &str, f: impl Fn(f64) -> f64, from: f64, to: f64) -> Series {
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
        dashed: false,
    }
}

/// The same bar chart with no legend: for one series the caption says
/// what the bars are.
pub(crate) fn without_legend(figure: Figure) -> Figure {
    match figure {
        Figure::Bars {
            categories,
            series,
            y_max,
            ..
        } => Figure::Bars {
            categories,
            series,
            y_max,
            legend: false,
        },
        other => other,
    }
}

/// The same curve, drawn dashed.
pub(crate) fn dashed(series: Series) -> Series {
    Series {
        dashed: true,
        ..series
    }
}

pub(crate) fn bars(series: Vec<Series>, y_max: f64) -> Figure {
    Figure::Bars {
        legend: true,
        categories: (0..10).map(|digit| digit.to_string()).collect(),
        series,
        y_max,
    }
}

pub(crate) fn bar_series(label: &str, heights: &[f64]) -> Series {
    Series {
        label: label.to_owned(),
        points: heights
            .iter()
            .enumerate()
            .map(|(i, &h)| (i as f64, h))
            .collect(),
        dashed: false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_listed_name_has_a_figure_and_names_are_unique() {
        let names = names();
        for name in &names {
            assert!(figure(name).is_some(), "{name}");
        }
        let mut sorted = names.clone();
        sorted.sort();
        sorted.dedup();
        assert_eq!(sorted.len(), names.len());
    }

    #[test]
    fn every_point_is_inside_its_window() {
        for name in names() {
            let panels = match figure(name) {
                Some(Figure::Panels { panels, .. }) => panels.into_iter().map(|(_, f)| f).collect(),
                Some(other) => vec![other],
                None => unreachable!(),
            };
            for panel in panels {
                if let Figure::Lines {
                    window,
                    series,
                    markers,
                    ..
                } = panel
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
}
