//! What every listing crate must be, checked from the outside so that the
//! crate itself carries only the tests of its lesson. A new folder in
//! `listings/` is checked by being there: nothing here names a listing.
//!
//! - Its download, the zip in the built book, holds today's crate and is the
//!   same in every edition; unpacked into a folder outside the repository it
//!   passes `cargo test --offline --locked`, and every example prints there
//!   what its committed output (`output/<example>.txt`, first line the
//!   command) says.
//! - Every public item has a doc comment with a runnable example.
//! - The chapter's first page links to it.

use std::path::Path;
use std::process::Command;

use crate::common::{built_book, editions, read, root};
use listing_archive::{Listing, discover};

fn listings() -> Vec<Listing> {
    let found = discover(&root().join("listings")).expect("read listings/");
    assert!(
        found.len() >= 2,
        "only {} listing crates found",
        found.len()
    );
    found
}

/// The listing's download as the built book offers it, in its first edition.
fn download(listing: &Listing) -> Vec<u8> {
    let zip = built_book()
        .join(&editions()[0])
        .join("listings")
        .join(format!("{}.zip", listing.folder));
    std::fs::read(&zip).unwrap_or_else(|e| panic!("{}: {e}", zip.display()))
}

/// Runs cargo in `dir` with the workspace's `target/`: the unpacked crates
/// build with the workspace's profile, so they reuse the dependencies it
/// built.
fn cargo_in(dir: &Path, args: &[&str]) -> std::process::Output {
    Command::new(env!("CARGO"))
        .args(args)
        .current_dir(dir)
        .env("CARGO_TARGET_DIR", root().join("target"))
        // Each download is built once, from nothing: incremental caches
        // would only be written.
        .env("CARGO_INCREMENTAL", "0")
        .output()
        .expect("run cargo in an unpacked download")
}

#[test]
fn every_download_passes_its_tests_and_prints_its_outputs_when_unpacked() {
    // Each download's tests, one download after another (cargo builds one
    // at a time in a shared target/ anyway); `cargo test` also builds the
    // examples.
    let mut unpacked = Vec::new();
    for listing in listings() {
        let outside = tempfile::tempdir().expect("a temporary folder");
        listing_archive::unpack(&download(&listing), outside.path()).expect("unpack the download");
        let dir = outside.path().join(&listing.folder);
        let output = cargo_in(&dir, &["test", "--offline", "--locked"]);
        let stdout = String::from_utf8_lossy(&output.stdout);
        assert!(
            output.status.success(),
            "{}: `cargo test --offline --locked` failed in the unpacked download:\n{stdout}\n{}",
            listing.folder,
            String::from_utf8_lossy(&output.stderr)
        );
        let passed: usize = stdout
            .lines()
            .filter_map(|l| l.strip_prefix("test result: ok. "))
            .filter_map(|rest| rest.split(' ').next()?.parse::<usize>().ok())
            .sum();
        assert!(
            passed >= 10,
            "{}: only {passed} tests ran in the unpacked download",
            listing.folder
        );
        let manifest = Listing::read(&dir).expect("the unpacked manifest");
        unpacked.push((outside, manifest));
    }
    // Each example, run as its output file's first line says, prints the
    // rest of that file. They are built, and most run on one core, so two
    // run at a time.
    let runs: Vec<(&Listing, &str)> = unpacked
        .iter()
        .flat_map(|(_, listing)| listing.examples.iter().map(move |e| (listing, e.as_str())))
        .collect();
    let next = std::sync::atomic::AtomicUsize::new(0);
    let failures = std::sync::Mutex::new(Vec::new());
    std::thread::scope(|scope| {
        for _ in 0..2 {
            scope.spawn(|| {
                while let Some(&(listing, example)) =
                    runs.get(next.fetch_add(1, std::sync::atomic::Ordering::Relaxed))
                {
                    if let Err(failure) = prints_its_output(listing, example) {
                        failures
                            .lock()
                            .unwrap_or_else(|e| e.into_inner())
                            .push(failure);
                    }
                }
            });
        }
    });
    let failures = failures.into_inner().unwrap_or_else(|e| e.into_inner());
    assert!(failures.is_empty(), "{}", failures.join("\n\n"));
}

