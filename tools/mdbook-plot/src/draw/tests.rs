//! Every drawing of the book, looked at as a reader would: text large
//! enough, legends clear of data, labels apart.

use super::*;

/// Every figure of the book, loaded once for all the tests.
pub(crate) fn all_figures() -> &'static crate::figures::Figures {
    static FIGURES: std::sync::OnceLock<crate::figures::Figures> = std::sync::OnceLock::new();
    FIGURES.get_or_init(|| {
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");
        crate::figures::load(&root).unwrap_or_else(|e| panic!("{e}"))
    })
}

/// Words that fit a figure, made up for rendering it in tests.
pub(crate) fn words_for(figure: &Figure) -> Words {
    let series = |n: usize| (0..n).map(|i| format!("series {i}")).collect();
    match figure {
        Figure::Chart(chart) => Words {
            x: "x".into(),
            y: "y".into(),
            series: if chart.legend.is_some() {
                series(chart.named_series().len())
            } else {
                Vec::new()
            },
            panels: Vec::new(),
        },
        Figure::Panels(panels) => Words {
            x: "x".into(),
            y: "y".into(),
            series: series(panels.charts[0].named_series().len()),
            panels: (0..panels.charts.len())
                .map(|i| format!("panel {i}"))
                .collect(),
        },
        Figure::Diagram(_) => Words::default(),
        Figure::Matrix(_) => Words {
            x: "answer".into(),
            y: "right".into(),
            ..Words::default()
        },
        Figure::Digits(grid) => Words {
            series: if grid.cells.iter().any(|c| c.marked.is_some()) {
                series(2)
            } else {
                Vec::new()
            },
            ..Words::default()
        },
        Figure::Pad(_) => Words {
            x: "x".into(),
            y: "y".into(),
            series: series(4),
            panels: Vec::new(),
        },
    }
}

fn every_drawing() -> Vec<(&'static str, String)> {
    let mut all = Vec::new();
    // A pad is HTML, not a drawing (see the pad's own test below).
    for (name, figure) in all_figures()
        .iter()
        .filter(|(_, f)| !matches!(f, Figure::Pad(_)))
    {
        for layout in [WIDE, NARROW] {
            all.push((
                name.as_str(),
                render_svg(figure, &words_for(figure), &layout).unwrap(),
            ));
        }
    }
    all
}

/// The smallest `font-size` in a drawing.
fn smallest_font(svg: &str) -> f64 {
    svg.split("font-size=\"")
        .skip(1)
        .filter_map(|rest| rest.split('"').next()?.parse::<f64>().ok())
        .fold(f64::INFINITY, f64::min)
}

/// The width below which the book's CSS shows the narrow drawing.
fn css_breakpoint() -> f64 {
    let css = include_str!("../../../../theme/css/book.css");
    let rule = "@container (max-width: ";
    let at = css
        .find(rule)
        .expect("book.css switches drawings with a container query")
        + rule.len();
    css[at..].split("px").next().unwrap().parse().unwrap()
}

#[test]
fn every_drawing_keeps_its_text_at_13_px_on_a_desktop_and_11_on_a_phone() {
    // A 360 px phone leaves the column 320 px (mdBook's 15 px page and
    // 5 px content padding on each side); the wide drawing is shown from
    // the breakpoint up, where a desktop's column is.
    let narrowest = [(NARROW, 320.0, 11.0), (WIDE, css_breakpoint(), 13.0)];
    for (layout, shown, least) in narrowest {
        assert!(
            rendered_text_px(&layout, shown) >= least,
            "{} at {shown} px",
            layout.class
        );
    }
    for (name, svg) in every_drawing() {
        let layout = if svg.contains("width=\"1920\"") {
            WIDE
        } else {
            NARROW
        };
        let (_, shown, least) = *narrowest.iter().find(|(l, ..)| *l == layout).unwrap();
        let px = smallest_font(&svg) * shown / f64::from(layout.width);
        assert!(
            px >= least,
            "{name} ({}) has text of {px:.1} px",
            layout.class
        );
    }
}

