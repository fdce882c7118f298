//! What the public functions do with input that makes no sense: a mistake in
//! the calling program panics with a message naming it; a NaN is a value and
//! comes out as NaN, never as a plausible number, and an infinity comes out as
//! ±∞ or NaN unless a function has a finite limit there.

use activation_and_loss::activation::{softmax, softmax_naive, softmax_rows};
use activation_and_loss::loss::{
    batch_cross_entropy_error, cross_entropy_error, cross_entropy_from_logits,
    log_sum_exp, mean_squared_error, squared_errors, sum_squared_error,
};
use activation_and_loss::{argmax, one_hot};
use ndarray::{Array1, Array2, ArrayView1, array};
use std::panic::catch_unwind;

type Loss = fn(ArrayView1<f64>, ArrayView1<f64>) -> f64;

const LOSSES: [(&str, Loss); 4] = [
    ("sum_squared_error", |y, t| sum_squared_error(y, t)),
    ("mean_squared_error", |y, t| mean_squared_error(y, t)),
    ("cross_entropy_error", |y, t| cross_entropy_error(y, t)),
    ("cross_entropy_from_logits", |y, t| {
        cross_entropy_from_logits(y, t)
    }),
];

/// The message a panic carried.
fn panic_message(result: std::thread::Result<()>) -> String {
    let payload = result.expect_err("expected a panic");
    payload
        .downcast_ref::<String>()
        .cloned()
        .or_else(|| payload.downcast_ref::<&str>().map(|s| s.to_string()))
        .unwrap_or_default()
}

#[test]
fn every_loss_panics_on_mismatched_lengths_instead_of_broadcasting() {
    let y = array![0.2, 0.3, 0.5];
    let t = array![1.0];
    for (name, loss) in LOSSES {
        let message = panic_message(catch_unwind(|| {
            loss(y.view(), t.view());
        }));
        assert!(
            message.contains("3 predictions but 1 targets"),
            "{name}: {message}"
        );
        let message = panic_message(catch_unwind(|| {
            loss(t.view(), y.view());
        }));
        assert!(
            message.contains("1 predictions but 3 targets"),
            "{name}: {message}"
        );
    }
}

#[test]
fn every_loss_panics_on_empty_vectors() {
    let empty = Array1::<f64>::zeros(0);
    for (name, loss) in LOSSES {
        let message = panic_message(catch_unwind(|| {
            loss(empty.view(), empty.view());
        }));
        assert!(
            message.contains("a loss over nothing is undefined"),
            "{name}: {message}"
        );
    }
}

#[test]
fn squared_errors_check_lengths_too() {
    let message = panic_message(catch_unwind(|| {
        squared_errors(&[1.0, 2.0], &[1.0]);
    }));
    assert!(message.contains("2 predictions but 1 targets"), "{message}");
}

#[test]
fn nan_in_a_loss_gives_nan() {
    let y = array![f64::NAN, 0.5];
    let t = array![0.0, 1.0];
    for (name, loss) in LOSSES {
        assert!(loss(y.view(), t.view()).is_nan(), "{name}");
    }
}

#[test]
fn a_negative_probability_gives_nan_cross_entropy() {
    assert!(cross_entropy_error(&[-0.5, 1.5], &[1.0, 0.0]).is_nan());
}

#[test]
fn a_batch_loss_checks_the_shapes() {
    let message = panic_message(catch_unwind(|| {
        batch_cross_entropy_error(
            &Array2::zeros((2, 3)),
            &Array2::zeros((3, 3)),
        );
    }));
    assert!(message.contains("shape (2, 3)"), "{message}");
    let message = panic_message(catch_unwind(|| {
        batch_cross_entropy_error(
            &Array2::zeros((0, 3)),
            &Array2::zeros((0, 3)),
        );
    }));
    assert!(message.contains("empty batch"), "{message}");
}

#[test]
fn softmax_of_nothing_is_nothing() {
    assert_eq!(softmax(&Array1::<f64>::zeros(0)).len(), 0);
    assert_eq!(softmax_naive(&Array1::<f64>::zeros(0)).len(), 0);
    assert_eq!(softmax_rows(&Array2::<f64>::zeros((0, 4))).dim(), (0, 4));
    assert_eq!(log_sum_exp(&Array1::<f64>::zeros(0)), f64::NEG_INFINITY);
}

#[test]
fn softmax_of_nan_or_infinity_is_all_nan() {
    for bad in [f64::NAN, f64::INFINITY] {
        let p = softmax(&[0.0, bad, 1.0]);
        assert!(p.iter().all(|v| v.is_nan()), "{bad}: {p}");
        let rows = softmax_rows(&array![[0.0, bad], [1.0, 2.0]]);
        assert!(rows.row(0).iter().all(|v| v.is_nan()), "{bad}: {rows}");
        assert!(rows.row(1).iter().all(|v| v.is_finite()), "{bad}: {rows}");
    }
}

#[test]
fn log_sum_exp_handles_infinities() {
    assert_eq!(log_sum_exp(&[0.0, f64::INFINITY]), f64::INFINITY);
    assert_eq!(log_sum_exp(&[f64::NEG_INFINITY; 3]), f64::NEG_INFINITY);
    assert!(log_sum_exp(&[f64::NAN, 1.0]).is_nan());
}

#[test]
fn classification_helpers_name_their_problem() {
    let message = panic_message(catch_unwind(|| {
        argmax(&[] as &[f64]);
    }));
    assert!(message.contains("argmax of an empty vector"), "{message}");
    let message = panic_message(catch_unwind(|| {
        one_hot(3, 3);
    }));
    assert!(
        message.contains("label 3 is not one of the 3 classes"),
        "{message}"
    );
}
