//! Legends: in a corner of the chart, or in rows below it when a corner
//! would hide data.

use super::prelude::*;

/// Where a chart's legend goes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Legend {
    /// In a box in the corner the figure names.
    InCorner,
    /// In rows under the chart.
    Below,
    /// Each entry beside the end of its line, in a column right of the
    /// plot: where a legend would need more than three entries, the reader
    /// no longer looks back and forth between lines and a key. Wide layouts
    /// only: on a phone the column would take the plot's room.
    AtLineEnds,
}

/// The words a chart writes for its series, and where.
#[derive(Debug, Clone, Copy)]
pub(crate) enum Names<'a> {
    /// None: the caption, a legend below or panel titles say it.
    Elsewhere,
    /// In a box in the chart's corner.
    InCorner(&'a [String]),
    /// At the ends of the lines ([`Legend::AtLineEnds`]).
    AtLineEnds(&'a [String]),
}

/// Labels at the lines' ends would not fit: too many for the chart's
/// height.
#[derive(Debug)]
pub(crate) struct EndLabelsCrowd;

impl std::fmt::Display for EndLabelsCrowd {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "the labels at the lines' ends do not fit the chart's height"
        )
    }
}

impl std::error::Error for EndLabelsCrowd {}

/// Whether a chart names its series at the lines' ends in `layout`: more
/// than three entries, every one a line, and a wide layout.
pub(crate) fn labels_at_line_ends(chart: &Chart, names: &[String], layout: &Layout) -> bool {
    chart.legend.is_some()
        && names.len() > 3
        && layout.class == WIDE.class
        && chart
            .named_series()
            .iter()
            .all(|s| matches!(s.mark, Mark::Line(_) | Mark::MeasuredLine(_)))
}

/// The width of the column the labels at the lines' ends take: a leader
/// line, a gap, and the longest name.
pub(crate) fn end_label_column(names: &[String], font: u32) -> u32 {
    let longest = names
        .iter()
        .map(|n| text_width(n, font))
        .fold(0.0, f64::max);
    (longest + 2.5 * f64::from(font)).ceil() as u32
}

/// Where each label at a line's end goes: as near its line's end `ends[i]`
/// (pixel rows) as it can be while every two labels keep `gap` apart and
/// all stay between `top` and `bottom`; `None` if they cannot.
pub(crate) fn spread_labels(ends: &[i32], gap: i32, top: i32, bottom: i32) -> Option<Vec<i32>> {
    let mut order: Vec<usize> = (0..ends.len()).collect();
    order.sort_by_key(|&i| ends[i]);
    let mut rows: Vec<i32> = order.iter().map(|&i| ends[i].clamp(top, bottom)).collect();
    // Push down what crowds the label above it, then push up from the
    // bottom what that pushed past it.
    for k in 1..rows.len() {
        rows[k] = rows[k].max(rows[k - 1] + gap);
    }
    if let Some(last) = rows.last_mut() {
        *last = (*last).min(bottom);
    }
    for k in (0..rows.len().saturating_sub(1)).rev() {
        rows[k] = rows[k].min(rows[k + 1] - gap);
    }
    if rows.first().is_some_and(|&first| first < top) {
        return None;
    }
    let mut placed = vec![0; ends.len()];
    for (k, &i) in order.iter().enumerate() {
        placed[i] = rows[k];
    }
    Some(placed)
}

/// A legend box would hide part of a series.
#[derive(Debug)]
pub(crate) struct LegendCovers(pub(crate) usize);

impl std::fmt::Display for LegendCovers {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "the legend would cover series {}", self.0)
    }
}

impl std::error::Error for LegendCovers {}

/// A legend entry's sample is this many ems wide: long enough for a dashed
/// line to show two dashes clear of a measured line's dot (at 1.8 em a
/// dashed and a solid swatch looked alike on a phone).
const SWATCH: f64 = 2.6;
/// The space between a sample and its name, in ems.
const SWATCH_GAP: f64 = 0.5;

