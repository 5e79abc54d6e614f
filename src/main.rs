//! The `mtlint` command-line tool (the code is in `cli/`).
#![forbid(unsafe_code)]

mod cli;

/// mimalloc: a scan makes many short-lived allocations per document (word
/// lists, windows, findings), and two threads allocate at once.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() -> std::process::ExitCode {
    cli::run()
}
