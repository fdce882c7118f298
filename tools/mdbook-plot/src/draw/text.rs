//! Text: the style plotters draws it in, and how wide it will be.

use super::prelude::*;

pub(crate) fn text_style(font: u32) -> TextStyle<'static> {
    ("sans-serif", font).into_font().color(&FOREGROUND)
}

/// How wide a text is, roughly, in units of its font size: enough to size a
/// box around it. Hangul and Han characters are a full em; Latin letters
/// about half of one.
pub(crate) fn text_width(text: &str, font: u32) -> f64 {
    let ems: f64 =
        text.chars()
            .map(|c| match c {
                '\u{1100}'..='\u{11FF}'
                | '\u{3000}'..='\u{303F}'
                | '\u{3130}'..='\u{318F}'
                | '\u{4E00}'..='\u{9FFF}'
                | '\u{AC00}'..='\u{D7AF}'
                | '\u{FF00}'..='\u{FFEF}' => 1.0,
                'i' | 'j' | 'l' | 'f' | 't' | 'r' | '.' | ',' | ':' | ';' | '\'' | '′' | '|'
                | '!' => 0.3,
                '(' | ')' | '[' | ']' | ' ' => 0.32,
                '₀'..='₉' | '⁰'..='⁹' | '⁻' => 0.42,
                'm' | 'w' | 'M' | 'W' => 0.85,
                c if c.is_ascii_uppercase() => 0.66,
                c if c.is_ascii_digit() => 0.56,
                _ => 0.56,
            })
            .sum();
    ems * f64::from(font)
}
