//! `mdbook-math`, run by mdBook as declared in `book.toml` (`[preprocessor.katex]`).

fn main() -> std::process::ExitCode {
    preprocessor_cli::run(&mdbook_math::Math::default())
}
