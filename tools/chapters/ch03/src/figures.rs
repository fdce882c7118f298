//! Chapter 3's figures: the digits, and what training them printed.
//!
//! Training takes a moment, eight runs of it longer, and the book is
//! rebuilt on every edit; so the curves come from the examples' committed
//! outputs, which the tests check are what the examples print today. The
//! digits' pixels come from the crate's data file.

use reading_digits::dataset::Digits;
use reading_digits::early_stopping::train_with_early_stopping;
use reading_digits::split::three_way_split;
use reading_digits::training::TrainingConfig;
use reading_digits::{dead_neuron_indices, load_bundled};

use figure_model::{
    Axis, Chart, Corner, DigitCell, DigitGrid, Figure, Ink, Mark, Series, Stroke, Table, band,
};

/// The chapter's figures, by the name a page gives `{{#plot …}}`.
pub const FIGURES: &Table = &[
    ("digit_samples", digit_samples_figure),
    ("training_loss", training_loss_figure),
    ("training_accuracy", training_accuracy_figure),
    ("mistakes", mistakes_figure),
    ("loss_comparison", loss_comparison_figure),
    ("activation_comparison", activation_comparison_figure),
    ("learning_rate_comparison", learning_rate_comparison_figure),
    ("hidden_weights", hidden_weights_figure),
    ("centring_comparison", centring_comparison_figure),
];

fn digit_samples_figure() -> Figure {
    Figure::Digits(samples(&digits()))
}

fn training_loss_figure() -> Figure {
    {
        let rows = table("train");
        Figure::Chart(curves(
            &rows,
            &[(1, Ink::Other(0)), (2, Ink::Other(1))],
            Axis::log(0.0001, 10.0),
            Corner::UpperRight,
        ))
    }
}

fn training_accuracy_figure() -> Figure {
    {
        let rows = table("train");
        Figure::Chart(curves(
            &rows,
            &[(3, Ink::Other(0)), (4, Ink::Other(1))],
            Axis::linear(0.5, 1.0),
            Corner::LowerRight,
        ))
    }
}

fn mistakes_figure() -> Figure {
    Figure::Digits(mistakes())
}

/// The rows of `choices.txt` that give, after each epoch, the mean, lowest
/// and highest validation accuracy over ten seeds of each setting: ReLU
/// with cross-entropy (columns 1-3), the sigmoid (4-6), tanh (7-9), ReLU
/// with squared error (10-12), ReLU on centred pixels (13-15).
fn choices_by_epoch() -> Vec<Vec<f64>> {
    table("choices")
        .into_iter()
        .filter(|row| row.len() == 16)
        .collect()
}

fn loss_comparison_figure() -> Figure {
    Figure::Chart(spread_curves(
        &choices_by_epoch(),
        &[(1, Ink::Other(0)), (10, Ink::Other(1))],
        Axis::linear(0.3, 1.0),
        Corner::LowerRight,
    ))
}

fn centring_comparison_figure() -> Figure {
    Figure::Chart(spread_curves(
        &choices_by_epoch(),
        &[(1, Ink::Other(0)), (13, Ink::Other(1))],
        Axis::linear(0.5, 1.0),
        Corner::LowerRight,
    ))
}

fn activation_comparison_figure() -> Figure {
    Figure::Chart(spread_curves(
        &choices_by_epoch(),
        &[(1, Ink::Relu), (4, Ink::Sigmoid), (7, Ink::Tanh)],
        Axis::linear(0.2, 1.0),
        Corner::LowerRight,
    ))
}

fn learning_rate_comparison_figure() -> Figure {
    Figure::Chart(curves(
        &table("learning_rates"),
        &[(1, Ink::Other(0)), (2, Ink::Other(1)), (3, Ink::Other(3))],
        Axis::log(0.001, 1000.0),
        Corner::LowerLeft,
    ))
}

/// The incoming weights of the first 16 hidden neurons of the network
/// `examples/train.rs` keeps, each as an 8 × 8 picture scaled to its
/// largest weight. The network is trained here (a
/// fraction of a second) rather than read from an output: its weights are
/// not printed.
fn hidden_weights_figure() -> Figure {
    // Every build in a process (the edit loop, a test's several builds)
    // would train the same network again; it is trained once.
    static DRAWN: std::sync::OnceLock<Figure> = std::sync::OnceLock::new();
    DRAWN.get_or_init(draw_hidden_weights).clone()
}

fn draw_hidden_weights() -> Figure {
    let split = three_way_split(&digits());
    let network =
        train_with_early_stopping(&TrainingConfig::book(), &split.train, &split.validation).network;
    let dead = dead_neuron_indices(&network, &split.train);
    let cells = network
        .w1()
        .columns()
        .into_iter()
        .enumerate()
        // Sixteen show what there is to see; all 64 made the page four
        // times heavier than any other.
        .take(16)
        .map(|(j, weights)| {
            let largest = weights.iter().fold(0.0_f64, |m, w| m.max(w.abs()));
            DigitCell {
                pixels: weights.iter().map(|w| w / largest).collect(),
                caption: if dead.contains(&j) {
                    "×".to_owned()
                } else {
                    String::new()
                },
                bars: Vec::new(),
                marked: None,
            }
        })
        .collect();
    Figure::Digits(DigitGrid {
        columns: 8,
        narrow_columns: 4,
        signed: true,
        cells,
    })
}

