//! The book's formulas, rendered at build time. A page writes TeX between
//! dollar signs, `$\sigma(x)$` inline or `$$ … $$` on lines of their own,
//! and this preprocessor replaces each with the HTML KaTeX makes of it, so
//! that a reader's browser runs no script for them and loads nothing from
//! another host (the stylesheet and fonts are the book's own, in `theme/`).
//!
//! Formulas are found by pulldown-cmark with its math extension, the parser
//! mdBook renders the page with: what is code to mdBook (a block, a span) is
//! never a formula here. KaTeX runs in an embedded JavaScript engine, which
//! takes a while to start and a little for every formula, so each formula is
//! rendered once per process and kept: a rebuild while `cargo xtask serve`
//! runs renders only the formulas that are new.

use std::collections::HashMap;
use std::ops::Range;
use std::sync::{Arc, Mutex};

use mdbook_preprocessor::book::{Book, BookItem};
use mdbook_preprocessor::errors::{Error, Result};
use mdbook_preprocessor::{Preprocessor, PreprocessorContext};
use pulldown_cmark::{Event, Options, Parser};

/// Inline (`$…$`) or display (`$$…$$`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Mode {
    /// Within a line of text.
    Inline,
    /// A formula on its own, centred.
    Display,
}

/// One formula of a page: where it is (delimiters included) and its TeX.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Formula {
    /// The byte range of the formula, dollar signs included.
    pub range: Range<usize>,
    /// The TeX between the dollar signs.
    pub tex: String,
    /// Inline or display.
    pub mode: Mode,
}

/// Every formula of a Markdown page, in order.
///
/// ```
/// use mdbook_math::{Mode, formulas};
///
/// let page = "Area $\\pi r^2$, and `$not math$`:\n\n$$\ne^{i\\pi} + 1 = 0\n$$\n";
/// let found = formulas(page);
/// assert_eq!(found.len(), 2);
/// assert_eq!((found[0].tex.as_str(), found[0].mode), ("\\pi r^2", Mode::Inline));
/// assert_eq!(&page[found[1].range.clone()], "$$\ne^{i\\pi} + 1 = 0\n$$");
/// ```
pub fn formulas(page: &str) -> Vec<Formula> {
    Parser::new_ext(page, options())
        .into_offset_iter()
        .filter_map(|(event, range)| match event {
            Event::InlineMath(tex) => Some(Formula {
                range,
                tex: tex.into_string(),
                mode: Mode::Inline,
            }),
            Event::DisplayMath(tex) => Some(Formula {
                range,
                tex: tex.into_string(),
                mode: Mode::Display,
            }),
            _ => None,
        })
        .collect()
}

/// mdBook's Markdown options, with math.
fn options() -> Options {
    Options::ENABLE_TABLES
        | Options::ENABLE_FOOTNOTES
        | Options::ENABLE_STRIKETHROUGH
        | Options::ENABLE_TASKLISTS
        | Options::ENABLE_HEADING_ATTRIBUTES
        | Options::ENABLE_DEFINITION_LIST
        | Options::ENABLE_GFM
        | Options::ENABLE_MATH
}

/// KaTeX's options for a formula: HTML to be seen and MathML to be read
/// (KaTeX hides the HTML from assistive technology and the MathML from
/// the eye, so a screen reader speaks the formula as mathematics), and an
/// error for TeX it cannot read instead of red text on the page.
fn katex_options(mode: Mode) -> katex::Opts {
    katex::Opts::builder()
        .output_type(katex::OutputType::HtmlAndMathml)
        .leqno(false)
        .fleqn(false)
        .throw_on_error(true)
        .error_color("#cc0000".to_owned())
        .macros(HashMap::new())
        .min_rule_thickness(-1.0)
        .max_size(f64::INFINITY)
        .max_expand(1000)
        .trust(false)
        .display_mode(mode == Mode::Display)
        .build()
        .expect("every option is set")
}