/// Whether a chart's legend ended up under it (the drawing is taller
/// than a chart).
fn legend_below(svg: &str, layout: &Layout) -> bool {
    !svg.contains(&format!("height=\"{}\"", layout.chart_height))
}

#[test]
fn a_legend_that_would_hide_a_line_moves_below_the_chart() {
    use crate::figures::{Axis, Chart, Ink, Mark, Series, Stroke};
    let line = |points| Series {
        ink: Ink::Sigmoid,
        mark: Mark::Line(Stroke::Solid),
        points,
    };
    let chart = |points| {
        Figure::Chart(Chart {
            x: Axis::linear(0.0, 1.0),
            y: Axis::linear(0.0, 1.0),
            categories: None,
            series: vec![line(points)],
            legend: Some(Corner::UpperLeft),
        })
    };
    let words = Words {
        x: "x".into(),
        y: "y".into(),
        series: vec!["a line".into()],
        panels: vec![],
    };
    // Through the upper-left corner, where the box would go.
    let through = render_svg(&chart(vec![(0.0, 1.0), (1.0, 0.0)]), &words, &NARROW).unwrap();
    assert!(legend_below(&through, &NARROW));
    // Along the bottom, clear of it.
    let clear = render_svg(&chart(vec![(0.0, 0.0), (1.0, 0.1)]), &words, &NARROW).unwrap();
    assert!(!legend_below(&clear, &NARROW));
}

#[test]
fn a_legend_that_would_hide_part_of_a_dot_moves_below_the_chart() {
    // Figure 2-2 in English: the box in the upper right, sized to "decision
    // line", reached over half of the (1, 1) dot, though not its centre.
    let figure = all_figures()
        .get("and_decision_line")
        .expect("chapter 2's AND figure");
    let words = Words {
        x: "x₁".into(),
        y: "x₂".into(),
        series: vec!["decision line".into(), "AND = 0".into(), "AND = 1".into()],
        panels: vec![],
    };
    let svg = render_svg(figure, &words, &WIDE).unwrap();
    assert!(legend_below(&svg, &WIDE));
}

#[test]
fn more_than_three_lines_are_named_at_their_ends_on_a_desktop_and_below_on_a_phone() {
    // The speed chart's seven lines fill it from corner to corner, and
    // chapter 4's five optimisers and four starts run together: a key of
    // four or more entries sends the reader back and forth.
    let mut charts = 0;
    for (name, figure) in all_figures() {
        let Figure::Chart(chart) = figure else {
            continue;
        };
        let words = words_for(figure);
        if words.series.len() <= 3 {
            continue;
        }
        charts += 1;
        let narrow = render_svg(figure, &words, &NARROW).unwrap();
        assert!(
            legend_below(&narrow, &NARROW),
            "{name}: a phone's legend goes below"
        );
        let wide = render_svg(figure, &words, &WIDE).unwrap();
        assert!(
            !legend_below(&wide, &WIDE),
            "{name}: no legend below on a desktop"
        );
        let spans = text_spans(&wide);
        // Each name once, left-aligned in one column right of every tick
        // label, and in the order of the lines' ends from top to bottom.
        let plot_right = spans
            .iter()
            .filter(|t| !words.series.contains(&t.3))
            .map(|t| t.2)
            .fold(0.0, f64::max);
        let mut labels: Vec<(i64, f64, usize)> = Vec::new();
        for (i, entry) in words.series.iter().enumerate() {
            let found: Vec<_> = spans.iter().filter(|t| &t.3 == entry).collect();
            assert_eq!(found.len(), 1, "{name}: {entry} written once");
            labels.push((found[0].0, found[0].1, i));
        }
        let column = labels[0].1;
        for &(_, left, _) in &labels {
            assert!(
                (left - column).abs() < 1e-9 && left > plot_right,
                "{name}: one column right of the plot"
            );
        }
        let ends: Vec<f64> = chart
            .named_series()
            .iter()
            .map(|s| {
                let &(_, y) = s.points.iter().rev().find(|p| p.1.is_finite()).unwrap();
                if chart.y.log { y.log10() } else { y }
            })
            .collect();
        let mut by_label = labels.clone();
        by_label.sort_by_key(|l| l.0);
        for pair in by_label.windows(2) {
            let (upper, lower) = (pair[0].2, pair[1].2);
            assert!(
                ends[upper] >= ends[lower],
                "{name}: {} is written above {} but its line ends lower",
                words.series[upper],
                words.series[lower]
            );
        }
    }
    assert!(charts >= 3, "only {charts} charts of more than three lines");
}

