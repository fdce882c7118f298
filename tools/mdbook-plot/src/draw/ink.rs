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

/// The colour of an ink: one per concept for the whole book (see [`Ink`]).
/// Every colour but the text colour keeps 3:1 against each theme's
/// background, no two are alike, and two in one figure are far apart (the
/// tests below measure all three).
pub(crate) fn colour(ink: Ink) -> RGBColor {
    match ink {
        Ink::Step => RGBColor(0xde, 0x18, 0x4f),         // crimson
        Ink::Linear => RGBColor(0x7b, 0x7e, 0x86),       // grey
        Ink::Sigmoid => RGBColor(0x1f, 0x66, 0xe0),      // blue
        Ink::Tanh => RGBColor(0x07, 0x8f, 0x2d),         // green
        Ink::Relu => RGBColor(0xa7, 0x44, 0xe6),         // violet
        Ink::LeakyRelu => RGBColor(0xb4, 0x6e, 0x0c),    // amber
        Ink::Softmax => RGBColor(0x00, 0x89, 0x6f),      // teal
        Ink::CrossEntropy => RGBColor(0xa0, 0x47, 0x9a), // plum
        Ink::SquaredError => RGBColor(0x86, 0x63, 0x41), // brown
        Ink::Sgd => RGBColor(0x75, 0x66, 0xf0),          // indigo
        Ink::Momentum => RGBColor(0x82, 0x80, 0x00),     // olive
        Ink::AdaGrad => RGBColor(0x1c, 0x78, 0x92),      // petrol
        Ink::RmsProp => RGBColor(0xd9, 0x2e, 0x9e),      // magenta
        Ink::Adam => RGBColor(0xb1, 0x44, 0x30),         // brick
        Ink::Main => FOREGROUND,
        Ink::Accent => RGBColor(0xdc, 0x50, 0x00), // orange
        Ink::SecondAccent => RGBColor(0x39, 0x81, 0xc9), // steel blue
    }
}

/// Every ink, for the tests that measure them all.
#[cfg(test)]
pub(crate) const EVERY_INK: [Ink; 17] = [
    Ink::Step,
    Ink::Linear,
    Ink::Sigmoid,
    Ink::Tanh,
    Ink::Relu,
    Ink::LeakyRelu,
    Ink::Softmax,
    Ink::CrossEntropy,
    Ink::SquaredError,
    Ink::Sgd,
    Ink::Momentum,
    Ink::AdaGrad,
    Ink::RmsProp,
    Ink::Adam,
    Ink::Main,
    Ink::Accent,
    Ink::SecondAccent,
];

/// The ink of a right answer (a misread digit's right digit, a confusion
/// matrix's diagonal) and of a wrong one (the network's answer, a square
/// off the diagonal): the same pair wherever chapter 3 tells them apart.
pub(crate) const RIGHT_ANSWER: Ink = Ink::Main;
pub(crate) const WRONG_ANSWER: Ink = Ink::Accent;

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

/// One sRGB channel, 0–255, as linear light from 0 to 1: what both WCAG's
/// luminance and OKLab start from.
#[cfg(test)]
fn linear(u: u8) -> f64 {
    let u = f64::from(u) / 255.0;
    if u <= 0.04045 {
        u / 12.92
    } else {
        ((u + 0.055) / 1.055).powf(2.4)
    }
}

/// How far apart two colours look: the distance in OKLab, times 100.
#[cfg(test)]
pub(crate) fn oklab_distance(a: RGBColor, b: RGBColor) -> f64 {
    let lab = |c: RGBColor| {
        let (r, g, b) = (linear(c.0), linear(c.1), linear(c.2));
        let l = (0.412_221_470_8 * r + 0.536_332_536_3 * g + 0.051_445_992_9 * b).cbrt();
        let m = (0.211_903_498_2 * r + 0.680_699_545_1 * g + 0.107_396_956_6 * b).cbrt();
        let s = (0.088_302_461_9 * r + 0.281_718_837_6 * g + 0.629_978_700_5 * b).cbrt();
        [
            0.210_454_255_3 * l + 0.793_617_785 * m - 0.004_072_046_8 * s,
            1.977_998_495_1 * l - 2.428_592_205 * m + 0.450_593_709_9 * s,
            0.025_904_037_1 * l + 0.782_771_766_2 * m - 0.808_675_766 * s,
        ]
    };
    let (p, q) = (lab(a), lab(b));
    100.0
        * p.iter()
            .zip(&q)
            .map(|(x, y)| (x - y).powi(2))
            .sum::<f64>()
            .sqrt()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// WCAG's relative luminance of an sRGB colour.
    fn luminance(c: RGBColor) -> f64 {
        0.2126 * linear(c.0) + 0.7152 * linear(c.1) + 0.0722 * linear(c.2)
    }

    fn contrast(a: RGBColor, b: RGBColor) -> f64 {
        let (la, lb) = (luminance(a), luminance(b));
        (la.max(lb) + 0.05) / (la.min(lb) + 0.05)
    }

    /// A line a reader must tell from the page needs 3:1 against it (WCAG
    /// 1.4.11), in every theme mdBook offers: light, rust, coal, navy and
    /// ayu, whose backgrounds are these (their `--bg`, converted from HSL).
    /// The text colour is each theme's own, so it is left out.
    #[test]
    fn every_ink_stands_out_from_every_themes_background() {
        let backgrounds = [
            ("light", RGBColor(0xff, 0xff, 0xff)),
            ("rust", RGBColor(0xe1, 0xe1, 0xdb)),
            ("coal", RGBColor(0x13, 0x15, 0x16)),
            ("navy", RGBColor(0x16, 0x19, 0x23)),
            ("ayu", RGBColor(0x0f, 0x14, 0x1a)),
        ];
        for ink in EVERY_INK.into_iter().filter(|&ink| ink != Ink::Main) {
            for (theme, background) in backgrounds {
                let ratio = contrast(colour(ink), background);
                assert!(ratio >= 3.0, "{ink:?} on {theme}: {ratio:.2}:1");
            }
        }
    }

    /// One colour, one concept: no ink is drawn in another's colour, nor in
    /// one a reader could take for it (each pair at least 8 apart in OKLab,
    /// times 100, where about 2 is the smallest difference people see).
    /// Cross-entropy had been orange, teal and magenta in three chapters,
    /// and the neutral inks had been tanh's green and Leaky ReLU's orange.
    /// The text colour is no hue: it is each theme's, and no other ink's.
    #[test]
    fn no_two_inks_look_alike() {
        let hues: Vec<Ink> = EVERY_INK
            .into_iter()
            .filter(|&ink| ink != Ink::Main)
            .collect();
        for (i, &a) in hues.iter().enumerate() {
            assert_ne!(colour(a), FOREGROUND, "{a:?}");
            for &b in &hues[i + 1..] {
                let distance = oklab_distance(colour(a), colour(b));
                assert!(distance >= 8.0, "{a:?} and {b:?} are {distance:.1} apart");
            }
        }
    }
}
