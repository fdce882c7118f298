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

use plotters::coord::Shift;
use plotters::coord::ranged1d::ValueFormatter;
use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, Pos, VPos};

use crate::directive::Directive;
use crate::figures::{
    Chart, Corner, Diagram, DigitGrid, Dot, Figure, Ink, Mark, Node, Panels, Series, Stroke, Ticks,
};

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

/// Desktops and print: shown 600–640 CSS px wide (the book's CSS switches to
/// [`NARROW`] below 600 px), so the type is 11.1–11.8 px there: plotters
/// writes a font of size `s` as `font-size` `s / 1.24`
/// ([`rendered_text_px`]).
pub const WIDE: Layout = Layout {
    class: "plot-wide",
    width: 1920,
    chart_height: 1200,
    font: 44,
    x_labels: 12,
    y_labels: 9,
};

/// Phones: shown 320–600 CSS px wide, so the type is 11.2–21 px, with fewer
/// ticks to leave room for it.
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

/// Drawn as `currentColor`: axes, tick labels, legend text.
const FOREGROUND: RGBColor = RGBColor(1, 2, 3);
/// Drawn as a faint `currentColor`: the grid.
const GRID: RGBColor = RGBColor(4, 5, 6);
/// Drawn in the theme's background colour: the legend's box and the inside
/// of diagram nodes, so that lines behind them do not run through text.
const BACKGROUND: RGBColor = RGBColor(7, 8, 9);

/// The colour of an ink. A function has the same colour in every figure.
fn colour(ink: Ink) -> RGBColor {
    const OTHERS: [RGBColor; 4] = [
        RGBColor(0x1f, 0x8f, 0xb0), // teal blue
        RGBColor(0xe0, 0x7a, 0x10), // orange
        RGBColor(0x2a, 0xa0, 0x50), // green
        RGBColor(0xc0, 0x4c, 0x9c), // magenta
    ];
    match ink {
        Ink::Step => RGBColor(0xe0, 0x4a, 0x4a),
        Ink::Linear => RGBColor(0x8a, 0x8f, 0x98),
        Ink::Sigmoid => RGBColor(0x3b, 0x82, 0xd6),
        Ink::Tanh => RGBColor(0x2a, 0xa0, 0x50),
        Ink::Relu => RGBColor(0xa8, 0x5c, 0xe0),
        Ink::LeakyRelu => RGBColor(0xe0, 0x7a, 0x10),
        Ink::Other(n) => OTHERS[n % OTHERS.len()],
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
                chart.series.len()
            } else {
                0
            };
            count("series names", words.series.len(), named)?;
            count("panel titles", words.panels.len(), 0)
        }
        Figure::Panels(panels) => {
            axes(&words.x, &words.y)?;
            count("panel titles", words.panels.len(), panels.charts.len())?;
            count(
                "series names",
                words.series.len(),
                panels.charts[0].series.len(),
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
    }
}

/// The canvas height a figure needs in `layout`.
fn height(figure: &Figure, words: &Words, layout: &Layout, legend: Legend) -> u32 {
    match figure {
        Figure::Chart(_) => match legend {
            Legend::InCorner => layout.chart_height,
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
            rows * (plot + layout.font * 3 / 2) + layout.font * 3
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
    }
}

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

/// Where a chart's legend goes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Legend {
    /// In a box in the corner the figure names.
    InCorner,
    /// In rows under the chart.
    Below,
}

/// A legend box would hide part of a series.
#[derive(Debug)]
struct LegendCovers(usize);

impl std::fmt::Display for LegendCovers {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "the legend would cover series {}", self.0)
    }
}

impl std::error::Error for LegendCovers {}

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

type Area<'a> = DrawingArea<SVGBackend<'a>, Shift>;
type DrawResult = Result<(), Box<dyn std::error::Error + 'static>>;

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
                    draw_chart(&plot, chart, axes, None, layout)?;
                    draw_legend_grid(&below, &chart.series, &words.series, layout.font)
                }
                (Some(_), Legend::InCorner) => {
                    draw_chart(area, chart, axes, Some(&words.series), layout)
                }
                (None, _) => draw_chart(area, chart, axes, None, layout),
            }
        }
        Figure::Panels(panels) => draw_panels(area, panels, words, layout),
        Figure::Diagram(diagram) => draw_diagram(area, diagram, layout.font),
        Figure::Digits(grid) => draw_digits(area, grid, words, layout),
    }
}

fn text_style(font: u32) -> TextStyle<'static> {
    ("sans-serif", font).into_font().color(&FOREGROUND)
}

