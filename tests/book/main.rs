//! The whole-book checks, one test binary: the editions (`parity`,
//! `editions_in_sync`), the code blocks (`code_blocks`), the numbers in the
//! prose (`numbers`), the house style of `STYLE.md` (`house_style`), the listings and their downloads (`listings`) and the
//! built HTML (`built_book`). The checks that read the built book need it
//! built from today's sources; without that, the binary stops at the first
//! of them with one line that says what to run ([`common::built_book`]).

mod built_book;
mod code_blocks;
mod common;
mod editions_in_sync;
mod house_style;
mod listings;
mod numbers;
mod parity;
