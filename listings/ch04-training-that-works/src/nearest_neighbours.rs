//! k nearest neighbours: no training, just the closest examples. The
//! module is chapter 3's baseline, copied so that this crate stands alone; a
//! test of the book checks that the two read the same digits.

use ndarray::{ArrayView1, AsArray};

use crate::dataset::{CLASSES, Digits, PIXELS};

// ANCHOR: nearest_neighbours
/// The digit most common among the `k` training digits closest to `image`
/// (squared distance between the pixels). A tie in the vote goes to the
/// tied digit whose example is closest; a tie in distance to the earlier
/// example.
///
/// # Panics
/// If `k` is 0 or more than there are training digits, if `image` does
/// not have [`PIXELS`] values, or if one of them is `NaN`: every distance
/// would be `NaN`, and the vote would go to whichever training digits come
/// first, a plausible-looking answer that means nothing.
///
/// ```
/// use training_that_works::nearest_neighbours::nearest_neighbours;
/// use training_that_works::load_bundled;
///
/// let digits = load_bundled();
/// // Every digit is its own nearest neighbour.
/// assert_eq!(nearest_neighbours(&digits, digits.image(7), 1), digits.labels()[7]);
/// ```
pub fn nearest_neighbours<'a>(
    train: &Digits,
    image: impl AsArray<'a, f64>,
    k: usize,
) -> usize {
    let image: ArrayView1<f64> = image.into();
    assert_eq!(image.len(), PIXELS, "an image has {PIXELS} pixels");
    assert!(
        !image.iter().any(|p| p.is_nan()),
        "the image has a NaN pixel: no distance to it means anything"
    );
    assert!(
        (1..=train.len()).contains(&k),
        "k = {k} neighbours from {} training digits",
        train.len()
    );
    let mut by_distance: Vec<(f64, usize)> = train
        .images()
        .rows()
        .into_iter()
        .zip(train.labels())
        .map(|(example, &label)| {
            let distance = (&example - &image).mapv(|d| d * d).sum();
            (distance, label)
        })
        .collect();
    // A stable sort keeps equally distant examples in file order.
    by_distance.sort_by(|a, b| a.0.total_cmp(&b.0));
    let nearest = &by_distance[..k];
    let mut votes = [0; CLASSES];
    for &(_, label) in nearest {
        votes[label] += 1;
    }
    let most = votes.iter().copied().max().unwrap_or(0);
    // The closest example whose digit has the most votes.
    nearest
        .iter()
        .map(|&(_, label)| label)
        .find(|&label| votes[label] == most)
        .expect("k ≥ 1, so some digit has votes")
}
// ANCHOR_END: nearest_neighbours

/// The fraction of `test` that [`nearest_neighbours`] reads right.
///
/// # Panics
/// If `test` is empty, or as [`nearest_neighbours`].
///
/// ```
/// use training_that_works::nearest_neighbours::nearest_neighbour_accuracy;
/// use training_that_works::load_bundled;
/// use training_that_works::split::three_way_split;
///
/// let split = three_way_split(&load_bundled());
/// assert!(nearest_neighbour_accuracy(&split.train, &split.validation, 1) > 0.95);
/// ```
pub fn nearest_neighbour_accuracy(
    train: &Digits,
    test: &Digits,
    k: usize,
) -> f64 {
    assert!(!test.is_empty(), "no digits to measure on");
    let right = (0..test.len())
        .filter(|&i| {
            nearest_neighbours(train, test.image(i), k) == test.labels()[i]
        })
        .count();
    right as f64 / test.len() as f64
}

#[cfg(test)]
mod tests {
    use super::*;
    use ndarray::{Array1, Array2};

    fn line(points: &[(f64, usize)]) -> Digits {
        let mut images = Array2::zeros((points.len(), PIXELS));
        for (i, &(x, _)) in points.iter().enumerate() {
            images[[i, 0]] = x;
        }
        Digits::new(images, points.iter().map(|&(_, l)| l).collect())
    }

    #[test]
    fn the_vote_and_its_ties_go_as_documented() {
        // Pixel 0 at 0.0, 0.1, 0.2, 0.3 labelled 1, 2, 2, 3.
        let train = line(&[(0.0, 1), (0.1, 2), (0.2, 2), (0.3, 3)]);
        let mut image = Array1::zeros(PIXELS);
        assert_eq!(nearest_neighbours(&train, &image, 3), 2, "2 has two votes");
        assert_eq!(nearest_neighbours(&train, &image, 1), 1);
        image[0] = 0.15;
        // 0.1 and 0.2 are equally far: two votes for 2 either way.
        assert_eq!(nearest_neighbours(&train, &image, 2), 2);
        let tied = line(&[(0.0, 4), (0.2, 5)]);
        image[0] = 0.1;
        // Equally far, one vote each: the earlier example wins.
        assert_eq!(nearest_neighbours(&tied, &image, 2), 4);
    }

    #[test]
    #[should_panic(expected = "k = 0 neighbours")]
    fn no_neighbours_is_refused() {
        let train = line(&[(0.0, 1)]);
        nearest_neighbours(&train, &Array1::zeros(PIXELS), 0);
    }

    #[test]
    #[should_panic(expected = "NaN pixel")]
    fn an_image_with_a_nan_gets_no_vote() {
        let train = line(&[(0.0, 1), (0.1, 2), (0.2, 3)]);
        let mut image = Array1::zeros(PIXELS);
        image[10] = f64::NAN;
        nearest_neighbours(&train, &image, 1);
    }
}
