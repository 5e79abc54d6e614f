//! The command line: subcommands, their options and the values options take.

use clap::{Parser, Subcommand, ValueEnum};
use mtlint::Severity;
use std::path::PathBuf;

#[derive(Parser)]
#[command(
    name = "mtlint",
    version,
    about = "Find the marks machine translation leaves in English text",
    after_help = "Examples:
  mtlint check article.txt                   report, with snippets and fixes
  mtlint check --format github content/      annotations in a GitHub workflow
  mtlint check --diff docs/                  show the safe fixes as a diff
  mtlint check --fix content/                apply the safe fixes in place
  cat page.html | mtlint check --stdin-filename page.html -
  mtlint explain names/outlet-article        what a rule catches, and how to silence it
  mtlint score --format json feed/           how machine-translated each text looks"
)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Command,
}

#[derive(Subcommand)]
pub enum Command {
    /// Check files (or `-` for standard input) and report findings.
    ///
    /// Exit status: 0 when nothing at or above --fail-on is found, 1 when
    /// something is, 2 on a usage, configuration or input error (the other
    /// files are still checked).
    Check(CheckArgs),
    /// Show the configuration in force for a file.
    Config {
        /// Print the effective configuration and the rules it enables.
        #[arg(long, required = true)]
        print: bool,
        /// The file (default: the current directory's configuration).
        path: Option<PathBuf>,
        /// The configuration file, instead of looking for one.
        #[arg(long, value_name = "FILE")]
        config: Option<PathBuf>,
    },
    /// Score each file: how likely it is to be machine-translated, with the
    /// evidence (findings by category, disclaimer). Exit status: 0, or 2 on an error.
    Score(ScoreArgs),
    /// Read JSON Lines records (`{"id": ..., "text": ..., "markup"?: ...}`) on
    /// standard input and write one JSON line per record, in input order:
    /// `{"id", ...}` with the fields of `score --format json`, `findings` the
    /// list `check` gives (the score itself from every rule, as `score`). A bad
    /// line gives `{"id"?, "line", "error"}` and the stream goes on. Exit
    /// status: 0, or 2 when the input cannot be read or the configuration is bad.
    Stream(StreamArgs),
    /// List the rules: id, category, default severity, on or off by default, summary.
    Rules {
        /// Output format.
        #[arg(long, value_enum, default_value_t = RulesFormat::Table)]
        format: RulesFormat,
    },
    /// Print a shell completion script (`mtlint completions bash > /etc/bash_completion.d/mtlint`).
    Completions {
        /// The shell.
        shell: clap_complete::Shell,
    },
    /// Explain a rule: what it finds, examples it flags and leaves alone, how to silence it.
    Explain {
        /// A rule id (`punctuation/doubled-punctuation`).
        rule: String,
    },
}

/// The options of `mtlint score`.
#[derive(clap::Args)]
pub struct ScoreArgs {
    /// Files or directories to score; `-` reads standard input.
    #[arg(required = true)]
    pub paths: Vec<PathBuf>,
    /// Output format.
    #[arg(long, value_enum, default_value_t = ScoreFormat::Human)]
    pub format: ScoreFormat,
    /// Turn on a rule or family.
    #[arg(long, value_name = "RULE")]
    pub enable: Vec<String>,
    /// Turn off a rule or family.
    #[arg(long, value_name = "RULE")]
    pub disable: Vec<String>,
    /// The configuration file; by default mtlint.toml or .mtlint.toml, found by
    /// walking up from each file.
    #[arg(long, value_name = "FILE")]
    pub config: Option<PathBuf>,
    /// Exit with status 1 when a document scores above X (0 to 1).
    #[arg(long, value_name = "X")]
    pub fail_above: Option<f64>,
}

/// The options of `mtlint stream`.
#[derive(clap::Args)]
pub struct StreamArgs {
    /// Turn on a rule or family.
    #[arg(long, value_name = "RULE")]
    pub enable: Vec<String>,
    /// Turn off a rule or family.
    #[arg(long, value_name = "RULE")]
    pub disable: Vec<String>,
    /// Extra name data, as for `check`.
    #[arg(long, value_name = "FILE")]
    pub names: Vec<PathBuf>,
    /// Extra possessive idioms, as for `check`.
    #[arg(long, value_name = "FILE")]
    pub idioms: Vec<PathBuf>,
    /// The markup of records without a "markup" field (default: plain).
    #[arg(long, value_enum)]
    pub markup: Option<MarkupArg>,
    /// The configuration file; by default mtlint.toml or .mtlint.toml, found
    /// by walking up from the current directory.
    #[arg(long, value_name = "FILE")]
    pub config: Option<PathBuf>,
    /// How many records to work on at once (default: one per core).
    #[arg(long, short = 'j', value_name = "N", value_parser = clap::value_parser!(u16).range(1..))]
    pub threads: Option<u16>,
}

