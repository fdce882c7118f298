//! What the network has to beat: two simpler ways to read the digits,
//! measured on the same split.
//!
//! [`softmax_regression`] is chapter 1's single layer of ten neurons with
//! a softmax, trained like the network: the network without its hidden
//! layer. [`nearest_neighbours`](fn@nearest_neighbours) does no training at all: it answers with
//! the label of the training digits whose pixels are closest.

pub mod nearest_neighbours;
pub mod softmax_regression;

pub use nearest_neighbours::{nearest_neighbour_accuracy, nearest_neighbours};
pub use softmax_regression::{SoftmaxRegression, train_softmax_regression};
