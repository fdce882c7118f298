//! Chapter 1's figures: a neuron, a network, the gates' decision lines, the
//! digit network's answer and XOR's falling loss.

use neurons_and_networks::digits::{HANDWRITTEN_SIX, digit_network};
use neurons_and_networks::gates::{GATES, INPUT_PAIRS};
use neurons_and_networks::xor::xor;
use neurons_and_networks::xor_training::train_xor;

use figure_model::{
    Axis, Chart, Diagram, Dot, Figure, Ink, Mark, Node, Panels, Series, Stroke, Table, digit_bars,
    digits, sampled,
};

/// The chapter's figures, by the name a page gives `{{#plot …}}`.
pub const FIGURES: &Table = &[
    ("neuron", neuron_figure),
    ("network", network_figure),
    ("gate_lines", gate_lines_figure),
    ("digit_probabilities", digit_probabilities_figure),
    ("xor_loss", xor_loss_figure),
];

fn neuron_figure() -> Figure {
    Figure::Diagram(neuron())
}

fn network_figure() -> Figure {
    Figure::Diagram(network(&[2, 3, 2, 2]))
}

fn gate_lines_figure() -> Figure {
    Figure::Panels(gate_lines())
}

fn digit_probabilities_figure() -> Figure {
    {
        let p = digit_network().read(&HANDWRITTEN_SIX);
        Figure::Chart(Chart {
            x: Axis::linear(-0.5, 9.5),
            y: Axis::linear(0.0, 1.0),
            categories: digits(),
            series: vec![digit_bars(Ink::Main, &p.to_vec())],
            legend: None,
        })
    }
}

fn xor_loss_figure() -> Figure {
    Figure::Chart(xor_loss())
}

/// Three inputs, their weights, one neuron, one output.
fn neuron() -> Diagram {
    let subscript = ['₁', '₂', '₃'];
    let mut nodes: Vec<Node> = (0..3)
        .map(|i| Node {
            at: (1.0, 5.0 - 2.0 * i as f64),
            radius: 0.5,
            label: format!("x{}", subscript[i]),
        })
        .collect();
    nodes.push(Node {
        at: (6.0, 3.0),
        radius: 0.9,
        label: "h(z)".into(),
    });
    nodes.push(Node {
        at: (9.5, 3.0),
        radius: 0.5,
        label: "y".into(),
    });
    let edges = (0..3)
        .map(|i| (i, 3, format!("w{}", subscript[i])))
        .chain([(3, 4, String::new())])
        .collect();
    Diagram {
        size: (10.5, 6.5),
        nodes,
        edges,
        notes: vec![(6.0, 4.7, "z = w₁x₁ + w₂x₂ + w₃x₃ + b".into())],
    }
}