/// How wide a text is, roughly, in units of its font size: enough to size a
/// box around it. Hangul and Han characters are a full em; Latin letters
/// about half of one.
fn text_width(text: &str, font: u32) -> f64 {
    let ems: f64 =
        text.chars()
            .map(|c| match c {
                '\u{1100}'..='\u{11FF}'
                | '\u{3000}'..='\u{303F}'
                | '\u{3130}'..='\u{318F}'
                | '\u{4E00}'..='\u{9FFF}'
                | '\u{AC00}'..='\u{D7AF}'
                | '\u{FF00}'..='\u{FFEF}' => 1.0,
                'i' | 'j' | 'l' | 'f' | 't' | 'r' | '.' | ',' | ':' | ';' | '\'' | '′' | '|'
                | '!' => 0.3,
                '(' | ')' | '[' | ']' | ' ' => 0.32,
                '₀'..='₉' | '⁰'..='⁹' | '⁻' => 0.42,
                'm' | 'w' | 'M' | 'W' => 0.85,
                c if c.is_ascii_uppercase() => 0.66,
                c if c.is_ascii_digit() => 0.56,
                _ => 0.56,
            })
            .sum();
    ems * f64::from(font)
}

/// Tick labels as people write them: `2` not `2.0`, `0` not `-0.0`, no
/// trailing zeros (`0.25`, `1.5`), a true minus sign, and powers of ten on
/// a logarithmic axis as `10⁻⁴`.
fn tick(value: f64, log: bool) -> String {
    if log {
        let exponent = value.log10().round();
        if (value / 10f64.powf(exponent) - 1.0).abs() > 1e-9 {
            return String::new();
        }
        return match exponent as i32 {
            0 => "1".to_owned(),
            1 => "10".to_owned(),
            e => format!("10{}", superscript(e)),
        };
    }
    let rounded = (value * 1e6).round() / 1e6;
    if rounded == 0.0 {
        return "0".to_owned();
    }
    let text = format!("{rounded:.6}");
    let text = text.trim_end_matches('0').trim_end_matches('.');
    text.replace('-', "−")
}

fn superscript(n: i32) -> String {
    n.to_string()
        .chars()
        .map(|c| match c {
            '-' => '⁻',
            d => ['⁰', '¹', '²', '³', '⁴', '⁵', '⁶', '⁷', '⁸', '⁹']
                [d.to_digit(10).unwrap_or(0) as usize],
        })
        .collect()
}

/// The label at `value`, or none if `ticks` lists only other values.
fn label_at(value: f64, ticks: &Ticks, log: bool) -> String {
    match ticks {
        Ticks::Auto => tick(value, log),
        Ticks::At(values) if values.iter().any(|v| (v - value).abs() < 1e-9) => tick(value, log),
        Ticks::At(_) => String::new(),
    }
}

fn draw_chart(
    area: &Area,
    chart: &Chart,
    axis_names: (&str, &str),
    names: Option<&[String]>,
    layout: &Layout,
) -> DrawResult {
    let font = layout.font;
    let mut builder = ChartBuilder::on(area);
    builder
        .margin(font / 2)
        .margin_right(font)
        .x_label_area_size(if axis_names.0.is_empty() {
            font * 3 / 2
        } else {
            font * 5 / 2
        })
        .y_label_area_size(if axis_names.1.is_empty() {
            font * 2
        } else {
            font * 3
        });
    let (x0, x1) = chart.x.range;
    let (y0, y1) = chart.y.range;
    match (chart.x.log, chart.y.log) {
        (false, false) => {
            let mut context = builder.build_cartesian_2d(x0..x1, y0..y1)?;
            draw_chart_body(&mut context, chart, axis_names, names, layout)
        }
        (false, true) => {
            let mut context = builder.build_cartesian_2d(x0..x1, (y0..y1).log_scale())?;
            draw_chart_body(&mut context, chart, axis_names, names, layout)
        }
        (true, false) => {
            let mut context = builder.build_cartesian_2d((x0..x1).log_scale(), y0..y1)?;
            draw_chart_body(&mut context, chart, axis_names, names, layout)
        }
        (true, true) => {
            let mut context =
                builder.build_cartesian_2d((x0..x1).log_scale(), (y0..y1).log_scale())?;
            draw_chart_body(&mut context, chart, axis_names, names, layout)
        }
    }
}