/// KaTeX's HTML for one formula, on one line (a line break inside it would
/// end the paragraph around an inline formula).
///
/// # Errors
/// KaTeX's message, if it cannot read the TeX.
///
/// ```
/// use mdbook_math::{Mode, render};
///
/// let html = render("x^2", Mode::Inline).unwrap();
/// assert!(html.starts_with("<span class=\"katex\">") && !html.contains('\n'));
/// // Drawn for the eye, and written as MathML for a screen reader.
/// assert!(html.contains("<span class=\"katex-html\" aria-hidden=\"true\">"));
/// assert!(html.contains("<math xmlns=\"http://www.w3.org/1998/Math/MathML\">"));
/// assert!(render("\\notacommand", Mode::Display).is_err());
/// ```
pub fn render(tex: &str, mode: Mode) -> std::result::Result<String, String> {
    let tex = match mode {
        Mode::Inline => keep_brackets_whole(tex),
        Mode::Display => tex.to_owned(),
    };
    katex::render_with_opts(&tex, katex_options(mode))
        .map(|html| markdown_safe(&html.replace('\n', " ")))
        .map_err(|e| e.to_string())
}

/// The HTML with each character that means something to Markdown written
/// as a character reference in its text (tags are left as they are). The
/// formula goes back into the page's Markdown, which mdBook parses again,
/// and the text inside inline HTML is Markdown to it: the MathML's copy of
/// the TeX (`a_1 * b_1`) would become emphasis, and its quotes curly.
///
/// ```
/// use mdbook_math::markdown_safe;
///
/// assert_eq!(
///     markdown_safe(r#"<mi class="a_b">x</mi><annotation>a_1 * b_1</annotation>"#),
///     r#"<mi class="a_b">x</mi><annotation>a&#95;1 &#42; b&#95;1</annotation>"#
/// );
/// assert_eq!(markdown_safe("<mo>&#x27;</mo><mi>f'</mi>"), "<mo>&#x27;</mo><mi>f&#39;</mi>");
/// ```
pub fn markdown_safe(html: &str) -> String {
    let mut out = String::with_capacity(html.len());
    // Inside a tag, or a character reference KaTeX wrote (`&#x27;`).
    let (mut in_tag, mut in_reference) = (false, false);
    for c in html.chars() {
        match c {
            '<' => in_tag = true,
            '>' => in_tag = false,
            '&' if !in_tag => in_reference = true,
            ';' => in_reference = false,
            _ => {}
        }
        if !in_tag && !in_reference && "\\`*_[]{}$~^|'\"-!#".contains(c) {
            out.push_str(&format!("&#{};", u32::from(c)));
        } else {
            out.push(c);
        }
    }
    out
}