/// Runs `example` of the unpacked `listing` as its output file's first line
/// says, and compares what it prints with the rest of that file.
fn prints_its_output(listing: &Listing, example: &str) -> Result<(), String> {
    let arguments = listing.run_arguments(example).map_err(|e| e.to_string())?;
    let mut args: Vec<&str> = vec![&arguments[0], "--quiet", "--offline", "--locked"];
    args.extend(arguments[1..].iter().map(String::as_str));
    let run = cargo_in(&listing.dir, &args);
    if !run.status.success() {
        return Err(format!(
            "{}: example {example} failed:\n{}",
            listing.folder,
            String::from_utf8_lossy(&run.stderr)
        ));
    }
    let fresh = format!(
        "$ cargo {}\n{}",
        arguments.join(" "),
        String::from_utf8_lossy(&run.stdout)
    );
    let committed = read(&listing.output_file(example));
    if committed != fresh {
        let line = committed
            .lines()
            .zip(fresh.lines())
            .position(|(a, b)| a != b)
            .unwrap_or(committed.lines().count().min(fresh.lines().count()));
        return Err(format!(
            "{}/output/{example}.txt no longer matches what the example prints: run \
             `cargo xtask outputs` and check the text that quotes it. Line {}:\n  \
             committed: {}\n  printed:   {}",
            listing.folder,
            line + 1,
            committed.lines().nth(line).unwrap_or("(the file ends)"),
            fresh.lines().nth(line).unwrap_or("(the output ends)")
        ));
    }
    Ok(())
}

#[test]
fn each_download_holds_todays_crate_without_anchors_in_every_edition() {
    for listing in listings() {
        let zip = download(&listing);
        for edition in editions() {
            let offered = built_book()
                .join(&edition)
                .join("listings")
                .join(format!("{}.zip", listing.folder));
            assert!(
                std::fs::read(&offered).is_ok_and(|bytes| bytes == zip),
                "{} differs from the first edition's",
                offered.display()
            );
        }
        let outside = tempfile::tempdir().expect("a temporary folder");
        listing_archive::unpack(&zip, outside.path()).expect("unpack");
        let unpacked = outside.path().join(&listing.folder);
        for (name, bytes) in listing.contents().expect("the listing's files") {
            let file = unpacked.join(&name);
            let offered =
                std::fs::read(&file).unwrap_or_else(|_| panic!("{}: no {name}", listing.folder));
            if name == "Cargo.toml" {
                // Today's manifest, with the workspace's profile after it.
                assert!(
                    offered.starts_with(bytes.trim_ascii_end()),
                    "{}: {name}",
                    listing.folder
                );
            } else {
                assert!(
                    offered == bytes,
                    "{}: {name} is not today's",
                    listing.folder
                );
            }
        }
        for required in ["Cargo.toml", "Cargo.lock", "README.md", "src/lib.rs"] {
            assert!(
                unpacked.join(required).is_file(),
                "{}: no {required}",
                listing.folder
            );
        }
        let mut anchored = Vec::new();
        for name in listing.files().expect("files") {
            if name.extension().is_some_and(|e| e == "rs")
                && read(&unpacked.join(&name)).contains("// ANCHOR")
            {
                anchored.push(name);
            }
        }
        assert!(anchored.is_empty(), "anchor lines left in {anchored:?}");
    }
}

#[test]
fn every_example_has_one_committed_output_named_after_it() {
    for listing in listings() {
        let mut committed: Vec<String> = std::fs::read_dir(listing.dir.join("output"))
            .map(|entries| {
                entries
                    .flatten()
                    .filter_map(|e| Some(e.path().file_stem()?.to_str()?.to_owned()))
                    .collect()
            })
            .unwrap_or_default();
        committed.sort();
        assert_eq!(
            committed, listing.examples,
            "{}: output/ must hold one file per example, named after it",
            listing.folder
        );
        for example in &listing.examples {
            listing
                .run_arguments(example)
                .unwrap_or_else(|e| panic!("{e}"));
        }
    }
}

#[test]
fn listing_manifests_stand_on_their_own() {
    for listing in listings() {
        let manifest = read(&listing.dir.join("Cargo.toml"));
        let manifest: toml::Table = toml::from_str(&manifest).expect("Cargo.toml parses");
        for section in ["dependencies", "dev-dependencies", "build-dependencies"] {
            let Some(deps) = manifest.get(section).and_then(|d| d.as_table()) else {
                continue;
            };
            for (name, spec) in deps {
                let table = spec.as_table();
                let has = |key: &str| table.is_some_and(|t| t.contains_key(key));
                assert!(
                    !has("path") && !has("workspace") && !has("git"),
                    "{}: {section}.{name} does not come from crates.io with a version",
                    listing.folder
                );
                assert!(
                    spec.is_str() || has("version"),
                    "{}: {section}.{name} has no version written out",
                    listing.folder
                );
            }
        }
    }
}