/// A legend entry's sample: a short line, a dot, or a square of colour,
/// `size` units wide, centred vertically on `y`, starting at `x`.
pub(crate) fn draw_swatch(
    area: &Area,
    series: &Series,
    (x, y): (i32, i32),
    size: i32,
    font: u32,
) -> DrawResult {
    let ink = colour(series.ink);
    match series.mark {
        Mark::Line(stroke) | Mark::MeasuredLine(stroke) => {
            let style = ink.stroke_width(line_width(stroke, font));
            match stroke {
                Stroke::Solid | Stroke::Broad => {
                    area.draw(&PathElement::new([(x, y), (x + size, y)], style))?;
                }
                Stroke::Dashed | Stroke::Dotted => {
                    let (dash, gap) = if stroke == Stroke::Dashed {
                        (font as i32 * 3 / 5, font as i32 * 2 / 5)
                    } else {
                        (font as i32 / 5, font as i32 / 4)
                    };
                    let mut start = x;
                    while start < x + size {
                        let end = (start + dash).min(x + size);
                        area.draw(&PathElement::new([(start, y), (end, y)], style))?;
                        start = end + gap;
                    }
                }
            }
            if matches!(series.mark, Mark::MeasuredLine(_)) {
                area.draw(&Circle::new(
                    (x + size / 2, y),
                    measured_dot_radius(font),
                    ink.filled(),
                ))?;
            }
        }
        Mark::Dots(dot) => {
            let radius = dot_radius(font) as i32;
            let centre = (x + size / 2, y);
            match dot {
                Dot::Cross => area.draw(&Cross::new(
                    centre,
                    radius as u32,
                    ink.stroke_width(font / 8 + 2),
                ))?,
                Dot::Circle => area.draw(&Circle::new(centre, radius as u32, ink.filled()))?,
            }
        }
        Mark::Bars | Mark::Band => {
            let half = font as i32 / 3;
            let centre = x + size / 2;
            area.draw(&Rectangle::new(
                [(centre - half, y - half), (centre + half, y + half)],
                ink.filled(),
            ))?;
        }
    }
    Ok(())
}

/// Where a legend box goes in a plotting area of `(width, height)`: its
/// left, top, width and height, sized to its longest entry.
pub(crate) fn legend_box(
    (area_w, area_h): (u32, u32),
    names: &[String],
    corner: Corner,
    font: u32,
) -> (i32, i32, i32, i32) {
    let f = f64::from(font);
    let (pad, row, swatch, gap) = (0.5 * f, 1.4 * f, SWATCH * f, SWATCH_GAP * f);
    let longest = names
        .iter()
        .map(|n| text_width(n, font))
        .fold(0.0, f64::max);
    let width = (pad + swatch + gap + longest + pad) as i32;
    let height = (pad * 2.0 + row * names.len() as f64) as i32;
    let margin = (0.5 * f) as i32;
    let left = match corner {
        Corner::UpperLeft | Corner::LowerLeft => margin,
        Corner::UpperRight | Corner::LowerRight => area_w as i32 - margin - width,
    };
    let top = match corner {
        Corner::UpperLeft | Corner::UpperRight => margin,
        Corner::LowerLeft | Corner::LowerRight => area_h as i32 - margin - height,
    };
    (left, top, width, height)
}

/// A legend in a box at `(left, top, width, height)` of a chart's plotting
/// area, entries in the series' order.
pub(crate) fn draw_legend_box(
    area: &Area,
    series: &[&Series],
    names: &[String],
    (left, top, width, height): (i32, i32, i32, i32),
    font: u32,
) -> DrawResult {
    let f = f64::from(font);
    let (pad, row, swatch, gap) = (0.5 * f, 1.4 * f, SWATCH * f, SWATCH_GAP * f);
    area.draw(&Rectangle::new(
        [(left, top), (left + width, top + height)],
        BACKGROUND.mix(0.9).filled(),
    ))?;
    area.draw(&Rectangle::new(
        [(left, top), (left + width, top + height)],
        GRID.mix(0.5).stroke_width(2),
    ))?;
    for (i, (series, name)) in series.iter().zip(names).enumerate() {
        let y = top + (pad + row * (i as f64 + 0.5)) as i32;
        let x = left + pad as i32;
        draw_swatch(area, series, (x, y), swatch as i32, font)?;
        area.draw(&Text::new(
            name.clone(),
            (x + (swatch + gap) as i32, y),
            text_style(font).pos(Pos::new(HPos::Left, VPos::Center)),
        ))?;
    }
    Ok(())
}

