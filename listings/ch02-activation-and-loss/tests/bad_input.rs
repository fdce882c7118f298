//! What every public function does with input that makes no sense.

use activation_and_loss::activation::{softmax, softmax_naive};
use activation_and_loss::loss::{
    LossError, cross_entropy_error, cross_entropy_from_logits, log_sum_exp,
    mean_squared_error, sum_squared_error,
};
use ndarray::{Array1, ArrayView1, array};

type Loss = fn(ArrayView1<f64>, ArrayView1<f64>) -> Result<f64, LossError>;

const LOSSES: [Loss; 4] = [
    sum_squared_error,
    mean_squared_error,
    cross_entropy_error,
    cross_entropy_from_logits,
];

#[test]
fn every_loss_rejects_mismatched_lengths_instead_of_broadcasting() {
    let y = array![0.2, 0.3, 0.5];
    let t = array![1.0];
    for loss in LOSSES {
        assert_eq!(
            loss(y.view(), t.view()),
            Err(LossError::LengthMismatch {
                predictions: 3,
                targets: 1
            })
        );
        assert_eq!(
            loss(t.view(), y.view()),
            Err(LossError::LengthMismatch {
                predictions: 1,
                targets: 3
            })
        );
    }
}

#[test]
fn every_loss_rejects_empty_arrays() {
    let empty = Array1::<f64>::zeros(0);
    for loss in LOSSES {
        assert_eq!(loss(empty.view(), empty.view()), Err(LossError::Empty));
    }
}

#[test]
fn nan_in_a_loss_gives_nan() {
    let y = array![f64::NAN, 0.5];
    let t = array![0.0, 1.0];
    for loss in LOSSES {
        assert!(loss(y.view(), t.view()).unwrap().is_nan());
    }
}

#[test]
fn softmax_of_nothing_is_nothing() {
    assert_eq!(softmax(Array1::<f64>::zeros(0).view()).len(), 0);
    assert_eq!(softmax_naive(Array1::<f64>::zeros(0).view()).len(), 0);
    assert_eq!(
        log_sum_exp(Array1::<f64>::zeros(0).view()),
        f64::NEG_INFINITY
    );
}

#[test]
fn softmax_of_nan_or_infinity_is_all_nan() {
    for bad in [f64::NAN, f64::INFINITY] {
        let p = softmax(array![0.0, bad, 1.0].view());
        assert!(p.iter().all(|v| v.is_nan()), "{bad}: {p}");
    }
}

#[test]
fn log_sum_exp_handles_infinities() {
    assert_eq!(
        log_sum_exp(array![0.0, f64::INFINITY].view()),
        f64::INFINITY
    );
    assert_eq!(
        log_sum_exp(Array1::from_elem(3, f64::NEG_INFINITY).view()),
        f64::NEG_INFINITY
    );
    assert!(log_sum_exp(array![f64::NAN, 1.0].view()).is_nan());
}

#[test]
fn a_loss_error_explains_itself() {
    let message = LossError::LengthMismatch {
        predictions: 3,
        targets: 1,
    }
    .to_string();
    assert!(message.contains("3 predictions but 1 targets"));
    assert!(LossError::Empty.to_string().contains("undefined"));
}