fn digits() -> Digits {
    load_bundled()
}

/// The first 20 digits of the file: 0 to 9, twice.
fn samples(digits: &Digits) -> DigitGrid {
    DigitGrid {
        columns: 10,
        narrow_columns: 5,
        signed: false,
        cells: (0..20)
            .map(|i| DigitCell {
                pixels: digits.image(i).to_vec(),
                caption: digits.labels()[i].to_string(),
                bars: Vec::new(),
                marked: None,
            })
            .collect(),
    }
}

/// The committed output of a chapter 3 example.
fn output(example: &str) -> String {
    let path = format!(
        "{}/../../../listings/ch03-reading-digits/output/{example}.txt",
        env!("CARGO_MANIFEST_DIR")
    );
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"))
}

/// The rows of an output that are all numbers, as numbers.
fn table(example: &str) -> Vec<Vec<f64>> {
    output(example)
        .lines()
        .filter_map(|line| {
            line.split_whitespace()
                .map(|word| word.parse::<f64>().ok())
                .collect::<Option<Vec<f64>>>()
        })
        .filter(|row| !row.is_empty())
        .collect()
}

/// Column 0 of `rows` against each listed column, one line per column.
fn curves(rows: &[Vec<f64>], columns: &[(usize, Ink)], y: Axis, legend: Corner) -> Chart {
    let last = rows.last().map_or(1.0, |r| r[0]);
    Chart {
        x: Axis::linear(0.0, last + 1.0),
        y,
        categories: None,
        series: columns
            .iter()
            .map(|&(column, ink)| Series {
                ink,
                mark: Mark::Line(Stroke::Solid),
                points: rows.iter().map(|r| (r[0], r[column])).collect(),
            })
            .collect(),
        legend: Some(legend),
    }
}

/// [`curves`] for the mean columns of `choices.txt`, each with a band from
/// the lowest to the highest of the seeds (the two columns after it).
fn spread_curves(rows: &[Vec<f64>], means: &[(usize, Ink)], y: Axis, legend: Corner) -> Chart {
    let mut chart = curves(rows, means, y, legend);
    let bands = means.iter().map(|&(column, ink)| {
        let edge = |c: usize| -> Vec<(f64, f64)> { rows.iter().map(|r| (r[0], r[c])).collect() };
        band(ink, &edge(column + 1), &edge(column + 2))
    });
    chart.series.splice(0..0, bands);
    chart
}

/// The test digits the book's network reads wrong, from `mistakes.txt`:
/// each row is the digit's place in the test set, its label, the answer,
/// and ten probabilities.
fn mistakes() -> DigitGrid {
    let test = three_way_split(&digits()).test;
    let cells = table("mistakes")
        .into_iter()
        .filter(|row| row.len() == 13)
        .map(|row| {
            let (index, label, answer) = (row[0] as usize, row[1] as usize, row[2] as usize);
            assert_eq!(
                test.labels()[index],
                label,
                "mistakes.txt disagrees with the data"
            );
            DigitCell {
                pixels: test.image(index).to_vec(),
                caption: format!("{label} → {answer}"),
                bars: row[3..].to_vec(),
                marked: Some((label, answer)),
            }
        })
        .collect();
    DigitGrid {
        columns: 4,
        narrow_columns: 2,
        signed: false,
        cells,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn figure(name: &str) -> Option<Figure> {
        figure_model::find(FIGURES, name)
    }

    #[test]
    fn the_outputs_give_every_curve_its_forty_epochs() {
        for name in [
            "training_loss",
            "training_accuracy",
            "loss_comparison",
            "activation_comparison",
            "centring_comparison",
            "learning_rate_comparison",
        ] {
            let Some(Figure::Chart(chart)) = figure(name) else {
                panic!("{name}")
            };
            for series in &chart.series {
                // A band runs along its lower edge and back along its upper.
                let per_epoch = if series.mark == Mark::Band { 2 } else { 1 };
                assert_eq!(series.points.len(), 40 * per_epoch, "{name}");
            }
        }
    }

    #[test]
    fn every_mistake_is_drawn_with_its_bars() {
        let Some(Figure::Digits(grid)) = figure("mistakes") else {
            panic!()
        };
        assert!(!grid.cells.is_empty());
        for cell in &grid.cells {
            assert_eq!((cell.pixels.len(), cell.bars.len()), (64, 10));
            let (right, answer) = cell.marked.unwrap();
            assert_ne!(right, answer);
        }
    }
}
