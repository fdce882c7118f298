//! `mdbook-listings`, run by mdBook as declared in `book.toml`.

fn main() -> std::process::ExitCode {
    preprocessor_cli::run(&mdbook_listings::Listings)
}
