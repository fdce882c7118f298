//! The chapter's running example: a network shown a handwritten 6.

// ANCHOR: digit_example
/// What the network's softmax output layer says about an image of a 6:
/// one probability per digit 0–9. Digit 6 gets 0.8, digits 4 and 8 get 0.1.
///
/// ```
/// use activation_and_loss::digit_example::CLOSE_PREDICTION;
///
/// assert_eq!(CLOSE_PREDICTION[6], 0.8);
/// ```
pub const CLOSE_PREDICTION: [f64; 10] =
    [0.0, 0.0, 0.0, 0.0, 0.1, 0.0, 0.8, 0.0, 0.1, 0.0];

/// A badly wrong output for the same image: digit 2 gets 0.8, and the right
/// answer, 6, only 0.1.
///
/// ```
/// use activation_and_loss::digit_example::FAR_PREDICTION;
///
/// assert_eq!(FAR_PREDICTION[2], 0.8);
/// ```
pub const FAR_PREDICTION: [f64; 10] =
    [0.0, 0.0, 0.8, 0.0, 0.1, 0.0, 0.1, 0.0, 0.0, 0.0];

/// The right answer, 6, one-hot encoded: 1 at index 6, 0 everywhere else.
///
/// ```
/// use activation_and_loss::digit_example::TARGET_SIX;
///
/// assert_eq!(TARGET_SIX.iter().sum::<f64>(), 1.0);
/// ```
pub const TARGET_SIX: [f64; 10] =
    [0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 1.0, 0.0, 0.0, 0.0];
// ANCHOR_END: digit_example
