//! Charts in a grid, with their axis names on the outer edges only.

use super::prelude::*;

/// Charts in a grid, each under its title, axis names on the outer edges
/// only, one legend row below them all.
pub(crate) fn columns(panels: &Panels, layout: &Layout) -> usize {
    if layout.class == NARROW.class {
        panels.narrow_columns
    } else {
        panels.columns
    }
}

/// The height of the legend rows under the panels, `width` wide: none
/// when the panels' titles name their series, else a row of entries for
/// every two ems and an em to spare.
pub(crate) fn legend_row_height(words: &Words, font: u32, width: u32) -> u32 {
    if words.series.is_empty() {
        0
    } else {
        let rows = legend_rows(&words.series, font, width).len() as u32;
        font * (1 + 2 * rows)
    }
}

pub(crate) fn draw_panels(
    area: &Area,
    panels: &Panels,
    words: &Words,
    layout: &Layout,
) -> DrawResult {
    let font = layout.font;
    let (width, height) = area.dim_in_pixel();
    let legend_height = legend_row_height(words, font, area.dim_in_pixel().0);
    let (grid, legend) = area.split_vertically(height - legend_height);
    let columns = columns(panels, layout);
    let rows = panels.charts.len().div_ceil(columns);
    let cells = grid.split_evenly((rows, columns));
    // A panel is a fraction of the drawing's width: its axis gets that
    // fraction of the labels, or they run into each other.
    let layout = &Layout {
        x_labels: (layout.x_labels / columns).max(4),
        ..*layout
    };
    for (i, (cell, chart)) in cells.iter().zip(&panels.charts).enumerate() {
        let (column, row) = (i % columns, i / columns);
        // The title sits nearer its own panel than the row above, whose
        // tick labels end just over it: half a line more above than below.
        let (titled, body) = cell.split_vertically(font * 2);
        titled.draw(&Text::new(
            words.panels[i].clone(),
            (cell.dim_in_pixel().0 as i32 / 2, font as i32 * 5 / 4),
            text_style(font).pos(Pos::new(HPos::Center, VPos::Center)),
        ))?;
        let x_name = if row + 1 == rows {
            words.x.as_str()
        } else {
            ""
        };
        let y_name = if column == 0 { words.y.as_str() } else { "" };
        let title_row = !words.y.is_empty();
        draw_chart_with_title_row(
            &body,
            chart,
            (x_name, y_name),
            title_row,
            Names::Elsewhere,
            layout,
        )?;
    }
    let _ = width;
    if words.series.is_empty() {
        return Ok(());
    }
    draw_legend_row(
        &legend,
        &panels.charts[0].named_series(),
        &words.series,
        font,
    )
}
