//! Saving a trained network to a text file and reading it back, bit for
//! bit.
//!
//! The file is plain text a person can read:
//!
//! ```text
//! reading-digits network 1
//! activation relu
//! w1 64 64
//! 0.0123 -0.0456 …   (64 lines of 64 numbers)
//! b1 64
//! …
//! w2 64 10
//! …
//! b2 10
//! …
//! ```
//!
//! Each number is written the way Rust prints an `f64`: the shortest
//! decimal that reads back as exactly the same bits, so loading what was
//! saved gives the very same network.

use std::fmt;
use std::fs::File;
use std::io::{self, BufRead, BufReader, Read, Write};
use std::path::{Path, PathBuf};

use ndarray::{Array1, Array2, ArrayView2};

use crate::activation::Activation;
use crate::network::Network;

/// The first line of every file this module writes.
const HEADER: &str = "reading-digits network 1";

impl Network {
    /// Saves the network to `path` in this module's text format.
    ///
    /// # Errors
    /// If the file cannot be created or written.
    ///
    /// ```
    /// use reading_digits::{Activation, Network, seeded};
    ///
    /// let network = Network::new(64, 8, 10, Activation::Relu, &mut seeded(1));
    /// let path = std::env::temp_dir().join("reading-digits-doc-save.txt");
    /// network.save(&path)?;
    /// assert_eq!(Network::load(&path)?, network);
    /// # std::fs::remove_file(&path)?;
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn save(&self, path: impl AsRef<Path>) -> io::Result<()> {
        let mut file = io::BufWriter::new(File::create(path)?);
        write_network(self, &mut file)?;
        file.flush()
    }

    /// Loads a network that [`Network::save`] wrote.
    ///
    /// # Errors
    /// A [`NetworkFileError`] naming the file, the line and the problem: a
    /// file that is missing, not a saved network, cut short, or holds a
    /// number that does not parse or arrays that do not fit together.
    ///
    /// ```
    /// use reading_digits::Network;
    /// use reading_digits::saving::Problem;
    ///
    /// let error = Network::load("no-such-network.txt").unwrap_err();
    /// assert!(matches!(error.problem, Problem::Open(_)));
    /// ```
    pub fn load(path: impl AsRef<Path>) -> Result<Network, NetworkFileError> {
        let path = path.as_ref();
        let file = File::open(path).map_err(|e| NetworkFileError {
            file: path.to_path_buf(),
            line: None,
            problem: Problem::Open(e),
        })?;
        read_network(file, path)
    }
}

/// Writes `network` to `out` in this module's text format.
///
/// # Errors
/// If `out` fails to take the text.
///
/// ```
/// use reading_digits::saving::write_network;
/// use reading_digits::{Activation, Network, seeded};
///
/// let network = Network::new(4, 3, 2, Activation::Tanh, &mut seeded(1));
/// let mut text = Vec::new();
/// write_network(&network, &mut text)?;
/// let text = String::from_utf8(text)?;
/// assert!(text.starts_with("reading-digits network 1\nactivation tanh\nw1 4 3\n"));
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
pub fn write_network(network: &Network, mut out: impl Write) -> io::Result<()> {
    writeln!(out, "{HEADER}")?;
    writeln!(out, "activation {}", network.activation())?;
    write_matrix(&mut out, "w1", network.w1())?;
    write_vector(&mut out, "b1", network.b1().iter())?;
    write_matrix(&mut out, "w2", network.w2())?;
    write_vector(&mut out, "b2", network.b2().iter())
}

fn write_matrix(
    out: &mut impl Write,
    name: &str,
    matrix: ArrayView2<f64>,
) -> io::Result<()> {
    writeln!(out, "{name} {} {}", matrix.nrows(), matrix.ncols())?;
    for row in matrix.rows() {
        write_numbers(out, row.iter())?;
    }
    Ok(())
}

fn write_vector<'a>(
    out: &mut impl Write,
    name: &str,
    values: impl ExactSizeIterator<Item = &'a f64>,
) -> io::Result<()> {
    writeln!(out, "{name} {}", values.len())?;
    write_numbers(out, values)
}

/// One line of numbers. `{}` prints an `f64` as the shortest decimal
/// that parses back to the same bits (`NaN`, `inf` and `-0` included).
fn write_numbers<'a>(
    out: &mut impl Write,
    values: impl Iterator<Item = &'a f64>,
) -> io::Result<()> {
    let words: Vec<String> = values.map(|v| v.to_string()).collect();
    writeln!(out, "{}", words.join(" "))
}

