//! The `<figure>` a page gets: both drawings, the caption, the alt text.

use super::prelude::*;

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
    if let Figure::Pad(pad) = figure {
        check_words(figure, &words)?;
        return pad_html(directive, pad);
    }
    let mut drawings = String::new();
    for layout in [WIDE, NARROW] {
        let svg = render_svg(figure, &words, &layout)?;
        let svg = svg.replacen(
            "<svg ",
            &format!(
                "<svg class=\"{}\" role=\"img\" aria-label=\"{}\" preserveAspectRatio=\"xMidYMid meet\" ",
                layout.class,
                html_escape::encode_double_quoted_attribute(&directive.alt)
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
        caption = html_escape::encode_text(&directive.caption),
    ))
}
