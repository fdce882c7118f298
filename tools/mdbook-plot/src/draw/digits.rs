//! Handwritten digits in a grid, each with its caption and its bars.

use super::prelude::*;

/// The height of the triangle under a marked digit's label: two thirds of
/// the text's size.
fn mark_height(font: u32) -> i32 {
    (font * 2 / 3) as i32
}

/// The ink of digit `digit`'s bar: the right digit's, the network's answer's,
/// or none (the faint text colour).
pub(crate) fn marked_ink(cell: &DigitCell, digit: usize) -> Option<Ink> {
    match cell.marked {
        Some((right, _)) if right == digit => Some(RIGHT_ANSWER),
        Some((_, answer)) if answer == digit => Some(WRONG_ANSWER),
        _ => None,
    }
}

pub(crate) fn digit_columns(grid: &DigitGrid, layout: &Layout) -> usize {
    if layout.class == NARROW.class {
        grid.narrow_columns
    } else {
        grid.columns
    }
}

/// A digit cell's height: the image, a caption line, and the bars with
/// their labels if the grid has bars, and room for the triangles under
/// the labels if some digits are marked.
pub(crate) fn digit_cell_height(grid: &DigitGrid, layout: &Layout) -> u32 {
    let width = layout.width / digit_columns(grid, layout) as u32;
    let bars = if grid.cells.iter().any(|c| !c.bars.is_empty()) {
        width / 2 + layout.font * 3 / 2
    } else {
        0
    };
    let marks = if grid.cells.iter().any(|c| c.marked.is_some()) {
        mark_height(layout.font) as u32
    } else {
        0
    };
    width * 3 / 4 + layout.font * 2 + bars + marks
}

/// Each digit as an 8 × 8 grid of squares in the text colour, darker where
/// the pixel is darker, so it reads on every theme; under it its caption,
/// then its probabilities as bars labelled 0–9.
pub(crate) fn draw_digits(
    area: &Area,
    grid: &DigitGrid,
    words: &Words,
    layout: &Layout,
) -> DrawResult {
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
            // Ink on paper; or, for weights, the sign picks the ink and
            // the size how strong it is.
            let fill = match (grid.signed, value) {
                (false, v) if v > 0.0 => FOREGROUND.mix(v),
                (true, v) if v > 0.0 => colour(Ink::Accent).mix(v),
                (true, v) if v < 0.0 => colour(Ink::SecondAccent).mix(-v),
                _ => continue,
            };
            let (x, y) = (
                x0 + (p % 8) as i32 * pixel as i32,
                y0 + (p / 8) as i32 * pixel as i32,
            );
            area.draw(&Rectangle::new(
                [(x, y), (x + pixel as i32, y + pixel as i32)],
                fill.filled(),
            ))?;
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
            let ink = marked_ink(cell, digit);
            let top = baseline - (p.clamp(0.0, 1.0) * bar_height).round() as i32;
            area.draw(&Rectangle::new(
                [(x + 3, top), (x + slot - 3, baseline)],
                ink.map_or(faint.filled(), |ink| colour(ink).filled()),
            ))?;
            area.draw(&Text::new(
                digit.to_string(),
                (x + slot / 2, baseline + font as i32 * 3 / 4),
                centred.clone(),
            ))?;
            // A bar of a probability near 0 has no height to show its ink:
            // a small triangle under the digit's label, pointing up at the
            // bar, says which digit it is.
            if let Some(ink) = ink {
                let tip = baseline + font as i32 * 5 / 4 + 2;
                let base = tip + mark_height(font);
                area.draw(&Polygon::new(
                    vec![(x + slot / 2, tip), (x + 2, base), (x + slot - 2, base)],
                    colour(ink).filled(),
                ))?;
            }
        }
        area.draw(&PathElement::new(
            [(bar_left, baseline), (bar_left + slot * 10, baseline)],
            FOREGROUND.stroke_width(2),
        ))?;
    }
    if !words.series.is_empty() {
        let (_, height) = area.dim_in_pixel();
        let (_, legend) = area.split_vertically(height - font * 3);
        let swatches = [RIGHT_ANSWER, WRONG_ANSWER].map(|ink| Series {
            ink,
            mark: Mark::Bars,
            points: Vec::new(),
        });
        draw_legend_row(
            &legend,
            &swatches.iter().collect::<Vec<_>>(),
            &words.series,
            font,
        )?;
    }
    Ok(())
}
