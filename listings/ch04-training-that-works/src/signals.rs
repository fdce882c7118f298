//! What the starting weights do to a deep network before it learns
//! anything: a signal sent forwards through five layers of 100 neurons,
//! and a gradient sent back, for each way of drawing the weights.
//!
//! The inputs are 1 000 rows of 100 draws from the standard normal
//! distribution, so that every layer starts from a known spread; biases are
//! 0, as [`Affine::new`] leaves them.
//!
//! ```
//! use training_that_works::initialisation::Initialisation;
//! use training_that_works::layer::Activation;
//! use training_that_works::signals::{spread, through_the_stack};
//!
//! let signals = through_the_stack(Activation::Relu, Initialisation::He, 1);
//! let (first, last) = (spread(&signals.outputs[0]), spread(&signals.outputs[4]));
//! assert!((last / first - 1.0).abs() < 0.25); // He keeps ReLU's spread
//! ```

use ndarray::{Array2, ArrayView2, AsArray, Ix2};

use crate::initialisation::{Initialisation, standard_normal};
use crate::layer::{Activation, Affine, Layer, Mode};
use crate::random::seeded;

/// How many neurons each layer has, and how many inputs the first one.
///
/// ```
/// use training_that_works::initialisation::Initialisation;
/// use training_that_works::layer::Activation;
/// use training_that_works::signals::{WIDTH, through_the_stack};
///
/// let signals = through_the_stack(Activation::Relu, Initialisation::He, 1);
/// assert_eq!(signals.outputs[0].ncols(), WIDTH);
/// ```
pub const WIDTH: usize = 100;

/// How many layers the signal passes through.
///
/// ```
/// use training_that_works::initialisation::Initialisation;
/// use training_that_works::layer::Activation;
/// use training_that_works::signals::{DEPTH, through_the_stack};
///
/// let signals = through_the_stack(Activation::Sigmoid, Initialisation::Xavier, 1);
/// assert_eq!(signals.outputs.len(), DEPTH);
/// ```
pub const DEPTH: usize = 5;

/// How many input rows are sent through at once.
///
/// ```
/// use training_that_works::initialisation::Initialisation;
/// use training_that_works::layer::Activation;
/// use training_that_works::signals::{EXAMPLES, through_the_stack};
///
/// let signals = through_the_stack(Activation::Tanh, Initialisation::He, 1);
/// assert_eq!(signals.gradients[0].nrows(), EXAMPLES);
/// ```
pub const EXAMPLES: usize = 1000;

/// The seeds every statement about the stack is checked over.
///
/// ```
/// use training_that_works::signals::SEEDS;
///
/// assert_eq!(SEEDS.len(), 10);
/// ```
pub const SEEDS: [u64; 10] = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10];

/// The ways of drawing the weights that the chapter compares: a fixed
/// standard deviation of 1 and of 0.01, whatever the layer's size, and the
/// two rules that size it by the layer.
///
/// ```
/// use training_that_works::signals::{INITIALISATIONS, label};
///
/// let names: Vec<String> = INITIALISATIONS.iter().map(|&i| label(i)).collect();
/// assert_eq!(names, ["sd 1", "sd 0.01", "Xavier", "He"]);
/// ```
pub const INITIALISATIONS: [Initialisation; 4] = [
    Initialisation::Normal(1.0),
    Initialisation::Normal(0.01),
    Initialisation::Xavier,
    Initialisation::He,
];

/// The activations it compares them with, in the order the page takes
/// them.
///
/// ```
/// use training_that_works::layer::Activation;
/// use training_that_works::signals::ACTIVATIONS;
///
/// assert_eq!(ACTIVATIONS[0], Activation::Relu);
/// ```
pub const ACTIVATIONS: [Activation; 3] =
    [Activation::Relu, Activation::Tanh, Activation::Sigmoid];

