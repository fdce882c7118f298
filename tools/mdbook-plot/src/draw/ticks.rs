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

/// The label at `value`, or none if `ticks` lists only other values. On a
/// logarithmic axis whose listed values are not all powers of ten (0.2,
/// 0.5), every label is written plainly, so that `0.1` does not stand as
/// `10⁻¹` between `0.05` and `0.2`: the chart asked for them by name.
pub(crate) fn label_at(value: f64, ticks: &Ticks, log: bool) -> String {
    let power_of_ten = |v: f64| (v.log10() - v.log10().round()).abs() < 1e-9;
    match ticks {
        Ticks::Auto => tick(value, log),
        Ticks::At(values) if values.iter().any(|v| (v - value).abs() < 1e-9) => {
            tick(value, log && values.iter().all(|&v| power_of_ten(v)))
        }
        Ticks::At(_) => String::new(),
    }
}
