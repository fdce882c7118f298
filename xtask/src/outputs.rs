//! Regenerates `listings/*/output/<example>.txt`: the first line is the
//! command, the rest is what the example printed.

use listing_archive::discover;

use crate::{cargo, root};

/// Runs every example of every listing crate, the way the first line of its
/// output file says (`cargo run --release --example train` for a long
/// one), and writes what it printed. A new example gets `cargo run
/// --example <name>`.
pub fn regenerate() -> Result<(), String> {
    for listing in discover(&root().join("listings")).map_err(|e| e.to_string())? {
        for example in &listing.examples {
            let arguments = listing.run_arguments(example).unwrap_or_else(|_| {
                ["run", "--example", example.as_str()]
                    .map(String::from)
                    .to_vec()
            });
            // Run from the crate's folder, as a reader types the command: an
            // example that writes a file (train saves its network) writes it
            // there.
            let output = cargo()
                .current_dir(&listing.dir)
                .args(&arguments[..1])
                .arg("--quiet")
                .arg("--manifest-path")
                .arg(listing.dir.join("Cargo.toml"))
                .args(&arguments[1..])
                .output()
                .map_err(|e| format!("cargo {}: {e}", arguments.join(" ")))?;
            if !output.status.success() {
                return Err(format!(
                    "example {example} failed:\n{}",
                    String::from_utf8_lossy(&output.stderr)
                ));
            }
            let text = format!(
                "$ cargo {}\n{}",
                arguments.join(" "),
                String::from_utf8_lossy(&output.stdout)
            );
            let file = listing.output_file(example);
            if let Some(dir) = file.parent() {
                std::fs::create_dir_all(dir).map_err(|e| format!("{}: {e}", dir.display()))?;
            }
            std::fs::write(&file, text).map_err(|e| format!("{}: {e}", file.display()))?;
            eprintln!("xtask: wrote {}", file.display());
        }
    }
    Ok(())
}