/// A fully connected network with `sizes[k]` neurons in layer `k`.
fn network(sizes: &[usize]) -> Diagram {
    let subscript = ['₁', '₂', '₃', '₄', '₅'];
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
                0 => format!("x{}", subscript[i % 5]),
                l if l + 1 == sizes.len() => format!("y{}", subscript[i % 5]),
                _ => String::new(),
            };
            nodes.push(Node {
                at: (x, y),
                radius: 0.5,
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
    Diagram {
        size: (3.0 * sizes.len() as f64 - 1.0, 2.0 * tallest + 0.2),
        nodes,
        edges,
        notes: Vec::new(),
    }
}

/// AND, NAND and OR with the line their neuron draws, and XOR's four points,
/// which no line separates. Every point's mark is the listing's own answer
/// for it: × for 0, ● for 1.
fn gate_lines() -> Panels {
    let window = (-0.5, 1.5);
    let dots = |output: &dyn Fn(f64, f64) -> f64, wanted: f64, dot: Dot, ink: Ink| Series {
        ink,
        mark: Mark::Dots(dot),
        points: INPUT_PAIRS
            .into_iter()
            .filter(|&(x1, x2)| output(x1, x2) == wanted)
            .collect(),
    };
    let panel = |line: Vec<(f64, f64)>, output: &dyn Fn(f64, f64) -> f64| Chart {
        x: Axis::linear(window.0, window.1).labelled_at(&[0.0, 1.0]),
        y: Axis::linear(window.0, window.1).labelled_at(&[0.0, 1.0]),
        categories: None,
        series: vec![
            Series {
                ink: Ink::Linear,
                mark: Mark::Line(Stroke::Solid),
                points: line,
            },
            dots(output, 0.0, Dot::Cross, Ink::Main),
            dots(output, 1.0, Dot::Circle, Ink::Main),
        ],
        legend: None,
    };
    let mut charts: Vec<Chart> = GATES
        .iter()
        .map(|gate| {
            let mut line = sampled(|x1| gate.decision_line(x1), window.0, window.1);
            line.retain(|&(_, x2)| (window.0..=window.1).contains(&x2));
            panel(line, &|x1, x2| gate.output(x1, x2))
        })
        .collect();
    charts.push(panel(Vec::new(), &xor));
    Panels {
        columns: 2,
        narrow_columns: 2,
        charts,
    }
}

/// The total loss over XOR's four examples, epoch by epoch, on a log scale:
/// on a linear one it looks like 0 long before it reaches 0.000693.
fn xor_loss() -> Chart {
    let (_, losses) = train_xor(5000, 1.0);
    let points = losses
        .iter()
        .enumerate()
        .step_by(10)
        .map(|(epoch, &loss)| (epoch as f64, loss))
        .collect();
    Chart {
        x: Axis::linear(0.0, 5000.0),
        y: Axis::log(1e-4, 1.0),
        categories: None,
        series: vec![Series {
            ink: Ink::Main,
            mark: Mark::Line(Stroke::Solid),
            points,
        }],
        legend: None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn figure(name: &str) -> Option<Figure> {
        figure_model::find(FIGURES, name)
    }

    #[test]
    fn the_network_diagram_connects_every_pair_of_neighbouring_neurons() {
        let diagram = network(&[2, 3, 2, 2]);
        assert_eq!(diagram.nodes.len(), 9);
        assert_eq!(diagram.edges.len(), 2 * 3 + 3 * 2 + 2 * 2);
    }

    #[test]
    fn no_line_is_drawn_for_xor() {
        let panels = gate_lines();
        let xor_panel = &panels.charts[3];
        assert!(xor_panel.series[0].points.is_empty());
        assert_eq!(xor_panel.series[2].points, vec![(0.0, 1.0), (1.0, 0.0)]);
    }

    /// Every figure draws what the listing computes: each point here is
    /// checked against a call to the listing, not recomputed.
    #[test]
    fn gate_points_are_the_gates_answers_and_lines_their_boundaries() {
        let panels = gate_lines();
        for (gate, panel) in GATES.iter().zip(&panels.charts) {
            for &(x1, x2) in &panel.series[0].points {
                assert_eq!(x2, gate.decision_line(x1));
            }
            for (wanted, set) in [(0.0, &panel.series[1]), (1.0, &panel.series[2])] {
                for &(x1, x2) in &set.points {
                    assert_eq!(gate.output(x1, x2), wanted, "{} at ({x1}, {x2})", gate.name);
                }
            }
        }
    }

    #[test]
    fn the_loss_curve_and_the_bars_are_the_listings_numbers() {
        let chart = xor_loss();
        let (_, losses) = train_xor(5000, 1.0);
        for &(epoch, loss) in &chart.series[0].points {
            assert_eq!(loss, losses[epoch as usize]);
        }
        let Some(Figure::Chart(bars)) = figure("digit_probabilities") else {
            panic!("bars")
        };
        let p = digit_network().read(&HANDWRITTEN_SIX);
        for &(digit, height) in &bars.series[0].points {
            assert_eq!(height, p[digit as usize]);
        }
    }
}