fn draw_chart_body<'a, X, Y>(
    context: &mut ChartContext<'a, SVGBackend<'a>, Cartesian2d<X, Y>>,
    chart: &Chart,
    axis_names: (&str, &str),
    names: Option<&[String]>,
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
    let at_corner = |v: f64| {
        chart.categories.is_none() && (v - y_bottom).abs() <= 1e-9 * (y_top - y_bottom).abs()
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
    mesh.x_desc(axis_names.0)
        .y_desc(axis_names.1)
        .x_labels(x_count)
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
    for series in &chart.series {
        let ink = colour(series.ink);
        let points = || {
            series
                .points
                .iter()
                .copied()
                .filter(|&(_, y)| !chart.y.log || y > 0.0)
        };
        match series.mark {
            Mark::Line(stroke) => {
                let width = line_width(stroke, font);
                let style = ink.stroke_width(width);
                match stroke {
                    Stroke::Solid | Stroke::Broad => {
                        context.draw_series(LineSeries::new(points(), style))?;
                    }
                    Stroke::Dashed => {
                        context.draw_series(DashedLineSeries::new(
                            points(),
                            font * 3 / 5,
                            font * 2 / 5,
                            style,
                        ))?;
                    }
                    Stroke::Dotted => {
                        context.draw_series(DashedLineSeries::new(
                            points(),
                            font / 5,
                            font / 4,
                            style,
                        ))?;
                    }
                }
            }
            Mark::Dots(dot) => {
                let radius = font / 3 + 2;
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
    if let (Some(corner), Some(names)) = (chart.legend, names) {
        let plot = context.plotting_area().strip_coord_spec();
        let (left, top, width, height) = legend_box(plot.dim_in_pixel(), names, corner, font);
        let (base_x, base_y) = plot.get_base_pixel();
        let covered = |(x, y): (i32, i32)| {
            let (x, y) = (x - base_x, y - base_y);
            (left..=left + width).contains(&x) && (top..=top + height).contains(&y)
        };
        for (i, series) in chart.series.iter().enumerate() {
            if series_pixels(context, chart, series)
                .into_iter()
                .any(covered)
            {
                return Err(Box::new(LegendCovers(i)));
            }
        }
        draw_legend_box(
            &plot,
            &chart.series,
            names,
            (left, top, width, height),
            font,
        )?;
    }
    Ok(())
}

/// The pixels a series passes through (its points, and along its lines and
/// bars every couple of units), in the drawing's own coordinates.
fn series_pixels<'a, X, Y>(
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
        .map(at)
        .collect();
    match series.mark {
        Mark::Line(_) => points.windows(2).flat_map(|w| along(w[0], w[1])).collect(),
        Mark::Dots(_) => points,
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

fn line_width(stroke: Stroke, font: u32) -> u32 {
    match stroke {
        Stroke::Broad => font / 4,
        _ => font / 9 + 1,
    }
}

/// A legend entry's sample: a short line, a dot, or a square of colour,
/// `size` units wide, centred vertically on `y`, starting at `x`.
fn draw_swatch(
    area: &Area,
    series: &Series,
    (x, y): (i32, i32),
    size: i32,
    font: u32,
) -> DrawResult {
    let ink = colour(series.ink);
    match series.mark {
        Mark::Line(stroke) => {
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
        }
        Mark::Dots(dot) => {
            let radius = font as i32 / 3 + 2;
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
        Mark::Bars => {
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
fn legend_box(
    (area_w, area_h): (u32, u32),
    names: &[String],
    corner: Corner,
    font: u32,
) -> (i32, i32, i32, i32) {
    let f = f64::from(font);
    let (pad, row, swatch, gap) = (0.5 * f, 1.4 * f, 1.8 * f, 0.5 * f);
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
fn draw_legend_box(
    area: &Area,
    series: &[Series],
    names: &[String],
    (left, top, width, height): (i32, i32, i32, i32),
    font: u32,
) -> DrawResult {
    let f = f64::from(font);
    let (pad, row, swatch, gap) = (0.5 * f, 1.4 * f, 1.8 * f, 0.5 * f);
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
fn legend_grid(names: &[String], width: u32, font: u32) -> (usize, f64) {
    let f = f64::from(font);
    let column = names
        .iter()
        .map(|n| 1.8 * f + 0.5 * f + text_width(n, font) + 1.5 * f)
        .fold(0.0, f64::max);
    let columns = ((f64::from(width) / column) as usize).clamp(1, names.len().max(1));
    (columns, column)
}

/// The height of the legend rows under a chart.
fn legend_grid_height(names: &[String], layout: &Layout) -> u32 {
    let (columns, _) = legend_grid(names, layout.width, layout.font);
    let rows = names.len().div_ceil(columns) as u32;
    rows * layout.font * 7 / 5 + layout.font
}

/// Legend entries in rows under a chart, in the series' order, left to right
/// then top to bottom, the block centred.
fn draw_legend_grid(area: &Area, series: &[Series], names: &[String], font: u32) -> DrawResult {
    let (area_w, _) = area.dim_in_pixel();
    let (columns, column) = legend_grid(names, area_w, font);
    let f = f64::from(font);
    let left = ((f64::from(area_w) - column * columns as f64 + 1.5 * f) / 2.0).max(0.0);
    for (i, (series, name)) in series.iter().zip(names).enumerate() {
        let x = left + column * (i % columns) as f64;
        let y = (f * 1.4 * ((i / columns) as f64 + 0.5) + f / 2.0) as i32;
        draw_swatch(area, series, (x as i32, y), (1.8 * f) as i32, font)?;
        area.draw(&Text::new(
            name.clone(),
            ((x + 2.3 * f) as i32, y),
            text_style(font).pos(Pos::new(HPos::Left, VPos::Center)),
        ))?;
    }
    Ok(())
}

/// A row of legend entries, centred in `area`.
fn draw_legend_row(area: &Area, series: &[Series], names: &[String], font: u32) -> DrawResult {
    let f = f64::from(font);
    let (swatch, gap, spacing) = (1.8 * f, 0.5 * f, 1.5 * f);
    let widths: Vec<f64> = names
        .iter()
        .map(|n| swatch + gap + text_width(n, font))
        .collect();
    let total = widths.iter().sum::<f64>() + spacing * (names.len().saturating_sub(1)) as f64;
    let (area_w, area_h) = area.dim_in_pixel();
    let mut x = ((f64::from(area_w) - total) / 2.0).max(0.0);
    let y = area_h as i32 / 2;
    for ((series, name), width) in series.iter().zip(names).zip(&widths) {
        draw_swatch(area, series, (x as i32, y), swatch as i32, font)?;
        area.draw(&Text::new(
            name.clone(),
            ((x + swatch + gap) as i32, y),
            text_style(font).pos(Pos::new(HPos::Left, VPos::Center)),
        ))?;
        x += width + spacing;
    }
    Ok(())
}

/// Charts in a grid, each under its title, axis names on the outer edges
/// only, one legend row below them all.
fn columns(panels: &Panels, layout: &Layout) -> usize {
    if layout.class == NARROW.class {
        panels.narrow_columns
    } else {
        panels.columns
    }
}

fn draw_panels(area: &Area, panels: &Panels, words: &Words, layout: &Layout) -> DrawResult {
    let font = layout.font;
    let (width, height) = area.dim_in_pixel();
    let (grid, legend) = area.split_vertically(height - font * 3);
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
        let (titled, body) = cell.split_vertically(font * 3 / 2);
        titled.draw(&Text::new(
            words.panels[i].clone(),
            (cell.dim_in_pixel().0 as i32 / 2, font as i32 * 3 / 4),
            text_style(font).pos(Pos::new(HPos::Center, VPos::Center)),
        ))?;
        let x_name = if row + 1 == rows {
            words.x.as_str()
        } else {
            ""
        };
        let y_name = if column == 0 { words.y.as_str() } else { "" };
        draw_chart(&body, chart, (x_name, y_name), None, layout)?;
    }
    let _ = width;
    draw_legend_row(&legend, &panels.charts[0].series, &words.series, font)
}

/// Nodes as circles with their label inside, edges as arrows from circle
/// edge to circle edge, labelled at their middle.
fn draw_diagram(area: &Area, diagram: &Diagram, font: u32) -> DrawResult {
    let Diagram {
        size,
        nodes,
        edges,
        notes,
    } = diagram;
    let (width, height) = area.dim_in_pixel();
    // One scale for both axes, so circles stay round; y grows downwards.
    let scale = (f64::from(width) / size.0).min(f64::from(height) / size.1);
    let to_pixel = |(x, y): (f64, f64)| ((x * scale) as i32, ((size.1 - y) * scale) as i32);
    let centred = text_style(font).pos(Pos::new(HPos::Center, VPos::Center));
    let line = FOREGROUND.stroke_width(font / 12 + 1);
    for (from, to, label) in edges {
        let (a, b): (&Node, &Node) = (&nodes[*from], &nodes[*to]);
        let (dx, dy) = (b.at.0 - a.at.0, b.at.1 - a.at.1);
        let length = dx.hypot(dy);
        let (ux, uy) = (dx / length, dy / length);
        let start = (a.at.0 + ux * a.radius, a.at.1 + uy * a.radius);
        let end = (b.at.0 - ux * b.radius, b.at.1 - uy * b.radius);
        area.draw(&PathElement::new([to_pixel(start), to_pixel(end)], line))?;
        // An arrowhead: two short strokes back from the tip.
        let head = 0.25;
        for side in [-1.0, 1.0] {
            let back = (
                end.0 - head * (ux - side * 0.5 * uy),
                end.1 - head * (uy + side * 0.5 * ux),
            );
            area.draw(&PathElement::new([to_pixel(end), to_pixel(back)], line))?;
        }
        if !label.is_empty() {
            let middle = ((start.0 + end.0) / 2.0, (start.1 + end.1) / 2.0 + 0.35);
            area.draw(&Text::new(
                label.as_str(),
                to_pixel(middle),
                centred.clone(),
            ))?;
        }
    }
    for node in nodes {
        let radius = (node.radius * scale) as i32;
        area.draw(&Circle::new(to_pixel(node.at), radius, BACKGROUND.filled()))?;
        area.draw(&Circle::new(to_pixel(node.at), radius, line))?;
        if !node.label.is_empty() {
            area.draw(&Text::new(
                node.label.as_str(),
                to_pixel(node.at),
                centred.clone(),
            ))?;
        }
    }
    for (x, y, text) in notes {
        area.draw(&Text::new(
            text.as_str(),
            to_pixel((*x, *y)),
            centred.clone(),
        ))?;
    }
    Ok(())
}

fn digit_columns(grid: &DigitGrid, layout: &Layout) -> usize {
    if layout.class == NARROW.class {
        grid.narrow_columns
    } else {
        grid.columns
    }
}

/// A digit cell's height: the image, a caption line, and the bars with
/// their labels if the grid has bars.
fn digit_cell_height(grid: &DigitGrid, layout: &Layout) -> u32 {
    let width = layout.width / digit_columns(grid, layout) as u32;
    let bars = if grid.cells.iter().any(|c| !c.bars.is_empty()) {
        width / 2 + layout.font * 3 / 2
    } else {
        0
    };
    width * 3 / 4 + layout.font * 2 + bars
}

/// Each digit as an 8 × 8 grid of squares in the text colour, darker where
/// the pixel is darker, so it reads on every theme; under it its caption,
/// then its probabilities as bars labelled 0–9.
fn draw_digits(area: &Area, grid: &DigitGrid, words: &Words, layout: &Layout) -> DrawResult {
    let font = layout.font;
    let columns = digit_columns(grid, layout);
    let cell_width = layout.width / columns as u32;
    let cell_height = digit_cell_height(grid, layout);
    let image = cell_width * 3 / 4 - font / 2;
    let pixel = image / 8;
    let image = pixel * 8;
    let centred = text_style(font).pos(Pos::new(HPos::Center, VPos::Center));
    let faint = FOREGROUND.mix(0.35);
    for (i, cell) in grid.cells.iter().enumerate() {
        let left = (i % columns) as u32 * cell_width;
        let top = (i / columns) as u32 * cell_height;
        let x0 = (left + (cell_width - image) / 2) as i32;
        let y0 = (top + font / 2) as i32;
        area.draw(&Rectangle::new(
            [(x0, y0), (x0 + image as i32, y0 + image as i32)],
            GRID.stroke_width(2),
        ))?;
        for (p, &value) in cell.pixels.iter().enumerate() {
            if value > 0.0 {
                let (x, y) = (
                    x0 + (p % 8) as i32 * pixel as i32,
                    y0 + (p / 8) as i32 * pixel as i32,
                );
                area.draw(&Rectangle::new(
                    [(x, y), (x + pixel as i32, y + pixel as i32)],
                    FOREGROUND.mix(value).filled(),
                ))?;
            }
        }
        let centre = (left + cell_width / 2) as i32;
        let caption_y = y0 + image as i32 + font as i32;
        area.draw(&Text::new(
            cell.caption.as_str(),
            (centre, caption_y),
            centred.clone(),
        ))?;
        if cell.bars.is_empty() {
            continue;
        }
        let bar_top = caption_y + font as i32;
        let bar_height = (cell_width / 2 - font / 2) as f64;
        let slot = (image as f64 * 1.2 / 10.0) as i32;
        let bar_left = centre - slot * 5;
        let baseline = bar_top + bar_height as i32;
        for (digit, &p) in cell.bars.iter().enumerate() {
            let x = bar_left + digit as i32 * slot;
            let colour = match cell.marked {
                Some((right, _)) if right == digit => colour(Ink::Other(2)).filled(),
                Some((_, answer)) if answer == digit => colour(Ink::Other(1)).filled(),
                _ => faint.filled(),
            };
            let top = baseline - (p.clamp(0.0, 1.0) * bar_height).round() as i32;
            area.draw(&Rectangle::new(
                [(x + 3, top), (x + slot - 3, baseline)],
                colour,
            ))?;
            area.draw(&Text::new(
                digit.to_string(),
                (x + slot / 2, baseline + font as i32 * 3 / 4),
                centred.clone(),
            ))?;
        }
        area.draw(&PathElement::new(
            [(bar_left, baseline), (bar_left + slot * 10, baseline)],
            FOREGROUND.stroke_width(2),
        ))?;
    }
    if !words.series.is_empty() {
        let (_, height) = area.dim_in_pixel();
        let (_, legend) = area.split_vertically(height - font * 3);
        let swatches = [Ink::Other(2), Ink::Other(1)].map(|ink| Series {
            ink,
            mark: Mark::Bars,
            points: Vec::new(),
        });
        draw_legend_row(&legend, &swatches, &words.series, font)?;
    }
    Ok(())
}

/// Replaces the sentinel colours with `currentColor`, and the background
/// sentinel with mdBook's `--bg` theme variable (through `style`: a CSS
/// variable is not valid in a presentation attribute).
fn theme_colours(svg: &str) -> String {
    let hex = |c: RGBColor| format!("#{:02X}{:02X}{:02X}", c.0, c.1, c.2);
    let mut out = svg.to_owned();
    for sentinel in [FOREGROUND, GRID] {
        for case in [hex(sentinel), hex(sentinel).to_lowercase()] {
            out = out.replace(&case, "currentColor");
        }
    }
    for case in [hex(BACKGROUND), hex(BACKGROUND).to_lowercase()] {
        out = out.replace(&format!("fill=\"{case}\""), "style=\"fill:var(--bg)\"");
    }
    out
}

/// The figure as the HTML that replaces a directive: a wide and a narrow
/// drawing (the stylesheet shows the one that fits the column), each
/// labelled for screen readers with the alt text, inside a `<figure>` with
/// its caption. No blank line inside, so Markdown keeps it as one HTML
/// block.
///
/// # Errors
/// If the directive's words do not fit the figure.
///
/// ```
/// use mdbook_plot::figures::{Axis, Chart, Figure, Ink, curve};
/// use mdbook_plot::{Directive, figure_html};
///
/// let step = Figure::Chart(Chart {
///     x: Axis::linear(-3.0, 3.0),
///     y: Axis::linear(-0.25, 1.25),
///     categories: None,
///     series: vec![curve(Ink::Step, |x: f64| if x > 0.0 { 1.0 } else { 0.0 }, -3.0, 3.0)],
///     legend: None,
/// });
/// let d = Directive::parse_line(r#"{{#plot step caption="Step & jump" alt="A <step>" x="x" y="y"}}"#)
///     .unwrap()
///     .unwrap();
/// let html = figure_html(&d, &step).unwrap();
/// assert!(html.contains("<figcaption>Step &amp; jump</figcaption>"));
/// assert!(html.contains(r#"aria-label="A &lt;step&gt;""#));
/// assert_eq!(html.matches("<svg").count(), 2);
/// assert!(!html.contains("\n\n"));
/// ```
pub fn figure_html(directive: &Directive, figure: &Figure) -> Result<String, String> {
    let words = Words::of(directive);
    let mut drawings = String::new();
    for layout in [WIDE, NARROW] {
        let svg = render_svg(figure, &words, &layout)?;
        let svg = svg.replacen(
            "<svg ",
            &format!(
                "<svg class=\"{}\" role=\"img\" aria-label=\"{}\" preserveAspectRatio=\"xMidYMid meet\" ",
                layout.class,
                escape(&directive.alt)
            ),
            1,
        );
        for line in svg.lines().filter(|l| !l.trim().is_empty()) {
            drawings.push_str(line);
            drawings.push('\n');
        }
    }
    Ok(format!(
        "<figure class=\"plot\" id=\"figure-{name}\" data-plot=\"{name}\" data-pagefind-ignore=\"all\">\n{drawings}<figcaption>{caption}</figcaption>\n</figure>\n",
        name = directive.name,
        caption = escape(&directive.caption),
    ))
}

fn escape(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every figure of the book, loaded once for all the tests.
    fn all_figures() -> &'static crate::figures::Figures {
        static FIGURES: std::sync::OnceLock<crate::figures::Figures> = std::sync::OnceLock::new();
        FIGURES.get_or_init(|| {
            let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");
            crate::figures::load(&root).unwrap_or_else(|e| panic!("{e}"))
        })
    }

    /// Words that fit a figure, made up for rendering it in tests.
    pub(crate) fn words_for(figure: &Figure) -> Words {
        let series = |n: usize| (0..n).map(|i| format!("series {i}")).collect();
        match figure {
            Figure::Chart(chart) => Words {
                x: "x".into(),
                y: "y".into(),
                series: if chart.legend.is_some() {
                    series(chart.series.len())
                } else {
                    Vec::new()
                },
                panels: Vec::new(),
            },
            Figure::Panels(panels) => Words {
                x: "x".into(),
                y: "y".into(),
                series: series(panels.charts[0].series.len()),
                panels: (0..panels.charts.len())
                    .map(|i| format!("panel {i}"))
                    .collect(),
            },
            Figure::Diagram(_) => Words::default(),
            Figure::Digits(grid) => Words {
                series: if grid.cells.iter().any(|c| c.marked.is_some()) {
                    series(2)
                } else {
                    Vec::new()
                },
                ..Words::default()
            },
        }
    }

    fn every_drawing() -> Vec<(&'static str, String)> {
        let mut all = Vec::new();
        for (name, figure) in all_figures() {
            for layout in [WIDE, NARROW] {
                all.push((
                    name.as_str(),
                    render_svg(figure, &words_for(figure), &layout).unwrap(),
                ));
            }
        }
        all
    }

    /// The smallest `font-size` in a drawing.
    fn smallest_font(svg: &str) -> f64 {
        svg.split("font-size=\"")
            .skip(1)
            .filter_map(|rest| rest.split('"').next()?.parse::<f64>().ok())
            .fold(f64::INFINITY, f64::min)
    }

    /// The width below which the book's CSS shows the narrow drawing.
    fn css_breakpoint() -> f64 {
        let css = include_str!("../../../theme/css/book.css");
        let rule = "@container (max-width: ";
        let at = css
            .find(rule)
            .expect("book.css switches drawings with a container query")
            + rule.len();
        css[at..].split("px").next().unwrap().parse().unwrap()
    }

    #[test]
    fn every_drawing_keeps_its_text_at_11_px_or_more() {
        // A 360 px phone leaves the column 320 px (mdBook's 15 px page and
        // 5 px content padding on each side); the wide drawing is shown from
        // the breakpoint up.
        let narrowest = [(NARROW, 320.0), (WIDE, css_breakpoint())];
        for (layout, shown) in narrowest {
            assert!(
                rendered_text_px(&layout, shown) >= 11.0,
                "{} at {shown} px",
                layout.class
            );
        }
        for (name, svg) in every_drawing() {
            let layout = if svg.contains("width=\"1920\"") {
                WIDE
            } else {
                NARROW
            };
            let shown = narrowest.iter().find(|(l, _)| *l == layout).unwrap().1;
            let px = smallest_font(&svg) * shown / f64::from(layout.width);
            assert!(
                px >= 11.0,
                "{name} ({}) has text of {px:.1} px",
                layout.class
            );
        }
    }

    /// Whether a chart's legend ended up under it (the drawing is taller
    /// than a chart).
    fn legend_below(svg: &str, layout: &Layout) -> bool {
        !svg.contains(&format!("height=\"{}\"", layout.chart_height))
    }

    #[test]
    fn a_legend_that_would_hide_a_line_moves_below_the_chart() {
        use crate::figures::{Axis, Chart, Ink, Mark, Series, Stroke};
        let line = |points| Series {
            ink: Ink::Sigmoid,
            mark: Mark::Line(Stroke::Solid),
            points,
        };
        let chart = |points| {
            Figure::Chart(Chart {
                x: Axis::linear(0.0, 1.0),
                y: Axis::linear(0.0, 1.0),
                categories: None,
                series: vec![line(points)],
                legend: Some(Corner::UpperLeft),
            })
        };
        let words = Words {
            x: "x".into(),
            y: "y".into(),
            series: vec!["a line".into()],
            panels: vec![],
        };
        // Through the upper-left corner, where the box would go.
        let through = render_svg(&chart(vec![(0.0, 1.0), (1.0, 0.0)]), &words, &NARROW).unwrap();
        assert!(legend_below(&through, &NARROW));
        // Along the bottom, clear of it.
        let clear = render_svg(&chart(vec![(0.0, 0.0), (1.0, 0.1)]), &words, &NARROW).unwrap();
        assert!(!legend_below(&clear, &NARROW));
    }

    #[test]
    fn the_speed_legend_goes_below_the_chart_rather_than_hide_its_lines() {
        // Its lines fill the chart from corner to corner, in both layouts.
        let speed = all_figures()["speed"].clone();
        let words = words_for(&speed);
        for layout in [WIDE, NARROW] {
            let svg = render_svg(&speed, &words, &layout).unwrap();
            assert!(legend_below(&svg, &layout), "{}", layout.class);
        }
    }

    /// Every unrotated text of a drawing: its row (`y`), its left and right
    /// ends, estimated from its anchor and [`text_width`], the text, its
    /// font size and the top of its box.
    fn text_spans(svg: &str) -> Vec<(i64, f64, f64, String, f64, f64)> {
        let attribute = |tag: &str, name: &str| -> Option<String> {
            // The tag's attributes, each after a space (the first one too).
            let tag = format!(" {tag}");
            let at = tag.find(&format!(" {name}=\""))? + name.len() + 3;
            Some(tag[at..].split('"').next()?.to_owned())
        };
        svg.split("<text ")
            .skip(1)
            .filter_map(|rest| {
                let (tag, rest) = rest.split_once('>')?;
                if tag.contains("transform=") {
                    return None;
                }
                let text = rest.split("</text>").next()?.trim().to_owned();
                if text.is_empty() {
                    return None;
                }
                let x: f64 = attribute(tag, "x")?.parse().ok()?;
                let y: i64 = attribute(tag, "y")?.parse().ok()?;
                let size: f64 = attribute(tag, "font-size")?.parse().ok()?;
                let width = text_width(&text, size.round() as u32);
                let left = match attribute(tag, "text-anchor").as_deref() {
                    Some("middle") => x - width / 2.0,
                    Some("end") => x - width,
                    _ => x,
                };
                // Where the text's box starts above `y`, by how plotters
                // places it: centred (0.5ex), hanging below (0.76em) or
                // sitting on it (-0.5ex).
                let top = match attribute(tag, "dy").as_deref() {
                    Some("0.76em") => y as f64,
                    Some("-0.5ex") => y as f64 - size,
                    _ => y as f64 - size / 2.0,
                };
                Some((y, left, left + width, text, size, top))
            })
            .collect()
    }

    #[test]
    fn labels_on_a_row_keep_half_an_em_apart() {
        for (name, svg) in every_drawing() {
            let mut spans = text_spans(&svg);
            spans.sort_by(|a, b| (a.0, a.1).partial_cmp(&(b.0, b.1)).unwrap());
            for pair in spans.windows(2) {
                let (a, b) = (&pair[0], &pair[1]);
                // Half an em of space keeps two labels apart to the eye.
                if a.0 == b.0 {
                    assert!(
                        a.2 + 0.5 * a.4 <= b.1,
                        "{name}: \"{}\" crowds \"{}\" at y = {}",
                        a.3,
                        b.3,
                        a.0
                    );
                }
            }
        }
    }

    #[test]
    fn no_two_labels_overlap() {
        for (name, svg) in every_drawing() {
            let spans = text_spans(&svg);
            for (i, a) in spans.iter().enumerate() {
                for b in &spans[i + 1..] {
                    let apart_x = a.2 <= b.1 || b.2 <= a.1;
                    let apart_y = a.5 + a.4 <= b.5 || b.5 + b.4 <= a.5;
                    assert!(
                        apart_x || apart_y,
                        "{name}: \"{}\" overlaps \"{}\"",
                        a.3,
                        b.3
                    );
                }
            }
        }
    }

    #[test]
    fn no_sentinel_colour_survives() {
        for (name, svg) in every_drawing() {
            let svg = svg.to_uppercase();
            assert!(
                !svg.contains("#010203") && !svg.contains("#040506") && !svg.contains("#070809"),
                "{name}"
            );
        }
    }

    #[test]
    fn no_fixed_black_or_white_that_a_theme_could_swallow() {
        for (name, svg) in every_drawing() {
            let svg = svg.to_uppercase();
            for fixed in ["#000000", "#FFFFFF", "\"BLACK\"", "\"WHITE\""] {
                assert!(!svg.contains(fixed), "{name} uses {fixed}");
            }
        }
    }

    #[test]
    fn words_that_do_not_fit_are_an_error() {
        let sigmoid = all_figures()["sigmoid"].clone();
        let two = Words {
            x: "x".into(),
            y: "y".into(),
            series: vec!["σ(x)".into(), "σ′(x)".into()],
            panels: vec![],
        };
        assert!(render_svg(&sigmoid, &two, &WIDE).is_ok());
        let one = Words {
            series: vec!["σ(x)".into()],
            ..two.clone()
        };
        assert!(
            render_svg(&sigmoid, &one, &WIDE)
                .unwrap_err()
                .contains("needs 2 series names")
        );
        let no_y = Words {
            y: String::new(),
            ..two
        };
        assert!(
            render_svg(&sigmoid, &no_y, &WIDE)
                .unwrap_err()
                .contains("y=\"…\"")
        );
    }

    #[test]
    fn hangul_is_measured_a_full_em_and_latin_about_half() {
        assert_eq!(text_width("입력", 10), 20.0);
        let latin = text_width("input", 10);
        assert!(latin > 15.0 && latin < 30.0, "{latin}");
    }

    #[test]
    fn ticks_read_like_numbers_people_write() {
        assert_eq!(tick(2.0, false), "2");
        assert_eq!(tick(-0.0, false), "0");
        assert_eq!(tick(-1e-12, false), "0");
        assert_eq!(tick(0.25, false), "0.25");
        assert_eq!(tick(-1.5, false), "−1.5");
        assert_eq!(tick(5000.0, false), "5000");
        assert_eq!(tick(1e-4, true), "10⁻⁴");
        assert_eq!(tick(1.0, true), "1");
        assert_eq!(tick(2e-4, true), "");
    }
}