#[test]
fn labels_at_line_ends_keep_their_spacing_inside_the_chart() {
    // Alone, each label sits at its line's end.
    assert_eq!(
        spread_labels(&[10, 50, 90], 20, 0, 100),
        Some(vec![10, 50, 90])
    );
    // Two ends together are pushed apart, the lower one down.
    assert_eq!(
        spread_labels(&[50, 45, 90], 20, 0, 100),
        Some(vec![65, 45, 90])
    );
    // A crowd at the bottom is pushed up from the chart's edge.
    assert_eq!(
        spread_labels(&[100, 100, 100], 20, 0, 100),
        Some(vec![60, 80, 100])
    );
    // More than the height holds is refused, and a legend is drawn instead.
    assert_eq!(spread_labels(&[50; 6], 30, 0, 100), None);
}

/// Every unrotated text of a drawing: its row (`y`), its left and right
/// ends, estimated from its anchor and [`text_width`], the text, its
/// font size and the top of its box.
fn text_spans(svg: &str) -> Vec<(i64, f64, f64, String, f64, f64)> {
    let attribute = |tag: &str, name: &str| -> Option<String> {
        // The tag's attributes, each after a space (the first one too).
        let tag = format!(" {tag}");
        let at = tag.find(&format!(" {name}=\""))? + name.len() + 3;
        Some(tag[at..].split('"').next()?.to_owned())
    };
    svg.split("<text ")
        .skip(1)
        .filter_map(|rest| {
            let (tag, rest) = rest.split_once('>')?;
            if tag.contains("transform=") {
                return None;
            }
            let text = rest.split("</text>").next()?.trim().to_owned();
            if text.is_empty() {
                return None;
            }
            let x: f64 = attribute(tag, "x")?.parse().ok()?;
            let y: i64 = attribute(tag, "y")?.parse().ok()?;
            let size: f64 = attribute(tag, "font-size")?.parse().ok()?;
            let width = text_width(&text, size.round() as u32);
            let left = match attribute(tag, "text-anchor").as_deref() {
                Some("middle") => x - width / 2.0,
                Some("end") => x - width,
                _ => x,
            };
            // Where the text's box starts above `y`, by how plotters
            // places it: centred (0.5ex), hanging below (0.76em) or
            // sitting on it (-0.5ex).
            let top = match attribute(tag, "dy").as_deref() {
                Some("0.76em") => y as f64,
                Some("-0.5ex") => y as f64 - size,
                _ => y as f64 - size / 2.0,
            };
            Some((y, left, left + width, text, size, top))
        })
        .collect()
}

#[test]
fn labels_on_a_row_keep_half_an_em_apart() {
    for (name, svg) in every_drawing() {
        let mut spans = text_spans(&svg);
        spans.sort_by(|a, b| (a.0, a.1).partial_cmp(&(b.0, b.1)).unwrap());
        for pair in spans.windows(2) {
            let (a, b) = (&pair[0], &pair[1]);
            // Half an em of space keeps two labels apart to the eye.
            if a.0 == b.0 {
                assert!(
                    a.2 + 0.5 * a.4 <= b.1,
                    "{name}: \"{}\" crowds \"{}\" at y = {}",
                    a.3,
                    b.3,
                    a.0
                );
            }
        }
    }
}