/// What passed through the stack: for each layer, first to last, its
/// outputs (one row per input) and the gradient that reached its weighted
/// sums on the way back.
///
/// ```
/// use training_that_works::initialisation::Initialisation;
/// use training_that_works::layer::Activation;
/// use training_that_works::signals::{Signals, spread, through_the_stack};
///
/// let Signals { outputs, gradients } = through_the_stack(Activation::Tanh, Initialisation::Normal(0.01), 2);
/// assert!(spread(&outputs[1]) < 0.2 * spread(&outputs[0]));
/// assert!(spread(&gradients[0]) < 0.2 * spread(&gradients[1]));
/// ```
#[derive(Debug, Clone, PartialEq)]
pub struct Signals {
    /// Each layer's activations, `EXAMPLES × WIDTH`.
    pub outputs: Vec<Array2<f64>>,
    /// The gradient with respect to each layer's weighted sums `z`, when
    /// the last layer's outputs get a gradient of standard normal draws.
    pub gradients: Vec<Array2<f64>>,
}

// ANCHOR: through_the_stack
/// Sends [`EXAMPLES`] random inputs through [`DEPTH`] layers of [`WIDTH`]
/// neurons, each an affine layer with weights drawn by `initialisation`
/// followed by `activation`, and a random gradient back. Everything random
/// comes from `seed`: the inputs, then the weights layer by layer, then the
/// gradient.
///
/// ```
/// use training_that_works::initialisation::Initialisation;
/// use training_that_works::layer::Activation;
/// use training_that_works::signals::{DEPTH, through_the_stack};
///
/// let signals = through_the_stack(Activation::Tanh, Initialisation::Xavier, 3);
/// assert_eq!((signals.outputs.len(), signals.gradients.len()), (DEPTH, DEPTH));
/// ```
pub fn through_the_stack(
    activation: Activation,
    initialisation: Initialisation,
    seed: u64,
) -> Signals {
    let mut rng = seeded(seed);
    let mut signal = Array2::from_shape_simple_fn((EXAMPLES, WIDTH), || {
        standard_normal(&mut rng)
    });
    let mut layers: Vec<(Affine, Box<dyn Layer>)> = (0..DEPTH)
        .map(|_| {
            let affine = Affine::new(WIDTH, WIDTH, initialisation, &mut rng);
            (affine, activation.layer())
        })
        .collect();
    let mut outputs = Vec::with_capacity(DEPTH);
    for (affine, activation) in &mut layers {
        let z = affine.forward(signal.view(), Mode::Training);
        signal = activation.forward(z.view(), Mode::Training);
        outputs.push(signal.clone());
    }
    let mut gradient = Array2::from_shape_simple_fn((EXAMPLES, WIDTH), || {
        standard_normal(&mut rng)
    });
    let mut gradients = Vec::with_capacity(DEPTH);
    for (affine, activation) in layers.iter_mut().rev() {
        let at_z = activation.backward(gradient.view());
        gradient = affine.backward(at_z.view());
        gradients.push(at_z);
    }
    gradients.reverse();
    Signals { outputs, gradients }
}
// ANCHOR_END: through_the_stack

/// What the chapter reads off one pass through the stack, layer by layer,
/// first to last: small enough to keep for many seeds, where the
/// [`Signals`] themselves take 8 MB each.
///
/// ```
/// use training_that_works::initialisation::Initialisation;
/// use training_that_works::layer::Activation;
/// use training_that_works::signals::{Statistics, through_the_stack};
///
/// let signals = through_the_stack(Activation::Relu, Initialisation::He, 1);
/// let statistics = Statistics::of(Activation::Relu, &signals);
/// assert!(statistics.stalled.iter().all(|&share| (0.4..0.6).contains(&share)));
/// ```
#[derive(Debug, Clone, PartialEq)]
pub struct Statistics {
    /// The [`spread`] of each layer's outputs.
    pub spread: Vec<f64>,
    /// The [`spread_across_inputs`] of each layer's outputs.
    pub input_spread: Vec<f64>,
    /// The [`stalled_share`] of each layer's outputs.
    pub stalled: Vec<f64>,
    /// The [`dead_neurons`] of each layer.
    pub dead: Vec<usize>,
    /// The [`spread`] of the gradient at each layer's weighted sums.
    pub gradient_spread: Vec<f64>,
}

