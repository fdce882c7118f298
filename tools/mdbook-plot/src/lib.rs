//! The book's figures. A chapter writes
//!
//! ```text
//! {{#plot sigmoid caption="…" alt="…" x="입력 x" y="출력" series="σ(x) | σ′(x)"}}
//! ```
//!
//! on a line of its own, and this preprocessor replaces it with an inline SVG
//! figure drawn by `plotters` from the listing crates' functions: the picture
//! can never disagree with the code. Every word in it (caption, alt text,
//! axis names, legend entries, panel titles) comes from the page, so each
//! edition has its figures in its own language; the figure itself holds
//! only numbers and mathematical notation.

mod directive;
mod draw;
pub mod figures;

use std::collections::HashMap;
use std::sync::{Arc, Mutex, OnceLock};

use figure_model::Figures;
use mdbook_preprocessor::book::{Book, BookItem};
use mdbook_preprocessor::errors::{Error, Result};
use mdbook_preprocessor::{Preprocessor, PreprocessorContext};

pub use directive::{Directive, find_directives};
pub use draw::{
    Layout, NARROW, WIDE, Words, check_words, figure_html, render_svg, rendered_text_px,
};

/// Replaces every `{{#plot …}}` line of `content` with its figure, drawn
/// from `figures`.
///
/// # Errors
/// If a directive is malformed or names a figure that does not exist.
///
/// ```
/// use mdbook_plot::figures::{Axis, Chart, Figure, Figures, Ink, curve};
///
/// let mut figures = Figures::new();
/// figures.insert("line".into(), Figure::Chart(Chart {
///     x: Axis::linear(0.0, 1.0),
///     y: Axis::linear(0.0, 1.0),
///     categories: None,
///     series: vec![curve(Ink::Linear, |x| x, 0.0, 1.0)],
///     legend: None,
/// }));
/// let page = "Look:\n\n{{#plot line caption=\"A line\" alt=\"A diagonal\" x=\"x\" y=\"y\"}}\n";
/// let html = mdbook_plot::expand(page, &figures).unwrap();
/// assert!(html.contains("<figure"));
/// assert!(html.contains("<figcaption>A line</figcaption>"));
/// assert!(mdbook_plot::expand("{{#plot no_such_figure}}", &figures).is_err());
/// ```
pub fn expand(content: &str, figures: &Figures) -> Result<String> {
    let mut out = String::with_capacity(content.len());
    for line in content.split_inclusive('\n') {
        match Directive::parse_line(line) {
            Some(directive) => {
                let directive = directive.map_err(Error::msg)?;
                let figure = figures.get(&directive.name).ok_or_else(|| {
                    Error::msg(format!(
                        "no figure named `{}`; the figures are: {}",
                        directive.name,
                        figures.keys().cloned().collect::<Vec<_>>().join(", ")
                    ))
                })?;
                let html = figure_html(&directive, figure)
                    .map_err(|e| Error::msg(format!("figure `{}`: {e}", directive.name)))?;
                out.push_str(&html);
                out.push('\n');
            }
            None => out.push_str(line),
        }
    }
    Ok(out)
}

/// `page` with each figure's caption numbered, `word chapter-n: `, counting
/// from `first`.
///
/// ```
/// let page = "<figure><figcaption>A</figcaption></figure>\n<figure><figcaption>B</figcaption></figure>";
/// let numbered = mdbook_plot::number_figures(page, "Figure", "2", 3);
/// assert!(numbered.contains("<figcaption>Figure 2-3: A</figcaption>"));
/// assert!(numbered.contains("<figcaption>Figure 2-4: B</figcaption>"));
/// ```
pub fn number_figures(page: &str, word: &str, chapter: &str, first: usize) -> String {
    let mut parts = page.split("<figcaption>");
    let mut out = parts.next().unwrap_or_default().to_owned();
    for (n, part) in (first..).zip(parts) {
        out.push_str(&format!("<figcaption>{word} {chapter}-{n}: {part}"));
    }
    out
}

