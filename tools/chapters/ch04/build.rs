//! Every Rust block of this chapter's pages, in every edition, as a skeptic
//! test (`tests/code_blocks.rs`).

fn main() {
    code_blocks::generate();
}
