//! One chart: axes, grid, and the series as lines, dots or bars.

use super::prelude::*;

pub(crate) fn draw_chart(
    area: &Area,
    chart: &Chart,
    axis_names: (&str, &str),
    names: Names,
    layout: &Layout,
) -> DrawResult {
    let title_row = !axis_names.1.is_empty();
    draw_chart_with_title_row(area, chart, axis_names, title_row, names, layout)
}

/// [`draw_chart`], with a row above the chart for the vertical axis's name
/// when `title_row` is set (even if this chart's name is empty: panels in a
/// row keep their plots the same height when only the first is named).
/// The name is written across, at the top left, not up the axis: nobody
/// has to tilt their head, and Hangul set sideways is hard to read.
pub(crate) fn draw_chart_with_title_row(
    area: &Area,
    chart: &Chart,
    axis_names: (&str, &str),
    title_row: bool,
    names: Names,
    layout: &Layout,
) -> DrawResult {
    let font = layout.font;
    let (x_name, y_name) = axis_names;
    let area = if title_row {
        let (row, below) = area.split_vertically(font * 3 / 2);
        if !y_name.is_empty() {
            row.draw(&Text::new(
                y_name.to_owned(),
                (font as i32 / 2, font as i32 * 3 / 4),
                text_style(font).pos(Pos::new(HPos::Left, VPos::Center)),
            ))?;
        }
        below
    } else {
        area.clone()
    };
    let area = &area;
    let mut builder = ChartBuilder::on(area);
    builder
        .margin(font / 2)
        .margin_right(match names {
            Names::AtLineEnds(names) => font + end_label_column(names, font),
            _ => font,
        })
        .x_label_area_size(if x_name.is_empty() {
            font * 3 / 2
        } else {
            font * 5 / 2
        })
        .y_label_area_size(if y_name.is_empty() {
            font * 2
        } else {
            font * 3
        });
    let (x0, x1) = chart.x.range;
    let (y0, y1) = chart.y.range;
    // A log axis gets its ticks chosen here, at powers of ten that all
    // carry a label: plotters' own choice adds unlabelled ticks in between.
    let x_count = chart.categories.as_ref().map_or(layout.x_labels, Vec::len);
    let x_ticks = || log_ticks(&chart.x, x_count);
    let y_ticks = || log_ticks(&chart.y, layout.y_labels);
    match (chart.x.log, chart.y.log) {
        (false, false) => {
            let mut context = builder.build_cartesian_2d(
                linear_axis(&chart.x, x_count),
                linear_axis(&chart.y, layout.y_labels),
            )?;
            draw_chart_body(area, &mut context, chart, x_name, names, layout)
        }
        (false, true) => {
            let mut context = builder.build_cartesian_2d(
                linear_axis(&chart.x, x_count),
                (y0..y1)
                    .log_scale()
                    .with_key_points(y_ticks())
                    .with_light_points(log_grid(&chart.y)),
            )?;
            draw_chart_body(area, &mut context, chart, x_name, names, layout)
        }
        (true, false) => {
            let mut context = builder.build_cartesian_2d(
                (x0..x1)
                    .log_scale()
                    .with_key_points(x_ticks())
                    .with_light_points(log_grid(&chart.x)),
                linear_axis(&chart.y, layout.y_labels),
            )?;
            draw_chart_body(area, &mut context, chart, x_name, names, layout)
        }
        (true, true) => {
            let mut context = builder.build_cartesian_2d(
                (x0..x1)
                    .log_scale()
                    .with_key_points(x_ticks())
                    .with_light_points(log_grid(&chart.x)),
                (y0..y1)
                    .log_scale()
                    .with_key_points(y_ticks())
                    .with_light_points(log_grid(&chart.y)),
            )?;
            draw_chart_body(area, &mut context, chart, x_name, names, layout)
        }
    }
}