/// The tick labels a figure's chosen-tick axes (log axes, and axes that
/// list their ticks) should show at `layout`, and how many of them may be
/// left out: one per chart, for the bottom-left corner the axes share.
fn chosen_labels_due(figure: &Figure, layout: &Layout) -> (Vec<String>, usize) {
    let mut labels = Vec::new();
    let mut charts = 0;
    let mut of = |chart: &Chart| {
        let before = labels.len();
        for (axis, most) in [(&chart.x, layout.x_labels), (&chart.y, layout.y_labels)] {
            let values = match (&axis.ticks, axis.log) {
                (Ticks::At(values), _) => values.clone(),
                (Ticks::Auto, true) => log_ticks(axis, most),
                (Ticks::Auto, false) => Vec::new(),
            };
            labels.extend(values.iter().map(|&v| label_at(v, &axis.ticks, axis.log)));
        }
        charts += usize::from(labels.len() > before);
    };
    match figure {
        Figure::Chart(chart) => of(chart),
        Figure::Panels(panels) => panels.charts.iter().for_each(&mut of),
        _ => {}
    }
    (labels, charts)
}

#[test]
fn every_chosen_tick_carries_its_label() {
    // Log axes used to get unlabelled ticks between labelled decades, and a
    // tolerance meant for linear axes blanked every label below a tenth of
    // a log axis's top (the vanishing-gradient panels showed 3 of 18);
    // axes that list their ticks drew plotters' ticks between them, empty
    // (96 empty labels an edition in all).
    let mut checked = 0;
    for (name, figure) in all_figures().iter() {
        for layout in [WIDE, NARROW] {
            let (due, corners) = chosen_labels_due(figure, &layout);
            if due.is_empty() {
                continue;
            }
            let svg = render_svg(figure, &words_for(figure), &layout).unwrap();
            let spans = text_spans(&svg);
            let mut unmatched: Vec<String> = spans.iter().map(|s| s.3.clone()).collect();
            let mut missing = 0;
            for label in &due {
                match unmatched.iter().position(|t| t == label) {
                    Some(i) => {
                        unmatched.swap_remove(i);
                    }
                    None => missing += 1,
                }
            }
            assert!(
                missing <= corners,
                "{name}: {missing} of {} chosen tick labels missing ({corners} corners allowed)",
                due.len()
            );
            checked += 1;
        }
    }
    assert!(checked >= 10, "only {checked} drawings with chosen ticks");
}

#[test]
fn log_ticks_are_powers_of_ten_that_fit() {
    let axis = Axis::log(1e-20, 1e8);
    let ticks = log_ticks(&axis, 9);
    assert_eq!(ticks.len(), 8, "{ticks:?}");
    assert!(
        ticks.iter().all(|&t| !tick(t, true).is_empty()),
        "{ticks:?}"
    );
    assert_eq!(
        log_ticks(&Axis::log(5.0, 2e6), 12),
        vec![10.0, 100.0, 1e3, 1e4, 1e5, 1e6]
    );
}

#[test]
fn no_two_labels_overlap() {
    for (name, svg) in every_drawing() {
        let spans = text_spans(&svg);
        for (i, a) in spans.iter().enumerate() {
            for b in &spans[i + 1..] {
                let apart_x = a.2 <= b.1 || b.2 <= a.1;
                let apart_y = a.5 + a.4 <= b.5 || b.5 + b.4 <= a.5;
                assert!(
                    apart_x || apart_y,
                    "{name}: \"{}\" overlaps \"{}\"",
                    a.3,
                    b.3
                );
            }
        }
    }
}

#[test]
fn no_sentinel_colour_survives() {
    for (name, svg) in every_drawing() {
        let svg = svg.to_uppercase();
        assert!(
            !svg.contains("#010203") && !svg.contains("#040506") && !svg.contains("#070809"),
            "{name}"
        );
    }
}

#[test]
fn no_fixed_black_or_white_that_a_theme_could_swallow() {
    for (name, svg) in every_drawing() {
        let svg = svg.to_uppercase();
        for fixed in ["#000000", "#FFFFFF", "\"BLACK\"", "\"WHITE\""] {
            assert!(!svg.contains(fixed), "{name} uses {fixed}");
        }
    }
}