/// Reads a network that [`write_network`] wrote; `file` names the source
/// in errors.
///
/// # Errors
/// As [`Network::load`].
///
/// ```
/// use reading_digits::saving::{Problem, read_network, write_network};
/// use reading_digits::{Activation, Network, seeded};
///
/// let network = Network::new(4, 3, 2, Activation::Relu, &mut seeded(1));
/// let mut text = Vec::new();
/// write_network(&network, &mut text)?;
/// assert_eq!(read_network(&text[..], "memory")?, network);
///
/// let cut = &text[..text.len() / 2];
/// let error = read_network(cut, "memory").unwrap_err();
/// assert!(matches!(error.problem, Problem::CutShort));
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
pub fn read_network(
    source: impl Read,
    file: impl AsRef<Path>,
) -> Result<Network, NetworkFileError> {
    let mut lines = Lines {
        inner: BufReader::new(source).lines(),
        number: 0,
    };
    read_all(&mut lines).map_err(|problem| NetworkFileError {
        file: file.as_ref().to_path_buf(),
        // Arrays that do not fit together are no one line's fault.
        line: (!matches!(problem, Problem::Shapes)).then_some(lines.number),
        problem,
    })
}

/// The lines of the file, counted from 1 for the error messages.
struct Lines<B> {
    inner: io::Lines<B>,
    number: usize,
}

impl<B: BufRead> Lines<B> {
    fn next(&mut self) -> Result<String, Problem> {
        self.number += 1;
        match self.inner.next() {
            Some(Ok(line)) => Ok(line),
            Some(Err(e)) => Err(Problem::Read(e)),
            None => Err(Problem::CutShort),
        }
    }
}

fn read_all(lines: &mut Lines<impl BufRead>) -> Result<Network, Problem> {
    if lines.next()? != HEADER {
        return Err(Problem::NotANetwork);
    }
    let activation = lines.next()?;
    let activation = activation
        .strip_prefix("activation ")
        .ok_or(Problem::Expected("activation <name>"))?
        .parse::<Activation>()
        .map_err(|e| Problem::Activation(e.0))?;
    let w1 = read_matrix(lines, "w1")?;
    let b1 = read_vector(lines, "b1")?;
    let w2 = read_matrix(lines, "w2")?;
    let b2 = read_vector(lines, "b2")?;
    if b1.len() != w1.ncols()
        || w2.nrows() != w1.ncols()
        || b2.len() != w2.ncols()
    {
        return Err(Problem::Shapes);
    }
    Ok(Network::from_parameters(w1, b1, w2, b2, activation))
}

/// The sizes on a line like `w1 64 64`.
fn sizes(line: &str, name: &str, count: usize) -> Result<Vec<usize>, Problem> {
    let mut words = line.split(' ');
    let expected = if count == 2 {
        "w1/w2 <rows> <columns>"
    } else {
        "b1/b2 <length>"
    };
    if words.next() != Some(name) {
        return Err(Problem::Expected(expected));
    }
    let sizes: Vec<usize> = words
        .map(|w| w.parse().map_err(|_| Problem::Expected(expected)))
        .collect::<Result<_, _>>()?;
    if sizes.len() != count || sizes.contains(&0) {
        return Err(Problem::Expected(expected));
    }
    Ok(sizes)
}

fn read_numbers(
    lines: &mut Lines<impl BufRead>,
    count: usize,
) -> Result<Vec<f64>, Problem> {
    let line = lines.next()?;
    let numbers: Vec<f64> = line
        .split(' ')
        .map(|word| {
            word.parse::<f64>()
                .map_err(|_| Problem::NotANumber(word.to_owned()))
        })
        .collect::<Result<_, _>>()?;
    if numbers.len() != count {
        return Err(Problem::WrongCount {
            found: numbers.len(),
            expected: count,
        });
    }
    Ok(numbers)
}

fn read_matrix(
    lines: &mut Lines<impl BufRead>,
    name: &str,
) -> Result<Array2<f64>, Problem> {
    let sizes = sizes(&lines.next()?, name, 2)?;
    let (rows, columns) = (sizes[0], sizes[1]);
    let mut values = Vec::with_capacity(rows * columns);
    for _ in 0..rows {
        values.extend(read_numbers(lines, columns)?);
    }
    // `rows × columns` values were just read, so the shape fits.
    Ok(Array2::from_shape_vec((rows, columns), values)
        .expect("rows × columns values"))
}

fn read_vector(
    lines: &mut Lines<impl BufRead>,
    name: &str,
) -> Result<Array1<f64>, Problem> {
    let length = sizes(&lines.next()?, name, 1)?[0];
    Ok(Array1::from(read_numbers(lines, length)?))
}

