//! Diagrams: circles joined by arrows.

use super::prelude::*;

/// Nodes as circles with their label inside, edges as arrows from circle
/// edge to circle edge, labelled at their middle.
pub(crate) fn draw_diagram(area: &Area, diagram: &Diagram, font: u32) -> DrawResult {
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