impl Statistics {
    /// The statistics of `signals`, which passed through layers of
    /// `activation`.
    ///
    /// ```
    /// use training_that_works::initialisation::Initialisation;
    /// use training_that_works::layer::Activation;
    /// use training_that_works::signals::{DEPTH, Statistics, through_the_stack};
    ///
    /// let signals = through_the_stack(Activation::Tanh, Initialisation::Normal(0.01), 1);
    /// let statistics = Statistics::of(Activation::Tanh, &signals);
    /// assert!(statistics.spread[DEPTH - 1] < 1e-4); // a tenth per layer
    /// ```
    pub fn of(activation: Activation, signals: &Signals) -> Statistics {
        let outputs = &signals.outputs;
        Statistics {
            spread: outputs.iter().map(spread).collect(),
            input_spread: outputs.iter().map(spread_across_inputs).collect(),
            stalled: outputs
                .iter()
                .map(|y| stalled_share(activation, y))
                .collect(),
            dead: outputs.iter().map(dead_neurons).collect(),
            gradient_spread: signals.gradients.iter().map(spread).collect(),
        }
    }
}

/// The standard deviation of all the values, around their mean.
///
/// # Panics
/// If there are no values.
///
/// ```
/// use ndarray::array;
/// use training_that_works::signals::spread;
///
/// assert_eq!(spread(&array![[1.0, 3.0], [1.0, 3.0]]), 1.0);
/// ```
pub fn spread<'a>(values: impl AsArray<'a, f64, Ix2>) -> f64 {
    let values: ArrayView2<'_, f64> = values.into();
    assert!(!values.is_empty(), "the spread of no values is not defined");
    values.std(0.0)
}

/// How much a layer's outputs change from one input to another: the
/// standard deviation of each neuron's outputs (each column) over the
/// inputs (the rows), squared, averaged over the neurons, and rooted.
///
/// It leaves out what [`spread`] counts as well: how far the neurons' own
/// averages lie apart. A neuron that gives the same value for every input
/// adds to the spread but tells the next layer nothing about the input.
///
/// # Panics
/// If there are no values.
///
/// ```
/// use ndarray::array;
/// use training_that_works::signals::{spread, spread_across_inputs};
///
/// // Two neurons, each giving the same value for both inputs.
/// let constant = array![[0.0, 1.0], [0.0, 1.0]];
/// assert_eq!(spread(&constant), 0.5);
/// assert_eq!(spread_across_inputs(&constant), 0.0);
/// ```
pub fn spread_across_inputs<'a>(values: impl AsArray<'a, f64, Ix2>) -> f64 {
    let values: ArrayView2<'_, f64> = values.into();
    assert!(!values.is_empty(), "the spread of no values is not defined");
    values
        .var_axis(ndarray::Axis(0), 0.0)
        .mean()
        .unwrap_or(0.0)
        .sqrt()
}

/// The share of outputs where the activation has all but stopped passing
/// gradients back: for the sigmoid, outputs within 0.01 of 0 or 1 (its
/// derivative `y (1 − y)` is then below 0.0099, under 4 % of its largest,
/// 1/4); for tanh, within 0.01 of −1 or 1 (`1 − y²` below 0.0199, under 2 %
/// of 1); for ReLU, outputs of exactly 0, where it passes nothing.
///
/// # Panics
/// If there are no outputs.
///
/// ```
/// use ndarray::array;
/// use training_that_works::layer::Activation;
/// use training_that_works::signals::stalled_share;
///
/// assert_eq!(stalled_share(Activation::Sigmoid, &array![[0.005, 0.5, 0.999, 0.7]]), 0.5);
/// assert_eq!(stalled_share(Activation::Relu, &array![[0.0, 2.0]]), 0.5);
/// ```
pub fn stalled_share<'a>(
    activation: Activation,
    outputs: impl AsArray<'a, f64, Ix2>,
) -> f64 {
    let outputs: ArrayView2<'_, f64> = outputs.into();
    assert!(
        !outputs.is_empty(),
        "the share of no outputs is not defined"
    );
    let stalled = |y: f64| match activation {
        Activation::Sigmoid => !(0.01..=0.99).contains(&y),
        Activation::Tanh => y.abs() > 0.99,
        Activation::Relu => y == 0.0,
    };
    let count = outputs.iter().filter(|&&y| stalled(y)).count();
    count as f64 / outputs.len() as f64
}

