// A signal through five layers of 100 neurons, for each way of drawing the
// starting weights and each activation: how far each layer's outputs
// spread, how many have stopped passing gradients back, and how large the
// gradient is when it gets back to each layer. Each number is the mean
// over ten seeds.

// ANCHOR: main
use training_that_works::initialisation::Initialisation;
use training_that_works::layer::Activation;
use training_that_works::signals::{
    ACTIVATIONS, DEPTH, INITIALISATIONS, SEEDS, Statistics, label,
    through_the_stack, variance_gain,
};

fn main() {
    for activation in ACTIVATIONS {
        let runs: Vec<(Initialisation, Vec<Statistics>)> = INITIALISATIONS
            .iter()
            .map(|&init| {
                let statistics = SEEDS
                    .iter()
                    .map(|&seed| {
                        let signals = through_the_stack(activation, init, seed);
                        Statistics::of(activation, &signals)
                    })
                    .collect();
                (init, statistics)
            })
            .collect();
        let (name, stalled) = match activation {
            Activation::Sigmoid => {
                ("sigmoid", "share of outputs within 0.01 of 0 or 1")
            }
            Activation::Tanh => {
                ("tanh", "share of outputs within 0.01 of -1 or 1")
            }
            Activation::Relu => ("ReLU", "share of outputs at 0"),
        };
        println!("{name}");
        let scientific = |v: f64| format!("{v:.3e}");
        table(
            "spread of each layer's outputs",
            &runs,
            scientific,
            |s, k| s.spread[k],
        );
        table(
            "spread from input to input, within each neuron",
            &runs,
            scientific,
            |s, k| s.input_spread[k],
        );
        table(stalled, &runs, |v| format!("{v:.3}"), |s, k| s.stalled[k]);
        if activation == Activation::Relu {
            table(
                "neurons at 0 for all 1000 inputs",
                &runs,
                |v| format!("{v:.1}"),
                |s, k| s.dead[k] as f64,
            );
        }
        table(
            "spread of the gradient at each layer's sums",
            &runs,
            scientific,
            |s, k| s.gradient_spread[k],
        );
        factors(&runs, activation == Activation::Relu);
        println!();
    }
}

/// One row per way of drawing the weights, one column per layer: the mean
/// of `statistic` over the seeds.
fn table(
    title: &str,
    runs: &[(Initialisation, Vec<Statistics>)],
    format: impl Fn(f64) -> String,
    statistic: impl Fn(&Statistics, usize) -> f64,
) {
    println!("  {title} (mean of {} seeds)", SEEDS.len());
    print!("  {:8}", "weights");
    for k in 1..=DEPTH {
        print!(" {:>9}", format!("layer {k}"));
    }
    println!();
    for (init, signals) in runs {
        print!("  {:8}", label(*init));
        for k in 0..DEPTH {
            let mean = signals.iter().map(|s| statistic(s, k)).sum::<f64>()
                / signals.len() as f64;
            print!(" {:>9}", format(mean));
        }
        println!();
    }
}

/// What each layer multiplies a spread by, on average over the four steps
/// from layer 1 to layer 5: forwards for the outputs' spread and for their
/// spread from input to input, backwards for the gradient's. For ReLU,
/// beside them, what `√(n Var(w) / 2)` predicts.
fn factors(runs: &[(Initialisation, Vec<Statistics>)], relu: bool) {
    let per_layer =
        |from: f64, to: f64| (to / from).powf(1.0 / (DEPTH - 1) as f64);
    println!(
        "  factor per layer from layer 1 to 5 (mean of {} seeds)",
        SEEDS.len()
    );
    print!(
        "  {:8} {:>9} {:>9} {:>9}",
        "weights", "forwards", "by input", "backwards"
    );
    println!("{}", if relu { "   √(n Var(w) / 2)" } else { "" });
    for (init, signals) in runs {
        let mean = |f: &dyn Fn(&Statistics) -> f64| {
            signals.iter().map(f).sum::<f64>() / signals.len() as f64
        };
        let forwards = mean(&|s| per_layer(s.spread[0], s.spread[DEPTH - 1]));
        let by_input =
            mean(&|s| per_layer(s.input_spread[0], s.input_spread[DEPTH - 1]));
        let backwards = mean(&|s| {
            per_layer(s.gradient_spread[DEPTH - 1], s.gradient_spread[0])
        });
        print!(
            "  {:8} {forwards:>9.3} {by_input:>9.3} {backwards:>9.3}",
            label(*init)
        );
        if relu {
            print!(" {:>18.3}", (variance_gain(*init) / 2.0).sqrt());
        }
        println!();
    }
}
// ANCHOR_END: main
