//! Tick labels as people write them.

use super::prelude::*;

/// Tick labels as people write them: `2` not `2.0`, `0` not `-0.0`, no
/// trailing zeros (`0.25`, `1.5`), a true minus sign, and powers of ten on
/// a logarithmic axis as `10⁻⁴`.
pub(crate) fn tick(value: f64, log: bool) -> String {
    if log {
        let exponent = value.log10().round();
        if (value / 10f64.powf(exponent) - 1.0).abs() > 1e-9 {
            return String::new();
        }
        return match exponent as i32 {
            0 => "1".to_owned(),
            1 => "10".to_owned(),
            e => format!("10{}", superscript(e)),
        };
    }
    let rounded = (value * 1e6).round() / 1e6;
    if rounded == 0.0 {
        return "0".to_owned();
    }
    let text = format!("{rounded:.6}");
    let text = text.trim_end_matches('0').trim_end_matches('.');
    text.replace('-', "−")
}

pub(crate) fn superscript(n: i32) -> String {
    n.to_string()
        .chars()
        .map(|c| match c {
            '-' => '⁻',
            d => ['⁰', '¹', '²', '³', '⁴', '⁵', '⁶', '⁷', '⁸', '⁹']
                [d.to_digit(10).unwrap_or(0) as usize],
        })
        .collect()
}

/// The label at `value`, or none if `ticks` lists only other values. A
/// value a chart lists on a logarithmic axis that is not a power of ten
/// (0.2, 0.5) is written plainly: the chart asked for it by name.
pub(crate) fn label_at(value: f64, ticks: &Ticks, log: bool) -> String {
    match ticks {
        Ticks::Auto => tick(value, log),
        Ticks::At(values) if values.iter().any(|v| (v - value).abs() < 1e-9) => {
            let power_of_ten = (value.log10() - value.log10().round()).abs() < 1e-9;
            tick(value, log && power_of_ten)
        }
        Ticks::At(_) => String::new(),
    }
}
