//! The drawing pad: not a picture but a small form the page's script
//! (`theme/js/digit-pad.js`) brings to life, with the network and the test
//! digits it reads as JSON inside it.

use std::fmt::Write;

use crate::figures::DigitPad;

use super::prelude::*;

/// The pad's HTML: an 8 × 8 grid of cells to draw on (a keyboard grid:
/// arrow keys move, space adds ink, Delete wipes), a clear button and an
/// eraser switch, a line a screen reader announces ("8: 0.93"), the ten
/// probabilities as bars, the 64 counts the network reads, and buttons that
/// load test digits. The words are the directive's: `alt` names the grid,
/// `x` the bars' digits, `y` their probabilities, and `series` is the clear
/// button, the eraser, the starters' label and the counts' title.
///
/// # Errors
/// If the JSON cannot be written (it always can: plain numbers).
pub(crate) fn pad_html(directive: &Directive, pad: &DigitPad) -> Result<String, String> {
    let text = |s: &str| html_escape::encode_text(s).into_owned();
    let attribute = |s: &str| html_escape::encode_double_quoted_attribute(s).into_owned();
    let name = &directive.name;
    let words = &directive.series;
    let mut html = String::new();
    let _ = writeln!(
        html,
        "<figure class=\"digit-pad\" id=\"figure-{name}\" data-plot=\"{name}\" data-pagefind-ignore=\"all\">"
    );
    html.push_str("<div class=\"pad-body\">\n<div class=\"pad-draw\">\n");
    let _ = writeln!(
        html,
        "<div class=\"pad-cells\" role=\"grid\" tabindex=\"0\" aria-label=\"{}\" aria-activedescendant=\"{name}-cell-0\">",
        attribute(&directive.alt)
    );
    for row in 0..8 {
        html.push_str("<div role=\"row\">");
        for column in 0..8 {
            let _ = write!(
                html,
                "<div role=\"gridcell\" class=\"pad-cell\" id=\"{name}-cell-{}\"></div>",
                row * 8 + column
            );
        }
        html.push_str("</div>\n");
    }
    html.push_str("</div>\n");
    let _ = writeln!(
        html,
        "<div class=\"pad-buttons\"><button type=\"button\" class=\"pad-clear\">{}</button> <button type=\"button\" class=\"pad-erase\" aria-pressed=\"false\">{}</button></div>",
        text(&words[0]),
        text(&words[1])
    );
    html.push_str("<p class=\"pad-reading\" aria-live=\"polite\"></p>\n</div>\n");
    let _ = writeln!(
        html,
        "<div class=\"pad-chart\" aria-hidden=\"true\"><div class=\"pad-axis\">{}</div><div class=\"pad-bars\">",
        text(&directive.y)
    );
    for digit in 0..10 {
        let _ = write!(
            html,
            "<div class=\"pad-bar\"><div class=\"pad-column\"><div class=\"pad-fill\"></div></div><div class=\"pad-digit\">{digit}</div></div>"
        );
    }
    let _ = writeln!(
        html,
        "</div><div class=\"pad-axis\">{}</div></div>",
        text(&directive.x)
    );
    let _ = writeln!(
        html,
        "<table class=\"pad-input\"><caption>{}</caption><tbody>",
        text(&words[3])
    );
    for _ in 0..8 {
        html.push_str("<tr>");
        html.push_str(&"<td>0</td>".repeat(8));
        html.push_str("</tr>\n");
    }
    html.push_str("</tbody></table>\n</div>\n");
    let _ = write!(
        html,
        "<p class=\"pad-starters\"><span>{}</span>",
        text(&words[2])
    );
    for &i in &pad.starters {
        let digit = &pad.digits[i];
        let label = if digit.answer == digit.label {
            digit.label.to_string()
        } else {
            format!("{} → {}", digit.label, digit.answer)
        };
        let _ = write!(
            html,
            " <button type=\"button\" data-digit=\"{i}\">{label}</button>"
        );
    }
    html.push_str("</p>\n");
    let json = serde_json::to_string(pad).map_err(|e| e.to_string())?;
    // Numbers and field names only, so nothing in it can close the script.
    let _ = writeln!(
        html,
        "<script type=\"application/json\" class=\"pad-data\">{json}</script>"
    );
    let _ = writeln!(
        html,
        "<figcaption>{}</figcaption>\n</figure>",
        text(&directive.caption)
    );
    Ok(html)
}
