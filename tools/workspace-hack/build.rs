//! Nothing to build: the script exists so that the build-dependencies in
//! `Cargo.toml`, which set the features proc-macros and build scripts share,
//! are resolved.

fn main() {}
