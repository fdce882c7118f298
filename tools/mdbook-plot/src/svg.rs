//! Drawing a [`Figure`] as an SVG that follows the reader's theme.
//!
//! plotters only knows fixed colours, so it draws axes, labels and grid in
//! "sentinel" colours that nothing else uses, and those are then replaced by
//! `currentColor`: the figure takes the text colour of whichever theme the
//! reader picked. The series colours are mid-tones chosen to keep at least
//! 3:1 contrast against the light theme's white and the dark themes' near
//! black backgrounds alike.

use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, Pos, VPos};

use crate::directive::Directive;
use crate::figures::{Corner, Figure, Node, Series};

/// The SVG's own size. Drawn at 1.5 times the 640 × 400 it is shown at,
/// so that plotters' whole-pixel coordinates do not make curves jagged.
const WIDTH: u32 = 960;
const HEIGHT: u32 = 600;
/// Text size at that scale (15 px once shown).
const FONT: u32 = 22;

/// Drawn as `currentColor`: axes, tick labels, legend text.
const FOREGROUND: RGBColor = RGBColor(1, 2, 3);
/// Drawn as a faint `currentColor`: the grid.
const GRID: RGBColor = RGBColor(4, 5, 6);
/// Drawn in the theme's background colour: the legend's box and the inside
/// of diagram nodes, so that lines behind them do not run through text.
const BACKGROUND: RGBColor = RGBColor(7, 8, 9);

/// Series colours: blue, orange, green, purple, red.
const PALETTE: [RGBColor; 5] = [
    RGBColor(0x3b, 0x82, 0xd6),
    RGBColor(0xe0, 0x7a, 0x10),
    RGBColor(0x2a, 0xa0, 0x50),
    RGBColor(0xa8, 0x5c, 0xe0),
    RGBColor(0xe0, 0x4a, 0x4a),
];

/// The figure as a standalone `<svg>` element, deterministic to the byte.
///
/// ```
/// let figure = mdbook_plot::figures::figure("relu").unwrap();
/// let svg = mdbook_plot::render_svg(&figure);
/// assert!(svg.starts_with("<svg"));
/// assert!(svg.contains("currentColor"));
/// assert_eq!(svg, mdbook_plot::render_svg(&figure));
/// ```
pub fn render_svg(figure: &Figure) -> String {
    let mut svg = String::new();
    {
        let root = SVGBackend::with_string(&mut svg, (WIDTH, HEIGHT)).into_drawing_area();
        // Drawing into a String cannot fail for lack of a file or a font:
        // plotters' SVG backend writes text elements and lets the browser
        // pick the font.
        draw(&root, figure, FONT).expect("plotters draws into a String without I/O");
        root.present()
            .expect("presenting an SVG string cannot fail");
    }
    theme_colours(&svg)
}

type Area<'a> = DrawingArea<SVGBackend<'a>, plotters::coord::Shift>;
type DrawResult = Result<(), Box<dyn std::error::Error + 'static>>;

fn draw(area: &Area, figure: &Figure, font: u32) -> DrawResult {
    match figure {
        Figure::Lines {
            window,
            axis_labels,
            series,
            markers,
            legend,
        } => draw_lines(area, *window, *axis_labels, series, markers, *legend, font),
        Figure::Bars {
            categories,
            series,
            y_max,
            legend,
        } => draw_bars(area, categories, series, *y_max, *legend, font),
        Figure::Panels { columns, panels } => {
            let rows = panels.len().div_ceil(*columns);
            for (cell, (title, panel)) in area.split_evenly((rows, *columns)).iter().zip(panels) {
                let (titled, body) = cell.split_vertically(font * 3 / 2);
                titled.draw(&Text::new(
                    title.as_str(),
                    (cell.dim_in_pixel().0 as i32 / 2, font as i32 * 3 / 4),
                    label_style(font).pos(Pos::new(HPos::Center, VPos::Center)),
                ))?;
                draw(&body, panel, font)?;
            }
            Ok(())
        }
        Figure::Diagram {
            size,
            nodes,
            edges,
            notes,
        } => draw_diagram(area, *size, nodes, edges, notes, font),
    }
}

fn label_style(font: u32) -> TextStyle<'static> {
    ("sans-serif", font).into_font().color(&FOREGROUND)
}

/// Tick labels as people write them: `2` not `2.0`, `0` not `-0.0`, and no
/// trailing zeros (`0.25`, `1.5`).
fn tick(value: &f64) -> String {
    let rounded = (value * 1e6).round() / 1e6;
    if rounded == 0.0 {
        return "0".to_owned();
    }
    let text = format!("{rounded:.6}");
    text.trim_end_matches('0').trim_end_matches('.').to_owned()
}

fn corner(corner: Corner) -> SeriesLabelPosition {
    match corner {
        Corner::UpperLeft => SeriesLabelPosition::UpperLeft,
        Corner::UpperRight => SeriesLabelPosition::UpperRight,
        Corner::LowerLeft => SeriesLabelPosition::LowerLeft,
        Corner::LowerRight => SeriesLabelPosition::LowerRight,
    }
}

