//! Chapter 1's figures: a neuron, a network, the gates' decision lines, the
//! digit network's answer and XOR's falling loss.

use neurons_and_networks::digits::{HANDWRITTEN_SIX, digit_network};
use neurons_and_networks::gates::{GATES, INPUT_PAIRS};
use neurons_and_networks::xor::xor;
use neurons_and_networks::xor_training::train_xor;

use super::{Figure, Node, Series, bar_series, bars, curve, without_legend};

/// The figures of chapter 1.
pub const NAMES: [&str; 5] = [
    "neuron",
    "network",
    "gate_lines",
    "digit_probabilities",
    "xor_loss",
];

/// The chapter 1 figure called `name`, if there is one.
pub fn figure(name: &str) -> Option<Figure> {
    Some(match name {
        "neuron" => neuron(),
        "network" => network(&[2, 3, 2, 2]),
        "gate_lines" => gate_lines(),
        "digit_probabilities" => {
            let p = digit_network().read(&HANDWRITTEN_SIX);
            without_legend(bars(vec![bar_series("p", &p.to_vec())], 1.0))
        }
        "xor_loss" => xor_loss(),
        _ => return None,
    })
}

/// Three inputs, their weights, one neuron, one output.
fn neuron() -> Figure {
    let mut nodes: Vec<Node> = (0..3)
        .map(|i| Node {
            at: (1.0, 5.0 - 2.0 * f64::from(i)),
            radius: 0.45,
            label: format!("x{}", i + 1),
        })
        .collect();
    nodes.push(Node {
        at: (6.0, 3.0),
        radius: 0.9,
        label: "h(z)".into(),
    });
    nodes.push(Node {
        at: (9.5, 3.0),
        radius: 0.45,
        label: "y".into(),
    });
    let edges = vec![
        (0, 3, "w1".into()),
        (1, 3, "w2".into()),
        (2, 3, "w3".into()),
        (3, 4, String::new()),
    ];
    Figure::Diagram {
        size: (10.5, 6.5),
        nodes,
        edges,
        notes: vec![(6.0, 4.6, "z = w1 x1 + w2 x2 + w3 x3 + b".into())],
    }
}

/// A fully connected network with `sizes[k]` neurons in layer `k`.
fn network(sizes: &[usize]) -> Figure {
    let tallest = sizes.iter().copied().max().unwrap_or(1) as f64;
    let mut nodes = Vec::new();
    let mut first_of_layer = Vec::new();
    for (layer, &size) in sizes.iter().enumerate() {
        first_of_layer.push(nodes.len());
        let x = 1.0 + 3.0 * layer as f64;
        for i in 0..size {
            // Centred in the tallest layer's height, first neuron on top.
            let y = 2.0 * tallest - 1.0 - (tallest - size as f64) - 2.0 * i as f64;
            let label = match layer {
                0 => format!("x{}", i + 1),
                l if l + 1 == sizes.len() => format!("y{}", i + 1),
                _ => String::new(),
            };
            nodes.push(Node {
                at: (x, y),
                radius: 0.45,
                label,
            });
        }
    }
    let mut edges = Vec::new();
    for layer in 1..sizes.len() {
        for from in 0..sizes[layer - 1] {
            for to in 0..sizes[layer] {
                edges.push((
                    first_of_layer[layer - 1] + from,
                    first_of_layer[layer] + to,
                    String::new(),
                ));
            }
        }
    }
    // No layer names in the picture: the page's caption names the layers in
    // its own language.
    let notes = Vec::new();
    Figure::Diagram {
        size: (3.0 * sizes.len() as f64 - 1.0, 2.0 * tallest + 0.8),
        nodes,
        edges,
        notes,
    }
}