#[test]
fn panels_of_one_series_each_may_leave_it_to_their_titles() {
    // Chapter 4's optimiser paths: one path per panel, each panel titled by
    // its optimiser, so a legend would only repeat the first panel's colour.
    let paths = all_figures()["optimiser_paths"].clone();
    let titled = Words {
        x: "x".into(),
        y: "y".into(),
        series: vec![],
        panels: (0..5).map(|i| format!("panel {i}")).collect(),
    };
    let without = render_svg(&paths, &titled, &WIDE).expect("titles alone will do");
    let named = Words {
        series: vec!["path".into()],
        ..titled.clone()
    };
    let with = render_svg(&paths, &named, &WIDE).expect("a name will do too");
    let height = |svg: &str| {
        let start = svg.find("height=\"").expect("an SVG height") + 8;
        svg[start..]
            .split('"')
            .next()
            .unwrap_or("")
            .parse::<f64>()
            .expect("a number")
    };
    assert!(height(&without) < height(&with));
    assert!(!without.contains("\npath\n") && with.contains("\npath\n"));
    // Panels of several series still need their names.
    let vanishing = all_figures()["vanishing_gradient"].clone();
    let three_panels = Words {
        panels: vec!["a".into(), "b".into(), "c".into()],
        ..titled
    };
    assert!(
        render_svg(&vanishing, &three_panels, &WIDE)
            .unwrap_err()
            .contains("series names")
    );
}

#[test]
fn words_that_do_not_fit_are_an_error() {
    let sigmoid = all_figures()["sigmoid"].clone();
    let two = Words {
        x: "x".into(),
        y: "y".into(),
        series: vec!["σ(x)".into(), "σ′(x)".into()],
        panels: vec![],
    };
    assert!(render_svg(&sigmoid, &two, &WIDE).is_ok());
    let one = Words {
        series: vec!["σ(x)".into()],
        ..two.clone()
    };
    assert!(
        render_svg(&sigmoid, &one, &WIDE)
            .unwrap_err()
            .contains("needs 2 series names")
    );
    let no_y = Words {
        y: String::new(),
        ..two
    };
    assert!(
        render_svg(&sigmoid, &no_y, &WIDE)
            .unwrap_err()
            .contains("y=\"…\"")
    );
}

#[test]
fn hangul_is_measured_a_full_em_and_latin_about_half() {
    assert_eq!(text_width("입력", 10), 20.0);
    let latin = text_width("input", 10);
    assert!(latin > 15.0 && latin < 30.0, "{latin}");
}

#[test]
fn ticks_read_like_numbers_people_write() {
    assert_eq!(tick(2.0, false), "2");
    assert_eq!(tick(-0.0, false), "0");
    assert_eq!(tick(-1e-12, false), "0");
    assert_eq!(tick(0.25, false), "0.25");
    assert_eq!(tick(-1.5, false), "−1.5");
    assert_eq!(tick(5000.0, false), "5000");
    assert_eq!(tick(1e-4, true), "10⁻⁴");
    assert_eq!(tick(1.0, true), "1");
    assert_eq!(tick(2e-4, true), "");
}

#[test]
fn a_pad_is_a_form_with_its_network_and_the_page_s_words() {
    let pad = &all_figures()["digit_pad"];
    let directive = Directive::parse_line(
        r#"{{#plot digit_pad caption="Draw" alt="Pad <8×8>" x="digit" y="probability" series="Clear | Eraser | Start from | Input"}}"#,
    )
    .unwrap()
    .unwrap();
    let html = figure_html(&directive, pad).unwrap();
    assert_eq!(html.matches("role=\"gridcell\"").count(), 64);
    assert_eq!(html.matches("class=\"pad-bar\"").count(), 10);
    assert!(html.contains("aria-label=\"Pad &lt;8×8&gt;\""));
    assert!(html.contains(">Clear</button>") && html.contains("<caption>Input</caption>"));
    assert!(html.contains("aria-pressed=\"false\">Eraser</button>"));
    assert!(html.contains("aria-live=\"polite\""));
    assert!(!html.contains("\n\n"), "one HTML block for Markdown");
    let json = html
        .split("<script type=\"application/json\" class=\"pad-data\">")
        .nth(1)
        .and_then(|rest| rest.split("</script>").next())
        .unwrap();
    let back: crate::figures::DigitPad = serde_json::from_str(json).unwrap();
    assert_eq!(&Figure::Pad(back), pad);
    assert!(render_svg(pad, &words_for(pad), &WIDE).is_err());
    let wrong = Directive {
        series: vec!["Clear".into()],
        ..directive
    };
    assert!(figure_html(&wrong, pad).is_err());
}