/// How many legend entries sit side by side under a chart `width` units
/// wide, and how wide each column is.
pub(crate) fn legend_grid(names: &[String], width: u32, font: u32) -> (usize, f64) {
    let f = f64::from(font);
    let column = names
        .iter()
        .map(|n| entry_width(n, font) + 1.5 * f)
        .fold(0.0, f64::max);
    let columns = ((f64::from(width) / column) as usize).clamp(1, names.len().max(1));
    (columns, column)
}

/// The height of the legend rows under a chart.
pub(crate) fn legend_grid_height(names: &[String], layout: &Layout) -> u32 {
    let (columns, _) = legend_grid(names, layout.width, layout.font);
    let rows = names.len().div_ceil(columns) as u32;
    rows * layout.font * 7 / 5 + layout.font
}

/// Legend entries in rows under a chart, in the series' order, left to right
/// then top to bottom, the block centred.
pub(crate) fn draw_legend_grid(
    area: &Area,
    series: &[&Series],
    names: &[String],
    font: u32,
) -> DrawResult {
    let (area_w, _) = area.dim_in_pixel();
    let (columns, column) = legend_grid(names, area_w, font);
    let f = f64::from(font);
    let left = ((f64::from(area_w) - column * columns as f64 + 1.5 * f) / 2.0).max(0.0);
    for (i, (series, name)) in series.iter().zip(names).enumerate() {
        let x = left + column * (i % columns) as f64;
        let y = (f * 1.4 * ((i / columns) as f64 + 0.5) + f / 2.0) as i32;
        draw_swatch(area, series, (x as i32, y), (SWATCH * f) as i32, font)?;
        area.draw(&Text::new(
            name.clone(),
            ((x + (SWATCH + SWATCH_GAP) * f) as i32, y),
            text_style(font).pos(Pos::new(HPos::Left, VPos::Center)),
        ))?;
    }
    Ok(())
}

/// A row of legend entries, centred in `area`.
pub(crate) fn draw_legend_row(
    area: &Area,
    series: &[&Series],
    names: &[String],
    font: u32,
) -> DrawResult {
    let f = f64::from(font);
    let (swatch, gap) = (SWATCH * f, SWATCH_GAP * f);
    let (area_w, _) = area.dim_in_pixel();
    for (r, row) in legend_rows(names, font, area_w).into_iter().enumerate() {
        let total = row_width(&names[row.clone()], font);
        let mut x = ((f64::from(area_w) - total) / 2.0).max(0.0);
        let y = (f * (1.5 + 2.0 * r as f64)) as i32;
        for i in row {
            draw_swatch(area, series[i], (x as i32, y), swatch as i32, font)?;
            area.draw(&Text::new(
                names[i].clone(),
                ((x + swatch + gap) as i32, y),
                text_style(font).pos(Pos::new(HPos::Left, VPos::Center)),
            ))?;
            x += entry_width(&names[i], font) + 1.5 * f;
        }
    }
    Ok(())
}

/// The width of one legend entry: its swatch, a gap and its name.
fn entry_width(name: &str, font: u32) -> f64 {
    let f = f64::from(font);
    (SWATCH + SWATCH_GAP) * f + text_width(name, font)
}

/// The width of a row of entries, spaced apart.
fn row_width(names: &[String], font: u32) -> f64 {
    names.iter().map(|n| entry_width(n, font)).sum::<f64>()
        + 1.5 * f64::from(font) * names.len().saturating_sub(1) as f64
}

/// The entries of a legend below a drawing, as rows that each fit in
/// `width`: as many entries on a row as fit, in order (an entry too wide
/// for any row gets one to itself).
pub(crate) fn legend_rows(names: &[String], font: u32, width: u32) -> Vec<std::ops::Range<usize>> {
    let mut rows = Vec::new();
    let mut start = 0;
    for end in 1..=names.len() {
        if end - start > 1 && row_width(&names[start..end], font) > f64::from(width) {
            rows.push(start..end - 1);
            start = end - 1;
        }
    }
    if start < names.len() {
        rows.push(start..names.len());
    }
    rows
}
