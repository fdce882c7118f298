//! Chapter 4's figures, printed as JSON for `mdbook-plot` to draw.

mod figures;

fn main() {
    figure_model::print(figures::FIGURES);
}
