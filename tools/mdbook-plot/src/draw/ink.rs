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
        Ink::Sgd => RGBColor(0x6b, 0x73, 0xd7),      // indigo
        Ink::Momentum => RGBColor(0x9c, 0x77, 0x00), // dark gold
        Ink::AdaGrad => RGBColor(0x0a, 0x8b, 0x7d),  // sea green
        Ink::RmsProp => RGBColor(0xcf, 0x4a, 0x92),  // rose
        Ink::Adam => RGBColor(0xce, 0x58, 0x2f),     // brick
        Ink::Other(n) => OTHERS[n % OTHERS.len()],
    }
}

/// The ink of a right answer (a misread digit's right digit, a confusion
/// matrix's diagonal) and of a wrong one (the network's answer, a square
/// off the diagonal): the same pair wherever chapter 3 tells them apart.
pub(crate) const RIGHT_ANSWER: Ink = Ink::Other(2);
pub(crate) const WRONG_ANSWER: Ink = Ink::Other(1);

/// A colour as SVG writes it: `#RRGGBB`.
pub(crate) fn hex(colour: RGBColor) -> String {
    format!("#{:02X}{:02X}{:02X}", colour.0, colour.1, colour.2)
}

/// Replaces the sentinel colours with `currentColor`, and the background
/// sentinel with mdBook's `--bg` theme variable (through `style`: a CSS
/// variable is not valid in a presentation attribute).
pub(crate) fn theme_colours(svg: &str) -> String {
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

#[cfg(test)]
mod tests {
    use super::*;

    /// WCAG's relative luminance of an sRGB colour.
    fn luminance(c: RGBColor) -> f64 {
        let linear = |u: u8| {
            let u = f64::from(u) / 255.0;
            if u <= 0.04045 {
                u / 12.92
            } else {
                ((u + 0.055) / 1.055).powf(2.4)
            }
        };
        0.2126 * linear(c.0) + 0.7152 * linear(c.1) + 0.0722 * linear(c.2)
    }

    fn contrast(a: RGBColor, b: RGBColor) -> f64 {
        let (la, lb) = (luminance(a), luminance(b));
        (la.max(lb) + 0.05) / (la.min(lb) + 0.05)
    }

    /// A line a reader must tell from the page needs 3:1 against it (WCAG
    /// 1.4.11), in every theme mdBook offers: light, rust, coal, navy and
    /// ayu, whose backgrounds are these (their `--bg`, converted from HSL).
    #[test]
    fn the_optimisers_inks_stand_out_from_every_themes_background() {
        let backgrounds = [
            ("light", RGBColor(0xff, 0xff, 0xff)),
            ("rust", RGBColor(0xe1, 0xe1, 0xdb)),
            ("coal", RGBColor(0x13, 0x15, 0x16)),
            ("navy", RGBColor(0x16, 0x19, 0x23)),
            ("ayu", RGBColor(0x0f, 0x14, 0x1a)),
        ];
        for ink in [
            Ink::Sgd,
            Ink::Momentum,
            Ink::AdaGrad,
            Ink::RmsProp,
            Ink::Adam,
        ] {
            for (theme, background) in backgrounds {
                let ratio = contrast(colour(ink), background);
                assert!(ratio >= 3.0, "{ink:?} on {theme}: {ratio:.2}:1");
            }
        }
    }
}
