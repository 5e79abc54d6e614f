//! The `mtlint` command-line tool (the code is in `cli/`).
#![forbid(unsafe_code)]

mod cli;
mod config;

fn main() -> std::process::ExitCode {
    cli::run()
}
