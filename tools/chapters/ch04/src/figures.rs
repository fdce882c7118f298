//! Chapter 4's figures: optimisers on the bowl, each with the learning rate
//! chosen for it, drawn from the listing's own functions; and on the
//! digits, from the committed output of the example that trains them (the
//! listing's tests check that it is what the example prints today), since
//! the book is rebuilt on every edit and the race takes a while. The
//! learning rates on the bowl come from the committed output too, for the
//! same reason: choosing them takes 81 rates × 400 runs for each optimiser
//! and bowl, several seconds each time the book is built.

use std::f64::consts::FRAC_PI_4;

use figure_model::{
    Axis, Chart, Corner, Dot, Figure, Ink, Mark, Panels, Series, Stroke, Table, band,
};
use training_that_works::bowl::Bowl;
use training_that_works::descent::descend;
use training_that_works::layer::Activation;
use training_that_works::optimiser::{Kind, Sgd};
use training_that_works::signals::{DEPTH, INITIALISATIONS, histogram, through_the_stack};
use training_that_works::tuning::{STEPS, learning_rates};

/// The chapter's figures, by the name a page gives `{{#plot …}}`.
pub const FIGURES: &Table = &[
    ("sgd_paths", sgd_paths_figure),
    ("optimiser_paths", optimiser_paths_figure),
    ("optimiser_paths_turned", optimiser_paths_turned_figure),
    ("digits_validation_loss", digits_validation_loss_figure),
    ("initial_weights_sigmoid", || {
        initial_weights_figure(Activation::Sigmoid)
    }),
    ("initial_weights_tanh", || {
        initial_weights_figure(Activation::Tanh)
    }),
    ("initial_weights_relu", || {
        initial_weights_figure(Activation::Relu)
    }),
    (
        "batch_norm_validation_loss",
        batch_norm_validation_loss_figure,
    ),
    ("overfitting_loss", overfitting_loss_figure),
    ("search_trials", search_trials_figure),
];

/// Each optimiser's colour, as in every figure that compares them.
fn ink(kind: Kind) -> Ink {
    match kind {
        Kind::Sgd => Ink::Sgd,
        Kind::Momentum => Ink::Momentum,
        Kind::AdaGrad => Ink::AdaGrad,
        Kind::RmsProp => Ink::RmsProp,
        Kind::Adam => Ink::Adam,
    }
}

/// The points below the start's height, as a faint band: the bowl seen
/// from above. For each x the heights below it lie between two values of y,
/// the roots of `½ (a x² + 2 b x y + c y²) = h`.
fn below_the_start(bowl: &Bowl) -> Series {
    let h = bowl.height(&bowl.start());
    // The entries of the bowl's H, read from its gradient.
    let (gx, gy) = (bowl.gradient(&[1.0, 0.0]), bowl.gradient(&[0.0, 1.0]));
    let (a, b, c) = (gx[0], gx[1], gy[1]);
    let reach = (2.0 * h * c / (a * c - b * b)).sqrt();
    let samples = 400;
    let xs: Vec<f64> = (0..=samples)
        .map(|i| -reach + 2.0 * reach * f64::from(i) / f64::from(samples))
        .collect();
    let root = |x: f64, sign: f64| {
        let disc = (b * x).powi(2) - c * (a * x * x - 2.0 * h);
        (-b * x + sign * disc.max(0.0).sqrt()) / c
    };
    let lower: Vec<(f64, f64)> = xs.iter().map(|&x| (x, root(x, -1.0))).collect();
    let upper: Vec<(f64, f64)> = xs.iter().map(|&x| (x, root(x, 1.0))).collect();
    band(Ink::Linear, &lower, &upper)
}

