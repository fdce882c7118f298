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
