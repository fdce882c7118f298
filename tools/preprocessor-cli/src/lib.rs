//! mdBook runs a preprocessor twice: once as `<command> supports <renderer>`,
//! which answers through the exit code, and once with the book as JSON on
//! standard input, expecting the changed book as JSON on standard output.
//! [`run`] does both for any [`Preprocessor`], so each of the book's
//! preprocessors is only its transformation.

use std::io::{Read, Write};
use std::process::ExitCode;

use book_editions::{CONFIG_KEY, Edition, check};
use mdbook_preprocessor::errors::{Error, Result};
use mdbook_preprocessor::{Preprocessor, PreprocessorContext};

/// The editions `book.toml` defines (`[[preprocessor.editions.list]]`), as
/// the preprocessor sees them in its context, checked.
///
/// # Errors
/// If the list is missing or fails [`book_editions::check`].
///
/// ```no_run
/// # fn run(ctx: &mdbook_preprocessor::PreprocessorContext) -> mdbook_preprocessor::errors::Result<()> {
/// let editions = preprocessor_cli::editions(ctx)?;
/// let this = book_editions::current(&editions, ctx.config.book.language.as_deref());
/// # let _ = this; Ok(()) }
/// ```
pub fn editions(ctx: &PreprocessorContext) -> Result<Vec<Edition>> {
    let editions: Vec<Edition> = ctx
        .config
        .get(CONFIG_KEY)?
        .ok_or_else(|| Error::msg(format!("book.toml has no [[{CONFIG_KEY}]]")))?;
    check(&editions).map_err(|e| Error::msg(e.to_string()))?;
    Ok(editions)
}

/// Runs `preprocessor` as mdBook expects, with the process's arguments,
/// standard input and standard output.
///
/// ```no_run
/// # struct Nothing;
/// # impl mdbook_preprocessor::Preprocessor for Nothing {
/// #     fn name(&self) -> &str { "nothing" }
/// #     fn run(&self, _: &mdbook_preprocessor::PreprocessorContext, book: mdbook_preprocessor::book::Book)
/// #         -> mdbook_preprocessor::errors::Result<mdbook_preprocessor::book::Book> { Ok(book) }
/// # }
/// fn main() -> std::process::ExitCode {
///     preprocessor_cli::run(&Nothing)
/// }
/// ```
pub fn run(preprocessor: &dyn Preprocessor) -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    if let [command, renderer] = args.as_slice()
        && command == "supports"
    {
        return match preprocessor.supports_renderer(renderer) {
            Ok(true) => ExitCode::SUCCESS,
            _ => ExitCode::FAILURE,
        };
    }
    match process(
        preprocessor,
        std::io::stdin().lock(),
        std::io::stdout().lock(),
    ) {
        Ok(()) => ExitCode::SUCCESS,
        Err(error) => {
            eprintln!("mdbook-{}: {error:#}", preprocessor.name());
            ExitCode::FAILURE
        }
    }
}

/// Reads mdBook's JSON from `input`, runs `preprocessor`, writes the book to
/// `output`.
///
/// # Errors
/// If the input is not mdBook's preprocessor JSON, the preprocessor fails,
/// or the output cannot be written.
///
/// ```
/// # struct Nothing;
/// # impl mdbook_preprocessor::Preprocessor for Nothing {
/// #     fn name(&self) -> &str { "nothing" }
/// #     fn run(&self, _: &mdbook_preprocessor::PreprocessorContext, book: mdbook_preprocessor::book::Book)
/// #         -> mdbook_preprocessor::errors::Result<mdbook_preprocessor::book::Book> { Ok(book) }
/// # }
/// let mut out = Vec::new();
/// assert!(preprocessor_cli::process(&Nothing, "not json".as_bytes(), &mut out).is_err());
/// ```
pub fn process(
    preprocessor: &dyn Preprocessor,
    input: impl Read,
    output: impl Write,
) -> Result<()> {
    let (ctx, book) = mdbook_preprocessor::parse_input(input)?;
    let book = preprocessor.run(&ctx, book)?;
    serde_json::to_writer(output, &book)?;
    Ok(())
}

/// One `{{#name …}}` directive of a page, as mdBook's own `{{#include …}}`
/// and the book's preprocessors write them: a name, then its arguments.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Directive {
    /// What follows `{{#`: `include`, `plot`, `listing`, …
    pub name: String,
    /// Everything after the name, trimmed.
    pub arguments: String,
}