/// A linear axis with its ticks where its labels are: the values it lists,
/// or where plotters would put `count` of them; the faint grid lines go
/// where plotters would put them.
pub(crate) fn linear_axis(axis: &Axis, count: usize) -> TickedLinear {
    let range: RangedCoordf64 = (axis.range.0..axis.range.1).into();
    let auto = range.key_points(BoldPoints(count));
    let (bold, light) = match &axis.ticks {
        // The listed values, and faint lines where plotters' ticks would be.
        Ticks::At(values) => (values.clone(), auto),
        Ticks::Auto => (auto, range.key_points(LightPoints::new(count, count * 4))),
    };
    TickedLinear { range, bold, light }
}

/// A linear axis with chosen ticks. (plotters' own `WithKeyPoints` does not
/// carry the default label formatting the mesh asks for; the book formats
/// every label itself anyway.)
pub(crate) struct TickedLinear {
    range: RangedCoordf64,
    bold: Vec<f64>,
    light: Vec<f64>,
}

impl Ranged for TickedLinear {
    type FormatOption = plotters::coord::ranged1d::DefaultFormatting;
    type ValueType = f64;

    fn map(&self, value: &f64, limit: (i32, i32)) -> i32 {
        self.range.map(value, limit)
    }

    fn key_points<Hint: KeyPointHint>(&self, hint: Hint) -> Vec<f64> {
        if hint.weight().allow_light_points() {
            self.light.clone()
        } else {
            self.bold.clone()
        }
    }

    fn range(&self) -> std::ops::Range<f64> {
        self.range.range()
    }
}

/// The exponents of the powers of ten inside a logarithmic axis's range (a
/// hair inside, so that an end that is a power of ten counts).
fn decades(axis: &Axis) -> std::ops::RangeInclusive<i32> {
    let (lo, hi) = (
        axis.range.0.min(axis.range.1),
        axis.range.0.max(axis.range.1),
    );
    (lo.log10() - 1e-9).ceil() as i32..=(hi.log10() + 1e-9).floor() as i32
}

/// Every power of ten in a logarithmic axis's range: its faint grid lines.
pub(crate) fn log_grid(axis: &Axis) -> Vec<f64> {
    decades(axis).map(|e| 10f64.powi(e)).collect()
}

/// The ticks of a logarithmic axis: the values it lists if it lists some,
/// otherwise powers of ten, every `step`-th one, with `step` the smallest
/// that keeps them to `most`, so that no tick goes without its label.
pub(crate) fn log_ticks(axis: &Axis, most: usize) -> Vec<f64> {
    if let Ticks::At(values) = &axis.ticks {
        return values.clone();
    }
    let exponents = decades(axis);
    let step = i32::try_from(exponents.clone().count().div_ceil(most.max(1)).max(1)).unwrap_or(1);
    exponents
        .filter(|e| e.rem_euclid(step) == 0)
        .map(|e| 10f64.powi(e))
        .collect()
}