/// The path of `optimiser` from the bowl's start, as a line.
fn path(
    bowl: &Bowl,
    optimiser: &mut dyn training_that_works::optimiser::Optimiser,
    ink: Ink,
) -> Series {
    let points = descend(optimiser, |p| bowl.gradient(p), &bowl.start(), STEPS);
    Series {
        ink,
        mark: Mark::Line(Stroke::Solid),
        points: points.rows().into_iter().map(|p| (p[0], p[1])).collect(),
    }
}

fn sgd_paths_figure() -> Figure {
    let bowl = Bowl::aligned();
    let tuned = tuned_learning_rate(Kind::Sgd, ALIGNED);
    Figure::Chart(Chart {
        x: Axis::linear(-22.0, 22.0),
        y: Axis::linear(-2.5, 2.5),
        categories: None,
        series: vec![
            below_the_start(&bowl),
            path(&bowl, &mut Sgd::new(tuned), Ink::Sgd),
            path(&bowl, &mut Sgd::new(0.25), Ink::Accent),
        ],
        legend: Some(Corner::UpperRight),
    })
}

/// The heading of the aligned bowl's table in `optimisers_on_the_bowl.txt`.
const ALIGNED: &str = "valley along x";
/// The heading of the turned bowl's table.
const TURNED: &str = "turned by 45°";

/// The learning rate `optimisers_on_the_bowl` chose for `kind` on the bowl
/// whose table has `heading`: the rate of the tuning grid that prints as
/// the table's η (to four decimals, which tell the grid's rates apart).
fn tuned_learning_rate(kind: Kind, heading: &str) -> f64 {
    let text = output("optimisers_on_the_bowl");
    let printed = rate_in_table(&text, heading, kind.name())
        .unwrap_or_else(|| panic!("no η for {} under {heading:?}", kind.name()));
    rate_of_the_grid(&printed, &learning_rates())
}

/// The η column of the row named `name` in the table after `heading`.
fn rate_in_table(text: &str, heading: &str, name: &str) -> Option<String> {
    let table = text.lines().skip_while(|l| *l != heading).skip(1);
    let row = table
        .take_while(|l| !l.is_empty())
        .find(|l| l.split("  ").next().map(str::trim) == Some(name))?;
    row[name.len()..]
        .split_whitespace()
        .next()
        .map(str::to_owned)
}

/// The one rate of `grid` that prints as `printed` to four decimals.
fn rate_of_the_grid(printed: &str, grid: &[f64]) -> f64 {
    let matches: Vec<f64> = grid
        .iter()
        .copied()
        .filter(|r| format!("{r:.4}") == printed)
        .collect();
    match matches[..] {
        [rate] => rate,
        _ => panic!("{} rates of the grid print as {printed}", matches.len()),
    }
}

/// One panel per optimiser, each with its own learning rate.
fn paths(bowl: &Bowl, heading: &str, x: Axis, y: Axis) -> Panels {
    Panels {
        columns: 3,
        narrow_columns: 2,
        charts: Kind::ALL
            .iter()
            .map(|&kind| {
                let eta = tuned_learning_rate(kind, heading);
                Chart {
                    x: x.clone(),
                    y: y.clone(),
                    categories: None,
                    series: vec![
                        below_the_start(bowl),
                        path(bowl, &mut *kind.with_learning_rate(eta), ink(kind)),
                    ],
                    legend: None,
                }
            })
            .collect(),
    }
}

fn optimiser_paths_figure() -> Figure {
    Figure::Panels(paths(
        &Bowl::aligned(),
        ALIGNED,
        Axis::linear(-22.0, 22.0),
        Axis::linear(-8.0, 8.0),
    ))
}

fn optimiser_paths_turned_figure() -> Figure {
    Figure::Panels(paths(
        &Bowl::rotated(FRAC_PI_4),
        TURNED,
        Axis::linear(-16.0, 16.0),
        Axis::linear(-16.0, 16.0),
    ))
}

/// The committed output of one of the listing's examples.
fn output(example: &str) -> String {
    let path = format!(
        "{}/../../../listings/ch04-training-that-works/output/{example}.txt",
        env!("CARGO_MANIFEST_DIR")
    );
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"))
}

