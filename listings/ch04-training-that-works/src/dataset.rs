//! Reading the handwritten digits: a gzip-compressed CSV file with one digit
//! per line, 64 pixel values (0–16) and then the label (0–9).

use std::fmt;
use std::io::{BufRead, BufReader, Read};
use std::path::{Path, PathBuf};

use flate2::read::GzDecoder;
use ndarray::{Array1, Array2, ArrayView1, ArrayView2};

/// Pixels per image: 8 × 8.
///
/// ```
/// assert_eq!(training_that_works::dataset::PIXELS, 8 * 8);
/// ```
pub const PIXELS: usize = 64;

/// The largest pixel value in the file: the number of black pixels in a
/// 4 × 4 block of the original scan.
///
/// ```
/// assert_eq!(training_that_works::dataset::MAX_PIXEL, 4 * 4);
/// ```
pub const MAX_PIXEL: u8 = 16;

/// How many digits there are, 0 to 9.
///
/// ```
/// assert_eq!(training_that_works::dataset::CLASSES, 10);
/// ```
pub const CLASSES: usize = 10;

// ANCHOR: digits
/// Handwritten digits: one image per row, its pixels scaled to [0, 1] (or,
/// once centred by [`centring::centred`](crate::centring::centred), to
/// [-1, 1]), and the digit each one shows.
///
/// ```
/// let digits = training_that_works::load_bundled();
/// assert_eq!(digits.images().nrows(), digits.labels().len());
/// ```
#[derive(Debug, Clone, PartialEq)]
pub struct Digits {
    images: Array2<f64>,
    labels: Vec<usize>,
}
// ANCHOR_END: digits

/// The checks every constructor of [`Digits`] makes: as many labels as
/// images, [`PIXELS`] per image, digits for labels, and pixels from
/// `lowest` to 1.
fn check(images: &Array2<f64>, labels: &[usize], lowest: f64, range: &str) {
    assert_eq!(
        images.nrows(),
        labels.len(),
        "{} images but {} labels",
        images.nrows(),
        labels.len()
    );
    assert_eq!(images.ncols(), PIXELS, "an image has {PIXELS} pixels");
    if let Some(label) = labels.iter().find(|&&l| l >= CLASSES) {
        panic!("label {label} is not a digit");
    }
    if let Some(((row, column), pixel)) = images
        .indexed_iter()
        .find(|(_, p)| !(lowest..=1.0).contains(*p))
    {
        panic!("image {row}, pixel {column} is {pixel}: {range}");
    }
}

impl Digits {
    /// Digits from images (one row of [`PIXELS`] values per image) and
    /// their labels.
    ///
    /// # Panics
    /// If the number of labels is not the number of images, a row is not
    /// [`PIXELS`] wide, a label is 10 or more, or a pixel is not a number
    /// from 0 to 1 (`NaN` included): a caller's mistake, not a problem with
    /// a file. Every function that takes `Digits` can then rely on them.
    ///
    /// ```
    /// use ndarray::Array2;
    /// use training_that_works::dataset::Digits;
    ///
    /// let digits = Digits::new(Array2::zeros((2, 64)), vec![3, 7]);
    /// assert_eq!(digits.len(), 2);
    /// ```
    ///
    /// Pixels still on the file's 0–16 scale are refused:
    ///
    /// ```should_panic
    /// use ndarray::Array2;
    /// use training_that_works::dataset::Digits;
    ///
    /// Digits::new(Array2::from_elem((1, 64), 16.0), vec![3]);
    /// ```
    pub fn new(images: Array2<f64>, labels: Vec<usize>) -> Digits {
        check(
            &images,
            &labels,
            0.0,
            "pixels are scaled to numbers from 0 to 1",
        );
        Digits { images, labels }
    }

    /// Digits whose pixels have been centred, so lie from −1 to 1:
    /// what [`centring::centred`](crate::centring::centred) makes.
    ///
    /// # Panics
    /// As [`Digits::new`], but for a pixel outside [-1, 1].
    ///
    /// ```
    /// use ndarray::Array2;
    /// use training_that_works::dataset::Digits;
    ///
    /// let digits = Digits::new_centred(Array2::from_elem((1, 64), -0.5), vec![3]);
    /// assert_eq!(digits.images()[[0, 0]], -0.5);
    /// ```
    pub fn new_centred(images: Array2<f64>, labels: Vec<usize>) -> Digits {
        check(&images, &labels, -1.0, "centred pixels lie from -1 to 1");
        Digits { images, labels }
    }

