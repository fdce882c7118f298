//! Regenerates `listings/*/output/<example>.txt`: the first line is the
//! command, the rest is what the example printed.

use std::path::Path;

use crate::{cargo, root};

/// Runs every example of every listing crate that has an `output/` folder.
pub fn regenerate() -> Result<(), String> {
    let listings = root().join("listings");
    let crates = std::fs::read_dir(&listings).map_err(|e| format!("listings/: {e}"))?;
    for entry in crates.flatten() {
        let dir = entry.path();
        if dir.join("output").is_dir() {
            regenerate_crate(&dir)?;
        }
    }
    Ok(())
}

fn regenerate_crate(dir: &Path) -> Result<(), String> {
    let manifest = dir.join("Cargo.toml");
    let mut examples: Vec<String> = std::fs::read_dir(dir.join("examples"))
        .map_err(|e| format!("{}: {e}", dir.display()))?
        .flatten()
        .filter_map(|e| {
            let path = e.path();
            (path.extension()? == "rs").then(|| path.file_stem()?.to_str().map(String::from))?
        })
        .collect();
    examples.sort();
    for example in examples {
        let output = cargo()
            .args(["run", "--quiet", "--manifest-path"])
            .arg(&manifest)
            .args(["--example", &example])
            .output()
            .map_err(|e| format!("cargo run --example {example}: {e}"))?;
        if !output.status.success() {
            return Err(format!(
                "example {example} failed:\n{}",
                String::from_utf8_lossy(&output.stderr)
            ));
        }
        let text = format!(
            "$ cargo run --example {example}\n{}",
            String::from_utf8_lossy(&output.stdout)
        );
        let file = dir.join("output").join(format!("{example}.txt"));
        std::fs::write(&file, text).map_err(|e| format!("{}: {e}", file.display()))?;
        eprintln!("xtask: wrote {}", file.display());
    }
    Ok(())
}