impl Directive {
    /// The first argument when it is a bare word (`{{#plot relu …}}` gives
    /// `relu`; `{{#include ../x.rs:anchor}}` gives the path and anchor).
    ///
    /// ```
    /// let d = &preprocessor_cli::directives("{{#plot relu caption=\"x\"}}")[0];
    /// assert_eq!(d.first_word(), Some("relu"));
    /// ```
    pub fn first_word(&self) -> Option<&str> {
        self.arguments
            .split_whitespace()
            .next()
            .filter(|word| !word.contains("=\""))
    }

    /// The `key="value"` arguments, in order.
    ///
    /// # Errors
    /// If one is not `key="value"` or its quote is not closed.
    ///
    /// ```
    /// let d = &preprocessor_cli::directives(r#"{{#plot relu caption="A hinge" x="x"}}"#)[0];
    /// assert_eq!(d.pairs().unwrap(), [("caption".into(), "A hinge".into()), ("x".into(), "x".into())]);
    /// ```
    pub fn pairs(&self) -> std::result::Result<Vec<(String, String)>, String> {
        let mut rest = self.arguments.as_str();
        if let Some(first) = self.first_word() {
            rest = &rest[first.len()..];
        }
        let mut pairs = Vec::new();
        loop {
            rest = rest.trim_start();
            if rest.is_empty() {
                return Ok(pairs);
            }
            let (key, after_key) = rest
                .split_once("=\"")
                .ok_or_else(|| format!("expected key=\"value\" in `{rest}`"))?;
            let (value, after_value) = after_key
                .split_once('"')
                .ok_or_else(|| format!("unclosed quote after {key}="))?;
            pairs.push((key.trim().to_owned(), value.to_owned()));
            rest = after_value;
        }
    }

    /// The directive a line holds when it holds nothing else.
    ///
    /// ```
    /// let d = preprocessor_cli::Directive::alone_on("  {{#listing caption=\"x\"}}\n").unwrap();
    /// assert_eq!(d.name, "listing");
    /// assert!(preprocessor_cli::Directive::alone_on("see {{#plot relu}} here").is_none());
    /// ```
    pub fn alone_on(line: &str) -> Option<Directive> {
        let line = line.trim();
        let found = directives(line);
        match found.as_slice() {
            [only]
                if line.starts_with("{{#")
                    && line.ends_with("}}")
                    && line.matches("{{#").count() == 1 =>
            {
                Some(only.clone())
            }
            _ => None,
        }
    }
}

/// Every `{{#…}}` directive in a text, in order.
///
/// ```
/// let found = preprocessor_cli::directives("a {{#include ../x.txt}} b\n{{#plot step}}");
/// assert_eq!(found.len(), 2);
/// assert_eq!((found[0].name.as_str(), found[0].arguments.as_str()), ("include", "../x.txt"));
/// assert_eq!(found[1].name, "plot");
/// ```
pub fn directives(text: &str) -> Vec<Directive> {
    let mut found = Vec::new();
    let mut rest = text;
    while let Some(start) = rest.find("{{#") {
        let after = &rest[start + 3..];
        let Some(end) = after.find("}}") else { break };
        let inner = after[..end].trim();
        let (name, arguments) = inner.split_once(char::is_whitespace).unwrap_or((inner, ""));
        found.push(Directive {
            name: name.to_owned(),
            arguments: arguments.trim().to_owned(),
        });
        rest = &after[end + 2..];
    }
    found
}

/// A chapter's label in listing and figure numbers: `3` for `ch03/…`, `A` for
/// `appendix/…`; `None` for a page at the top of the book.
///
/// ```
/// use std::path::Path;
/// use preprocessor_cli::chapter_label;
///
/// assert_eq!(chapter_label(Path::new("ch03/training.md")).as_deref(), Some("3"));
/// assert_eq!(chapter_label(Path::new("appendix/speed.md")).as_deref(), Some("A"));
/// assert_eq!(chapter_label(Path::new("glossary.md")), None);
/// ```
pub fn chapter_label(page: &std::path::Path) -> Option<String> {
    let mut parts = page.components();
    let folder = parts.next()?.as_os_str().to_str()?;
    parts.next()?;
    match folder
        .strip_prefix("ch")
        .and_then(|n| n.parse::<u32>().ok())
    {
        Some(n) => Some(n.to_string()),
        None => folder.chars().next().map(|c| c.to_uppercase().collect()),
    }
}