pub(crate) fn draw_chart_body<'a, X, Y>(
    area: &Area,
    context: &mut ChartContext<'a, SVGBackend<'a>, Cartesian2d<X, Y>>,
    chart: &Chart,
    x_name: &str,
    names: Names,
    layout: &Layout,
) -> DrawResult
where
    X: Ranged<ValueType = f64> + ValueFormatter<f64>,
    Y: Ranged<ValueType = f64> + ValueFormatter<f64>,
{
    let font = layout.font;
    let x_label = |v: &f64| match &chart.categories {
        Some(categories) => {
            let i = v.round();
            if (v - i).abs() < 1e-9 && i >= 0.0 && (i as usize) < categories.len() {
                categories[i as usize].clone()
            } else {
                String::new()
            }
        }
        None => label_at(*v, &chart.x.ticks, chart.x.log),
    };
    // The bottom-left corner belongs to the x axis's first label: a y label
    // there would sit on top of it.
    let (y_bottom, y_top) = chart.y.range;
    // (On a log axis, measured in decades: a tolerance in the axis's own
    // units would swallow every label below a tenth of its top.)
    let at_corner = |v: f64| {
        let (v, bottom, top) = if chart.y.log {
            (v.log10(), y_bottom.log10(), y_top.log10())
        } else {
            (v, y_bottom, y_top)
        };
        chart.categories.is_none() && (v - bottom).abs() <= 1e-9 * (top - bottom).abs()
    };
    let y_label = |v: &f64| {
        if at_corner(*v) {
            String::new()
        } else {
            label_at(*v, &chart.y.ticks, chart.y.log)
        }
    };
    let x_count = chart.categories.as_ref().map_or(layout.x_labels, Vec::len);
    let mut mesh = context.configure_mesh();
    // An axis without a name gets no name at all (plotters would write an
    // empty text element for it); the vertical axis's name is drawn above
    // the chart by `draw_chart_with_title_row`.
    if !x_name.is_empty() {
        mesh.x_desc(x_name);
    }
    mesh.x_labels(x_count)
        .y_labels(layout.y_labels)
        .x_label_formatter(&x_label)
        .y_label_formatter(&y_label)
        .axis_style(FOREGROUND.stroke_width(3))
        .bold_line_style(GRID.mix(0.22).stroke_width(2))
        .light_line_style(GRID.mix(0.06).stroke_width(2))
        .max_light_lines(if matches!(chart.x.ticks, Ticks::At(_)) {
            1
        } else {
            4
        })
        .label_style(text_style(font))
        .axis_desc_style(text_style(font));
    if chart.categories.is_some() {
        mesh.disable_x_mesh();
    }
    mesh.draw()?;

    let bar_count = chart
        .series
        .iter()
        .filter(|s| s.mark == Mark::Bars)
        .count()
        .max(1);
    let mut bar_index = 0;
    // Bands first, so that every line and bar is drawn over them.
    let bands = chart.series.iter().filter(|s| s.mark == Mark::Band);
    let others = chart.series.iter().filter(|s| s.mark != Mark::Band);
    for series in bands.chain(others) {
        let ink = colour(series.ink);
        let points = || {
            series
                .points
                .iter()
                .copied()
                .filter(|&(_, y)| !chart.y.log || y > 0.0)
        };
        match series.mark {
            Mark::Line(stroke) | Mark::MeasuredLine(stroke) => {
                let width = line_width(stroke, font);
                let style = ink.stroke_width(width);
                for piece in pieces(points()) {
                    let piece = piece.into_iter();
                    match stroke {
                        Stroke::Solid | Stroke::Broad => {
                            context.draw_series(LineSeries::new(piece, style))?;
                        }
                        Stroke::Dashed => {
                            context.draw_series(DashedLineSeries::new(
                                piece,
                                font * 3 / 5,
                                font * 2 / 5,
                                style,
                            ))?;
                        }
                        Stroke::Dotted => {
                            context.draw_series(DashedLineSeries::new(
                                piece,
                                font / 5,
                                font / 4,
                                style,
                            ))?;
                        }
                    }
                }
                if matches!(series.mark, Mark::MeasuredLine(_)) {
                    for point in points().filter(|&(x, y)| x.is_finite() && y.is_finite()) {
                        context.draw_series(std::iter::once(Circle::new(
                            point,
                            measured_dot_radius(font),
                            ink.filled(),
                        )))?;
                    }
                }
            }
            Mark::Dots(dot) => {
                let radius = dot_radius(font);
                for point in points() {
                    match dot {
                        Dot::Cross => {
                            context.draw_series(std::iter::once(Cross::new(
                                point,
                                radius,
                                ink.stroke_width(font / 8 + 2),
                            )))?;
                        }
                        Dot::Circle => {
                            context.draw_series(std::iter::once(Circle::new(
                                point,
                                radius,
                                ink.filled(),
                            )))?;
                        }
                    }
                }
            }
            Mark::Band => {
                context.draw_series(std::iter::once(Polygon::new(
                    points().collect::<Vec<_>>(),
                    ink.mix(0.2).filled(),
                )))?;
            }
            Mark::Bars => {
                let group = 0.8;
                let width = group / bar_count as f64;
                let offset = -group / 2.0 + width * bar_index as f64;
                bar_index += 1;
                context.draw_series(series.points.iter().map(|&(x, h)| {
                    Rectangle::new(
                        [(x + offset, chart.y.range.0), (x + offset + width, h)],
                        ink.filled(),
                    )
                }))?;
            }
        }
    }
    if let Names::AtLineEnds(names) = names {
        return draw_end_labels(area, context, chart, names, font);
    }
    if let (Some(corner), Names::InCorner(names)) = (chart.legend, names) {
        let plot = context.plotting_area().strip_coord_spec();
        let (left, top, width, height) = legend_box(plot.dim_in_pixel(), names, corner, font);
        let (base_x, base_y) = plot.get_base_pixel();
        // A dot covers more than its centre: the box must clear its edge
        // too (Figure 2-2's box hid half of the one AND = 1 dot).
        let covered = |(x, y): (i32, i32), reach: i32| {
            let (x, y) = (x - base_x, y - base_y);
            (left - reach..=left + width + reach).contains(&x)
                && (top - reach..=top + height + reach).contains(&y)
        };
        for (i, series) in chart.series.iter().enumerate() {
            let reach = match series.mark {
                Mark::Dots(_) => dot_radius(font) as i32 + 1,
                _ => 0,
            };
            if series_pixels(context, chart, series)
                .into_iter()
                .any(|pixel| covered(pixel, reach))
            {
                return Err(Box::new(LegendCovers(i)));
            }
        }
        draw_legend_box(
            &plot,
            &chart.named_series(),
            names,
            (left, top, width, height),
            font,
        )?;
    }
    Ok(())
}