/// The charts of a figure, with the series each names in its legend.
fn charts_of(figure: &Figure) -> Vec<&Chart> {
    match figure {
        Figure::Chart(chart) => vec![chart],
        Figure::Panels(panels) => panels.charts.iter().collect(),
        Figure::Diagram(_) | Figure::Digits(_) | Figure::Pad(_) | Figure::Matrix(_) => Vec::new(),
    }
}

#[test]
fn inks_drawn_together_are_far_apart() {
    // Across the book two inks need only not look alike (ink.rs); in one
    // chart a reader matches each line to its legend entry, so two hues
    // there are at least 15 apart, and a hue at least 10 from the grey of
    // a reference line (which its stroke tells apart too). One ink twice
    // in a chart is one concept drawn two ways: the marks must differ.
    let mut checked = 0;
    for (name, figure) in all_figures() {
        for chart in charts_of(figure) {
            let series = chart.named_series();
            for (i, a) in series.iter().enumerate() {
                for b in &series[i + 1..] {
                    checked += 1;
                    if a.ink == b.ink {
                        assert_ne!(a.mark, b.mark, "{name}: {:?} drawn alike twice", a.ink);
                        continue;
                    }
                    if a.ink == Ink::Main || b.ink == Ink::Main {
                        continue;
                    }
                    let least = if a.ink == Ink::Linear || b.ink == Ink::Linear {
                        10.0
                    } else {
                        15.0
                    };
                    let distance = ink::oklab_distance(colour(a.ink), colour(b.ink));
                    assert!(
                        distance >= least,
                        "{name}: {:?} and {:?} are {distance:.1} apart",
                        a.ink,
                        b.ink
                    );
                }
            }
        }
    }
    assert!(checked > 50, "only {checked} pairs of series");
}

/// Every page of every edition, with its path.
fn every_page() -> Vec<(String, String)> {
    let src = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../src");
    let mut pages = Vec::new();
    let mut folders = vec![src];
    while let Some(folder) = folders.pop() {
        for entry in std::fs::read_dir(&folder).unwrap().flatten() {
            let path = entry.path();
            if path.is_dir() {
                folders.push(path);
            } else if path.extension().is_some_and(|e| e == "md") {
                let text = std::fs::read_to_string(&path).unwrap();
                pages.push((path.display().to_string(), text));
            }
        }
    }
    pages
}

/// The inks a figure's legend entries name, in the legend's order.
fn legend_inks(figure: &Figure) -> Vec<Ink> {
    match figure {
        Figure::Chart(chart) => chart.named_series().iter().map(|s| s.ink).collect(),
        Figure::Panels(panels) => panels.charts[0]
            .named_series()
            .iter()
            .map(|s| s.ink)
            .collect(),
        Figure::Digits(_) => vec![RIGHT_ANSWER, WRONG_ANSWER],
        Figure::Diagram(_) | Figure::Pad(_) | Figure::Matrix(_) => Vec::new(),
    }
}