/// The public items of a file that carry their own documentation: functions,
/// types, constants, traits and the `pub` methods of inherent impls (not
/// re-exports, module declarations or trait impls), each with its doc text.
fn public_items(file: &syn::File) -> Vec<(String, String)> {
    fn doc(attrs: &[syn::Attribute]) -> String {
        attrs
            .iter()
            .filter(|a| a.path().is_ident("doc"))
            .filter_map(|a| match &a.meta {
                syn::Meta::NameValue(nv) => match &nv.value {
                    syn::Expr::Lit(syn::ExprLit {
                        lit: syn::Lit::Str(s),
                        ..
                    }) => Some(s.value()),
                    _ => None,
                },
                _ => None,
            })
            .collect::<Vec<_>>()
            .join("\n")
    }
    fn is_pub(vis: &syn::Visibility) -> bool {
        matches!(vis, syn::Visibility::Public(_))
    }
    fn walk(items: &[syn::Item], found: &mut Vec<(String, String)>) {
        for item in items {
            let (name, attrs) = match item {
                syn::Item::Fn(f) if is_pub(&f.vis) => (f.sig.ident.to_string(), &f.attrs),
                syn::Item::Struct(s) if is_pub(&s.vis) => (s.ident.to_string(), &s.attrs),
                syn::Item::Enum(e) if is_pub(&e.vis) => (e.ident.to_string(), &e.attrs),
                syn::Item::Const(c) if is_pub(&c.vis) => (c.ident.to_string(), &c.attrs),
                syn::Item::Static(s) if is_pub(&s.vis) => (s.ident.to_string(), &s.attrs),
                syn::Item::Trait(t) if is_pub(&t.vis) => (t.ident.to_string(), &t.attrs),
                syn::Item::Type(t) if is_pub(&t.vis) => (t.ident.to_string(), &t.attrs),
                syn::Item::Mod(m) => {
                    if let Some((_, inner)) = &m.content {
                        walk(inner, found);
                    }
                    continue;
                }
                syn::Item::Impl(i) if i.trait_.is_none() => {
                    for inner in &i.items {
                        if let syn::ImplItem::Fn(f) = inner
                            && is_pub(&f.vis)
                        {
                            found.push((f.sig.ident.to_string(), doc(&f.attrs)));
                        }
                    }
                    continue;
                }
                _ => continue,
            };
            found.push((name, doc(attrs)));
        }
    }
    let mut found = Vec::new();
    walk(&file.items, &mut found);
    found
}

/// Whether a doc comment holds a code block rustdoc runs as a test.
fn has_runnable_example(doc: &str) -> bool {
    let mut in_block = false;
    for line in doc.lines().map(str::trim) {
        if let Some(info) = line.strip_prefix("```") {
            if !in_block {
                let runs = ["", "rust", "should_panic"].contains(&info.trim())
                    || info
                        .split(',')
                        .all(|w| ["rust", "should_panic"].contains(&w.trim()));
                if runs {
                    return true;
                }
            }
            in_block = !in_block;
        }
    }
    false
}

#[test]
fn every_public_item_has_a_runnable_example() {
    let mut missing = Vec::new();
    let mut counted = 0;
    for listing in listings() {
        let src = listing.dir.join("src");
        for file in crate::common::files(&src, "rs").iter().map(|f| src.join(f)) {
            let source = read(&file);
            let parsed =
                syn::parse_file(&source).unwrap_or_else(|e| panic!("{}: {e}", file.display()));
            for (name, doc) in public_items(&parsed) {
                counted += 1;
                if !has_runnable_example(&doc) {
                    missing.push(format!("{}: {name}", file.display()));
                }
            }
        }
    }
    assert!(counted >= 80, "found only {counted} public items");
    assert!(
        missing.is_empty(),
        "public items without a runnable example:\n{}",
        missing.join("\n")
    );
}

#[test]
fn the_item_finder_sees_methods_and_skips_what_has_no_docs_of_its_own() {
    let source = r#"
        /// Doc.
        /// ```
        /// x();
        /// ```
        pub fn x() {}
        pub use other::thing;
        pub(crate) fn hidden() {}
        impl A {
            /// No example.
            pub fn y(&self) {}
            fn private(&self) {}
        }
        impl std::fmt::Debug for A {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result { Ok(()) }
        }
    "#;
    let items = public_items(&syn::parse_file(source).unwrap());
    let names: Vec<&str> = items.iter().map(|(n, _)| n.as_str()).collect();
    assert_eq!(names, ["x", "y"]);
    assert!(has_runnable_example(&items[0].1));
    assert!(!has_runnable_example(&items[1].1));
    assert!(!has_runnable_example("```text\nnot code\n```"));
    assert!(has_runnable_example("```should_panic\npanic!()\n```"));
}

#[test]
fn each_chapter_links_to_its_download() {
    // mdbook-listings turns the directive into the link, and the build
    // fails if the chapter has no listing crate; the links check of the
    // built book follows the link to the zip.
    for listing in listings() {
        let Some(chapter) = listing.chapter() else {
            continue;
        };
        for edition in editions() {
            let page = root()
                .join("src")
                .join(&edition)
                .join(format!("ch{chapter:02}"))
                .join("index.md");
            assert!(
                read(&page).contains("{{#download "),
                "{} has no {{{{#download …}}}} link to its code",
                page.display()
            );
        }
    }
}
