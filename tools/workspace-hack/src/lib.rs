//! One set of features for the dependencies every build of the workspace
//! shares (see `Cargo.toml`). There is no code here: the crate exists for
//! its dependency lists.
