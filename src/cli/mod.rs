//! The command-line tool: arguments, inputs, the parallel ordered map, the
//! output formats, fixing files, and one module per subcommand.

mod args;
mod check;
mod config;
mod fixing;
mod format;
mod inputs;
mod parallel;
mod rules;
mod score;
mod show_config;
mod stream;

use args::{Cli, Command};
use clap::Parser;
use std::process::ExitCode;

/// Parses the command line and runs the subcommand it names.
pub fn run() -> ExitCode {
    match Cli::parse().command {
        Command::Rules { format } => rules::list(format),
        Command::Completions { shell } => {
            use clap::CommandFactory;
            clap_complete::generate(shell, &mut Cli::command(), "mtlint", &mut std::io::stdout());
            ExitCode::SUCCESS
        }
        Command::Explain { rule } => rules::explain(&rule),
        Command::Check(args) => check::check(&args),
        Command::Config { path, config, .. } => {
            show_config::print_config(path.as_deref(), config.as_deref())
        }
        Command::Score(args) => score::score(&args),
        Command::Stream(args) => stream::stream(&args),
    }
}
