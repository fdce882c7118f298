//! Drawing a [`Figure`] as SVG that follows the reader's theme, in two
//! layouts: a wide one for desktops and print, and a narrow one, with fewer
//! ticks and larger type, for phones.
//!
//! plotters only knows fixed colours, so it draws axes, labels and grid in
//! "sentinel" colours that nothing else uses, and those are then replaced by
//! `currentColor`: the figure takes the text colour of whichever theme the
//! reader picked. The inks are mid-tones that keep at least 3:1 contrast on
//! the light theme's white and on the dark themes' near black alike.
//!
//! plotters places everything on whole units of the canvas, so the canvas is
//! drawn at two to three times the size it is shown at: curves stay smooth
//! when a reader zooms in.

mod chart;
mod diagram;
mod digits;
mod html;
mod ink;
mod layout;
mod legend;
mod matrix;
mod pad;
mod panels;
mod text;
mod ticks;
mod words;

/// What every part of the drawing uses: plotters, the figure model, and
/// each other's pieces.
mod prelude {
    pub(super) use plotters::coord::Shift;
    pub(super) use plotters::coord::ranged1d::{
        BoldPoints, KeyPointHint, LightPoints, Ranged, ValueFormatter,
    };
    pub(super) use plotters::coord::types::RangedCoordf64;
    pub(super) use plotters::prelude::*;
    pub(super) use plotters::style::text_anchor::{HPos, Pos, VPos};

    pub(super) use super::pad::*;
    pub(super) use crate::directive::Directive;
    pub(super) use crate::figures::{
        Axis, Chart, Corner, CountMatrix, Diagram, DigitCell, DigitGrid, Dot, Figure, Ink, Mark,
        Node, Panels, Series, Stroke, Ticks,
    };

    pub(super) use super::chart::*;
    pub(super) use super::diagram::*;
    pub(super) use super::digits::*;
    pub(super) use super::ink::*;
    pub(super) use super::layout::*;
    pub(super) use super::legend::*;
    pub(super) use super::matrix::*;
    pub(super) use super::panels::*;
    pub(super) use super::text::*;
    pub(super) use super::ticks::*;
    pub(super) use super::words::*;
    pub(super) use super::{Area, DrawResult, render_svg};
}

use prelude::*;

pub use html::figure_html;
pub use layout::{Layout, NARROW, WIDE, rendered_text_px};
pub use words::{Words, check_words};

/// The figure as a standalone `<svg>` element, deterministic to the byte.
///
/// # Errors
/// If the words do not fit the figure ([`check_words`]).
///
/// ```
/// use mdbook_plot::figures::{Axis, Chart, Figure, Ink, curve};
/// use mdbook_plot::{Words, WIDE, render_svg};
///
/// let relu = Figure::Chart(Chart {
///     x: Axis::linear(-3.0, 3.0),
///     y: Axis::linear(-0.5, 3.5),
///     categories: None,
///     series: vec![curve(Ink::Relu, |x: f64| x.max(0.0), -3.0, 3.0)],
///     legend: None,
/// });
/// let words = Words { x: "x".into(), y: "ReLU(x)".into(), ..Words::default() };
/// let svg = render_svg(&relu, &words, &WIDE).unwrap();
/// assert!(svg.starts_with("<svg"));
/// assert!(svg.contains("currentColor"));
/// assert_eq!(svg, render_svg(&relu, &words, &WIDE).unwrap());
/// ```
pub fn render_svg(figure: &Figure, words: &Words, layout: &Layout) -> Result<String, String> {
    check_words(figure, words)?;
    if let Figure::Pad(_) = figure {
        return Err("a drawing pad is a form on the page, not a picture".to_owned());
    }
    // More than three lines are named at their ends where the layout has
    // the room; where they would crowd each other there, or the layout is
    // narrow, a legend explains them.
    if let Figure::Chart(chart) = figure
        && labels_at_line_ends(chart, &words.series, layout)
    {
        match render(figure, words, layout, Legend::AtLineEnds) {
            Err(e) if e.downcast_ref::<EndLabelsCrowd>().is_some() => {}
            other => return other.map_err(|e| format!("drawing failed: {e}")),
        }
    }
    match render(figure, words, layout, Legend::InCorner) {
        // A legend must never hide what it explains: where the chart's
        // corner is taken by data in this layout, the legend moves below.
        Err(e) if e.downcast_ref::<LegendCovers>().is_some() => {
            render(figure, words, layout, Legend::Below)
        }
        other => other,
    }
    .map_err(|e| format!("drawing failed: {e}"))
}

fn render(
    figure: &Figure,
    words: &Words,
    layout: &Layout,
    legend: Legend,
) -> Result<String, Box<dyn std::error::Error>> {
    let mut svg = String::new();
    {
        let size = (layout.width, height(figure, words, layout, legend));
        let root = SVGBackend::with_string(&mut svg, size).into_drawing_area();
        // Drawing into a String cannot fail for lack of a file or a font:
        // plotters' SVG backend writes text elements and lets the browser
        // pick the font.
        draw(&root, figure, words, layout, legend)?;
        root.present()?;
    }
    Ok(theme_colours(&svg))
}

pub(crate) type Area<'a> = DrawingArea<SVGBackend<'a>, Shift>;
pub(crate) type DrawResult = Result<(), Box<dyn std::error::Error + 'static>>;

fn draw(
    area: &Area,
    figure: &Figure,
    words: &Words,
    layout: &Layout,
    legend: Legend,
) -> DrawResult {
    match figure {
        Figure::Chart(chart) => {
            let axes = (words.x.as_str(), words.y.as_str());
            match (chart.legend, legend) {
                (Some(_), Legend::Below) => {
                    let (_, height) = area.dim_in_pixel();
                    let rows = legend_grid_height(&words.series, layout);
                    let (plot, below) = area.split_vertically(height - rows);
                    draw_chart(&plot, chart, axes, Names::Elsewhere, layout)?;
                    draw_legend_grid(&below, &chart.named_series(), &words.series, layout.font)
                }
                (Some(_), Legend::InCorner) => {
                    draw_chart(area, chart, axes, Names::InCorner(&words.series), layout)
                }
                (Some(_), Legend::AtLineEnds) => {
                    draw_chart(area, chart, axes, Names::AtLineEnds(&words.series), layout)
                }
                (None, _) => draw_chart(area, chart, axes, Names::Elsewhere, layout),
            }
        }
        Figure::Panels(panels) => draw_panels(area, panels, words, layout),
        Figure::Diagram(diagram) => draw_diagram(area, diagram, layout.font),
        Figure::Digits(grid) => draw_digits(area, grid, words, layout),
        Figure::Matrix(matrix) => draw_matrix(area, matrix, words, layout),
        // render_svg turns a pad away before drawing starts.
        Figure::Pad(_) => Ok(()),
    }
}

#[cfg(test)]
pub(crate) mod tests;