#[test]
fn a_legend_entry_has_one_colour_in_the_whole_book() {
    // The pages name the series; the figures colour them. The same words
    // in two figures of one edition (“cross-entropy”, “validation digits”,
    // “SGD”) must be the same ink, wherever they are.
    let mut seen: std::collections::BTreeMap<(String, String), (Ink, String)> =
        std::collections::BTreeMap::new();
    let mut entries = 0;
    for (path, text) in every_page() {
        let edition = if path.contains("/src/ko/") {
            "ko"
        } else {
            "en"
        };
        for directive in mdbook_plot_directives(&text) {
            let Some(figure) = all_figures().get(&directive.name) else {
                continue;
            };
            if matches!(figure, Figure::Pad(_)) {
                continue;
            }
            for (words, ink) in directive.series.iter().zip(legend_inks(figure)) {
                entries += 1;
                let key = (edition.to_owned(), words.clone());
                let place = format!("{path}: {}", directive.name);
                if let Some((first, where_first)) = seen.get(&key) {
                    assert_eq!(
                        *first, ink,
                        "“{words}” is {first:?} in {where_first} and {ink:?} in {place}"
                    );
                } else {
                    seen.insert(key, (ink, place));
                }
            }
        }
    }
    assert!(entries > 60, "only {entries} legend entries");
}

fn mdbook_plot_directives(page: &str) -> Vec<Directive> {
    crate::find_directives(page)
        .into_iter()
        .map(|d| d.unwrap_or_else(|e| panic!("{e}")))
        .collect()
}

#[test]
fn a_nan_lifts_the_pen_between_the_pieces_of_a_line() {
    let points = [
        (0.0, 1.0),
        (1.0, 2.0),
        (f64::NAN, f64::NAN),
        (2.0, 3.0),
        (f64::NAN, 0.0),
    ];
    assert_eq!(
        chart::pieces(points.into_iter()),
        [vec![(0.0, 1.0), (1.0, 2.0)], vec![(2.0, 3.0)]]
    );
}

#[test]
fn a_listed_value_on_a_log_axis_is_labelled_even_off_the_powers_of_ten() {
    let at = Ticks::At(vec![0.2, 0.5, 1.0]);
    assert_eq!(ticks::label_at(0.2, &at, true), "0.2");
    assert_eq!(ticks::label_at(1.0, &at, true), "1");
    assert_eq!(ticks::label_at(0.3, &at, true), "");
    assert_eq!(ticks::label_at(0.01, &Ticks::At(vec![0.01]), true), "10⁻²");
    // Powers of ten among other listed values are written plainly too.
    let mixed = Ticks::At(vec![0.005, 0.01, 0.02, 0.1, 1.0]);
    assert_eq!(ticks::label_at(0.1, &mixed, true), "0.1");
    assert_eq!(ticks::label_at(0.01, &mixed, true), "0.01");
}

#[test]
fn a_legend_too_wide_for_a_phone_wraps_onto_more_rows() {
    let names: Vec<String> = ["아무것도 안 씀", "가중치 감쇠", "드롭아웃"]
        .map(String::from)
        .to_vec();
    let wide = legend::legend_rows(&names, 15, 2000);
    assert_eq!(wide.len(), 1);
    assert_eq!(wide[0], 0..3);
    let narrow = legend::legend_rows(&names, 15, 320);
    assert!(narrow.len() >= 2, "{narrow:?}");
    assert_eq!(narrow.iter().map(|r| r.len()).sum::<usize>(), 3);
}

#[test]
fn no_drawing_sets_text_sideways() {
    // Axis names are written across, above the axis (plotters writes a
    // turned text with a `rotate(` transform).
    let turned: Vec<_> = every_drawing()
        .into_iter()
        .filter(|(_, svg)| svg.contains("rotate("))
        .map(|(name, _)| name)
        .collect();
    assert!(turned.is_empty(), "{turned:?}");
}

/// The attribute an SVG shape filled with `ink` carries.
/// The fill an ink is drawn with in the finished SVG: the text colour's
/// sentinel has become `currentColor` there.
fn fill_attribute(ink: Ink) -> String {
    theme_colours(&format!("fill=\"{}\"", hex(colour(ink))))
}

