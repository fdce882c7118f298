//! `cargo xtask <command>`: every workflow of the book behind one entry point.
//!
//! - `build`   every edition into `book/<code>/`, plus `book/index.html`, and
//!   the tools the README's plain-mdBook commands use
//! - `serve`   build, serve on 127.0.0.1, rebuild on change, reload the page
//! - `test`    everything: the README's plain-mdBook commands, the
//!   workspace's tests (listings and their downloads, tooling, skeptic,
//!   whole-book checks) and the browser tests
//! - `pdf`     build, and print each edition to `book/<code>/if-someone-asks.pdf`
//! - `outputs` regenerate the listings' committed program outputs
//! - `sync-mark` record that a page's editions say the same (the drift guard)

mod browser;
mod outputs;
mod pdf;
mod readme;
mod serve;
mod sync;
mod tools;

use std::path::{Path, PathBuf};
use std::process::{Command, ExitCode};

use clap::{Arg, ArgAction, ArgMatches};

fn cli() -> clap::Command {
    clap::Command::new("cargo xtask")
        .about("The book's commands")
        .subcommand_required(true)
        .subcommand(
            clap::Command::new("build")
                .about("Build every edition into book/, and the tools the README's plain-mdBook commands use"),
        )
        .subcommand(
            clap::Command::new("serve")
                .about("Build, serve on 127.0.0.1, rebuild and reload on every save")
                .arg(
                    Arg::new("port")
                        .long("port")
                        .default_value("3000")
                        .value_parser(clap::value_parser!(u16)),
                )
                .arg(
                    Arg::new("prefix")
                        .long("prefix")
                        .default_value("/")
                        .help("The sub-path to serve under, as a project site is (/if-someone-asks/)"),
                ),
        )
        .subcommand(
            clap::Command::new("test").about("Run every test").arg(
                Arg::new("screenshots")
                    .long("screenshots")
                    .action(ArgAction::SetTrue)
                    .help("Also save screenshots of every page in target/browser-screenshots/"),
            ),
        )
        .subcommand(clap::Command::new("pdf").about(
            "Build, and print each edition to a PDF beside its pages (book/<code>/if-someone-asks.pdf)",
        ))
        .subcommand(clap::Command::new("outputs").about("Regenerate listings/*/output/*.txt"))
        .subcommand(
            clap::Command::new("sync-mark")
                .about("Record that these pages' editions say the same (all if none)")
                .arg(Arg::new("pages").action(ArgAction::Append)),
        )
}

/// A program this one can be: its `main`.
pub type Program = fn() -> ExitCode;

/// The programs this one is, besides xtask, when called by their names
/// (through the links `cargo xtask build` puts in `target/tools/bin/`):
/// mdBook's command line and the book's preprocessors, as plain mdBook runs
/// them.
pub const PROGRAMS: [(&str, Program); 7] = [
    ("mdbook", mdbook_cli::main),
    ("mdbook-asides", || {
        preprocessor_cli::run(&mdbook_asides::Asides)
    }),
    ("mdbook-doctests", || {
        preprocessor_cli::run(&mdbook_listings::doctests::Doctests)
    }),
    ("mdbook-editions", || {
        preprocessor_cli::run(&mdbook_editions::Editions)
    }),
    ("mdbook-listings", || {
        preprocessor_cli::run(&mdbook_listings::Listings)
    }),
    ("mdbook-math", || {
        preprocessor_cli::run(&mdbook_math::Math::default())
    }),
    ("mdbook-plot", || {
        preprocessor_cli::run(&mdbook_plot::Plot::default())
    }),
];

fn main() -> ExitCode {
    let called = std::env::args_os().next().and_then(|arg| {
        Path::new(&arg)
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
    });
    if let Some((_, program)) = PROGRAMS
        .iter()
        .find(|(name, _)| Some(*name) == called.as_deref())
    {
        return program();
    }
    let matches = cli().get_matches();
    let result = match matches.subcommand() {
        Some(("build", _)) => build(),
        Some(("serve", args)) => serve::serve(&serve_options(args)),
        Some(("test", args)) => test(args.get_flag("screenshots")),
        Some(("pdf", _)) => pdf::build_and_print(),
        Some(("outputs", _)) => outputs::regenerate(),
        Some(("sync-mark", args)) => {
            let pages: Vec<String> = args
                .get_many::<String>("pages")
                .map(|p| p.cloned().collect())
                .unwrap_or_default();
            sync::mark(&pages)
        }
        _ => unreachable!("clap requires a known subcommand"),
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(message) => {
            eprintln!("xtask: {message}");
            ExitCode::FAILURE
        }
    }
}

fn serve_options(args: &ArgMatches) -> serve::Options {
    let prefix = args
        .get_one::<String>("prefix")
        .expect("has a default")
        .trim_matches('/');
    serve::Options {
        port: *args.get_one::<u16>("port").expect("has a default"),
        prefix: if prefix.is_empty() {
            "/".to_owned()
        } else {
            format!("/{prefix}/")
        },
    }
}

/// The repository root: xtask lives one folder below it.
fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .expect("xtask sits inside the repository")
        .to_path_buf()
}

