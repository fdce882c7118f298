//! `cargo xtask serve`: every edition on 127.0.0.1, rebuilt when a source
//! changes, with the open page reloading itself.
//!
//! Each build goes into a fresh folder under `target/serve/`; the server
//! switches to it only once it is complete, so a reader never sees half a
//! book. File changes arrive as events (inotify and its kin, through
//! `notify`); only writes, creations, renames and removals count (the build
//! itself opens and reads every source, and those events must not start
//! another build), gathered until 30 ms pass without one, so that a save
//! that touches several files makes one rebuild.

use std::path::{Path, PathBuf};
use std::sync::mpsc::{self, Receiver, RecvTimeoutError};
use std::time::{Duration, Instant};

use book_server::BookServer;
use notify::event::{EventKind, ModifyKind};
use notify::{Event, RecursiveMode, Watcher};

use crate::root;
use book_build::{Builder, Reuse};

/// The sources a rebuild depends on, relative to the root.
const WATCHED: [&str; 5] = ["book.toml", "src", "theme", "listings", "tools"];

/// Where to serve.
pub struct Options {
    /// The port on 127.0.0.1.
    pub port: u16,
    /// The sub-path, `/` or `/name/`.
    pub prefix: String,
}

/// Set in the environment of the server that [`serve`] starts from the
/// `edit-loop` build, so that it serves instead of starting another.
const EDIT_LOOP: &str = "XTASK_EDIT_LOOP";

/// Builds, serves and rebuilds until interrupted. Run from the dev build
/// (`cargo xtask`), it runs itself again from the `edit-loop` profile's
/// build, whose renderer is optimised (see the root `Cargo.toml`).
pub fn serve(options: &Options) -> Result<(), String> {
    if std::env::var_os(EDIT_LOOP).is_none() {
        return serve_from_edit_loop_build(options);
    }
    // One builder for every rebuild: it keeps what its preprocessors made.
    let builder = Builder::new(&root())?;
    let staging = root().join("target").join("serve");
    let _ = std::fs::remove_dir_all(&staging);
    let mut number = 0u64;
    let mut current = staging.join(number.to_string());
    builder.build(&root(), &current)?;
    let address = format!("127.0.0.1:{}", options.port);
    let server = BookServer::start(&address, &options.prefix, current.clone(), true)?;
    eprintln!(
        "xtask: serving {} (Ctrl-C to stop); pages reload after each rebuild",
        server.url()
    );

    let (sender, events) = mpsc::channel();
    let mut watcher = notify::recommended_watcher(sender)
        .map_err(|e| format!("cannot watch the sources: {e}"))?;
    for watched in WATCHED {
        watcher
            .watch(&root().join(watched), RecursiveMode::Recursive)
            .map_err(|e| format!("cannot watch {watched}: {e}"))?;
    }

    let mut previous: Option<PathBuf> = None;
    while let Some(changed) = next_change(&events) {
        let started = Instant::now();
        // A listing or a chapter's crate may change what the figures show;
        // the rest of the tools is compiled into this server.
        let chapters = root().join("tools").join("chapters");
        if changed
            .iter()
            .any(|p| p.starts_with(root().join("listings")) || p.starts_with(&chapters))
        {
            builder.forget_figures();
        } else if changed.iter().any(|p| p.starts_with(root().join("tools"))) {
            eprintln!(
                "xtask: the book's tools changed; this server still runs the old ones \
                 until you restart `cargo xtask serve`"
            );
        }
        number += 1;
        let next = staging.join(number.to_string());
        let changed_editions = editions_changed(&changed);
        let reuse = changed_editions.as_ref().map(|codes| Reuse {
            previous: &current,
            changed: codes,
        });
        // The pages first, served as soon as they are built; then the
        // search index of the editions built afresh, written into the
        // served folder.
        match builder.build_pages(&root(), &next, reuse) {
            Ok(fresh) => {
                let old = server.swap_root(next.clone());
                let built_in = started.elapsed();
                if let Err(error) = builder.index(&next, &fresh) {
                    eprintln!("xtask: the search index could not be written: {error}");
                }
                current = next;
                // The folder served before the last swap is surely out of
                // use now; the one just replaced may still be mid-request.
                if let Some(stale) = previous.replace(old) {
                    let _ = std::fs::remove_dir_all(stale);
                }
                eprintln!(
                    "xtask: rebuilt in {} ms after {} (search index {} ms later)",
                    built_in.as_millis(),
                    describe(&changed),
                    (started.elapsed() - built_in).as_millis()
                );
            }
            Err(error) => {
                eprintln!("xtask: rebuild failed, still serving the last good build: {error}");
                let _ = std::fs::remove_dir_all(&next);
            }
        }
    }
    Ok(())
}

/// `cargo run --profile edit-loop … serve` with the same options.
fn serve_from_edit_loop_build(options: &Options) -> Result<(), String> {
    eprintln!(
        "xtask: building the server with mdBook's renderer optimised \
         (the first time takes a few minutes), in target/edit-loop/"
    );
    let port = options.port.to_string();
    let status = crate::cargo()
        .args([
            "run",
            "--quiet",
            "--profile",
            "edit-loop",
            "--package",
            "xtask",
        ])
        .args(["--", "serve", "--port", &port, "--prefix", &options.prefix])
        .env(EDIT_LOOP, "1")
        .status()
        .map_err(|e| format!("could not start cargo: {e}"))?;
    if status.success() {
        Ok(())
    } else {
        Err(format!("the server stopped: {status}"))
    }
}