/// Each named series' name in the column right of the plot, as near the
/// end of its line as the names' spacing allows, joined to it by a short
/// leader in the line's ink; the names in the text colour (the inks are
/// drawn for 3:1, text needs 4.5:1).
fn draw_end_labels<'a, X, Y>(
    area: &Area,
    context: &ChartContext<'a, SVGBackend<'a>, Cartesian2d<X, Y>>,
    chart: &Chart,
    names: &[String],
    font: u32,
) -> DrawResult
where
    X: Ranged<ValueType = f64> + ValueFormatter<f64>,
    Y: Ranged<ValueType = f64> + ValueFormatter<f64>,
{
    let series = chart.named_series();
    let ends: Vec<(i32, i32)> = series
        .iter()
        .map(|s| {
            let end = s
                .points
                .iter()
                .rev()
                .find(|&&(x, y)| x.is_finite() && y.is_finite() && (!chart.y.log || y > 0.0))
                .copied()
                .unwrap_or((chart.x.range.1, chart.y.range.0));
            context.backend_coord(&end)
        })
        .collect();
    let (xs, ys) = context.plotting_area().get_pixel_range();
    let rows: Vec<i32> = ends.iter().map(|e| e.1).collect();
    let gap = font as i32 * 11 / 10;
    let placed =
        spread_labels(&rows, gap, ys.start + gap / 2, ys.end - gap / 2).ok_or(EndLabelsCrowd)?;
    let (base_x, base_y) = area.get_base_pixel();
    let f = font as i32;
    let label_x = xs.end + f * 2;
    let style = text_style(font).pos(Pos::new(HPos::Left, VPos::Center));
    for ((s, name), (&(x, y), &row)) in series.iter().zip(names).zip(ends.iter().zip(&placed)) {
        // From the line's own end straight to its label's row, then along
        // that row as a broad swatch: where ends nearly meet, the leaders
        // fan out and every name keeps a stretch of its ink.
        let ink = colour(s.ink);
        let turn = xs.end + f / 2;
        area.draw(&PathElement::new(
            [
                (x + f / 4 - base_x, y - base_y),
                (turn - base_x, row - base_y),
            ],
            ink.stroke_width(line_width(Stroke::Solid, font)),
        ))?;
        area.draw(&PathElement::new(
            [
                (turn - base_x, row - base_y),
                (label_x - f / 3 - base_x, row - base_y),
            ],
            ink.stroke_width(line_width(Stroke::Broad, font)),
        ))?;
        area.draw(&Text::new(
            name.clone(),
            (label_x - base_x, row - base_y),
            style.clone(),
        ))?;
    }
    Ok(())
}

