//! `mdbook build` and `mdbook test` as mdBook 0.5.4 runs them: the same
//! library (`mdbook-driver`), the same configuration (`book.toml`, then
//! `MDBOOK_…` variables), the same log on standard error. `cargo xtask build`
//! installs `target/tools/bin/mdbook`, a link to xtask, which runs [`main`]
//! when called by that name; the README's plain-mdBook commands find it
//! there, and with mdBook itself installed they work the same.

use std::fmt::Write as _;
use std::io::Write as _;
use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Arg, ArgAction, ArgMatches, Command};
use mdbook_driver::MDBook;
use tracing::field::{Field, Visit};
use tracing::{Event, Level, Subscriber};
use tracing_subscriber::layer::{Context, Layer, SubscriberExt};
use tracing_subscriber::util::SubscriberInitExt;

fn command() -> Command {
    let dir = || {
        Arg::new("dir")
            .help("The book's root folder (where book.toml is) [default: .]")
            .value_parser(clap::value_parser!(PathBuf))
    };
    Command::new("mdbook")
        .about("Builds and tests a book with mdBook 0.5.4's library")
        .version("0.5.4")
        .subcommand_required(true)
        .subcommand(
            Command::new("build")
                .about("Builds the book from its Markdown files")
                .arg(dir())
                .arg(
                    Arg::new("dest-dir")
                        .short('d')
                        .long("dest-dir")
                        .help("Where the book goes, instead of build.build-dir")
                        .value_parser(clap::value_parser!(PathBuf)),
                ),
        )
        .subcommand(
            Command::new("test")
                .about("Tests that the book's Rust code samples compile and run")
                .arg(dir())
                .arg(
                    Arg::new("library-path")
                        .short('L')
                        .long("library-path")
                        .value_delimiter(',')
                        .action(ArgAction::Append)
                        .help("Folders rustdoc searches for the crates the samples use"),
                )
                .arg(
                    Arg::new("chapter")
                        .short('c')
                        .long("chapter")
                        .help("Only this chapter"),
                ),
        )
}

fn run(matches: &ArgMatches) -> mdbook_driver::errors::Result<()> {
    match matches.subcommand() {
        Some(("build", args)) => {
            let mut book = MDBook::load(book_dir(args))?;
            if let Some(dest) = args.get_one::<PathBuf>("dest-dir") {
                book.config.build.build_dir = dest.clone();
            }
            book.build()
        }
        Some(("test", args)) => {
            let libraries: Vec<&str> = args
                .get_many::<String>("library-path")
                .map(|paths| paths.map(String::as_str).collect())
                .unwrap_or_default();
            let mut book = MDBook::load(book_dir(args))?;
            match args.get_one::<String>("chapter") {
                Some(chapter) => book.test_chapter(libraries, Some(chapter)),
                None => book.test(libraries),
            }
        }
        _ => unreachable!("clap requires a subcommand"),
    }
}

fn book_dir(args: &ArgMatches) -> PathBuf {
    args.get_one::<PathBuf>("dir")
        .cloned()
        .unwrap_or_else(|| PathBuf::from("."))
}

/// mdBook's log: each event at `INFO` or above on a line of standard error,
/// as `LEVEL message` (the template engine and HTML parser only from
/// `WARN` up, as mdBook keeps them).
struct Log;

impl<S: Subscriber> Layer<S> for Log {
    fn enabled(&self, metadata: &tracing::Metadata<'_>, _: Context<'_, S>) -> bool {
        let noisy = ["handlebars", "html5ever"]
            .iter()
            .any(|t| metadata.target().starts_with(t));
        *metadata.level() <= if noisy { Level::WARN } else { Level::INFO }
    }

    fn on_event(&self, event: &Event<'_>, _: Context<'_, S>) {
        let mut line = Line(format!("{:>5} ", event.metadata().level()));
        event.record(&mut line);
        let _ = writeln!(std::io::stderr().lock(), "{}", line.0);
    }
}

struct Line(String);

impl Visit for Line {
    fn record_debug(&mut self, field: &Field, value: &dyn std::fmt::Debug) {
        if field.name() == "message" {
            let _ = write!(self.0, "{value:?}");
        } else {
            let _ = write!(self.0, " {}={value:?}", field.name());
        }
    }
}

/// `mdbook` with the process's arguments.
pub fn main() -> ExitCode {
    tracing_subscriber::registry().with(Log).init();
    let matches = command().get_matches();
    match run(&matches) {
        Ok(()) => ExitCode::SUCCESS,
        Err(error) => {
            tracing::error!("{error:#}");
            ExitCode::FAILURE
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_command_line_reads_as_mdbooks() {
        command().debug_assert();
        let m = command()
            .try_get_matches_from(["mdbook", "test", "-L", "a,b", "--library-path", "c"])
            .unwrap();
        let (_, args) = m.subcommand().unwrap();
        let paths: Vec<&String> = args.get_many("library-path").unwrap().collect();
        assert_eq!(paths, ["a", "b", "c"]);
        let m = command()
            .try_get_matches_from(["mdbook", "build", "book", "-d", "out"])
            .unwrap();
        let (_, args) = m.subcommand().unwrap();
        assert_eq!(book_dir(args), PathBuf::from("book"));
        assert!(command().try_get_matches_from(["mdbook"]).is_err());
    }
}