/// The options of `mtlint check`.
#[derive(clap::Args)]
pub struct CheckArgs {
    /// Files or directories to check; `-` reads standard input.
    #[arg(required = true)]
    pub paths: Vec<PathBuf>,
    /// Output format.
    #[arg(long, value_enum, default_value_t = Format::Human)]
    pub format: Format,
    /// Turn on a rule or family (after --disable ones are applied in order given).
    #[arg(long, value_name = "RULE")]
    pub enable: Vec<String>,
    /// Turn off a rule or family.
    #[arg(long, value_name = "RULE")]
    pub disable: Vec<String>,
    /// Extra name data (outlets, brands, family names), in the format of the
    /// built-in data/outlets.tsv or data/surnames.tsv.
    #[arg(long, value_name = "FILE")]
    pub names: Vec<PathBuf>,
    /// Extra possessive idioms (`keep one's cool`), one a line, in the format
    /// of the built-in data/idioms.txt.
    #[arg(long, value_name = "FILE")]
    pub idioms: Vec<PathBuf>,
    /// Rewrite the files with the safe fixes (atomically; files without a fix are
    /// not touched) and say on standard error what was fixed; with `-`, read
    /// standard input and write the fixed text to standard output.
    #[arg(long)]
    pub fix: bool,
    /// With --fix or --diff: apply the fixes marked `unsafe` too.
    #[arg(long, visible_alias = "unsafe")]
    pub unsafe_fixes: bool,
    /// Print a unified diff of the fixes instead of writing the files (only the
    /// diff goes to standard output; not with a machine --format).
    #[arg(long, conflicts_with = "fix")]
    pub diff: bool,
    /// The inputs' markup; by default from each file's extension (.md, .html),
    /// plain text otherwise and for standard input.
    #[arg(long, value_enum)]
    pub markup: Option<MarkupArg>,
    /// The name to report standard input under (its extension also sets the markup).
    #[arg(long, value_name = "NAME")]
    pub stdin_filename: Option<String>,
    /// The configuration file; by default mtlint.toml or .mtlint.toml, found by
    /// walking up from each file.
    #[arg(long, value_name = "FILE")]
    pub config: Option<PathBuf>,
    /// The lowest severity that makes the exit status 1 (info-level findings
    /// are reported but do not fail a run by default).
    #[arg(long, value_enum, default_value_t = FailOn::Warning)]
    pub fail_on: FailOn,
    /// In directories, also check files matching GLOB (`*.rst`), or with a
    /// leading `!` leave them out (`!drafts/**`); may be repeated. Without
    /// it, directories give their .txt, .md, .html (and like) files, minus
    /// what .gitignore and .ignore exclude and hidden files.
    #[arg(long, value_name = "GLOB")]
    pub glob: Vec<String>,
    /// Colour in the human format: auto (when the output is a terminal and
    /// NO_COLOR is not set), always or never.
    #[arg(long, value_enum, default_value_t = ColorArg::Auto)]
    pub color: ColorArg,
    /// Print the findings and errors only: no summary, no notes.
    #[arg(long, short = 'q')]
    pub quiet: bool,
    /// Print how many findings each rule made, instead of the findings.
    #[arg(long)]
    pub statistics: bool,
    /// Write the report to FILE instead of standard output.
    #[arg(long, short = 'o', value_name = "FILE")]
    pub output_file: Option<PathBuf>,
    /// How many files to check at once (default: one per core).
    #[arg(long, short = 'j', value_name = "N", value_parser = clap::value_parser!(u16).range(1..))]
    pub threads: Option<u16>,
}

/// When to colour the human format.
#[derive(Clone, Copy, ValueEnum)]
pub enum ColorArg {
    Auto,
    Always,
    Never,
}

/// The severity from which findings fail a run.
#[derive(Clone, Copy, ValueEnum)]
pub enum FailOn {
    Info,
    Warning,
    Error,
}

impl FailOn {
    pub fn severity(self) -> Severity {
        match self {
            FailOn::Info => Severity::Info,
            FailOn::Warning => Severity::Warning,
            FailOn::Error => Severity::Error,
        }
    }
}

#[derive(Clone, Copy, ValueEnum)]
pub enum Format {
    /// Messages with the line and carets under the span.
    Human,
    /// One line a finding: `path:line:col: severity[rule]: message`.
    Brief,
    /// One JSON array of findings over all inputs.
    Json,
    /// One JSON object a line, streamed (the objects of `json`).
    Jsonl,
    /// SARIF 2.1.0, with rule metadata (for code-scanning dashboards).
    Sarif,
    /// GitHub Actions workflow commands (annotations on the pull request).
    Github,
    /// reviewdog's rdjsonl, with fixes as suggestions.
    Rdjsonl,
}

#[derive(Clone, Copy, ValueEnum)]
pub enum RulesFormat {
    /// One line a rule.
    Table,
    /// A JSON array of objects with id, family, category, severity, default_enabled, summary.
    Json,
}

#[derive(Clone, Copy, ValueEnum)]
pub enum ScoreFormat {
    /// A line per file with the score, the verdict and the evidence.
    Human,
    /// One JSON array of objects with path, words, findings, score, machine_translated.
    Json,
}
#[derive(Clone, Copy, ValueEnum)]
pub enum MarkupArg {
    /// Plain text.
    Plain,
    /// Markdown (CommonMark and GitHub extensions).
    Markdown,
    /// HTML.
    Html,
}
