//! The book's figures, as its chapters compute them. Each chapter's crate
//! in `tools/chapters/<folder>/` (package `chapter-<folder>`) calls its
//! listing's functions and prints its figures as JSON; [`load`] builds those
//! crates, runs them and gathers what they print. A chapter adds figures by
//! adding them to its own crate's table; nothing here names a chapter.

use std::path::{Path, PathBuf};
use std::process::Command;

pub use figure_model::*;

/// The chapter crates of the book at `root`, as `(folder, package)`, sorted.
///
/// # Errors
/// If `tools/chapters/` cannot be read.
///
/// ```
/// let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");
/// let chapters = mdbook_plot::figures::chapter_crates(&root).unwrap();
/// assert!(chapters.contains(&("ch02".to_owned(), "chapter-ch02".to_owned())));
/// ```
pub fn chapter_crates(root: &Path) -> Result<Vec<(String, String)>, String> {
    let dir = root.join("tools").join("chapters");
    let entries = std::fs::read_dir(&dir).map_err(|e| format!("{}: {e}", dir.display()))?;
    let mut found: Vec<(String, String)> = entries
        .flatten()
        .filter(|e| e.path().join("Cargo.toml").is_file())
        .filter_map(|e| e.file_name().to_str().map(str::to_owned))
        .map(|folder| {
            let package = format!("chapter-{folder}");
            (folder, package)
        })
        .collect();
    found.sort();
    Ok(found)
}

/// Builds the chapter crates of the book at `root` (quick when nothing
/// changed), runs each, and returns every figure they print.
///
/// # Errors
/// If a crate does not build, a chapter's program fails, or two chapters
/// name a figure alike.
pub fn load(root: &Path) -> Result<Figures, String> {
    load_building_in(root, None)
}

/// As [`load`], with cargo building in `target` (another workspace's
/// `target/`, to reuse what it built) instead of the book's own.
///
/// # Errors
/// As [`load`].
pub fn load_building_in(root: &Path, target: Option<&Path>) -> Result<Figures, String> {
    let mut figures = Figures::new();
    for program in build_chapters(root, target)?.programs {
        let output = Command::new(&program)
            .current_dir(root)
            .output()
            .map_err(|e| format!("{}: {e}", program.display()))?;
        if !output.status.success() {
            return Err(format!(
                "{} failed:\n{}",
                program.display(),
                String::from_utf8_lossy(&output.stderr)
            ));
        }
        let chapter: Figures = serde_json::from_slice(&output.stdout)
            .map_err(|e| format!("{} printed no figures: {e}", program.display()))?;
        for (name, figure) in chapter {
            if figures.insert(name.clone(), figure).is_some() {
                return Err(format!("two chapters have a figure called {name}"));
            }
        }
    }
    Ok(figures)
}

/// What building the chapter crates made.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Chapters {
    /// Each chapter's program, which prints its figures.
    pub programs: Vec<PathBuf>,
    /// Every library built on the way: the listings and what they use.
    pub libraries: Vec<PathBuf>,
}

/// Builds every chapter crate of the book at `root` (in `target`, if
/// given) and says what it made.
///
/// # Errors
/// If cargo cannot be started or a crate does not build.
pub fn build_chapters(root: &Path, target: Option<&Path>) -> Result<Chapters, String> {
    let cargo = std::env::var_os("CARGO").unwrap_or_else(|| "cargo".into());
    let mut command = Command::new(cargo);
    if let Some(target) = target {
        command.env("CARGO_TARGET_DIR", target);
    }
    command.current_dir(root).args([
        "build",
        "--quiet",
        "--message-format=json-render-diagnostics",
    ]);
    for (_, package) in chapter_crates(root)? {
        command.args(["--package", &package]);
    }
    let output = command
        .stderr(std::process::Stdio::inherit())
        .output()
        .map_err(|e| format!("could not start cargo: {e}"))?;
    if !output.status.success() {
        return Err("the chapters' crates do not build".to_owned());
    }
    let mut chapters = Chapters::default();
    for line in String::from_utf8_lossy(&output.stdout).lines() {
        let Ok(message) = serde_json::from_str::<serde_json::Value>(line) else {
            continue;
        };
        if message["reason"] != "compiler-artifact" {
            continue;
        }
        if let Some(program) = message["executable"].as_str() {
            chapters.programs.push(PathBuf::from(program));
        }
        let files = message["filenames"].as_array().into_iter().flatten();
        chapters.libraries.extend(
            files
                .filter_map(|f| f.as_str())
                .filter(|f| f.ends_with(".rlib"))
                .map(PathBuf::from),
        );
    }
    chapters.programs.sort();
    chapters.libraries.sort();
    Ok(chapters)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn charts(figure: &Figure) -> Vec<&Chart> {
        match figure {
            Figure::Chart(chart) => vec![chart],
            Figure::Panels(panels) => panels.charts.iter().collect(),
            Figure::Diagram(_) | Figure::Digits(_) | Figure::Pad(_) | Figure::Matrix(_) => {
                Vec::new()
            }
        }
    }

    #[test]
    fn every_point_is_inside_its_window_and_no_curve_ends_in_a_corner() {
        let figures = crate::draw::tests::all_figures();
        assert!(figures.len() >= 20, "only {} figures", figures.len());
        for (name, figure) in figures {
            for chart in charts(figure) {
                let (x0, x1) = chart.x.range;
                let (y0, y1) = chart.y.range;
                for series in &chart.series {
                    // A point that is not finite lifts a line's pen: a break,
                    // not a point.
                    let points: Vec<(f64, f64)> = series
                        .points
                        .iter()
                        .copied()
                        .filter(|&(x, y)| x.is_finite() && y.is_finite())
                        .collect();
                    for &(x, y) in &points {
                        let x_inside = chart.categories.is_some() || (x0 <= x && x <= x1);
                        assert!(x_inside && y0 <= y && y <= y1, "{name}: ({x}, {y})");
                    }
                    if let (Mark::Line(_) | Mark::MeasuredLine(_), Some(&(x, y))) =
                        (series.mark, points.last())
                    {
                        let corner = (x == x0 || x == x1) && (y == y0 || y == y1);
                        assert!(!corner, "{name}: a curve ends in the corner ({x}, {y})");
                    }
                }
            }
        }
    }
}
