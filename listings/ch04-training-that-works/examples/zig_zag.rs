// Plain gradient descent on the aligned bowl, f(x, y) = x²/100 + y², from
// (-15, 1.5): with the learning rate tuned for it, and with a smaller one.

// ANCHOR: main
use training_that_works::bowl::Bowl;
use training_that_works::descent::descend;
use training_that_works::optimiser::{Kind, Sgd};
use training_that_works::race::Results;
use training_that_works::tuning::STEPS;

fn main() {
    let bowl = Bowl::aligned();
    let tuned = Results::of(&Kind::Sgd.maker(), &bowl).typical_learning_rate();
    for eta in [tuned, 0.25] {
        let path = descend(
            &mut Sgd::new(eta),
            |p| bowl.gradient(p),
            &bowl.start(),
            STEPS,
        );
        let (along, across) = (1.0 - eta / 50.0, 1.0 - 2.0 * eta);
        let flips = if across < 0.0 {
            " and flips its sign"
        } else {
            ""
        };
        println!(
            "η = {eta:.4}: each step multiplies x by {along:.4}, y by {:.4}{flips}",
            across.abs()
        );
        println!("step        x        y    height");
        for step in [0, 1, 2, 3, 4, 5, 10, 50, STEPS] {
            let p = path.row(step);
            println!(
                "{step:4} {:8.3} {:8.3} {:9.4}",
                p[0],
                p[1],
                bowl.height(p)
            );
        }
        println!();
    }
}
// ANCHOR_END: main