/// The rows of an output that are all numbers, as numbers.
fn table(example: &str) -> Vec<Vec<f64>> {
    figure_model::numeric_rows(&output(example))
}

/// Lines of mean validation loss by epoch, each in a band from the lowest
/// to the highest seed, from a table whose rows are the epoch and then
/// mean, lowest and highest for each of `inks` in turn.
fn validation_loss_by_epoch(rows: &[Vec<f64>], inks: &[Ink]) -> Figure {
    let columns: Vec<(usize, Ink)> = inks
        .iter()
        .enumerate()
        .map(|(i, &ink)| (1 + 3 * i, ink))
        .collect();
    let edge = |c: usize| -> Vec<(f64, f64)> { rows.iter().map(|r| (r[0], r[c])).collect() };
    let mut series: Vec<Series> = columns
        .iter()
        .map(|&(c, ink)| band(ink, &edge(c + 1), &edge(c + 2)))
        .collect();
    series.extend(columns.iter().map(|&(c, ink)| Series {
        ink,
        mark: Mark::Line(Stroke::Solid),
        points: edge(c),
    }));
    Figure::Chart(Chart {
        x: Axis::linear(0.0, 21.0),
        y: Axis::log(0.005, 3.0),
        categories: None,
        series,
        legend: Some(Corner::UpperRight),
    })
}

/// The validation loss by epoch of `optimisers_on_the_digits.txt`: each
/// optimiser's mean over the ten seeds as a line, their lowest to highest
/// as a band. Each row is the epoch, then mean, lowest and highest for SGD,
/// Momentum, AdaGrad, RMSProp and Adam in turn.
fn digits_validation_loss_figure() -> Figure {
    let rows: Vec<Vec<f64>> = table("optimisers_on_the_digits")
        .into_iter()
        .filter(|row| row.len() == 16)
        .collect();
    let inks: Vec<Ink> = Kind::ALL.iter().map(|&kind| ink(kind)).collect();
    validation_loss_by_epoch(&rows, &inks)
}

/// The validation loss by epoch of `batch_norm.txt`, drawn the same way:
/// the four arms (sd 0.01 and He, each without and with batch
/// normalisation) in the order the example prints them.
fn batch_norm_validation_loss_figure() -> Figure {
    let rows: Vec<Vec<f64>> = table("batch_norm")
        .into_iter()
        .filter(|row| row.len() == 13)
        .collect();
    validation_loss_by_epoch(
        &rows,
        // Grey for the start that learns nothing, the text colour for He's
        // (the chapter's start), the accents for the two with batch norm.
        &[Ink::Linear, Ink::SecondAccent, Ink::Main, Ink::Accent],
    )
}

/// The by-epoch table of `overfitting.txt`: each row is the epoch, then
/// the mean training and validation loss for the plain network, with
/// weight decay and with dropout. Two panels, training loss and validation
/// loss, each on a log scale of its own, with the three methods in each.
fn overfitting_loss_figure() -> Figure {
    let rows: Vec<Vec<f64>> = table("overfitting")
        .into_iter()
        .filter(|row| row.len() == 7)
        .collect();
    let inks = [Ink::Main, Ink::Accent, Ink::SecondAccent];
    let panel = |offset: usize, y: Axis| Chart {
        x: Axis::linear(0.0, 101.0),
        y,
        categories: None,
        series: inks
            .iter()
            .enumerate()
            .map(|(i, &ink)| Series {
                ink,
                mark: Mark::Line(Stroke::Solid),
                points: rows.iter().map(|r| (r[0], r[1 + 2 * i + offset])).collect(),
            })
            .collect(),
        legend: None,
    };
    Figure::Panels(Panels {
        columns: 2,
        narrow_columns: 1,
        charts: vec![
            panel(
                0,
                Axis::log(0.0005, 3.0).labelled_at(&[0.001, 0.01, 0.1, 1.0]),
            ),
            panel(1, Axis::log(0.2, 1.0).labelled_at(&[0.2, 0.3, 0.5, 1.0])),
        ],
    })
}