/// The TeX with what is inside each bracket at its top level (`(…)`,
/// `[…]`, an interval such as `[0, 1)`, or an absolute value's `|…|`)
/// made a group of its own, so
/// that an inline formula breaks across lines only outside brackets: KaTeX
/// lets a line break after a relation or an operator at a formula's top
/// level, which split `(1 + e^{-x})^{-1}` after its `+`. Brackets sized by a command
/// (`\left(`, `\bigl[`) are kept whole by KaTeX already and are left
/// alone; so is what follows a bracket that is never closed.
///
/// ```
/// use mdbook_math::keep_brackets_whole;
///
/// assert_eq!(keep_brackets_whole("(1 + e^{-x})^{-1}"), "({1 + e^{-x}})^{-1}");
/// assert_eq!(keep_brackets_whole("f(u + v) = f(u) + f(v)"), "f({u + v}) = f({u}) + f({v})");
/// assert_eq!(keep_brackets_whole("x \\in [0, 1)"), "x \\in [{0, 1})");
/// assert_eq!(keep_brackets_whole("\\left(a + b\\right)"), "\\left(a + b\\right)");
/// assert_eq!(keep_brackets_whole("((a + b) c"), "((a + b) c");
/// assert_eq!(keep_brackets_whole("|y_k - t_k| + 1"), "|{y_k - t_k}| + 1");
/// assert_eq!(keep_brackets_whole("P(a | b) = 1"), "P({a | b}) = 1");
/// ```
pub fn keep_brackets_whole(tex: &str) -> String {
    const SIZED_DELIMITERS: [&str; 15] = [
        "left", "right", "middle", "big", "Big", "bigg", "Bigg", "bigl", "bigr", "Bigl", "Bigr",
        "biggl", "biggr", "Biggl", "Biggr",
    ];
    // Where each top-level bracket opens and where it closes, in bytes.
    let mut pairs = Vec::new();
    let mut open: Vec<(usize, char)> = Vec::new();
    let mut braces = 0usize;
    let mut after_command = false;
    let mut chars = tex.char_indices().peekable();
    while let Some((at, c)) = chars.next() {
        let sized = std::mem::take(&mut after_command);
        match c {
            '\\' => {
                // A command's name is its letters, or one other character
                // (`\{`, `\,`): either way it is not a bracket of ours.
                let mut name = String::new();
                while let Some(&(_, next)) = chars.peek() {
                    if !next.is_ascii_alphabetic() {
                        break;
                    }
                    name.push(next);
                    chars.next();
                }
                if name.is_empty() {
                    chars.next();
                }
                after_command = SIZED_DELIMITERS.contains(&name.as_str());
            }
            '{' => braces += 1,
            '}' => braces = braces.saturating_sub(1),
            '(' | '[' if braces == 0 && !sized => open.push((at, c)),
            ')' | ']' if braces == 0 && !sized => {
                if let Some((start, _)) = open.pop()
                    && open.is_empty()
                {
                    pairs.push((start, at + 1));
                }
            }
            // An absolute value's bars pair up at the top level or inside
            // another pair of bars; inside brackets (`P(a | b)`) a bar is
            // kept whole by the brackets already.
            '|' if braces == 0 && !sized => match open.last() {
                Some(&(start, '|')) => {
                    open.pop();
                    if open.is_empty() {
                        pairs.push((start, at + 1));
                    }
                }
                None => open.push((at, '|')),
                Some(_) => {}
            },
            c if c.is_whitespace() => after_command = sized,
            _ => {}
        }
    }
    // The brackets stay outside the group, so that they keep their spacing
    // (`\log(x)` has no space before its bracket; `\log{(x)}` would).
    let mut out = String::with_capacity(tex.len() + 2 * pairs.len());
    let mut done = 0;
    for (start, end) in pairs {
        out.push_str(&tex[done..=start]);
        out.push('{');
        out.push_str(&tex[start + 1..end - 1]);
        out.push('}');
        done = end - 1;
    }
    out.push_str(&tex[done..]);
    out
}

/// The longest formula, in characters drawn, that is kept whole with what
/// follows it: about 10 em at KaTeX's size, half of a phone's column at
/// most (`a^2 = 6/(n_\text{in} + n_\text{out})` is 15).
const JOINED_LENGTH: usize = 16;

