//! Chapter 3's figures: the digits, and what training them printed.
//!
//! Training takes a moment, eight runs of it longer, and the book is
//! rebuilt on every edit; so the curves come from the examples' committed
//! outputs, and the trained network from the one `examples/train.rs` saved,
//! which the tests check are what the examples print and keep today. The
//! digits' pixels come from the crate's data file.

use reading_digits::dataset::Digits;
use reading_digits::evaluation::predictions;
use reading_digits::split::three_way_split;
use reading_digits::{Network, dead_neuron_indices, load_bundled};

use figure_model::{
    Axis, Chart, Corner, CountMatrix, DigitCell, DigitGrid, DigitPad, Figure, Ink, Mark, PadDigit,
    PadNetwork, Series, Stroke, Table, Ticks, band,
};

/// The chapter's figures, by the name a page gives `{{#plot …}}`.
pub const FIGURES: &Table = &[
    ("digit_samples", digit_samples_figure),
    ("training_loss", training_loss_figure),
    ("training_accuracy", training_accuracy_figure),
    ("mistakes", mistakes_figure),
    ("confusion", confusion_figure),
    ("loss_comparison", loss_comparison_figure),
    ("activation_comparison", activation_comparison_figure),
    ("learning_rate_comparison", learning_rate_comparison_figure),
    ("hidden_weights", hidden_weights_figure),
    ("centring_comparison", centring_comparison_figure),
    ("digit_pad", digit_pad_figure),
];

fn digit_samples_figure() -> Figure {
    Figure::Digits(samples(&digits()))
}

fn training_loss_figure() -> Figure {
    {
        let rows = table("train");
        Figure::Chart(curves(
            &rows,
            &[(1, Ink::Main), (2, Ink::Accent)],
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
            &[(3, Ink::Main), (4, Ink::Accent)],
            Axis::linear(0.5, 1.0),
            Corner::LowerRight,
        ))
    }
}

fn mistakes_figure() -> Figure {
    Figure::Digits(mistakes())
}

fn confusion_figure() -> Figure {
    Figure::Matrix(confusion())
}

/// The confusion matrix `examples/mistakes.rs` prints: the rows of
/// `mistakes.txt` that are a digit and its ten counts.
fn confusion() -> CountMatrix {
    let counts: Vec<Vec<u32>> = table("mistakes")
        .into_iter()
        .filter(|row| row.len() == 11)
        .enumerate()
        .map(|(digit, row)| {
            assert_eq!(
                row[0], digit as f64,
                "mistakes.txt: row {digit} of the matrix"
            );
            row[1..].iter().map(|&count| count as u32).collect()
        })
        .collect();
    assert_eq!(counts.len(), 10, "mistakes.txt: ten rows of counts");
    CountMatrix {
        labels: (0..10).map(|digit: u32| digit.to_string()).collect(),
        counts,
    }
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
    Figure::Chart(spread_error_rates(
        &choices_by_epoch(),
        &[(1, Ink::CrossEntropy), (10, Ink::SquaredError)],
        Corner::UpperRight,
    ))
}

fn centring_comparison_figure() -> Figure {
    Figure::Chart(spread_error_rates(
        &choices_by_epoch(),
        &[(1, Ink::Main), (13, Ink::Accent)],
        Corner::UpperRight,
    ))
}

fn activation_comparison_figure() -> Figure {
    Figure::Chart(spread_error_rates(
        &choices_by_epoch(),
        &[(1, Ink::Relu), (4, Ink::Sigmoid), (7, Ink::Tanh)],
        Corner::UpperRight,
    ))
}

fn learning_rate_comparison_figure() -> Figure {
    Figure::Chart(curves(
        &table("learning_rates"),
        &[(1, Ink::Accent), (2, Ink::Main), (3, Ink::SecondAccent)],
        Axis::log(0.001, 1000.0),
        Corner::LowerLeft,
    ))
}

