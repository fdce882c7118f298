//! Every listing as a zip in each edition's `listings/` folder, where each
//! chapter's first page links to it.

use std::hash::{Hash, Hasher};
use std::path::{Path, PathBuf};

use listing_archive::{Listing, discover};

/// Writes `<edition>/listings/<folder>.zip` for every listing crate of the
/// book at `sources` into each of `edition_dirs`: the same bytes in every
/// edition, packed once per change and kept in `cache`.
pub fn write(sources: &Path, cache: &Path, edition_dirs: &[PathBuf]) -> Result<(), String> {
    for listing in discover(&sources.join("listings")).map_err(|e| e.to_string())? {
        let zip = archive(&listing, sources, cache)?;
        for dir in edition_dirs {
            let folder = dir.join("listings");
            std::fs::create_dir_all(&folder).map_err(|e| format!("{}: {e}", folder.display()))?;
            let file = folder.join(format!("{}.zip", listing.folder));
            std::fs::write(&file, &zip).map_err(|e| format!("{}: {e}", file.display()))?;
        }
    }
    Ok(())
}

/// The listing's archive, made once per change of its files and kept in
/// `cache`: packing runs
/// `cargo update` to prune the lock file, which is too slow to repeat on
/// every rebuild of the book. The cache is keyed by everything that goes
/// into the archive, and `tests/listings.rs` compares what the book offers
/// with a fresh archive.
fn archive(listing: &Listing, sources: &Path, cache: &Path) -> Result<Vec<u8>, String> {
    let key = input_hash(listing, sources)?;
    let cached = cache.join(format!("{}-{key:016x}.zip", listing.folder));
    if let Ok(bytes) = std::fs::read(&cached) {
        return Ok(bytes);
    }
    let cargo = std::env::var_os("CARGO").unwrap_or_else(|| "cargo".into());
    let bytes = listing
        .archive(sources, Path::new(&cargo))
        .map_err(|e| format!("packing {}: {e}", listing.folder))?;
    std::fs::create_dir_all(cache).map_err(|e| format!("{}: {e}", cache.display()))?;
    // Older archives of this listing are stale now.
    for entry in std::fs::read_dir(cache).into_iter().flatten().flatten() {
        let name = entry.file_name();
        if name
            .to_string_lossy()
            .starts_with(&format!("{}-", listing.folder))
        {
            let _ = std::fs::remove_file(entry.path());
        }
    }
    std::fs::write(&cached, &bytes).map_err(|e| format!("{}: {e}", cached.display()))?;
    Ok(bytes)
}

/// A hash of the listing's files (names and bytes), the workspace's
/// manifest and lock, and the program that packs them.
fn input_hash(listing: &Listing, sources: &Path) -> Result<u64, String> {
    // The hasher's output only has to be stable for one build of xtask.
    let mut hasher = std::collections::hash_map::DefaultHasher::new();
    // The packing code is part of the input: the program running it is
    // rebuilt whenever listing-archive changes, so its size and the time it
    // was written stand for that code (its bytes would take a while to read
    // on every rebuild `cargo xtask serve` makes).
    let packer = std::env::current_exe().map_err(|e| format!("this program's own path: {e}"))?;
    let metadata = std::fs::metadata(&packer).map_err(|e| format!("{}: {e}", packer.display()))?;
    metadata.len().hash(&mut hasher);
    metadata
        .modified()
        .map_err(|e| format!("{}: {e}", packer.display()))?
        .hash(&mut hasher);
    let files = listing.files().map_err(|e| e.to_string())?;
    for relative in files {
        relative.hash(&mut hasher);
        let path = listing.dir.join(&relative);
        std::fs::read(&path)
            .map_err(|e| format!("{}: {e}", path.display()))?
            .hash(&mut hasher);
    }
    for file in ["Cargo.toml", "Cargo.lock"] {
        let path = sources.join(file);
        std::fs::read(&path)
            .map_err(|e| format!("{}: {e}", path.display()))?
            .hash(&mut hasher);
    }
    Ok(hasher.finish())
}