/// AND, NAND and OR with the line their neuron draws, and XOR's four points,
/// which no line separates. Every point's colour is the listing's own answer
/// for it.
fn gate_lines() -> Figure {
    let points = |output: &dyn Fn(f64, f64) -> f64, wanted: f64, label: &str| Series {
        label: label.to_owned(),
        points: INPUT_PAIRS
            .into_iter()
            .filter(|&(x1, x2)| output(x1, x2) == wanted)
            .collect(),
        dashed: false,
    };
    let window = (-0.5, 1.5, -0.5, 1.5);
    let mut panels: Vec<(String, Figure)> = GATES
        .iter()
        .map(|gate| {
            let fires = |x1, x2| gate.output(x1, x2);
            let mut line = curve("line", |x1| gate.decision_line(x1), -0.5, 1.5);
            line.points
                .retain(|&(_, x2)| (window.2..=window.3).contains(&x2));
            let figure = Figure::Lines {
                window,
                axis_labels: ("x1", "x2"),
                series: vec![line],
                markers: vec![points(&fires, 0.0, "0"), points(&fires, 1.0, "1")],
                legend: None,
            };
            (gate.name.to_owned(), figure)
        })
        .collect();
    panels.push((
        "XOR".to_owned(),
        Figure::Lines {
            window,
            axis_labels: ("x1", "x2"),
            series: Vec::new(),
            markers: vec![points(&xor, 0.0, "0"), points(&xor, 1.0, "1")],
            legend: None,
        },
    ));
    Figure::Panels { columns: 2, panels }
}

/// The total loss over XOR's four examples, epoch by epoch.
fn xor_loss() -> Figure {
    let (_, losses) = train_xor(5000, 1.0);
    let points = losses
        .iter()
        .enumerate()
        .step_by(10)
        .map(|(epoch, &loss)| (epoch as f64, loss))
        .collect();
    Figure::Lines {
        window: (0.0, 5000.0, 0.0, 0.55),
        axis_labels: ("epoch", "L"),
        series: vec![Series {
            label: "total loss".into(),
            points,
            dashed: false,
        }],
        markers: Vec::new(),
        legend: None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use neurons_and_networks::gates::GATES;

    #[test]
    fn the_network_diagram_connects_every_pair_of_neighbouring_neurons() {
        let Figure::Diagram { nodes, edges, .. } = network(&[2, 3, 2, 2]) else {
            panic!("a diagram")
        };
        assert_eq!(nodes.len(), 9);
        assert_eq!(edges.len(), 2 * 3 + 3 * 2 + 2 * 2);
    }

    #[test]
    fn no_line_is_drawn_for_xor() {
        let Figure::Panels { panels, .. } = gate_lines() else {
            panic!("panels")
        };
        let (
            title,
            Figure::Lines {
                series, markers, ..
            },
        ) = &panels[3]
        else {
            panic!("lines")
        };
        assert_eq!(title, "XOR");
        assert!(series.is_empty());
        assert_eq!(markers[1].points, vec![(0.0, 1.0), (1.0, 0.0)]);
    }

    /// Every figure draws what the listing computes: each point here is
    /// checked against a call to the listing, not recomputed.
    #[test]
    fn gate_points_are_the_gates_answers_and_lines_their_boundaries() {
        let Figure::Panels { panels, .. } = gate_lines() else {
            panic!("panels")
        };
        for (gate, (title, panel)) in GATES.iter().zip(&panels) {
            assert_eq!(title, gate.name);
            let Figure::Lines {
                series, markers, ..
            } = panel
            else {
                panic!("lines")
            };
            for &(x1, x2) in &series[0].points {
                assert_eq!(x2, gate.decision_line(x1));
            }
            for (wanted, set) in [(0.0, &markers[0]), (1.0, &markers[1])] {
                for &(x1, x2) in &set.points {
                    assert_eq!(gate.output(x1, x2), wanted, "{} at ({x1}, {x2})", gate.name);
                }
            }
        }
    }

    #[test]
    fn the_loss_curve_and_the_bars_are_the_listings_numbers() {
        let Some(Figure::Lines { series, .. }) = figure("xor_loss") else {
            panic!("lines")
        };
        let (_, losses) = train_xor(5000, 1.0);
        for &(epoch, loss) in &series[0].points {
            assert_eq!(loss, losses[epoch as usize]);
        }
        let Some(Figure::Bars { series, .. }) = figure("digit_probabilities") else {
            panic!("bars")
        };
        let p = digit_network().read(&HANDWRITTEN_SIX);
        for &(digit, height) in &series[0].points {
            assert_eq!(height, p[digit as usize]);
        }
    }
}