/// The incoming weights of the first 16 hidden neurons of the network
/// `examples/train.rs` keeps, each as an 8 × 8 picture scaled to its
/// largest weight.
fn hidden_weights_figure() -> Figure {
    let split = three_way_split(&digits());
    let network = saved_network();
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

/// The network `examples/train.rs` saved (its test checks that training
/// keeps this very network).
fn saved_network() -> Network {
    let path = format!(
        "{}/../../../listings/ch03-reading-digits/saved/network.txt",
        env!("CARGO_MANIFEST_DIR")
    );
    Network::load(&path).unwrap_or_else(|e| panic!("{e}"))
}

/// The drawing pad: the saved network, every test digit with the
/// probabilities the Rust network gives it, and as starters the first test
/// digit of each class it reads right and the first three it reads wrong.
fn digit_pad_figure() -> Figure {
    let network = saved_network();
    let test = three_way_split(&digits()).test;
    let probabilities = network.probabilities(test.images());
    let answers = predictions(&probabilities);
    let digits: Vec<PadDigit> = (0..test.len())
        .map(|i| PadDigit {
            // The data file's counts, 0 to 16, which the crate divides by 16.
            pixels: test
                .image(i)
                .iter()
                .map(|p| (p * 16.0).round() as u8)
                .collect(),
            label: test.labels()[i],
            answer: answers[i],
            probabilities: probabilities.row(i).to_vec(),
        })
        .collect();
    let mut starters: Vec<usize> = (0..10)
        .filter_map(|class| {
            digits
                .iter()
                .position(|d| d.label == class && d.answer == class)
        })
        .collect();
    starters.extend(
        (0..digits.len())
            .filter(|&i| digits[i].answer != digits[i].label)
            .take(3),
    );
    let rows = |m: reading_digits::ndarray::ArrayView2<f64>| {
        m.rows().into_iter().map(|r| r.to_vec()).collect()
    };
    Figure::Pad(DigitPad {
        network: PadNetwork {
            activation: network.activation().to_string(),
            w1: rows(network.w1()),
            b1: network.b1().to_vec(),
            w2: rows(network.w2()),
            b2: network.b2().to_vec(),
        },
        digits,
        starters,
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
    figure_model::numeric_rows(&output(example))
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

/// The error rate, 1 − accuracy, on a log axis: the settings of
/// `choices.txt` race in the last few percent, which an accuracy axis
/// squeezed into its top sixth, and a log axis gives 0.5 % and 1 % as much
/// room as 20 % and 40 %.
fn error_rate_axis() -> Axis {
    Axis {
        ticks: Ticks::At(vec![0.005, 0.01, 0.02, 0.05, 0.1, 0.2, 0.5, 1.0]),
        ..Axis::log(0.003, 1.0)
    }
}

/// [`curves`] of the error rate for the mean accuracy columns of
/// `choices.txt`, each with a band from the lowest to the highest of the
/// seeds (the two columns after it: the lowest accuracy is the highest
/// error rate).
fn spread_error_rates(rows: &[Vec<f64>], means: &[(usize, Ink)], legend: Corner) -> Chart {
    let errors: Vec<Vec<f64>> = rows
        .iter()
        .map(|r| {
            let mut row = vec![r[0]];
            row.extend(r[1..].iter().map(|accuracy| 1.0 - accuracy));
            row
        })
        .collect();
    let mut chart = curves(&errors, means, error_rate_axis(), legend);
    let bands = means.iter().map(|&(column, ink)| {
        let edge = |c: usize| -> Vec<(f64, f64)> { errors.iter().map(|r| (r[0], r[c])).collect() };
        band(ink, &edge(column + 2), &edge(column + 1))
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
    fn the_comparisons_draw_one_minus_each_printed_accuracy() {
        let rows = choices_by_epoch();
        let Some(Figure::Chart(chart)) = figure("centring_comparison") else {
            panic!("centring_comparison")
        };
        // Bands first (lowest error = highest accuracy, along the lower
        // edge), then the means: raw pixels (column 1), centred (13).
        let [raw_band, _, raw, centred] = &chart.series[..] else {
            panic!("two bands and two curves")
        };
        for (epoch, row) in rows.iter().enumerate() {
            assert_eq!(raw.points[epoch], (row[0], 1.0 - row[1]));
            assert_eq!(centred.points[epoch], (row[0], 1.0 - row[13]));
            assert_eq!(raw_band.points[epoch], (row[0], 1.0 - row[3]));
        }
        assert!(chart.y.log, "error rates on a log axis");
    }

    #[test]
    fn the_confusion_matrix_counts_every_test_digit_and_every_mistake() {
        let matrix = confusion();
        let total: u32 = matrix.counts.iter().flatten().sum();
        let right: u32 = (0..10).map(|d| matrix.counts[d][d]).sum();
        assert_eq!(total, 355, "every test digit once");
        assert_eq!(
            total - right,
            mistakes().cells.len() as u32,
            "every mistake drawn"
        );
        for cell in mistakes().cells {
            let (label, answer) = cell.marked.expect("a mistake is marked");
            assert!(matrix.counts[label][answer] > 0, "{label} read as {answer}");
        }
    }

    #[test]
    fn the_pad_holds_every_test_digit_as_the_data_file_counts_it() {
        let Some(Figure::Pad(pad)) = figure("digit_pad") else {
            panic!()
        };
        assert_eq!(pad.digits.len(), 355);
        let test = three_way_split(&digits()).test;
        for (i, digit) in pad.digits.iter().enumerate() {
            let back: Vec<f64> = digit.pixels.iter().map(|&p| f64::from(p) / 16.0).collect();
            assert_eq!(back, test.image(i).to_vec(), "test digit {i}");
            assert!((digit.probabilities.iter().sum::<f64>() - 1.0).abs() < 1e-12);
        }
        // One starter per class, read right, then three read wrong.
        assert_eq!(pad.starters.len(), 13);
        for (class, &i) in pad.starters[..10].iter().enumerate() {
            assert_eq!((pad.digits[i].label, pad.digits[i].answer), (class, class));
        }
        for &i in &pad.starters[10..] {
            assert_ne!(pad.digits[i].label, pad.digits[i].answer);
        }
        // 348 of the 355 read right, as examples/train.rs prints.
        let right = pad.digits.iter().filter(|d| d.answer == d.label).count();
        assert_eq!(right, 348);
        assert_eq!(pad.network.w1.len(), 64);
        assert_eq!(pad.network.w2[0].len(), 10);
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