fn draw_lines(
    area: &Area,
    window: (f64, f64, f64, f64),
    axis_labels: (&str, &str),
    series: &[Series],
    markers: &[Series],
    legend: Option<Corner>,
    font: u32,
) -> DrawResult {
    let (x0, x1, y0, y1) = window;
    let mut chart = ChartBuilder::on(area)
        .margin(font * 3 / 4)
        .margin_right(font * 3 / 2)
        .x_label_area_size(font * 5 / 2)
        .y_label_area_size(if axis_labels.1.is_empty() {
            font * 3
        } else {
            font * 4
        })
        .build_cartesian_2d(x0..x1, y0..y1)?;
    chart
        .configure_mesh()
        .x_desc(axis_labels.0)
        .y_desc(axis_labels.1)
        .x_label_formatter(&tick)
        .y_label_formatter(&tick)
        .axis_style(FOREGROUND)
        .bold_line_style(GRID.mix(0.25))
        .light_line_style(GRID.mix(0.06))
        .label_style(label_style(font))
        .axis_desc_style(label_style(font))
        .draw()?;
    let width = font / 7 + 1;
    for (i, s) in series.iter().enumerate() {
        let colour = PALETTE[i % PALETTE.len()];
        let style = colour.stroke_width(width);
        let points = s.points.iter().copied();
        let drawn = if s.dashed {
            chart.draw_series(DashedLineSeries::new(points, font / 2, font / 3, style))?
        } else {
            chart.draw_series(LineSeries::new(points, style))?
        };
        let legend_length = font as i32;
        drawn.label(s.label.as_str()).legend(move |(x, y)| {
            PathElement::new([(x, y), (x + legend_length, y)], colour.stroke_width(width))
        });
    }
    // Dots take the colours after the first curve's, whether or not a curve
    // is drawn, so that "0" and "1" look the same in every panel.
    // The first set of dots is drawn as crosses, so that "0" and "1" differ
    // in shape as well as in colour.
    for (i, s) in markers.iter().enumerate() {
        let colour = PALETTE[(1 + i) % PALETTE.len()];
        let radius = font / 3 + 1;
        let stroke = colour.stroke_width(font / 8 + 1);
        if i == 0 {
            let points = s.points.iter().map(|&p| Cross::new(p, radius, stroke));
            chart
                .draw_series(points)?
                .label(s.label.as_str())
                .legend(move |(x, y)| Cross::new((x + radius as i32, y), radius, stroke));
        } else {
            let points = s
                .points
                .iter()
                .map(|&p| Circle::new(p, radius, colour.filled()));
            chart
                .draw_series(points)?
                .label(s.label.as_str())
                .legend(move |(x, y)| Circle::new((x + radius as i32, y), radius, colour.filled()));
        }
    }
    match legend {
        Some(position) => draw_legend(&mut chart, position, font),
        None => Ok(()),
    }
}

fn draw_bars(
    area: &Area,
    categories: &[String],
    series: &[Series],
    y_max: f64,
    legend: bool,
    font: u32,
) -> DrawResult {
    let n = categories.len() as f64;
    let mut chart = ChartBuilder::on(area)
        .margin(font * 3 / 4)
        .margin_right(font * 3 / 2)
        .x_label_area_size(font * 2)
        .y_label_area_size(font * 3)
        .build_cartesian_2d(-0.5..n - 0.5, 0.0..y_max)?;
    chart
        .configure_mesh()
        .disable_x_mesh()
        .y_max_light_lines(1)
        .x_labels(categories.len())
        .x_label_formatter(&|x| {
            let i = x.round();
            let index = i as usize;
            if (x - i).abs() < 1e-9 && index < categories.len() {
                categories[index].clone()
            } else {
                String::new()
            }
        })
        .y_label_formatter(&tick)
        .axis_style(FOREGROUND)
        .bold_line_style(GRID.mix(0.25))
        .light_line_style(GRID.mix(0.06))
        .label_style(label_style(font))
        .draw()?;
    let group_width = 0.8;
    let bar_width = group_width / series.len() as f64;
    for (i, s) in series.iter().enumerate() {
        let colour = PALETTE[i % PALETTE.len()];
        let offset = -group_width / 2.0 + bar_width * i as f64;
        let half = font as i32 / 3;
        chart
            .draw_series(s.points.iter().map(|&(x, h)| {
                Rectangle::new(
                    [(x + offset, 0.0), (x + offset + bar_width, h)],
                    colour.filled(),
                )
            }))?
            .label(s.label.as_str())
            .legend(move |(x, y)| {
                Rectangle::new([(x, y - half), (x + 2 * half, y + half)], colour.filled())
            });
    }
    if legend {
        draw_legend(&mut chart, Corner::UpperLeft, font)
    } else {
        Ok(())
    }
}

fn draw_legend<'a, X, Y>(
    chart: &mut ChartContext<'a, SVGBackend<'a>, Cartesian2d<X, Y>>,
    position: Corner,
    font: u32,
) -> DrawResult
where
    X: Ranged<ValueType = f64>,
    Y: Ranged<ValueType = f64>,
{
    chart
        .configure_series_labels()
        .position(corner(position))
        .margin(font / 2)
        .background_style(BACKGROUND.mix(0.85))
        .border_style(GRID.mix(0.5))
        .label_font(label_style(font))
        .draw()?;
    Ok(())
}

