//! Drawing a [`Figure`] as an SVG that follows the reader's theme.
//!
//! plotters only knows fixed colours, so it draws axes, labels and grid in
//! "sentinel" colours that nothing else uses, and those are then replaced by
//! `currentColor`: the figure takes the text colour of whichever theme the
//! reader picked. The series colours are mid-tones chosen to keep at least
//! 3:1 contrast against the light theme's white and the dark themes' near
//! black backgrounds alike.

use plotters::prelude::*;

use crate::directive::Directive;
use crate::figures::{Figure, Series};

const WIDTH: u32 = 640;
const HEIGHT: u32 = 400;

/// Drawn as `currentColor`: axes, tick labels, legend text.
const FOREGROUND: RGBColor = RGBColor(1, 2, 3);
/// Drawn as a faint `currentColor`: the grid.
const GRID: RGBColor = RGBColor(4, 5, 6);
/// Drawn in the theme's background colour: the legend's box, so that a
/// curve passing behind it does not run through its text.
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
        let drawn = match figure {
            Figure::Lines {
                window,
                axis_labels,
                series,
                markers,
            } => draw_lines(&root, *window, *axis_labels, series, markers),
            Figure::Bars {
                categories,
                series,
                y_max,
            } => draw_bars(&root, categories, series, *y_max),
        };
        // Drawing into a String cannot fail for lack of a file or a font:
        // plotters' SVG backend writes text elements and lets the browser
        // pick the font.
        drawn.expect("plotters draws into a String without I/O");
        root.present()
            .expect("presenting an SVG string cannot fail");
    }
    theme_colours(&svg)
}

type Area<'a> = DrawingArea<SVGBackend<'a>, plotters::coord::Shift>;
type DrawResult = Result<(), Box<dyn std::error::Error + 'static>>;

fn label_style() -> TextStyle<'static> {
    ("sans-serif", 15).into_font().color(&FOREGROUND)
}

fn draw_lines(
    root: &Area,
    window: (f64, f64, f64, f64),
    axis_labels: (&str, &str),
    series: &[Series],
    markers: &[Series],
) -> DrawResult {
    let (x0, x1, y0, y1) = window;
    let mut chart = ChartBuilder::on(root)
        .margin(12)
        .x_label_area_size(36)
        .y_label_area_size(if axis_labels.1.is_empty() { 48 } else { 64 })
        .build_cartesian_2d(x0..x1, y0..y1)?;
    chart
        .configure_mesh()
        .x_desc(axis_labels.0)
        .y_desc(axis_labels.1)
        .axis_style(FOREGROUND)
        .bold_line_style(GRID.mix(0.25))
        .light_line_style(GRID.mix(0.08))
        .label_style(label_style())
        .axis_desc_style(label_style())
        .draw()?;
    for (i, s) in series.iter().enumerate() {
        let colour = PALETTE[i % PALETTE.len()];
        chart
            .draw_series(LineSeries::new(
                s.points.iter().copied(),
                colour.stroke_width(3),
            ))?
            .label(s.label.as_str())
            .legend(move |(x, y)| PathElement::new([(x, y), (x + 22, y)], colour.stroke_width(3)));
    }
    for (i, s) in markers.iter().enumerate() {
        let colour = PALETTE[(series.len() + i) % PALETTE.len()];
        chart
            .draw_series(s.points.iter().map(|&p| Circle::new(p, 7, colour.filled())))?
            .label(s.label.as_str())
            .legend(move |(x, y)| Circle::new((x + 11, y), 6, colour.filled()));
    }
    draw_legend(&mut chart)
}

fn draw_bars(root: &Area, categories: &[String], series: &[Series], y_max: f64) -> DrawResult {
    let n = categories.len() as f64;
    let mut chart = ChartBuilder::on(root)
        .margin(12)
        .x_label_area_size(36)
        .y_label_area_size(48)
        .build_cartesian_2d(-0.5..n - 0.5, 0.0..y_max)?;
    chart
        .configure_mesh()
        .disable_x_mesh()
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
        .axis_style(FOREGROUND)
        .bold_line_style(GRID.mix(0.25))
        .light_line_style(GRID.mix(0.08))
        .label_style(label_style())
        .draw()?;
    let group_width = 0.8;
    let bar_width = group_width / series.len() as f64;
    for (i, s) in series.iter().enumerate() {
        let colour = PALETTE[i % PALETTE.len()];
        let offset = -group_width / 2.0 + bar_width * i as f64;
        chart
            .draw_series(s.points.iter().map(|&(x, h)| {
                Rectangle::new(
                    [(x + offset, 0.0), (x + offset + bar_width, h)],
                    colour.filled(),
                )
            }))?
            .label(s.label.as_str())
            .legend(move |(x, y)| Rectangle::new([(x, y - 6), (x + 14, y + 6)], colour.filled()));
    }
    draw_legend(&mut chart)
}

fn draw_legend<'a, X, Y>(
    chart: &mut ChartContext<'a, SVGBackend<'a>, Cartesian2d<X, Y>>,
) -> DrawResult
where
    X: Ranged<ValueType = f64>,
    Y: Ranged<ValueType = f64>,
{
    chart
        .configure_series_labels()
        .position(SeriesLabelPosition::UpperLeft)
        .background_style(BACKGROUND.mix(0.85))
        .border_style(GRID.mix(0.25))
        .label_font(label_style())
        .draw()?;
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
        "<figure class=\"plot\" id=\"figure-{name}\" data-plot=\"{name}\">\n{svg}\n<figcaption>{caption}</figcaption>\n</figure>\n",
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
    use crate::figures::{NAMES, figure};

    #[test]
    fn no_sentinel_colour_survives() {
        for name in NAMES {
            let svg = render_svg(&figure(name).unwrap()).to_uppercase();
            assert!(
                !svg.contains("#010203") && !svg.contains("#040506"),
                "{name}"
            );
        }
    }

    #[test]
    fn no_fixed_black_or_white_that_a_theme_could_swallow() {
        for name in NAMES {
            let svg = render_svg(&figure(name).unwrap()).to_uppercase();
            for fixed in ["#000000", "#FFFFFF", "\"BLACK\"", "\"WHITE\""] {
                assert!(!svg.contains(fixed), "{name} uses {fixed}");
            }
        }
    }
}