    /// The images, one per row, pixels in [0, 1] (or [-1, 1] if centred).
    ///
    /// ```
    /// let digits = training_that_works::load_bundled();
    /// assert_eq!(digits.images().dim(), (1797, 64));
    /// ```
    pub fn images(&self) -> ArrayView2<'_, f64> {
        self.images.view()
    }

    /// Image `i`, as 64 pixels in reading order (8 rows of 8).
    ///
    /// # Panics
    /// If `i` is not below [`Digits::len`].
    ///
    /// ```
    /// let digits = training_that_works::load_bundled();
    /// assert_eq!(digits.image(0).len(), 64);
    /// ```
    pub fn image(&self, i: usize) -> ArrayView1<'_, f64> {
        self.check_index(i);
        self.images.row(i)
    }

    /// Panics with a message that names the problem, rather than
    /// `ndarray`'s bare bounds check.
    fn check_index(&self, i: usize) {
        assert!(
            i < self.len(),
            "digit {i} asked for, but there are {} (0 to {})",
            self.len(),
            self.len().saturating_sub(1)
        );
    }

    /// The digit each image shows.
    ///
    /// ```
    /// let digits = training_that_works::load_bundled();
    /// assert_eq!(&digits.labels()[..3], &[0, 1, 2]);
    /// ```
    pub fn labels(&self) -> &[usize] {
        &self.labels
    }

    /// How many digits there are.
    ///
    /// ```
    /// assert_eq!(training_that_works::load_bundled().len(), 1797);
    /// ```
    pub fn len(&self) -> usize {
        self.labels.len()
    }

    /// Whether there are none.
    ///
    /// ```
    /// assert!(!training_that_works::load_bundled().is_empty());
    /// ```
    pub fn is_empty(&self) -> bool {
        self.labels.is_empty()
    }

    /// The digits at `indices`, in that order.
    ///
    /// # Panics
    /// If an index is not below [`Digits::len`].
    ///
    /// ```
    /// let digits = training_that_works::load_bundled();
    /// assert_eq!(digits.select(&[2, 0]).labels(), &[2, 0]);
    /// ```
    pub fn select(&self, indices: &[usize]) -> Digits {
        let mut images = Array2::zeros((indices.len(), PIXELS));
        for (mut row, &i) in images.rows_mut().into_iter().zip(indices) {
            self.check_index(i);
            row.assign(&self.images.row(i));
        }
        Digits {
            images,
            labels: indices.iter().map(|&i| self.labels[i]).collect(),
        }
    }
}

/// An 8 × 8 grid of pixel values from 0 to [`MAX_PIXEL`] (how dark each
/// 4 × 4 block of a scan is, as in the data file) as the scaled image a
/// network reads: 64 values from 0 to 1, row by row.
///
/// # Panics
/// If a value is above [`MAX_PIXEL`].
///
/// ```
/// use training_that_works::image_from_grid;
///
/// let mut one = [[0; 8]; 8];
/// for row in &mut one {
///     row[4] = 16;
/// }
/// let image = image_from_grid(&one);
/// assert_eq!((image.len(), image[4], image[5]), (64, 1.0, 0.0));
/// ```
pub fn image_from_grid(grid: &[[u8; 8]; 8]) -> Array1<f64> {
    grid.iter()
        .flatten()
        .map(|&value| {
            assert!(
                value <= MAX_PIXEL,
                "pixel value {value} is above the largest, {MAX_PIXEL}"
            );
            f64::from(value) / f64::from(MAX_PIXEL)
        })
        .collect()
}

/// What went wrong reading a data file.
///
/// ```
/// use training_that_works::dataset::{Problem, load};
///
/// let error = load("missing.csv.gz").unwrap_err();
/// assert!(matches!(error.problem, Problem::Open(_)));
/// ```
#[derive(Debug)]
pub enum Problem {
    /// The file could not be opened.
    Open(std::io::Error),
    /// Reading failed part-way, for example in a truncated or corrupt
    /// gzip stream.
    Read(std::io::Error),
    /// A line has the wrong number of values.
    WrongCount {
        /// How many it has.
        found: usize,
    },
    /// A value is not a whole number from 0 to 255.
    NotANumber {
        /// Which value, counting from 1.
        column: usize,
        /// What the file says.
        text: String,
    },
    /// A pixel is above [`MAX_PIXEL`].
    PixelTooLarge {
        /// Which value, counting from 1.
        column: usize,
        /// Its value.
        value: u8,
    },
    /// A label is not a digit, 0–9.
    NotADigit {
        /// Its value.
        value: u8,
    },
    /// The file holds no digits at all.
    Empty,
}

/// A problem in a data file, with where it is.
///
/// ```
/// let error = training_that_works::dataset::load("missing.csv.gz").unwrap_err();
/// assert!(error.to_string().starts_with("missing.csv.gz: cannot open"));
/// ```
#[derive(Debug)]
pub struct DatasetError {
    /// The file.
    pub file: PathBuf,
    /// The line, counting from 1, where the problem is (for a read error,
    /// the line being read); `None` for the file as a whole.
    pub line: Option<usize>,
    /// What is wrong.
    pub problem: Problem,
}