/// The pixels a series passes through (its points, and along its lines and
/// bars every couple of units), in the drawing's own coordinates.
pub(crate) fn series_pixels<'a, X, Y>(
    context: &ChartContext<'a, SVGBackend<'a>, Cartesian2d<X, Y>>,
    chart: &Chart,
    series: &Series,
) -> Vec<(i32, i32)>
where
    X: Ranged<ValueType = f64> + ValueFormatter<f64>,
    Y: Ranged<ValueType = f64> + ValueFormatter<f64>,
{
    let at = |p: (f64, f64)| context.backend_coord(&p);
    let visible = |&(_, y): &(f64, f64)| !chart.y.log || y > 0.0;
    let along = |a: (i32, i32), b: (i32, i32)| {
        let steps = (a.0 - b.0).abs().max((a.1 - b.1).abs()) / 2 + 1;
        (0..=steps).map(move |k| {
            let t = f64::from(k) / f64::from(steps);
            let lerp = |u: i32, v: i32| (f64::from(u) + t * f64::from(v - u)).round() as i32;
            (lerp(a.0, b.0), lerp(a.1, b.1))
        })
    };
    let points: Vec<(i32, i32)> = series
        .points
        .iter()
        .copied()
        .filter(visible)
        .filter(|&(x, y)| x.is_finite() && y.is_finite())
        .map(at)
        .collect();
    match series.mark {
        Mark::Line(_) | Mark::MeasuredLine(_) => {
            pieces(series.points.iter().copied().filter(visible))
                .into_iter()
                .flat_map(|piece| {
                    let piece: Vec<(i32, i32)> = piece.into_iter().map(at).collect();
                    piece
                        .windows(2)
                        .flat_map(|w| along(w[0], w[1]))
                        .collect::<Vec<_>>()
                })
                .collect()
        }
        Mark::Dots(_) => points,
        // A band is a spread the reader is meant to see (how far the seeds
        // scatter), so a legend must not hide it either: its outline and,
        // at each of its points, the span from its lower edge to its upper.
        Mark::Band => {
            let half = points.len() / 2;
            let (lower, upper) = points.split_at(half);
            let outline = points.windows(2).flat_map(|w| along(w[0], w[1]));
            let spans = lower
                .iter()
                .zip(upper.iter().rev())
                .flat_map(|(&l, &u)| along(l, u));
            outline.chain(spans).collect()
        }
        Mark::Bars => series
            .points
            .iter()
            .flat_map(|&(x, h)| {
                // The bar's top edge and its middle: enough to meet a box.
                let top = along(at((x - 0.4, h)), at((x + 0.4, h)));
                top.chain(along(at((x, chart.y.range.0)), at((x, h))))
            })
            .collect(),
    }
}

/// A line's points in the pieces between its breaks: a point with a
/// coordinate that is not a finite number (a `NaN`) lifts the pen, so one
/// series can draw several separate outlines.
pub(crate) fn pieces(points: impl Iterator<Item = (f64, f64)>) -> Vec<Vec<(f64, f64)>> {
    let mut pieces = vec![Vec::new()];
    for (x, y) in points {
        if x.is_finite() && y.is_finite() {
            pieces.last_mut().expect("never empty").push((x, y));
        } else if !pieces.last().expect("never empty").is_empty() {
            pieces.push(Vec::new());
        }
    }
    pieces.retain(|piece| !piece.is_empty());
    pieces
}

pub(crate) fn line_width(stroke: Stroke, font: u32) -> u32 {
    match stroke {
        Stroke::Broad => font / 4,
        _ => font / 9 + 1,
    }
}

/// The radius of a [`Mark::Dots`] mark (a circle, or a cross's arms).
pub(crate) fn dot_radius(font: u32) -> u32 {
    font / 3 + 2
}

/// The radius of the dot at each measured point of a
/// [`Mark::MeasuredLine`]: smaller than a [`Mark::Dots`] mark, so that the
/// line stays the thing to follow.
pub(crate) fn measured_dot_radius(font: u32) -> u32 {
    font / 4 + 1
}