/// Runs `command` to completion, turning a failure into an error message.
fn run(command: &mut Command) -> Result<(), String> {
    let status = command
        .status()
        .map_err(|e| format!("could not start {:?}: {e}", command.get_program()))?;
    if status.success() {
        Ok(())
    } else {
        Err(format!("{command:?} failed ({status})"))
    }
}

fn cargo() -> Command {
    let mut command = Command::new(std::env::var("CARGO").unwrap_or_else(|_| "cargo".into()));
    command.current_dir(root());
    command
}

/// Builds the book into `book/` with `builder`, saying how long it took.
/// Builds every edition into `out` (a folder under the root) and says how
/// long it took.
fn build_book(builder: &book_build::Builder, out: &Path) -> Result<(), String> {
    let started = std::time::Instant::now();
    builder.build(&root(), out)?;
    eprintln!(
        "xtask: built every edition into {}/ in {:.2} s",
        out.strip_prefix(root()).unwrap_or(out).display(),
        started.elapsed().as_secs_f64()
    );
    Ok(())
}

pub(crate) fn build() -> Result<(), String> {
    tools::install()?;
    build_book(&book_build::Builder::new(&root())?, &root().join("book"))
}

fn test(screenshots: bool) -> Result<(), String> {
    // Chromium and the browser tests' packages download while Rust compiles.
    let browser = std::thread::spawn(browser::prepare);
    // Pagefind, too, downloads while the tools compile.
    let pagefind = std::thread::spawn(|| book_build::search::ensure(&root()));
    tools::install()?;
    pagefind
        .join()
        .map_err(|_| "installing Pagefind panicked".to_owned())??;

    // The README's plain-mdBook commands build the editions into book/ as a
    // reader would, and test their code blocks; they run beside everything
    // below. So the full build goes to a folder of its own, which the
    // browser tests serve and the whole-book checks read (`BOOK_BUILT`).
    let readme = std::thread::spawn(readme::run_plain_mdbook_commands);
    let built = root().join("target").join("built-book");
    let _ = std::fs::remove_dir_all(&built);
    build_book(&book_build::Builder::new(&root())?, &built)?;
    let first_build = book_build::snapshot(&built)?;

    // The browser tests read only the built book, so they run while cargo
    // tests everything else: each leaves the other a core often enough
    // that both end sooner than one after the other.
    let chromium = browser
        .join()
        .map_err(|_| "preparing the browser tests panicked".to_owned())??;
    let browser_tests = browser::start(&chromium, built.clone(), screenshots)?;

    // The listings' own tests run once, in their downloads, unpacked outside
    // the repository (the whole-book checks in tests/book/listings.rs).
    eprintln!(
        "xtask: cargo test --workspace (tooling, each chapter's figures and code blocks, \
         whole-book checks, the listings' downloads with their tests)"
    );
    let mut test = cargo();
    test.args(["test", "--workspace"]);
    let listings =
        listing_archive::discover(&root().join("listings")).map_err(|e| e.to_string())?;
    for listing in &listings {
        test.args(["--exclude", &listing.package]);
    }
    test.env("BOOK_BUILT", &built);
    // The build is deterministic: building again, with nothing kept from
    // the first build (downloads packed again too, and the README's plain
    // builds cleared away), gives the same bytes. Nothing reads book/ once
    // the README's commands are done, so this runs beside the tests too.
    let second_build = std::thread::spawn(
        move || -> (Result<(), String>, Result<book_build::Snapshot, String>) {
            let readme_result = readme
                .join()
                .unwrap_or_else(|_| Err("the README's commands panicked".to_owned()));
            let second = (|| {
                let archives = root().join("target").join("listing-archives-again");
                let _ = std::fs::remove_dir_all(&archives);
                std::fs::remove_dir_all(root().join("book")).map_err(|e| format!("book/: {e}"))?;
                let book = root().join("book");
                build_book(
                    &book_build::Builder::from_scratch(&root(), &archives)?,
                    &book,
                )?;
                book_build::snapshot(&root().join("book"))
            })();
            (readme_result, second)
        },
    );
    let cargo_tests = run(&mut test);
    let browser_result = browser_tests.finish();
    let (readme_result, second) = second_build
        .join()
        .map_err(|_| "the second build panicked".to_owned())?;
    cargo_tests?;
    browser_result?;
    readme_result?;
    book_build::compare(&first_build, &second?)?;
    eprintln!("xtask: a second build of book/ is byte-identical to the first");

    eprintln!("xtask: all tests passed");
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_command_line_takes_a_port_and_a_sub_path() {
        cli().debug_assert();
        let m = cli()
            .try_get_matches_from(["xtask", "serve", "--port", "8080", "--prefix", "book"])
            .unwrap();
        let o = serve_options(m.subcommand().unwrap().1);
        assert_eq!((o.port, o.prefix.as_str()), (8080, "/book/"));
        let m = cli().try_get_matches_from(["xtask", "serve"]).unwrap();
        assert_eq!(serve_options(m.subcommand().unwrap().1).prefix, "/");
        assert!(
            cli()
                .try_get_matches_from(["xtask", "serve", "--port"])
                .is_err()
        );
        assert!(
            cli()
                .try_get_matches_from(["xtask", "serve", "--colour", "red"])
                .is_err()
        );
        assert!(cli().try_get_matches_from(["xtask", "tset"]).is_err());
    }
}