#[test]
fn every_marked_digit_shows_its_ink_however_small_its_bar() {
    // The right digit of a misread test digit often has a probability near
    // 0, and so a bar with no height: the triangle under its label must
    // show its ink anyway, in each layout.
    let mut grids = 0;
    for (name, figure) in all_figures().iter() {
        let Figure::Digits(grid) = figure else {
            continue;
        };
        let marked = grid.cells.iter().filter(|c| c.marked.is_some()).count();
        if marked == 0 {
            continue;
        }
        grids += 1;
        for layout in [WIDE, NARROW] {
            let svg = render_svg(figure, &words_for(figure), &layout).unwrap();
            let triangles = |ink: Ink| {
                svg.split("<polygon")
                    .skip(1)
                    .filter(|shape| {
                        shape
                            .split('>')
                            .next()
                            .unwrap_or("")
                            .contains(&fill_attribute(ink))
                    })
                    .count()
            };
            for (ink, whose) in [(RIGHT_ANSWER, "right digit"), (WRONG_ANSWER, "answer")] {
                assert_eq!(
                    triangles(ink),
                    marked,
                    "{name} ({}): a triangle under every {whose}",
                    layout.class
                );
            }
        }
    }
    assert!(grids > 0, "the book has a grid of misread digits");
}

#[test]
fn a_measured_line_marks_each_measured_point_and_only_those() {
    // The speed chart measured three sizes: a reader must see which points
    // are measurements and that the line between them is not.
    let chart = Chart {
        x: Axis::log(5.0, 2e6),
        y: Axis::log(0.005, 5.0),
        categories: None,
        series: vec![Series {
            ink: Ink::Sigmoid,
            mark: Mark::MeasuredLine(Stroke::Dashed),
            points: vec![(10.0, 0.04), (1e3, 1.4), (1e6, 3.1)],
        }],
        legend: None,
    };
    let figure = Figure::Chart(chart);
    for layout in [WIDE, NARROW] {
        let svg = render_svg(&figure, &words_for(&figure), &layout).unwrap();
        assert_eq!(svg.matches("<circle").count(), 3, "{}", layout.class);
    }
    let speed = all_figures()
        .iter()
        .find(|(name, _)| *name == "speed")
        .map(|(_, figure)| figure);
    let Some(Figure::Chart(speed)) = speed else {
        panic!("the book has its speed chart");
    };
    let measured = speed
        .series
        .iter()
        .filter(|s| matches!(s.mark, Mark::MeasuredLine(_)))
        .count();
    assert_eq!(
        measured, 6,
        "the speed chart's six ratios are measured lines"
    );
}

#[test]
fn a_confusion_matrix_writes_every_count_and_tells_mistakes_by_their_ink() {
    let Figure::Matrix(matrix) = &all_figures()["confusion"] else {
        panic!("the book has its confusion matrix");
    };
    let figure = Figure::Matrix(matrix.clone());
    let (mut right, mut wrong, mut written) = (0, 0, Vec::new());
    for (row, counts) in matrix.counts.iter().enumerate() {
        for (column, &count) in counts.iter().enumerate() {
            match square_ink(row, column, count) {
                Some(RIGHT_ANSWER) => right += 1,
                Some(_) => wrong += 1,
                None => {}
            }
            if count > 0 {
                written.push(count.to_string());
            }
        }
    }
    assert!(
        right == 10 && wrong > 0,
        "ten right squares and some mistakes"
    );
    for layout in [WIDE, NARROW] {
        let svg = render_svg(&figure, &words_for(&figure), &layout).unwrap();
        let squares = |ink: Ink| {
            svg.split("<rect")
                .skip(1)
                .filter(|r| {
                    r.split('>')
                        .next()
                        .unwrap_or("")
                        .contains(&fill_attribute(ink))
                })
                .count()
        };
        assert_eq!(squares(RIGHT_ANSWER), right, "{}", layout.class);
        assert_eq!(squares(WRONG_ANSWER), wrong, "{}", layout.class);
        let texts: Vec<String> = text_spans(&svg).into_iter().map(|t| t.3).collect();
        for count in &written {
            assert!(
                texts.contains(count),
                "{}: {count} is written",
                layout.class
            );
        }
    }
}
