//! The numpy twin of one Adam run (`scripts/train_numpy.py`) reaches the
//! same numbers as the crate: its committed output, from a real run of the
//! script, is the output of `examples/adam_run.rs` line for line, after
//! the line that names the command. The book's tests check that the
//! example still prints its committed output.

mod common;

use common::output;

fn after_the_command(text: &str) -> Vec<&str> {
    text.lines().skip(1).collect()
}

#[test]
fn the_numpy_twin_printed_what_the_rust_run_prints() {
    let file = concat!(env!("CARGO_MANIFEST_DIR"), "/scripts/train_numpy.txt");
    let numpy = std::fs::read_to_string(file).expect("scripts/train_numpy.txt");
    assert!(numpy.starts_with("$ python3 scripts/train_numpy.py\n"));
    let rust = output("adam_run");
    assert_eq!(after_the_command(&numpy), after_the_command(&rust));
    assert_eq!(
        after_the_command(&rust).len(),
        22,
        "a header, a title row, 20 epochs"
    );
}

#[test]
fn the_run_uses_the_rate_the_race_chose_for_adam() {
    let race = output("optimisers_on_the_digits");
    let adam = race
        .lines()
        .find(|l| l.starts_with("Adam "))
        .expect("Adam's row in the race");
    let chosen = adam.split_whitespace().nth(1).expect("its η");
    assert!(output("adam_run").contains(&format!(
        "Adam, η = {}, seed 1",
        chosen.parse::<f64>().unwrap()
    )));
}