/// The random search of `choosing_settings.txt`: each trial's score (the
/// mean validation loss over the tuning seeds) against its learning rate in
/// one panel and against its weight decay in the other, both axes on log
/// scales; the chosen trial marked apart, and the score of the race's
/// setting (no weight decay) as a dashed line across both.
fn search_trials_figure() -> Figure {
    let text = output("choosing_settings");
    let trials: Vec<Vec<f64>> = figure_model::numeric_rows(&text)
        .into_iter()
        .filter(|row| row.len() == 4)
        .collect();
    let chosen = trials
        .iter()
        .min_by(|a, b| a[3].total_cmp(&b[3]))
        .expect("the search has trials");
    let race: f64 = text
        .lines()
        .find_map(|l| l.split(" scores ").nth(1))
        .and_then(|rest| rest.split_whitespace().next())
        .and_then(|w| w.parse().ok())
        .expect("the race's setting's score");
    let panel = |column: usize, x: Axis| {
        let (from, to) = x.range;
        Chart {
            x,
            y: Axis::log(0.008, 4.0).labelled_at(&[0.01, 0.1, 1.0]),
            categories: None,
            series: vec![
                Series {
                    ink: Ink::Sgd,
                    mark: Mark::Dots(Dot::Circle),
                    points: trials.iter().map(|r| (r[column], r[3])).collect(),
                },
                Series {
                    ink: Ink::Main,
                    mark: Mark::Dots(Dot::Cross),
                    points: vec![(chosen[column], chosen[3])],
                },
                Series {
                    ink: Ink::Linear,
                    mark: Mark::Line(Stroke::Dashed),
                    points: vec![(from, race), (to, race)],
                },
            ],
            legend: None,
        }
    };
    Figure::Panels(Panels {
        columns: 2,
        narrow_columns: 1,
        charts: vec![
            panel(1, Axis::log(0.01, 10.0)),
            panel(2, Axis::log(1e-6, 0.1).labelled_at(&[1e-6, 1e-4, 1e-2])),
        ],
    })
}

/// How many bins each layer's histogram has.
const BINS: usize = 25;