/// Nodes as circles with their label inside, edges as arrows from circle
/// edge to circle edge, labelled at their middle.
fn draw_diagram(
    area: &Area,
    size: (f64, f64),
    nodes: &[Node],
    edges: &[(usize, usize, String)],
    notes: &[(f64, f64, String)],
    font: u32,
) -> DrawResult {
    let (width, height) = area.dim_in_pixel();
    // One scale for both axes, so circles stay round; y grows downwards.
    let scale = (f64::from(width) / size.0).min(f64::from(height) / size.1);
    let to_pixel = |(x, y): (f64, f64)| ((x * scale) as i32, ((size.1 - y) * scale) as i32);
    let centred = label_style(font).pos(Pos::new(HPos::Center, VPos::Center));
    for (from, to, label) in edges {
        let (a, b) = (&nodes[*from], &nodes[*to]);
        let (dx, dy) = (b.at.0 - a.at.0, b.at.1 - a.at.1);
        let length = dx.hypot(dy);
        let (ux, uy) = (dx / length, dy / length);
        let start = (a.at.0 + ux * a.radius, a.at.1 + uy * a.radius);
        let end = (b.at.0 - ux * b.radius, b.at.1 - uy * b.radius);
        area.draw(&PathElement::new(
            [to_pixel(start), to_pixel(end)],
            FOREGROUND.stroke_width(2),
        ))?;
        // An arrowhead: two short strokes back from the tip.
        let head = 0.25;
        for side in [-1.0, 1.0] {
            let back = (
                end.0 - head * (ux - side * 0.5 * uy),
                end.1 - head * (uy + side * 0.5 * ux),
            );
            area.draw(&PathElement::new(
                [to_pixel(end), to_pixel(back)],
                FOREGROUND.stroke_width(2),
            ))?;
        }
        if !label.is_empty() {
            let middle = ((start.0 + end.0) / 2.0, (start.1 + end.1) / 2.0 + 0.3);
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
        area.draw(&Circle::new(
            to_pixel(node.at),
            radius,
            FOREGROUND.stroke_width(2),
        ))?;
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

/// The figure as the HTML that replaces a directive: the SVG, labelled for
/// screen readers with the alt text, inside a `<figure>` with its caption.
/// No blank line inside, so Markdown keeps it as one HTML block.
///
/// ```
/// use mdbook_plot::{Directive, figure_html, figures::figure};
///
/// let d = Directive::parse_line(r#"{{#plot step caption="Step & jump" alt="A <step>"}}"#)
///     .unwrap()
///     .unwrap();
/// let html = figure_html(&d, &figure("step").unwrap());
/// assert!(html.contains("<figcaption>Step &amp; jump</figcaption>"));
/// assert!(html.contains(r#"aria-label="A &lt;step&gt;""#));
/// assert!(!html.contains("\n\n"));
/// ```
pub fn figure_html(directive: &Directive, figure: &Figure) -> String {
    let svg = render_svg(figure);
    let svg = svg.replacen(
        "<svg ",
        &format!(
            "<svg role=\"img\" aria-label=\"{}\" preserveAspectRatio=\"xMidYMid meet\" ",
            escape(&directive.alt)
        ),
        1,
    );
    let svg: String = svg
        .lines()
        .filter(|l| !l.trim().is_empty())
        .collect::<Vec<_>>()
        .join("\n");
    format!(
        "<figure class=\"plot\" id=\"figure-{name}\" data-plot=\"{name}\" data-pagefind-ignore=\"all\">\n{svg}\n<figcaption>{caption}</figcaption>\n</figure>\n",
        name = directive.name,
        caption = escape(&directive.caption),
    )
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
    use crate::figures::{figure, names};

    #[test]
    fn no_sentinel_colour_survives() {
        for name in names() {
            let svg = render_svg(&figure(name).unwrap()).to_uppercase();
            assert!(
                !svg.contains("#010203") && !svg.contains("#040506"),
                "{name}"
            );
        }
    }

    #[test]
    fn no_fixed_black_or_white_that_a_theme_could_swallow() {
        for name in names() {
            let svg = render_svg(&figure(name).unwrap()).to_uppercase();
            for fixed in ["#000000", "#FFFFFF", "\"BLACK\"", "\"WHITE\""] {
                assert!(!svg.contains(fixed), "{name} uses {fixed}");
            }
        }
    }
}

#[cfg(test)]
mod tick_tests {
    use super::tick;

    #[test]
    fn ticks_read_like_numbers_people_write() {
        assert_eq!(tick(&2.0), "2");
        assert_eq!(tick(&-0.0), "0");
        assert_eq!(tick(&-1e-12), "0");
        assert_eq!(tick(&0.25), "0.25");
        assert_eq!(tick(&-1.5), "-1.5");
        assert_eq!(tick(&5000.0), "5000");
    }
}
