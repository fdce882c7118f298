//! A confusion matrix: counts in a square table, right answers on the
//! diagonal in one ink, mistakes in another.

use super::prelude::*;

/// The side of one square: the grid fills the width beside the row labels,
/// but a square is never more than a few letters wide.
fn square(matrix: &CountMatrix, layout: &Layout) -> u32 {
    let n = matrix.labels.len().max(1) as u32;
    ((layout.width - label_column(layout)) / n).min(layout.font * 5 / 2)
}

/// The width of the column of row labels, left of the grid.
fn label_column(layout: &Layout) -> u32 {
    layout.font * 2
}

/// The height of one line of the titles or the column labels.
fn line(layout: &Layout) -> u32 {
    layout.font * 3 / 2
}

/// The height of a matrix: two title lines, the column labels, the grid.
pub(crate) fn matrix_height(matrix: &CountMatrix, layout: &Layout) -> u32 {
    3 * line(layout) + matrix.labels.len() as u32 * square(matrix, layout) + layout.font / 2
}

/// The ink of the square in `row`, `column` holding `count`: none when it
/// is empty, the right answers' on the diagonal, the mistakes' off it.
pub(crate) fn square_ink(row: usize, column: usize, count: u32) -> Option<Ink> {
    match (count, row == column) {
        (0, _) => None,
        (_, true) => Some(RIGHT_ANSWER),
        (_, false) => Some(WRONG_ANSWER),
    }
}

/// Titles on top (rows: `↓ y`; columns: `x →`, over the columns), then the
/// column labels, then each row: its label and its squares. The fills are
/// faint, so that the counts written on them keep their contrast in every
/// theme, and outlined in the full ink.
pub(crate) fn draw_matrix(
    area: &Area,
    matrix: &CountMatrix,
    words: &Words,
    layout: &Layout,
) -> DrawResult {
    let font = layout.font;
    let (side, line) = (square(matrix, layout) as i32, line(layout) as i32);
    let n = matrix.labels.len() as i32;
    // The row labels and the grid, centred in the width.
    let indent = (layout.width as i32 - label_column(layout) as i32 - side * n) / 2;
    let left = indent + label_column(layout) as i32;
    let top = 3 * line;
    let centred = text_style(font).pos(Pos::new(HPos::Center, VPos::Center));
    let leading = text_style(font).pos(Pos::new(HPos::Left, VPos::Center));
    area.draw(&Text::new(
        format!("↓ {}", words.y),
        (indent, line / 2),
        leading,
    ))?;
    area.draw(&Text::new(
        format!("{} →", words.x),
        (left + side * n / 2, line * 3 / 2),
        centred.clone(),
    ))?;
    for (i, label) in matrix.labels.iter().enumerate() {
        let middle = side * i as i32 + side / 2;
        area.draw(&Text::new(
            label.as_str(),
            (left + middle, line * 5 / 2),
            centred.clone(),
        ))?;
        area.draw(&Text::new(
            label.as_str(),
            (indent + label_column(layout) as i32 / 2, top + middle),
            centred.clone(),
        ))?;
    }
    for (row, counts) in matrix.counts.iter().enumerate() {
        for (column, &count) in counts.iter().enumerate() {
            let (x, y) = (left + side * column as i32, top + side * row as i32);
            let corners = [(x, y), (x + side, y + side)];
            if let Some(ink) = square_ink(row, column, count) {
                let shade = if row == column { 0.3 } else { 0.45 };
                area.draw(&Rectangle::new(corners, colour(ink).mix(shade).filled()))?;
                // An outline in the full ink, inside the square: the faint
                // fill alone would not stand out from the page.
                area.draw(&Rectangle::new(
                    [(x + 3, y + 3), (x + side - 3, y + side - 3)],
                    colour(ink).stroke_width(3),
                ))?;
                area.draw(&Text::new(
                    count.to_string(),
                    (x + side / 2, y + side / 2),
                    centred.clone(),
                ))?;
            }
            area.draw(&Rectangle::new(corners, GRID.mix(0.5).stroke_width(2)))?;
        }
    }
    Ok(())
}
