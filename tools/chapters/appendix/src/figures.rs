//! The appendix's figure: how long the readable and the fast functions take
//! against numpy, from the committed results of a real run
//! (`listings/ch02-activation-and-loss/benches/speed.txt`, written by
//! `scripts/compare_numpy.py`). Timings belong to the machine they were
//! taken on, so the figure draws that run rather than timing anything.

use figure_model::{Axis, Chart, Corner, Figure, Ink, Mark, Series, Stroke, Table};

/// The appendix's figures, by the name a page gives `{{#plot …}}`.
pub const FIGURES: &Table = &[("speed", speed_figure)];

/// The fast sigmoid and softmax are drawn against the numpy code that
/// writes every step into one array made beforehand, which
/// `benches/speed.txt` names `sigmoid_into(x, b)` and the like: numpy's
/// code that makes new arrays may or may not pay for fresh pages of memory
/// on a call, depending on what ran before it (the record counts them),
/// and the fast functions are held to numpy at its fastest.
const WITHOUT_NEW_ARRAYS: &str = "_into(";

/// How long the readable and the fast functions take against numpy.
///
/// # Panics
/// If the committed results are missing or have no rows for a function.
fn speed_figure() -> Figure {
    Figure::Chart(speed())
}

/// `(function, n, Rust/numpy)` for the rows of the like-for-like table:
/// the fast sigmoid and softmax beside numpy [without new
/// arrays](WITHOUT_NEW_ARRAYS); elsewhere, where a function is set beside
/// several numpy codes, the first of them (the readable functions beside
/// the textbook numpy code, the fast one-hot cross-entropy beside numpy's
/// one-logarithm code).
fn rows() -> Vec<(String, f64, f64)> {
    let path = format!(
        "{}/../../../listings/ch02-activation-and-loss/benches/speed.txt",
        env!("CARGO_MANIFEST_DIR")
    );
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"));
    let mut rows: Vec<(String, f64, f64)> = Vec::new();
    for line in text.lines() {
        let cells: Vec<&str> = line.split('|').map(str::trim).collect();
        // "| Rust function | n | Rust | spread | numpy code | numpy | spread |
        //  Rust/numpy | lowest | highest |"
        let ["", name, n, rust, _, code, numpy, _, _, _, _, ""] = cells.as_slice() else {
            continue;
        };
        if matches!(*name, "fast_sigmoid" | "fast_softmax") && !code.contains(WITHOUT_NEW_ARRAYS) {
            continue;
        }
        // The ratio of the two median times, to every digit the record
        // prints: its Rust/numpy column is rounded to two decimals, which
        // at ten values moved a point by a third (0.0155 drawn at 0.02).
        let time = |cell: &str| cell.replace(',', "").parse::<f64>();
        let (Ok(n), Ok(rust), Ok(numpy)) = (n.parse::<f64>(), time(rust), time(numpy)) else {
            continue; // the header
        };
        let ratio = rust / numpy;
        if !rows.iter().any(|(m, size, _)| m == name && *size == n) {
            rows.push((name.to_string(), n, ratio));
        }
    }
    rows
}

fn speed() -> Chart {
    let rows = rows();
    let line = |name: &str, ink: Ink, stroke: Stroke| {
        let points: Vec<(f64, f64)> = rows
            .iter()
            .filter(|(n, _, _)| n == name)
            .map(|&(_, size, ratio)| (size, ratio))
            .collect();
        assert!(!points.is_empty(), "speed.txt has no rows for {name}");
        // Three sizes were measured: a dot at each, the line only joins
        // them.
        Series {
            ink,
            mark: Mark::MeasuredLine(stroke),
            points,
        }
    };
    Chart {
        x: Axis::log(5.0, 2e6),
        y: Axis::log(0.005, 5.0),
        categories: None,
        series: vec![
            line("sigmoid", Ink::Sigmoid, Stroke::Dashed),
            line("fast_sigmoid", Ink::Sigmoid, Stroke::Solid),
            line("softmax", Ink::Softmax, Stroke::Dashed),
            line("fast_softmax", Ink::Softmax, Stroke::Solid),
            line("cross_entropy_error", Ink::CrossEntropy, Stroke::Dashed),
            line("fast_cross_entropy_error", Ink::CrossEntropy, Stroke::Solid),
            Series {
                ink: Ink::Linear,
                mark: Mark::Line(Stroke::Dotted),
                points: vec![(5.0, 1.0), (2e6, 1.0)],
            },
        ],
        // Where it fits without hiding a line; below the chart otherwise
        // (the renderer checks).
        legend: Some(Corner::UpperLeft),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_function_has_a_ratio_for_every_size() {
        let chart = speed();
        for series in &chart.series[..6] {
            assert_eq!(series.points.len(), 3);
        }
    }
}