/// The preprocessor itself. Made with [`Plot::default`], it loads the
/// figures from the book's chapter crates on its first run ([`figures::load`]);
/// made with [`Plot::with_figures`], it draws the ones it is given. Each
/// directive is drawn once: clones share what was drawn, so a rebuild under
/// `cargo xtask serve` draws only the figures whose directive changed.
#[derive(Default, Clone)]
pub struct Plot {
    figures: Arc<OnceLock<Arc<Figures>>>,
    drawn: Arc<Mutex<HashMap<String, String>>>,
}

impl Plot {
    /// A preprocessor that draws `figures`.
    ///
    /// ```
    /// let plot = mdbook_plot::Plot::with_figures(Default::default());
    /// # let _ = plot;
    /// ```
    pub fn with_figures(figures: Arc<Figures>) -> Plot {
        Plot {
            figures: Arc::new(OnceLock::from(figures)),
            drawn: Arc::default(),
        }
    }

    /// A page with its figures drawn, those drawn before taken as they were.
    fn expand(&self, content: &str, figures: &Figures) -> Result<String> {
        let mut out = String::with_capacity(content.len());
        for line in content.split_inclusive('\n') {
            if Directive::parse_line(line).is_none() {
                out.push_str(line);
                continue;
            }
            let known = self.lock().get(line).cloned();
            let html = match known {
                Some(html) => html,
                None => {
                    let html = expand(line, figures)?;
                    self.lock().insert(line.to_owned(), html.clone());
                    html
                }
            };
            out.push_str(&html);
        }
        Ok(out)
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, HashMap<String, String>> {
        // Entries are inserted whole, so a panic elsewhere leaves none half
        // written.
        self.drawn.lock().unwrap_or_else(|e| e.into_inner())
    }

    fn figures(&self, root: &std::path::Path) -> Result<&Figures> {
        if let Some(figures) = self.figures.get() {
            return Ok(figures);
        }
        let loaded = figures::load(root).map_err(Error::msg)?;
        Ok(self.figures.get_or_init(|| Arc::new(loaded)))
    }
}

impl Preprocessor for Plot {
    fn name(&self) -> &str {
        "plot"
    }

    fn run(&self, ctx: &PreprocessorContext, mut book: Book) -> Result<Book> {
        let figures = self.figures(&ctx.root)?;
        let editions = preprocessor_cli::editions(ctx)?;
        let word = book_editions::current(&editions, ctx.config.book.language.as_deref())
            .labels
            .figure
            .clone();
        // Figures are numbered within a chapter's folder in reading order
        // (`book.iter()` visits a chapter before its sections), as listings
        // are: each page's first number, then the pages drawn in place.
        let mut counts: HashMap<String, usize> = HashMap::new();
        let mut first = HashMap::new();
        for item in book.iter() {
            if let BookItem::Chapter(chapter) = item
                && let Some(path) = &chapter.path
                && let Some(label) = preprocessor_cli::chapter_label(path)
            {
                let count = counts.entry(label.clone()).or_insert(0);
                first.insert(path.clone(), (label, *count + 1));
                *count += chapter
                    .content
                    .lines()
                    .filter(|l| Directive::parse_line(l).is_some())
                    .count();
            }
        }
        let mut result = Ok(());
        book.for_each_mut(|item| {
            if let BookItem::Chapter(chapter) = item {
                if result.is_err() {
                    return;
                }
                match self.expand(&chapter.content, figures) {
                    Ok(content) => {
                        let start = chapter.path.as_ref().and_then(|p| first.get(p));
                        chapter.content = match start {
                            Some((label, n)) => number_figures(&content, &word, label, *n),
                            None => content,
                        };
                    }
                    Err(error) => {
                        let page = chapter.path.as_ref().map(|p| p.display().to_string());
                        result = Err(error.context(format!("in {}", page.unwrap_or_default())));
                    }
                }
            }
        });
        result.map(|()| book)
    }

    fn supports_renderer(&self, renderer: &str) -> Result<bool> {
        Ok(renderer == "html")
    }
}