/// One panel per way of drawing the weights, in the order of
/// [`INITIALISATIONS`], each with the histograms of the five layers'
/// outputs (seed 1) stacked upwards, layer 1 at the bottom: each a faint
/// band from its baseline and an outline, scaled so that the tallest bin in
/// the panel is most of a row. ReLU's outputs are drawn on a log scale, and
/// only the positive ones: the half at 0 would be one bar off the axis.
fn initial_weights_figure(activation: Activation) -> Figure {
    let (x, edges): (Axis, Vec<f64>) = match activation {
        Activation::Sigmoid => (
            Axis::linear(-0.04, 1.04).labelled_at(&[0.0, 0.5, 1.0]),
            (0..=BINS).map(|i| i as f64 / BINS as f64).collect(),
        ),
        Activation::Tanh => (
            Axis::linear(-1.08, 1.08).labelled_at(&[-1.0, 0.0, 1.0]),
            (0..=BINS)
                .map(|i| -1.0 + 2.0 * i as f64 / BINS as f64)
                .collect(),
        ),
        Activation::Relu => (
            Axis::log(1e-9, 1e7).labelled_at(&[1e-6, 1.0, 1e6]),
            (0..=2 * 16)
                .map(|i| 10f64.powf(-9.0 + i as f64 / 2.0))
                .collect(),
        ),
    };
    let ink = match activation {
        Activation::Sigmoid => Ink::Sigmoid,
        Activation::Tanh => Ink::Tanh,
        Activation::Relu => Ink::Relu,
    };
    let charts = INITIALISATIONS
        .iter()
        .map(|&init| {
            let signals = through_the_stack(activation, init, 1);
            let shares: Vec<Vec<f64>> = signals
                .outputs
                .iter()
                .map(|outputs| bin_shares(activation, outputs.iter().copied(), &edges))
                .collect();
            let tallest = shares.iter().flatten().fold(0.0_f64, |a, &b| a.max(b));
            let mut series = Vec::new();
            let mut outline = Vec::new();
            for (k, layer) in shares.iter().enumerate() {
                let base = (k + 1) as f64;
                let top: Vec<(f64, f64)> = layer
                    .iter()
                    .enumerate()
                    .flat_map(|(i, &h)| {
                        let y = base + 0.85 * h / tallest;
                        [(edges[i], y), (edges[i + 1], y)]
                    })
                    .collect();
                let floor = [(edges[0], base), (edges[edges.len() - 1], base)];
                series.push(band(ink, &floor, &top));
                outline.push((edges[0], base));
                outline.extend(&top);
                outline.push((edges[edges.len() - 1], base));
                outline.push((f64::NAN, f64::NAN));
            }
            series.push(Series {
                ink,
                mark: Mark::Line(Stroke::Solid),
                points: outline,
            });
            Chart {
                x: x.clone(),
                y: Axis::linear(0.6, DEPTH as f64 + 1.0)
                    .labelled_at(&(1..=DEPTH).map(|k| k as f64).collect::<Vec<_>>()),
                categories: None,
                series,
                legend: None,
            }
        })
        .collect();
    Figure::Panels(Panels {
        columns: 4,
        narrow_columns: 2,
        charts,
    })
}

/// The share of the outputs in each bin between `edges`: for ReLU, the
/// positive ones on a log scale, as a share of all of them.
fn bin_shares(
    activation: Activation,
    outputs: impl Iterator<Item = f64>,
    edges: &[f64],
) -> Vec<f64> {
    let bins = edges.len() - 1;
    match activation {
        Activation::Relu => {
            let logs = outputs.map(|y| if y > 0.0 { y.log10() } else { f64::NAN });
            histogram(logs, edges[0].log10(), edges[bins].log10(), bins)
        }
        _ => histogram(outputs, edges[0], edges[bins], bins),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_rate_of_the_grid_prints_apart_to_four_decimals() {
        let grid = learning_rates();
        for rate in &grid {
            assert_eq!(rate_of_the_grid(&format!("{rate:.4}"), &grid), *rate);
        }
    }

    #[test]
    fn a_row_is_found_by_its_whole_name_under_its_heading() {
        let text = "valley along x\noptimiser  η\nMomentum            0.2818  x\n\
                    Momentum, α = 0.67  1.5849  x\n\nturned by 45°\nMomentum            0.5  x\n";
        let rate = |heading, name| rate_in_table(text, heading, name);
        assert_eq!(rate(ALIGNED, "Momentum").as_deref(), Some("0.2818"));
        assert_eq!(
            rate(ALIGNED, "Momentum, α = 0.67").as_deref(),
            Some("1.5849")
        );
        assert_eq!(rate(TURNED, "Momentum").as_deref(), Some("0.5"));
        assert_eq!(rate(TURNED, "Adam"), None);
    }

    #[test]
    fn the_committed_rates_are_the_ones_the_tuning_chooses() {
        // One optimiser and bowl tuned again (the download test checks the
        // whole output against the example); every row must be readable.
        let tuned = training_that_works::race::Results::of(&Kind::Sgd.maker(), &Bowl::aligned());
        assert_eq!(
            tuned_learning_rate(Kind::Sgd, ALIGNED),
            tuned.typical_learning_rate()
        );
        for heading in [ALIGNED, TURNED] {
            for kind in Kind::ALL {
                assert!(tuned_learning_rate(kind, heading) > 0.0);
            }
        }
    }
}