/// How many characters KaTeX's HTML draws (its MathML copy and its tags
/// left out; a character reference counts once).
///
/// ```
/// let html = mdbook_math::render("x^2 + 1", mdbook_math::Mode::Inline).unwrap();
/// // x, 2, + and 1: KaTeX's spacing is drawn by boxes, not characters.
/// assert_eq!(mdbook_math::drawn_length(&html), 4);
/// ```
pub fn drawn_length(html: &str) -> usize {
    let drawn = html
        .find(r#"<span class="katex-html""#)
        .map_or(html, |at| &html[at..]);
    let (mut in_tag, mut in_reference, mut count) = (false, false, 0);
    for c in drawn.chars() {
        match c {
            '<' => in_tag = true,
            '>' => in_tag = false,
            '&' if !in_tag => {
                in_reference = true;
                count += 1;
            }
            ';' if in_reference => in_reference = false,
            _ if in_tag || in_reference || c == '\u{200b}' => {}
            _ => count += 1,
        }
    }
    count
}

/// U+2060: no line break on either side, and nothing to see.
pub const WORD_JOINER: char = '\u{2060}';

/// Rendered formulas, kept for the life of the process.
type Cache = HashMap<(Mode, String), String>;

/// The preprocessor, named `katex` as its table in `book.toml` is. Clones
/// share one store of rendered formulas.
#[derive(Debug, Clone, Default)]
pub struct Math {
    rendered: Arc<Mutex<Cache>>,
}

impl Math {
    /// The page with every formula replaced by its HTML.
    ///
    /// # Errors
    /// Naming the first formula KaTeX cannot read.
    ///
    /// ```
    /// let math = mdbook_math::Math::default();
    /// let html = math.expand("Euler: $e^{i\\pi} = -1$.").unwrap();
    /// // What follows a formula stays on its line: `.` here, a particle in Korean.
    /// assert!(html.starts_with("Euler: <span class=\"katex joined\">"));
    /// assert!(html.ends_with("</span>\u{2060}."));
    /// assert!(math.expand("$x$ and $y$").unwrap().contains("</span> and "));
    /// ```
    pub fn expand(&self, page: &str) -> std::result::Result<String, String> {
        let found = formulas(page);
        let mut out = String::with_capacity(page.len() * 2);
        let mut done = 0;
        for formula in found {
            out.push_str(&page[done..formula.range.start]);
            let html = self.rendered(&formula)?;
            done = formula.range.end;
            // What follows an inline formula without a space (a Korean
            // particle, a comma, a full stop) stays on the formula's line.
            // Chromium breaks after KaTeX's last box whenever the formula
            // may break inside (a word joiner does not stop it), so a short
            // such formula is marked `joined` and kept whole (book.css); a
            // long one must still break inside to fit a phone's column.
            // The word joiner says the same to other browsers.
            let next = page[done..].chars().next();
            if formula.mode == Mode::Inline && next.is_some_and(|c| !c.is_whitespace()) {
                if drawn_length(&html) > JOINED_LENGTH {
                    out.push_str(&html);
                    out.push(WORD_JOINER);
                    continue;
                }
                out.push_str(&html.replacen(
                    r#"<span class="katex">"#,
                    r#"<span class="katex joined">"#,
                    1,
                ));
                out.push(WORD_JOINER);
            } else {
                out.push_str(&html);
            }
        }
        out.push_str(&page[done..]);
        Ok(out)
    }

    /// One formula's HTML, rendered now or earlier.
    fn rendered(&self, formula: &Formula) -> std::result::Result<String, String> {
        let key = (formula.mode, formula.tex.clone());
        if let Some(html) = self.lock().get(&key) {
            return Ok(html.clone());
        }
        let html = render(&formula.tex, formula.mode)
            .map_err(|e| format!("the formula `{}`: {e}", formula.tex.trim()))?;
        self.lock().insert(key, html.clone());
        Ok(html)
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, Cache> {
        // A panic elsewhere cannot leave the map half-written: entries are
        // inserted whole.
        self.rendered.lock().unwrap_or_else(|e| e.into_inner())
    }
}

impl Preprocessor for Math {
    fn name(&self) -> &str {
        "katex"
    }

    fn run(&self, _ctx: &PreprocessorContext, mut book: Book) -> Result<Book> {
        let mut result = Ok(());
        book.for_each_mut(|item| {
            let BookItem::Chapter(chapter) = item else {
                return;
            };
            if result.is_err() {
                return;
            }
            match self.expand(&chapter.content) {
                Ok(content) => chapter.content = content,
                Err(error) => {
                    let page = chapter.path.as_ref().map(|p| p.display().to_string());
                    result = Err(Error::msg(format!("{}: {error}", page.unwrap_or_default())));
                }
            }
        });
        result.map(|()| book)
    }

    fn supports_renderer(&self, renderer: &str) -> Result<bool> {
        Ok(renderer == "html")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formulas_in_code_are_left_alone() {
        let page = "```\nlet price = \"$5 and $6\";\n```\n\nText `$x$` and $y$.\n";
        let found = formulas(page);
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].tex, "y");
    }

    #[test]
    fn a_formula_is_rendered_once_per_process() {
        let math = Math::default();
        let first = math.expand("$a+b$ and $a+b$").unwrap();
        assert_eq!(math.lock().len(), 1);
        let (left, right) = first.split_once(" and ").unwrap();
        assert_eq!(left, right);
    }

    #[test]
    fn an_unreadable_formula_is_an_error_that_names_it() {
        let error = Math::default()
            .expand("Broken: $\\notacommand{x}$.")
            .unwrap_err();
        assert!(error.contains("\\notacommand"), "{error}");
    }
}