/// How many neurons (columns) gave 0 for every input: ReLUs that pass no
/// gradient back for any of them.
///
/// ```
/// use ndarray::array;
/// use training_that_works::signals::dead_neurons;
///
/// assert_eq!(dead_neurons(&array![[0.0, 1.0], [0.0, 0.0]]), 1);
/// ```
pub fn dead_neurons<'a>(outputs: impl AsArray<'a, f64, Ix2>) -> usize {
    let outputs: ArrayView2<'_, f64> = outputs.into();
    outputs
        .columns()
        .into_iter()
        .filter(|column| column.iter().all(|&y| y == 0.0))
        .count()
}

/// How the values fall into `bins` equal bins from `from` to `to`: the
/// share of all the values in each. The last bin includes `to`; values
/// outside the range count towards the total but fall in no bin, and so do
/// `NaN`s.
///
/// # Panics
/// If `bins` is 0, or `from` is not a finite number below a finite `to`.
///
/// ```
/// use training_that_works::signals::histogram;
///
/// assert_eq!(histogram([0.1, 0.2, 0.7, 1.0, 3.0], 0.0, 1.0, 2), [0.4, 0.4]);
/// ```
pub fn histogram(
    values: impl IntoIterator<Item = f64>,
    from: f64,
    to: f64,
    bins: usize,
) -> Vec<f64> {
    assert!(bins > 0, "a histogram needs at least one bin");
    assert!(
        from.is_finite() && to.is_finite() && from < to,
        "a histogram's range runs from a finite number to a larger one, not {from} to {to}"
    );
    let width = (to - from) / bins as f64;
    let mut counts = vec![0usize; bins];
    let mut total = 0usize;
    for v in values {
        total += 1;
        if (from..=to).contains(&v) {
            let bin = (((v - from) / width) as usize).min(bins - 1);
            counts[bin] += 1;
        }
    }
    counts
        .into_iter()
        .map(|c| c as f64 / total.max(1) as f64)
        .collect()
}

/// `n · Var(w)` for a layer of [`WIDTH`] inputs and outputs: what the
/// layer's weighted sums multiply the mean square of its inputs by. A
/// standard deviation `s` gives `n s²`; Xavier's `2 / (n + n)` gives 1;
/// He's `2 / n` gives 2.
///
/// ```
/// use training_that_works::initialisation::Initialisation;
/// use training_that_works::signals::variance_gain;
///
/// assert_eq!(variance_gain(Initialisation::He), 2.0);
/// assert!((variance_gain(Initialisation::Normal(0.01)) - 0.01).abs() < 1e-15);
/// ```
pub fn variance_gain(initialisation: Initialisation) -> f64 {
    let n = WIDTH as f64;
    match initialisation {
        Initialisation::Normal(sd) => n * sd * sd,
        Initialisation::Xavier => n * 2.0 / (n + n),
        Initialisation::He => n * 2.0 / n,
    }
}

/// The name a table gives a way of drawing the weights: `sd 1`,
/// `sd 0.01`, `Xavier` or `He`.
///
/// ```
/// use training_that_works::initialisation::Initialisation;
/// use training_that_works::signals::label;
///
/// assert_eq!(label(Initialisation::Normal(0.01)), "sd 0.01");
/// ```
pub fn label(initialisation: Initialisation) -> String {
    match initialisation {
        Initialisation::Normal(sd) => format!("sd {sd}"),
        Initialisation::Xavier => "Xavier".to_owned(),
        Initialisation::He => "He".to_owned(),
    }
}
