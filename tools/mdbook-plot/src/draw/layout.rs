//! The size of a drawing, wide (desktops, print) or narrow (phones), and how
//! tall each kind of figure is drawn.

use super::prelude::*;

/// The size of a drawing and its type.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Layout {
    /// The class the `<svg>` gets (`plot-wide`, `plot-narrow`).
    pub class: &'static str,
    /// The canvas's width in its own units.
    pub width: u32,
    /// A chart's height in the same units.
    pub chart_height: u32,
    /// The size of every text.
    pub font: u32,
    /// At most this many labels on a horizontal axis.
    pub x_labels: usize,
    /// At most this many labels on a vertical axis.
    pub y_labels: usize,
}

/// Desktops and print: shown the column's width, 710 CSS px or more (the
/// book's CSS switches to [`NARROW`] below 710 px; mdBook's column is at
/// most 750 px), so the type is 13.1 px or more there: plotters writes a
/// font of size `s` as `font-size` `s / 1.24` ([`rendered_text_px`]).
pub const WIDE: Layout = Layout {
    class: "plot-wide",
    width: 1920,
    chart_height: 1200,
    font: 44,
    x_labels: 12,
    y_labels: 9,
};

/// Phones and narrow windows: shown 320–710 CSS px wide, so the type is
/// 11.2–24.8 px, with fewer ticks to leave room for it.
pub const NARROW: Layout = Layout {
    class: "plot-narrow",
    width: 1200,
    chart_height: 1000,
    font: 52,
    x_labels: 6,
    y_labels: 6,
};

/// How tall, in CSS px, a text in `layout` renders when its drawing is shown
/// `shown_px` CSS px wide.
///
/// ```
/// use mdbook_plot::{NARROW, rendered_text_px};
///
/// assert!(rendered_text_px(&NARROW, 320.0) >= 11.0);
/// ```
#[must_use]
pub fn rendered_text_px(layout: &Layout, shown_px: f64) -> f64 {
    // plotters' SVG backend divides a font's size by 1.24 (its line-height
    // allowance) when it writes `font-size`.
    f64::from(layout.font) / 1.24 * shown_px / f64::from(layout.width)
}

/// The canvas height a figure needs in `layout`.
pub(crate) fn height(figure: &Figure, words: &Words, layout: &Layout, legend: Legend) -> u32 {
    match figure {
        Figure::Chart(_) => match legend {
            Legend::InCorner | Legend::AtLineEnds => layout.chart_height,
            Legend::Below => layout.chart_height + legend_grid_height(&words.series, layout),
        },
        Figure::Panels(panels) => {
            let columns = columns(panels, layout);
            let rows = panels.charts.len().div_ceil(columns) as u32;
            let cell = layout.width / columns as u32;
            // Square plots, a title over each, a legend row below them all;
            // a single column gets flatter plots, or a phone would scroll
            // through screens of them.
            let plot = if columns == 1 { cell * 2 / 3 } else { cell };
            rows * (plot + layout.font * 3 / 2)
                + legend_row_height(words, layout.font, layout.width)
        }
        Figure::Diagram(diagram) => {
            (f64::from(layout.width) * diagram.size.1 / diagram.size.0) as u32
        }
        Figure::Digits(grid) => {
            let columns = digit_columns(grid, layout);
            let rows = grid.cells.len().div_ceil(columns) as u32;
            let legend = if grid.cells.iter().any(|c| c.marked.is_some()) {
                layout.font * 3
            } else {
                0
            };
            rows * digit_cell_height(grid, layout) + legend
        }
        Figure::Matrix(matrix) => matrix_height(matrix, layout),
        // A pad is HTML, sized by the stylesheet.
        Figure::Pad(_) => 0,
    }
}