/// Waits for a change to a source, then gathers every further change until
/// 30 ms pass without one, and returns the changed paths (`None` once the
/// watcher has stopped).
fn next_change(events: &Receiver<notify::Result<Event>>) -> Option<Vec<PathBuf>> {
    let mut changed = Vec::new();
    loop {
        let event = if changed.is_empty() {
            events.recv().ok()?
        } else {
            match events.recv_timeout(Duration::from_millis(30)) {
                Ok(event) => event,
                Err(RecvTimeoutError::Timeout) => return Some(changed),
                Err(RecvTimeoutError::Disconnected) => return None,
            }
        };
        match event {
            Ok(event) if is_change(&event.kind) => {
                for path in event.paths {
                    if is_source(&path) && !changed.contains(&path) {
                        changed.push(path);
                    }
                }
            }
            Ok(_) => {}
            Err(error) => eprintln!("xtask: watching: {error}"),
        }
    }
}

/// The editions whose own sources are among `changed` (`src/<code>/…`), or
/// `None` if anything else changed (the theme, `book.toml`, a listing, a
/// tool), which every edition depends on.
fn editions_changed(changed: &[PathBuf]) -> Option<Vec<String>> {
    let editions = book_editions::read(&root()).ok()?;
    let mut codes = Vec::new();
    for path in changed {
        let relative = path.strip_prefix(root().join("src")).ok()?;
        let mut parts = relative.components();
        let first = parts.next()?.as_os_str().to_string_lossy().into_owned();
        if parts.next().is_none() {
            // A file at the top of src/, such as the drift guard's record,
            // is no edition's source.
            continue;
        }
        if !editions.iter().any(|e| e.code == first) {
            return None;
        }
        if !codes.contains(&first) {
            codes.push(first);
        }
    }
    Some(codes)
}

/// Whether an event changes a file: written, created, renamed or removed.
/// Opening, reading and closing without writing do not count, nor does a
/// change of permissions or times alone.
fn is_change(kind: &EventKind) -> bool {
    match kind {
        EventKind::Create(_) | EventKind::Remove(_) => true,
        EventKind::Modify(ModifyKind::Metadata(_)) => false,
        EventKind::Modify(_) => true,
        EventKind::Access(_) | EventKind::Any | EventKind::Other => false,
    }
}

/// Whether a changed path is a source of the book, not a build product, a
/// dependency or an editor's scratch file.
fn is_source(path: &Path) -> bool {
    let Ok(relative) = path.strip_prefix(root()) else {
        return false;
    };
    let generated = relative.components().any(|c| {
        let part = c.as_os_str().to_string_lossy();
        part == "target" || part == "node_modules" || part.starts_with('.')
    });
    let scratch = relative
        .file_name()
        .map(|n| n.to_string_lossy())
        .is_some_and(|n| n.ends_with('~') || n.ends_with(".swp") || n == "4913");
    !generated && !scratch
}

fn describe(changed: &[PathBuf]) -> String {
    let first = changed[0]
        .strip_prefix(root())
        .unwrap_or(&changed[0])
        .display()
        .to_string();
    match changed.len() {
        1 => first,
        n => format!("{first} and {} more", n - 1),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sources_are_watched_and_products_are_not() {
        assert!(is_source(&root().join("src/ko/ch02/relu.md")));
        assert!(is_source(&root().join("tools/mdbook-plot/src/svg.rs")));
        assert!(!is_source(&root().join("tools/search/node_modules/x/y.js")));
        assert!(!is_source(&root().join("target/serve/3/ko/index.html")));
        assert!(!is_source(&root().join("src/ko/.relu.md.swp")));
        assert!(!is_source(Path::new("/elsewhere/x.md")));
    }

    #[test]
    fn an_edit_in_one_edition_rebuilds_that_edition_only() {
        let editions = book_editions::read(&root()).unwrap();
        let (a, b) = (&editions[0].code, &editions[1].code);
        let page = |code: &str| root().join("src").join(code).join("ch02/relu.md");
        assert_eq!(editions_changed(&[page(a)]), Some(vec![a.clone()]));
        assert_eq!(
            editions_changed(&[page(b), page(a)]),
            Some(vec![b.clone(), a.clone()])
        );
        assert_eq!(
            editions_changed(&[root().join("src/editions-in-sync.toml")]),
            Some(vec![])
        );
        assert_eq!(
            editions_changed(&[page(a), root().join("theme/css/book.css")]),
            None
        );
        assert_eq!(editions_changed(&[root().join("book.toml")]), None);
    }

    #[test]
    fn reading_a_file_is_not_changing_it() {
        use notify::event::{AccessKind, AccessMode, CreateKind, DataChange, MetadataKind};
        assert!(!is_change(&EventKind::Access(AccessKind::Open(
            AccessMode::Read
        ))));
        assert!(!is_change(&EventKind::Access(AccessKind::Close(
            AccessMode::Write
        ))));
        assert!(!is_change(&EventKind::Modify(ModifyKind::Metadata(
            MetadataKind::AccessTime
        ))));
        assert!(is_change(&EventKind::Modify(ModifyKind::Data(
            DataChange::Any
        ))));
        assert!(is_change(&EventKind::Create(CreateKind::File)));
    }
}
