//! Colours: the ink of each series, and the sentinel colours plotters draws
//! axes, grid and boxes in, swapped for the reader's theme's afterwards.

use super::prelude::*;

/// Drawn as `currentColor`: axes, tick labels, legend text.
pub(crate) const FOREGROUND: RGBColor = RGBColor(1, 2, 3);

/// Drawn as a faint `currentColor`: the grid.
pub(crate) const GRID: RGBColor = RGBColor(4, 5, 6);

/// Drawn in the theme's background colour: the legend's box and the inside
/// of diagram nodes, so that lines behind them do not run through text.
pub(crate) const BACKGROUND: RGBColor = RGBColor(7, 8, 9);

/// The colour of an ink. A function, a loss or an optimiser has the same
/// colour in every figure; the two losses' and the five optimisers' colours
/// are taken by no other ink.
pub(crate) fn colour(ink: Ink) -> RGBColor {
    const OTHERS: [RGBColor; 4] = [
        RGBColor(0x1f, 0x8f, 0xb0), // teal blue
        RGBColor(0xe0, 0x7a, 0x10), // orange
        RGBColor(0x2a, 0xa0, 0x50), // green
        RGBColor(0x6f, 0x8a, 0x1f), // olive
    ];
    match ink {
        Ink::Step => RGBColor(0xe0, 0x4a, 0x4a),
        Ink::Linear => RGBColor(0x8a, 0x8f, 0x98),
        Ink::Sigmoid => RGBColor(0x3b, 0x82, 0xd6),
        Ink::Tanh => RGBColor(0x2a, 0xa0, 0x50),
        Ink::Relu => RGBColor(0xa8, 0x5c, 0xe0),
        Ink::LeakyRelu => RGBColor(0xe0, 0x7a, 0x10),
        Ink::CrossEntropy => RGBColor(0xc0, 0x4c, 0x9c),
        Ink::SquaredError => RGBColor(0xa0, 0x70, 0x2a),
        Ink::Sgd => RGBColor(0x5b, 0x63, 0xd3),      // indigo
        Ink::Momentum => RGBColor(0xc9, 0x9a, 0x00), // gold
        Ink::AdaGrad => RGBColor(0x0b, 0x9e, 0x8e),  // sea green
        Ink::RmsProp => RGBColor(0xe8, 0x6a, 0x92),  // rose
        Ink::Adam => RGBColor(0xb8, 0x32, 0x2a),     // brick
        Ink::Other(n) => OTHERS[n % OTHERS.len()],
    }
}

/// Replaces the sentinel colours with `currentColor`, and the background
/// sentinel with mdBook's `--bg` theme variable (through `style`: a CSS
/// variable is not valid in a presentation attribute).
pub(crate) fn theme_colours(svg: &str) -> String {
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
