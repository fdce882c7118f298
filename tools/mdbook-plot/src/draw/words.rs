//! The words a figure shows, from the page's directive, and the check that
//! they fit it.

use super::prelude::*;

/// The words a figure shows, from the page's directive.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Words {
    /// The horizontal axis's name.
    pub x: String,
    /// The vertical axis's name.
    pub y: String,
    /// One legend entry per series, in order.
    pub series: Vec<String>,
    /// One title per panel, in order.
    pub panels: Vec<String>,
}

impl Words {
    /// The words of a directive.
    pub fn of(directive: &Directive) -> Words {
        Words {
            x: directive.x.clone(),
            y: directive.y.clone(),
            series: directive.series.clone(),
            panels: directive.panels.clone(),
        }
    }
}

/// Checks that the directive gives exactly the words the figure needs.
///
/// # Errors
/// Naming what is missing or extra.
pub fn check_words(figure: &Figure, words: &Words) -> Result<(), String> {
    let axes = |x: &str, y: &str| {
        if x.is_empty() || y.is_empty() {
            Err("this figure needs x=\"…\" and y=\"…\" (its axes' names)".to_owned())
        } else {
            Ok(())
        }
    };
    let count = |what: &str, given: usize, wanted: usize| {
        if given == wanted {
            Ok(())
        } else {
            Err(format!(
                "this figure needs {wanted} {what} (separated by `|`), got {given}"
            ))
        }
    };
    match figure {
        Figure::Chart(chart) => {
            axes(&words.x, &words.y)?;
            let named = if chart.legend.is_some() {
                chart.named_series().len()
            } else {
                0
            };
            count("series names", words.series.len(), named)?;
            count("panel titles", words.panels.len(), 0)
        }
        Figure::Panels(panels) => {
            axes(&words.x, &words.y)?;
            count("panel titles", words.panels.len(), panels.charts.len())?;
            // Panels of one series each may leave the series unnamed: each
            // panel's title names its one series, and a legend would show
            // only the first panel's colour.
            let one_each = panels.charts.iter().all(|c| c.named_series().len() == 1);
            if one_each && words.series.is_empty() {
                return Ok(());
            }
            count(
                "series names",
                words.series.len(),
                panels.charts[0].named_series().len(),
            )
        }
        Figure::Diagram(_) => {
            let none = words.x.is_empty() && words.y.is_empty();
            if !none {
                return Err("a diagram has no axes to name".to_owned());
            }
            count("series names", words.series.len(), 0)?;
            count("panel titles", words.panels.len(), 0)
        }
        Figure::Digits(grid) => {
            if !(words.x.is_empty() && words.y.is_empty()) {
                return Err("digits have no axes to name".to_owned());
            }
            // Marked bars need a legend: what the two colours mean.
            let marked = grid.cells.iter().any(|c| c.marked.is_some());
            count(
                "series names",
                words.series.len(),
                if marked { 2 } else { 0 },
            )?;
            count("panel titles", words.panels.len(), 0)
        }
        Figure::Matrix(_) => {
            // x names the columns (the answers), y the rows (the right
            // classes).
            axes(&words.x, &words.y)?;
            count("series names", words.series.len(), 0)?;
            count("panel titles", words.panels.len(), 0)
        }
        Figure::Pad(_) => {
            // x names the bars' digits, y their probabilities; the series
            // are the clear button, the eraser, the starters' label and the
            // counts' title.
            axes(&words.x, &words.y)?;
            count("series names", words.series.len(), 4)?;
            count("panel titles", words.panels.len(), 0)
        }
    }
}