/// What is wrong with a saved network.
///
/// ```
/// use reading_digits::saving::{Problem, read_network};
///
/// let text = "reading-digits network 1\nactivation relu\nw1 1 1\n0.5\n";
/// let error = read_network(text.as_bytes(), "short.txt").unwrap_err();
/// assert!(matches!(error.problem, Problem::CutShort));
/// assert_eq!(error.line, Some(5));
/// ```
#[derive(Debug)]
pub enum Problem {
    /// The file could not be opened.
    Open(io::Error),
    /// Reading it failed part way.
    Read(io::Error),
    /// The first line is not the format's header.
    NotANetwork,
    /// The file ends before the network does.
    CutShort,
    /// A line is not what the format has there.
    Expected(&'static str),
    /// The activation's name is not one of the three.
    Activation(String),
    /// A word where a number should be.
    NotANumber(String),
    /// A line with the wrong number of numbers.
    WrongCount {
        /// How many the line holds.
        found: usize,
        /// How many the array's size says.
        expected: usize,
    },
    /// The arrays do not fit together into one network.
    Shapes,
}

/// A saved network that could not be read: which file, which line, what.
///
/// ```
/// use reading_digits::saving::read_network;
///
/// let error = read_network(&b"a shopping list\n"[..], "list.txt").unwrap_err();
/// assert_eq!(error.to_string(), "list.txt, line 1: not a saved network");
/// ```
#[derive(Debug)]
pub struct NetworkFileError {
    /// The file.
    pub file: PathBuf,
    /// The line, counted from 1, if the problem is on one.
    pub line: Option<usize>,
    /// What went wrong.
    pub problem: Problem,
}

impl fmt::Display for NetworkFileError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.file.display())?;
        if let Some(line) = self.line {
            write!(f, ", line {line}")?;
        }
        match &self.problem {
            Problem::Open(e) => write!(f, ": cannot open: {e}"),
            Problem::Read(e) => write!(f, ": cannot read: {e}"),
            Problem::NotANetwork => write!(f, ": not a saved network"),
            Problem::CutShort => {
                write!(f, ": the file ends before the network does")
            }
            Problem::Expected(what) => write!(f, ": expected {what}"),
            Problem::Activation(name) => {
                write!(
                    f,
                    ": {name:?} is not an activation: relu, sigmoid or tanh"
                )
            }
            Problem::NotANumber(word) => {
                write!(f, ": {word:?} is not a number")
            }
            Problem::WrongCount { found, expected } => {
                write!(f, ": {found} numbers, expected {expected}")
            }
            Problem::Shapes => write!(f, ": the arrays do not fit together"),
        }
    }
}

impl std::error::Error for NetworkFileError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match &self.problem {
            Problem::Open(e) | Problem::Read(e) => Some(e),
            _ => None,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::random::seeded;

    fn round_trip(network: &Network) -> Network {
        let mut text = Vec::new();
        write_network(network, &mut text).unwrap();
        read_network(&text[..], "memory").unwrap()
    }

    #[test]
    fn every_parameter_comes_back_with_the_same_bits() {
        let mut network =
            Network::new(64, 16, 10, Activation::Sigmoid, &mut seeded(5));
        // Values whose decimals are awkward, and the special ones.
        let [w1, b1, _, b2] = network.parameters_mut();
        w1[0] = 0.1 + 0.2;
        w1[1] = f64::MIN_POSITIVE / 3.0;
        w1[2] = -0.0;
        b1[0] = f64::MAX;
        b2[0] = f64::NEG_INFINITY;
        b2[1] = f64::NAN;
        let mut back = round_trip(&network);
        let bits = |n: &mut Network| -> Vec<u64> {
            n.parameters_mut()
                .iter()
                .flat_map(|p| p.iter().map(|v| v.to_bits()))
                .collect()
        };
        assert_eq!(bits(&mut back), bits(&mut network));
        assert_eq!(back.activation(), Activation::Sigmoid);
    }

    #[test]
    fn a_damaged_file_names_its_line() {
        let network = Network::new(4, 3, 2, Activation::Relu, &mut seeded(1));
        let mut text = Vec::new();
        write_network(&network, &mut text).unwrap();
        let text = String::from_utf8(text).unwrap();
        let mut lines: Vec<&str> = text.lines().collect();
        lines[4] = "0.5 x 0.25";
        let error =
            read_network(lines.join("\n").as_bytes(), "n.txt").unwrap_err();
        assert_eq!(error.to_string(), "n.txt, line 5: \"x\" is not a number");
        lines[4] = "0.5";
        let error =
            read_network(lines.join("\n").as_bytes(), "n.txt").unwrap_err();
        assert_eq!(error.to_string(), "n.txt, line 5: 1 numbers, expected 3");
        lines[1] = "activation softplus";
        let error =
            read_network(lines.join("\n").as_bytes(), "n.txt").unwrap_err();
        assert_eq!(
            error.to_string(),
            "n.txt, line 2: \"softplus\" is not an activation: relu, sigmoid or tanh"
        );
    }

    #[test]
    fn arrays_that_do_not_fit_are_refused() {
        let text = "reading-digits network 1\nactivation relu\nw1 1 2\n1 2\nb1 1\n0\nw2 2 1\n1\n1\nb2 1\n0\n";
        let error = read_network(text.as_bytes(), "n.txt").unwrap_err();
        assert!(matches!(error.problem, Problem::Shapes), "{error}");
    }
}