impl fmt::Display for DatasetError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.file.display())?;
        if let Some(line) = self.line {
            write!(f, ", line {line}")?;
        }
        match &self.problem {
            Problem::Open(e) => write!(f, ": cannot open: {e}"),
            Problem::Read(e) => write!(f, ": cannot read: {e}"),
            Problem::WrongCount { found } => write!(
                f,
                ": {found} values, expected {} ({PIXELS} pixels and a label)",
                PIXELS + 1
            ),
            Problem::NotANumber { column, text } => {
                write!(
                    f,
                    ": value {column}, {text:?}, is not a whole number from 0 to 255"
                )
            }
            Problem::PixelTooLarge { column, value } => write!(
                f,
                ": pixel {column} is {value}, above the largest, {MAX_PIXEL}"
            ),
            Problem::NotADigit { value } => {
                write!(f, ": the label is {value}, not a digit 0-9")
            }
            Problem::Empty => write!(f, ": no digits in the file"),
        }
    }
}

impl std::error::Error for DatasetError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match &self.problem {
            Problem::Open(e) | Problem::Read(e) => Some(e),
            _ => None,
        }
    }
}

// ANCHOR: parse_line
/// One line of the file: 64 pixels scaled to [0, 1], and the label.
fn parse_line(line: &str) -> Result<(Vec<f64>, usize), Problem> {
    let values: Vec<&str> = line.trim().split(',').collect();
    if values.len() != PIXELS + 1 {
        return Err(Problem::WrongCount {
            found: values.len(),
        });
    }
    let mut numbers = Vec::with_capacity(values.len());
    for (i, text) in values.iter().enumerate() {
        let number =
            text.trim().parse::<u8>().map_err(|_| Problem::NotANumber {
                column: i + 1,
                text: text.to_string(),
            })?;
        numbers.push(number);
    }
    let label = numbers[PIXELS];
    if let Some((i, &value)) = numbers[..PIXELS]
        .iter()
        .enumerate()
        .find(|(_, v)| **v > MAX_PIXEL)
    {
        return Err(Problem::PixelTooLarge {
            column: i + 1,
            value,
        });
    }
    if usize::from(label) >= CLASSES {
        return Err(Problem::NotADigit { value: label });
    }
    let pixels = numbers[..PIXELS]
        .iter()
        .map(|&v| f64::from(v) / f64::from(MAX_PIXEL))
        .collect();
    Ok((pixels, usize::from(label)))
}
// ANCHOR_END: parse_line

/// Reads digits from a gzip-compressed stream; `file` names it in errors.
///
/// # Errors
/// A [`DatasetError`] naming the file, the line and the problem.
///
/// ```
/// use flate2::{Compression, write::GzEncoder};
/// use std::io::Write;
///
/// let mut line = vec!["0"; 64].join(",");
/// line.push_str(",7\n");
/// let mut gz = GzEncoder::new(Vec::new(), Compression::default());
/// gz.write_all(line.as_bytes()).unwrap();
/// let bytes = gz.finish().unwrap();
///
/// let digits = training_that_works::dataset::read(&bytes[..], "one.csv.gz").unwrap();
/// assert_eq!(digits.labels(), &[7]);
/// ```
pub fn read(
    gzipped: impl Read,
    file: impl AsRef<Path>,
) -> Result<Digits, DatasetError> {
    let error = |line, problem| DatasetError {
        file: file.as_ref().to_path_buf(),
        line,
        problem,
    };
    let mut pixels = Vec::new();
    let mut labels = Vec::new();
    let lines = BufReader::new(GzDecoder::new(gzipped)).lines();
    for (i, line) in lines.enumerate() {
        let line = line.map_err(|e| error(Some(i + 1), Problem::Read(e)))?;
        if line.trim().is_empty() {
            continue;
        }
        let (image, label) =
            parse_line(&line).map_err(|p| error(Some(i + 1), p))?;
        pixels.extend(image);
        labels.push(label);
    }
    if labels.is_empty() {
        return Err(error(None, Problem::Empty));
    }
    let images = Array2::from_shape_vec((labels.len(), PIXELS), pixels)
        .expect("every line added exactly PIXELS values");
    Ok(Digits::new(images, labels))
}

/// Reads the digits in a `.csv.gz` file.
///
/// # Errors
/// A [`DatasetError`] if the file cannot be opened or read, or a line is
/// not 64 pixels from 0 to 16 and a label from 0 to 9.
///
/// ```
/// let error = training_that_works::dataset::load("no/such/file.csv.gz").unwrap_err();
/// assert_eq!(error.line, None);
/// ```
pub fn load(path: impl AsRef<Path>) -> Result<Digits, DatasetError> {
    let path = path.as_ref();
    let file = std::fs::File::open(path).map_err(|e| DatasetError {
        file: path.to_path_buf(),
        line: None,
        problem: Problem::Open(e),
    })?;
    read(file, path)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_line_is_scaled_to_the_unit_interval() {
        let mut line = vec!["16"; 64].join(",");
        line.push_str(",3");
        let (pixels, label) = parse_line(&line).unwrap();
        assert!(pixels.iter().all(|&p| p == 1.0));
        assert_eq!(label, 3);
    }

    #[test]
    #[should_panic(expected = "3 images but 2 labels")]
    fn images_and_labels_must_match() {
        Digits::new(Array2::zeros((3, 64)), vec![1, 2]);
    }
}
