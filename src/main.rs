//! The `mtlint` command-line tool.
#![forbid(unsafe_code)]

mod config;

use clap::{Parser, Subcommand, ValueEnum};
use mtlint::{apply_fixes, Detector, Finding, FixLevel, LineIndex, Markup, Severity};
use serde::Serialize;
use std::io::{self, Read, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

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
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Check files (or `-` for standard input) and report findings.
    ///
    /// Exit status: 0 when nothing at or above --fail-on is found, 1 when
    /// something is, 2 on a usage, configuration or input error (the other
    /// files are still checked).
    Check {
        /// Files or directories to check; `-` reads standard input.
        #[arg(required = true)]
        paths: Vec<PathBuf>,
        /// Output format.
        #[arg(long, value_enum, default_value_t = Format::Human)]
        format: Format,
        /// Turn on a rule or family (after --disable ones are applied in order given).
        #[arg(long, value_name = "RULE")]
        enable: Vec<String>,
        /// Turn off a rule or family.
        #[arg(long, value_name = "RULE")]
        disable: Vec<String>,
        /// Extra name data (outlets, brands, family names), in the format of the
        /// built-in data/outlets.tsv or data/surnames.tsv.
        #[arg(long, value_name = "FILE")]
        names: Vec<PathBuf>,
        /// Extra possessive idioms (`keep one's cool`), one a line, in the format
        /// of the built-in data/idioms.txt.
        #[arg(long, value_name = "FILE")]
        idioms: Vec<PathBuf>,
        /// Rewrite the files with the safe fixes (atomically; files without a fix are
        /// not touched). Standard input is never rewritten.
        #[arg(long)]
        fix: bool,
        /// With --fix or --diff: apply the fixes marked `review` too.
        #[arg(long, visible_alias = "unsafe")]
        unsafe_fixes: bool,
        /// Print a unified diff of the fixes instead of writing the files.
        #[arg(long, conflicts_with = "fix")]
        diff: bool,
        /// The inputs' markup; by default from each file's extension (.md, .html),
        /// plain text otherwise and for standard input.
        #[arg(long, value_enum)]
        markup: Option<MarkupArg>,
        /// The name to report standard input under (its extension also sets the markup).
        #[arg(long, value_name = "NAME")]
        stdin_filename: Option<String>,
        /// The configuration file; by default mtlint.toml or .mtlint.toml, found by
        /// walking up from each file.
        #[arg(long, value_name = "FILE")]
        config: Option<PathBuf>,
        /// The lowest severity that makes the exit status 1 (info-level findings
        /// are reported but do not fail a run by default).
        #[arg(long, value_enum, default_value_t = FailOn::Warning)]
        fail_on: FailOn,
        /// In directories, also check files matching GLOB (`*.rst`), or with a
        /// leading `!` leave them out (`!drafts/**`); may be repeated. Without
        /// it, directories give their .txt, .md, .html (and like) files, minus
        /// what .gitignore and .ignore exclude and hidden files.
        #[arg(long, value_name = "GLOB")]
        glob: Vec<String>,
        /// Colour in the human format: auto (when the output is a terminal and
        /// NO_COLOR is not set), always or never.
        #[arg(long, value_enum, default_value_t = ColorArg::Auto)]
        color: ColorArg,
        /// How many files to check at once (default: one per core).
        #[arg(long, short = 'j', value_name = "N", value_parser = clap::value_parser!(u16).range(1..))]
        threads: Option<u16>,
    },
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
    Score {
        /// Files or directories to score; `-` reads standard input.
        #[arg(required = true)]
        paths: Vec<PathBuf>,
        /// Output format.
        #[arg(long, value_enum, default_value_t = ScoreFormat::Human)]
        format: ScoreFormat,
    },
    /// List the rules: id, category, default severity, on or off by default, summary.
    Rules,
    /// Explain a rule: what it finds, examples it flags and leaves alone, how to silence it.
    Explain {
        /// A rule id (`punctuation/doubled-punctuation`).
        rule: String,
    },
}

/// When to colour the human format.
#[derive(Clone, Copy, ValueEnum)]
enum ColorArg {
    Auto,
    Always,
    Never,
}

/// The severity from which findings fail a run.
#[derive(Clone, Copy, ValueEnum)]
enum FailOn {
    Info,
    Warning,
    Error,
}

impl FailOn {
    fn severity(self) -> Severity {
        match self {
            FailOn::Info => Severity::Info,
            FailOn::Warning => Severity::Warning,
            FailOn::Error => Severity::Error,
        }
    }
}

#[derive(Clone, Copy, ValueEnum)]
enum Format {
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
enum ScoreFormat {
    /// A line per file with the score, the verdict and the evidence.
    Human,
    /// One JSON array of objects with path, words, findings, score, machine_translated.
    Json,
}

#[derive(Serialize)]
struct JsonEdit<'a> {
    start: usize,
    end: usize,
    replacement: &'a str,
}

#[derive(Serialize)]
struct JsonFix<'a> {
    applicability: &'static str,
    edits: Vec<JsonEdit<'a>>,
}

#[derive(Serialize)]
struct JsonFinding<'a> {
    path: &'a str,
    rule: &'static str,
    category: &'static str,
    severity: &'static str,
    message: &'a str,
    start: usize,
    end: usize,
    line: usize,
    column: usize,
    end_line: usize,
    end_column: usize,
    text: &'a str,
    fixes: Vec<JsonFix<'a>>,
}

/// Text extensions read when a directory is given.
const TEXT_EXTENSIONS: &[&str] = &["txt", "text", "md", "markdown", "html", "htm", "en"];

fn main() -> ExitCode {
    let cli = Cli::parse();
    match cli.command {
        Command::Rules => {
            let mut out = io::stdout().lock();
            for rule in mtlint::rules::registry() {
                let m = rule.meta();
                let on = if m.default_enabled { "on" } else { "off" };
                let _ = writeln!(
                    out,
                    "{:<42} {:<15} {:<8} {:<4} {}",
                    m.id,
                    m.category.as_str(),
                    m.severity.as_str(),
                    on,
                    m.summary
                );
            }
            ExitCode::SUCCESS
        }
        Command::Explain { rule } => explain(&rule),
        Command::Check {
            paths,
            format,
            enable,
            disable,
            names,
            idioms,
            fix,
            unsafe_fixes,
            diff,
            markup,
            stdin_filename,
            config,
            fail_on,
            glob,
            color,
            threads,
        } => {
            let level = if unsafe_fixes {
                FixLevel::All
            } else {
                FixLevel::Safe
            };
            let mode = if fix {
                FixMode::Write(level)
            } else if diff {
                FixMode::Diff(level)
            } else {
                FixMode::Report
            };
            let options = CheckOptions {
                enable,
                disable,
                names,
                idioms,
                config,
                markup,
                stdin_filename,
                format,
                mode,
                threads: threads.map(usize::from),
                fail_on: fail_on.severity(),
                globs: glob,
                paint: Paint {
                    on: match color {
                        ColorArg::Always => true,
                        ColorArg::Never => false,
                        ColorArg::Auto => {
                            use std::io::IsTerminal;
                            std::io::stdout().is_terminal()
                                && std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty())
                        }
                    },
                },
            };
            check(&paths, &options)
        }
        Command::Config { path, config, .. } => print_config(path.as_deref(), config.as_deref()),
        Command::Score { paths, format } => score(&paths, format),
    }
}

#[derive(Serialize)]
struct JsonScore<'a> {
    path: &'a str,
    words: usize,
    findings: usize,
    by_category: std::collections::BTreeMap<&'static str, usize>,
    per_1000_words: f64,
    disclaimer: bool,
    score: f64,
    machine_translated: bool,
}

fn score(paths: &[PathBuf], format: ScoreFormat) -> ExitCode {
    let detector = Detector::new();
    let (inputs, mut errors) = match collect_inputs(paths, &[]) {
        Ok(found) => found,
        Err(msg) => {
            eprintln!("mtlint: {msg}");
            return ExitCode::from(2);
        }
    };
    let mut rows: Vec<(String, mtlint::DocumentScore)> = Vec::new();
    for (name, path) in &inputs {
        match read_input(path.as_deref()) {
            Ok(text) => {
                let s = mtlint::score(&text, &detector.scan_markup(&text, Markup::from_path(name)));
                rows.push((name.clone(), s));
            }
            Err(msg) => {
                eprintln!("mtlint: {name}: {msg}");
                errors += 1;
            }
        }
    }
    let mut out = io::BufWriter::new(io::stdout().lock());
    match format {
        ScoreFormat::Json => {
            let json: Vec<JsonScore> = rows
                .iter()
                .map(|(name, s)| JsonScore {
                    path: name,
                    words: s.words,
                    findings: s.findings,
                    by_category: s
                        .by_category
                        .iter()
                        .map(|(c, n)| (c.as_str(), *n))
                        .collect(),
                    per_1000_words: (s.per_1000_words * 100.0).round() / 100.0,
                    disclaimer: s.disclaimer,
                    score: (s.score * 1000.0).round() / 1000.0,
                    machine_translated: s.machine_translated,
                })
                .collect();
            let _ = serde_json::to_writer_pretty(&mut out, &json);
            let _ = writeln!(out);
        }
        ScoreFormat::Human => {
            for (name, s) in &rows {
                let verdict = if s.machine_translated {
                    "likely machine-translated"
                } else {
                    "no sign of machine translation"
                };
                let cats: Vec<String> = s
                    .by_category
                    .iter()
                    .map(|(c, n)| format!("{c} {n}"))
                    .collect();
                let _ = writeln!(
                    out,
                    "{name}: {:.2} {verdict} ({} words, {} finding{}{}{})",
                    s.score,
                    s.words,
                    s.findings,
                    plural(s.findings),
                    if cats.is_empty() {
                        String::new()
                    } else {
                        format!(": {}", cats.join(", "))
                    },
                    if s.disclaimer { "; MT disclaimer" } else { "" },
                );
            }
        }
    }
    let _ = out.flush();
    if errors > 0 {
        ExitCode::from(2)
    } else {
        ExitCode::SUCCESS
    }
}

/// The inputs named on the command line: files, files under directories, `-`.
/// The inputs to check: a display name and a path (none for standard input).
type Inputs = Vec<(String, Option<PathBuf>)>;

/// The inputs named by `paths` (directories walked), and how many entries could
/// not be read; an error for a bad `--glob`.
fn collect_inputs(paths: &[PathBuf], globs: &[String]) -> Result<(Inputs, usize), String> {
    let mut errors = 0usize;
    let mut inputs: Vec<(String, Option<PathBuf>)> = Vec::new();
    for p in paths {
        if p.as_os_str() == "-" {
            inputs.push(("-".to_string(), None));
        } else if p.is_dir() {
            let mut files = Vec::new();
            errors += walk(p, globs, &mut files)?;
            sort_paths(&mut files);
            inputs.extend(
                files
                    .into_iter()
                    .map(|f| (f.display().to_string(), Some(f))),
            );
        } else {
            inputs.push((p.display().to_string(), Some(p.clone())));
        }
    }
    Ok((inputs, errors))
}

/// Sorts paths as `Path`'s order does (component by component), by their bytes
/// with each `/` made the lowest byte: comparing paths component by component
/// parses them again at every comparison, and took most of the listing's time.
fn sort_paths(files: &mut [PathBuf]) {
    #[cfg(unix)]
    {
        use std::os::unix::ffi::OsStrExt;
        files.sort_by_cached_key(|p| {
            let bytes = p.as_os_str().as_bytes();
            bytes
                .iter()
                .map(|&b| if b == b'/' { 0 } else { b })
                .collect::<Vec<u8>>()
        });
    }
    #[cfg(not(unix))]
    files.sort();
}

fn explain(id: &str) -> ExitCode {
    let Some(rule) = mtlint::rules::registry().iter().find(|r| r.meta().id == id) else {
        // the builder's error names the closest rule
        let msg = match Detector::builder().enable(id).build() {
            Err(e) => e.to_string(),
            Ok(_) => format!("`{id}` is a family; name one of its rules (see `mtlint rules`)"),
        };
        eprintln!("mtlint: {msg}");
        return ExitCode::from(2);
    };
    let m = rule.meta();
    let mut out = io::stdout().lock();
    let _ = writeln!(out, "{}\n\n{}\n", m.id, m.summary);
    let _ = writeln!(
        out,
        "category: {}; default severity: {}; {} by default",
        m.category,
        m.severity,
        if m.default_enabled {
            "on"
        } else {
            "off (turn it on with --enable)"
        }
    );
    let _ = writeln!(out, "\nFlags (and fixes to):");
    for ex in m.flags {
        let _ = writeln!(out, "  {:?}\n    -> {:?}", ex.text, ex.fixed);
    }
    let _ = writeln!(out, "\nLeaves alone:");
    for ex in m.passes {
        let _ = writeln!(out, "  {ex:?}");
    }
    let _ = writeln!(
        out,
        "\nTo silence it: --disable {id} (or --disable {}), or put `mtlint-disable-next-line {id}` on the line before.",
        m.family()
    );
    ExitCode::SUCCESS
}

/// What became of one input.
enum Outcome {
    /// It could not be read.
    Error(String),
    /// `--diff`: the diff, if the fixes change anything.
    Diff(Option<String>),
    /// Scanned (after fixing, with `--fix`): the text and its findings, and an
    /// error if the fixed file could not be written.
    Scanned {
        text: String,
        findings: Vec<Finding>,
        error: Option<String>,
    },
}

/// An input's outcome as the printing thread needs it: formatted by a worker.
enum Rendered {
    /// It could not be read.
    Error(String),
    /// `--diff`: the diff, if the fixes change anything.
    Diff(Option<String>),
    /// Scanned: how many findings, how many of them fail the run, warnings
    /// about directives for standard error, the formatted findings (for JSON,
    /// the array's items, comma-separated), SARIF results, and a write error.
    Scanned {
        found: usize,
        failing: usize,
        warnings: Vec<String>,
        output: Vec<u8>,
        sarif: Vec<serde_json::Value>,
        error: Option<String>,
    },
}

/// What `check` does with the fixes.
#[derive(Clone, Copy)]
enum FixMode {
    /// Only report.
    Report,
    /// Rewrite the files.
    Write(FixLevel),
    /// Print a unified diff.
    Diff(FixLevel),
}

/// The markup of an input: the `--markup` flag, else the file's extension.
fn markup_of(name: &str, flag: Option<MarkupArg>) -> Markup {
    match flag {
        Some(MarkupArg::Plain) => Markup::Plain,
        Some(MarkupArg::Markdown) => Markup::Markdown,
        Some(MarkupArg::Html) => Markup::Html,
        None => Markup::from_path(name),
    }
}

#[derive(Clone, Copy, ValueEnum)]
enum MarkupArg {
    /// Plain text.
    Plain,
    /// Markdown (CommonMark and GitHub extensions).
    Markdown,
    /// HTML.
    Html,
}

/// What the command line asked `check` to do.
struct CheckOptions {
    enable: Vec<String>,
    disable: Vec<String>,
    names: Vec<PathBuf>,
    idioms: Vec<PathBuf>,
    config: Option<PathBuf>,
    markup: Option<MarkupArg>,
    stdin_filename: Option<String>,
    format: Format,
    mode: FixMode,
    threads: Option<usize>,
    fail_on: Severity,
    globs: Vec<String>,
    paint: Paint,
}

/// The configuration for each input and a detector for each distinct setting.
struct Setup {
    configs: Vec<config::Config>,
    detectors: Vec<Detector>,
    /// Per input: (config index, detector index).
    per_input: Vec<(usize, usize)>,
}

/// The configuration and detector of each input. `named`: the paths given on
/// the command line (only those can be links: a directory's walk skips links).
fn setup(
    inputs: &mut Vec<(String, Option<PathBuf>)>,
    named: &std::collections::HashSet<&Path>,
    o: &CheckOptions,
) -> Result<Setup, String> {
    let mut configs: Vec<config::Config> = Vec::new();
    let mut by_path: std::collections::HashMap<Option<PathBuf>, usize> =
        std::collections::HashMap::new();
    let mut detectors: Vec<Detector> = Vec::new();
    let mut by_setting: std::collections::HashMap<(usize, Vec<usize>), usize> =
        std::collections::HashMap::new();
    let mut per_input = Vec::new();
    let mut kept = Vec::new();
    // the configuration found for each directory: the files of one directory
    // share it, unless a file is a link (then its target's directory counts)
    let mut by_dir: std::collections::HashMap<PathBuf, Option<PathBuf>> =
        std::collections::HashMap::new();
    for (name, path) in inputs.drain(..) {
        let file = path.clone().unwrap_or_else(|| PathBuf::from(&name));
        let cpath = match &o.config {
            Some(c) => Some(c.clone()),
            None => {
                let link = named.contains(file.as_path())
                    && std::fs::symlink_metadata(&file).is_ok_and(|m| m.file_type().is_symlink());
                match file.parent().filter(|_| !link && path.is_some()) {
                    Some(dir) => by_dir
                        .entry(dir.to_path_buf())
                        .or_insert_with(|| config::find_for(&file))
                        .clone(),
                    None => config::find_for(&file),
                }
            }
        };
        let ci = match by_path.get(&cpath) {
            Some(&i) => i,
            None => {
                let c = match &cpath {
                    Some(p) => config::Config::load(p)?,
                    None => config::Config::default_config(),
                };
                configs.push(c);
                by_path.insert(cpath.clone(), configs.len() - 1);
                configs.len() - 1
            }
        };
        if path.is_some() && configs[ci].excludes(&file) {
            continue;
        }
        let overrides = configs[ci].overrides_for(&file);
        let key = (ci, overrides.clone());
        let di = match by_setting.get(&key) {
            Some(&d) => d,
            None => {
                detectors.push(
                    configs[ci].detector(&overrides, &o.enable, &o.disable, &o.names, &o.idioms)?,
                );
                by_setting.insert(key, detectors.len() - 1);
                detectors.len() - 1
            }
        };
        per_input.push((ci, di));
        kept.push((name, path));
    }
    *inputs = kept;
    Ok(Setup {
        configs,
        detectors,
        per_input,
    })
}

fn print_config(path: Option<&Path>, explicit: Option<&Path>) -> ExitCode {
    let file = path
        .map(Path::to_path_buf)
        .unwrap_or_else(|| PathBuf::from("."));
    let found = explicit.map(Path::to_path_buf).or_else(|| {
        config::find_for(&file.join("x"))
            .filter(|_| file.is_dir())
            .or_else(|| config::find_for(&file))
    });
    let c = match &found {
        Some(p) => match config::Config::load(p) {
            Ok(c) => c,
            Err(e) => {
                eprintln!("mtlint: {e}");
                return ExitCode::from(2);
            }
        },
        None => config::Config::default_config(),
    };
    let overrides = c.overrides_for(&file);
    let detector = match c.detector(&overrides, &[], &[], &[], &[]) {
        Ok(d) => d,
        Err(e) => {
            eprintln!("mtlint: {e}");
            return ExitCode::from(2);
        }
    };
    let mut out = io::stdout().lock();
    let _ = writeln!(
        out,
        "# configuration: {}",
        found
            .as_ref()
            .map_or("none (defaults)".to_string(), |p| p.display().to_string())
    );
    let _ = writeln!(
        out,
        "# for: {}{}",
        file.display(),
        if c.excludes(&file) { " (excluded)" } else { "" }
    );
    let _ = writeln!(out, "# overrides that apply: {overrides:?}");
    let _ = write!(out, "{}", toml::to_string(&c.settings).unwrap_or_default());
    let _ = writeln!(out, "# rules enabled for this file:");
    for id in detector.rule_ids() {
        let _ = writeln!(out, "#   {id}");
    }
    ExitCode::SUCCESS
}

fn check(paths: &[PathBuf], o: &CheckOptions) -> ExitCode {
    let (format, mode, markup) = (o.format, o.mode, o.markup);
    let (mut inputs, mut errors) = match collect_inputs(paths, &o.globs) {
        Ok(found) => found,
        Err(msg) => {
            eprintln!("mtlint: {msg}");
            return ExitCode::from(2);
        }
    };
    if let Some(name) = &o.stdin_filename {
        for input in inputs.iter_mut().filter(|i| i.1.is_none()) {
            input.0 = name.clone();
        }
    }
    let named = paths.iter().map(PathBuf::as_path).collect();
    let setup = match setup(&mut inputs, &named, o) {
        Ok(s) => s,
        Err(msg) => {
            eprintln!("mtlint: {msg}");
            return ExitCode::from(2);
        }
    };
    let stdout = io::stdout();
    let mut out = io::BufWriter::new(stdout.lock());
    let mut found = 0usize;
    let mut failing = 0usize;
    let mut json: Vec<u8> = Vec::new();
    let mut first_json = true;
    let mut sarif_results: Vec<serde_json::Value> = Vec::new();
    if matches!(format, Format::Json) {
        json.push(b'[');
    }
    // Files are read, fixed and scanned on all cores; the results are printed in
    // input order as they arrive, so the output is the same every run and only
    // the results waiting for an earlier file are held in memory.
    let work = |k: usize| -> Outcome {
        let (name, path) = &inputs[k];
        let (ci, di) = setup.per_input[k];
        let (config, detector) = (&setup.configs[ci], &setup.detectors[di]);
        let text = match read_input(path.as_deref()) {
            Ok(t) => t,
            Err(msg) => return Outcome::Error(format!("{name}: {msg}")),
        };
        let kind = markup_of(name, markup);
        // tests widen the window between reading a file and writing it back
        #[cfg(debug_assertions)]
        if let Some(ms) = std::env::var("MTLINT_TEST_SCAN_DELAY_MS")
            .ok()
            .and_then(|v| v.parse().ok())
        {
            std::thread::sleep(std::time::Duration::from_millis(ms));
        }
        match (mode, path) {
            // with --fix, the file is rewritten first and what remains is reported
            (FixMode::Write(level), Some(p)) => {
                let fixed = fix_to_convergence(detector, &text, level, kind);
                let (text, error) = if fixed == text {
                    (text, None)
                } else if let Err(e) = write_atomically(p, &text, &fixed) {
                    (text, Some(format!("{name}: not fixed: {e}")))
                } else {
                    (fixed, None)
                };
                let mut findings = detector.scan_markup(&text, kind);
                config.filter_accepted(&text, &mut findings);
                Outcome::Scanned {
                    text,
                    findings,
                    error,
                }
            }
            (FixMode::Diff(level), _) => {
                let fixed = fix_to_convergence(detector, &text, level, kind);
                Outcome::Diff((fixed != text).then(|| unified_diff(name, &text, &fixed)))
            }
            _ => {
                let mut findings = detector.scan_markup(&text, kind);
                config.filter_accepted(&text, &mut findings);
                Outcome::Scanned {
                    text,
                    findings,
                    error: None,
                }
            }
        }
    };
    // Each worker also formats its input's findings, so that the printing thread
    // only writes bytes out in order.
    let render = |k: usize, outcome: Outcome| -> Rendered {
        let name = &inputs[k].0;
        let (text, findings, error) = match outcome {
            Outcome::Error(msg) => return Rendered::Error(msg),
            Outcome::Diff(diff) => return Rendered::Diff(diff),
            Outcome::Scanned {
                text,
                findings,
                error,
            } => (text, findings, error),
        };
        // a directive naming no rule silences nothing: say so, and fail the run
        let problems = setup
            .detectors
            .first()
            .map_or(Vec::new(), |d| d.directive_problems(&text));
        if findings.is_empty() && problems.is_empty() {
            // nothing to place: the line index (a pass over the text) is not needed
            return Rendered::Scanned {
                found: 0,
                failing: 0,
                warnings: Vec::new(),
                output: Vec::new(),
                sarif: Vec::new(),
                error,
            };
        }
        let index = LineIndex::new(&text);
        let warnings: Vec<String> = problems
            .iter()
            .map(|p| {
                let at = index.position(p.span.start);
                format!("{name}:{}:{}: warning: {}", at.line, at.column, p.message)
            })
            .collect();
        let mut output: Vec<u8> = Vec::new();
        let mut sarif = Vec::new();
        for (i, f) in findings.iter().enumerate() {
            match format {
                Format::Human => {
                    let _ = write_human(&mut output, name, &text, &index, f, o.paint);
                }
                Format::Brief => {
                    let p = index.position(f.span.start);
                    let _ = writeln!(
                        output,
                        "{name}:{}:{}: {}[{}]: {}",
                        p.line, p.column, f.severity, f.rule, f.message
                    );
                }
                Format::Json => {
                    if i > 0 {
                        output.push(b',');
                    }
                    output.extend_from_slice(b"\n  ");
                    let _ = serde_json::to_writer(&mut output, &to_json(name, &text, &index, f));
                }
                Format::Jsonl => {
                    let _ = serde_json::to_writer(&mut output, &to_json(name, &text, &index, f));
                    let _ = writeln!(output);
                }
                Format::Github => {
                    let _ = writeln!(output, "{}", github_command(name, &index, f));
                }
                Format::Rdjsonl => {
                    let _ = serde_json::to_writer(&mut output, &rdjson(name, &index, f));
                    let _ = writeln!(output);
                }
                Format::Sarif => sarif.push(sarif_result(name, &index, f)),
            }
        }
        Rendered::Scanned {
            found: findings.len(),
            failing: findings.iter().filter(|f| f.severity >= o.fail_on).count(),
            warnings,
            output,
            sarif,
            error,
        }
    };
    let inputs = &inputs;
    let threads = o
        .threads
        .unwrap_or_else(|| std::thread::available_parallelism().map_or(1, |n| n.get()))
        .min(inputs.len().max(1));
    // Workers run at most WINDOW files ahead of the one printed next, so that
    // one slow file cannot make the others' outputs pile up in memory.
    let window = threads * 64;
    // Each worker sends its outputs in batches of up to BATCH: a message wakes
    // the printing thread, and a wake-up per small file cost more than the file.
    const BATCH: usize = 16;
    // (the next input to print, how many workers wait for it to move on)
    let printed = (
        std::sync::Mutex::new((0usize, 0usize)),
        std::sync::Condvar::new(),
    );
    let next = std::sync::atomic::AtomicUsize::new(0);
    let (tx, rx) = std::sync::mpsc::channel::<Vec<(usize, Rendered)>>();
    std::thread::scope(|scope| {
        for _ in 0..threads {
            let tx = tx.clone();
            let (next, work, render, printed) = (&next, &work, &render, &printed);
            scope.spawn(move || {
                let mut batch = Vec::with_capacity(BATCH);
                loop {
                    let k = next.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
                    if k >= inputs.len() {
                        break;
                    }
                    {
                        let (lock, turn) = printed;
                        let mut state = lock.lock().unwrap_or_else(|e| e.into_inner());
                        if k >= state.0 + window && !batch.is_empty() {
                            // what this worker holds may be what the printer waits for:
                            // send it before waiting
                            drop(state);
                            if tx.send(std::mem::take(&mut batch)).is_err() {
                                return;
                            }
                            state = lock.lock().unwrap_or_else(|e| e.into_inner());
                        }
                        while k >= state.0 + window {
                            state.1 += 1;
                            state = turn.wait(state).unwrap_or_else(|e| e.into_inner());
                            state.1 -= 1;
                        }
                    }
                    batch.push((k, render(k, work(k))));
                    if batch.len() >= BATCH && tx.send(std::mem::take(&mut batch)).is_err() {
                        return;
                    }
                }
                if !batch.is_empty() {
                    let _ = tx.send(batch);
                }
            });
        }
        drop(tx);
        let mut pending: std::collections::BTreeMap<usize, Rendered> =
            std::collections::BTreeMap::new();
        let mut due = 0;
        for (k, outcome) in rx.into_iter().flatten() {
            pending.insert(k, outcome);
            while let Some(outcome) = pending.remove(&due) {
                due += 1;
                {
                    let (lock, turn) = &printed;
                    let waiting = {
                        let mut state = lock.lock().unwrap_or_else(|e| e.into_inner());
                        state.0 = due;
                        state.1
                    };
                    // wake the workers only when one waits (a wake-up is a system call)
                    if waiting > 0 {
                        turn.notify_all();
                    }
                }
                match outcome {
                    Rendered::Error(msg) => {
                        eprintln!("mtlint: {msg}");
                        errors += 1;
                    }
                    Rendered::Diff(diff) => {
                        if let Some(d) = diff {
                            found += 1; // a change to make: exit 1, as a finding would
                            failing += 1;
                            let _ = write!(out, "{d}");
                        }
                    }
                    Rendered::Scanned {
                        found: n,
                        failing: n_failing,
                        warnings,
                        output,
                        sarif,
                        error,
                    } => {
                        if let Some(e) = error {
                            eprintln!("mtlint: {e}");
                            errors += 1;
                        }
                        found += n;
                        failing += n_failing + warnings.len();
                        for w in warnings {
                            eprintln!("{w}");
                        }
                        if matches!(format, Format::Json) {
                            if !output.is_empty() {
                                if !first_json {
                                    json.push(b',');
                                }
                                first_json = false;
                                json.extend_from_slice(&output);
                            }
                        } else {
                            let _ = out.write_all(&output);
                        }
                        sarif_results.extend(sarif);
                    }
                }
            }
        }
    });
    match format {
        Format::Json => {
            json.extend_from_slice(if first_json { b"]\n" } else { b"\n]\n" });
            let _ = out.write_all(&json);
        }
        Format::Sarif => {
            let _ = serde_json::to_writer_pretty(&mut out, &sarif_log(sarif_results));
            let _ = writeln!(out);
        }
        Format::Human if found > 0 => {
            let _ = writeln!(
                out,
                "{found} finding{} in {} input{}",
                plural(found),
                inputs.len(),
                plural(inputs.len())
            );
        }
        _ => {}
    }
    let _ = out.flush();
    if errors > 0 {
        ExitCode::from(2)
    } else if failing > 0 {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    }
}

/// Applies fixes and rescans until nothing more applies (at most 4 rounds), so
/// that a rescan of the result does not find the fixed artifacts again.
fn fix_to_convergence(detector: &Detector, text: &str, level: FixLevel, markup: Markup) -> String {
    let mut current = text.to_string();
    for _ in 0..4 {
        let fixed = apply_fixes(&current, &detector.scan_markup(&current, markup), level);
        if fixed.applied == 0 {
            break;
        }
        current = fixed.text;
    }
    current
}

/// Replaces `path`'s content with `fixed`: a temporary file beside it with the same
/// permissions, then a rename, so a crash leaves either the old or the new file.
/// Refuses when the file changed on disk since it was read.
fn write_atomically(path: &Path, original: &str, fixed: &str) -> io::Result<()> {
    // through a symbolic link, the file it points to is rewritten (renaming over
    // the link would replace it with a copy)
    let resolved = std::fs::canonicalize(path)?;
    let path = resolved.as_path();
    let now = std::fs::read(path)?;
    if now != original.as_bytes() {
        return Err(io::Error::other(
            "the file changed on disk since it was read; run again",
        ));
    }
    let meta = std::fs::metadata(path)?;
    if meta.permissions().readonly() {
        return Err(io::Error::new(
            io::ErrorKind::PermissionDenied,
            "the file is read-only",
        ));
    }
    let dir = path
        .parent()
        .filter(|d| !d.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    // a short name, whatever the file's (a long name plus a suffix could pass
    // the file system's limit); create_new never follows or reuses a file
    static SERIAL: std::sync::atomic::AtomicUsize = std::sync::atomic::AtomicUsize::new(0);
    let serial = SERIAL.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
    let tmp = dir.join(format!(".mtlint-{}-{serial}.tmp", std::process::id()));
    let result = (|| {
        let mut f = std::fs::File::options()
            .write(true)
            .create_new(true)
            .open(&tmp)?;
        let bytes = fixed.as_bytes();
        f.write_all(&bytes[..bytes.len() / 2])?;
        // tests make the write fail half-way here to prove the original survives
        #[cfg(debug_assertions)]
        if std::env::var_os("MTLINT_TEST_FAIL_WRITE").is_some() {
            return Err(io::Error::other(
                "simulated failure half-way through the write",
            ));
        }
        f.write_all(&bytes[bytes.len() / 2..])?;
        f.sync_all()?;
        std::fs::set_permissions(&tmp, meta.permissions())?;
        std::fs::rename(&tmp, path)?;
        // make the rename itself durable (best effort: not every system allows it)
        if let Ok(d) = std::fs::File::open(dir) {
            let _ = d.sync_all();
        }
        Ok(())
    })();
    if result.is_err() {
        let _ = std::fs::remove_file(&tmp);
    }
    result
}

/// A unified diff of two texts, line by line (the changed lines with 2 lines of context).
fn unified_diff(name: &str, old: &str, new: &str) -> String {
    let a: Vec<&str> = old.split_inclusive('\n').collect();
    let b: Vec<&str> = new.split_inclusive('\n').collect();
    // fixes never add or remove lines except whole debris lines; align with an LCS
    let (n, m) = (a.len(), b.len());
    let mut lcs = vec![vec![0u32; m + 1]; n + 1];
    if n.saturating_mul(m) > 4_000_000 {
        // too large to align: one hunk of the whole text
        let mut s = format!("--- {name}\n+++ {name}\n@@ -1,{n} +1,{m} @@\n");
        a.iter()
            .for_each(|l| s.push_str(&format!("-{}", with_newline(l))));
        b.iter()
            .for_each(|l| s.push_str(&format!("+{}", with_newline(l))));
        return s;
    }
    for i in (0..n).rev() {
        for j in (0..m).rev() {
            lcs[i][j] = if a[i] == b[j] {
                lcs[i + 1][j + 1] + 1
            } else {
                lcs[i + 1][j].max(lcs[i][j + 1])
            };
        }
    }
    // edit script: (tag, line) with tag ' ', '-', '+'
    let mut ops: Vec<(char, &str)> = Vec::new();
    let (mut i, mut j) = (0, 0);
    while i < n || j < m {
        if i < n && j < m && a[i] == b[j] {
            ops.push((' ', a[i]));
            i += 1;
            j += 1;
        } else if i < n && (j == m || lcs[i + 1][j] >= lcs[i][j + 1]) {
            ops.push(('-', a[i]));
            i += 1;
        } else {
            ops.push(('+', b[j]));
            j += 1;
        }
    }
    let mut out = format!("--- {name}\n+++ {name}\n");
    let changed: Vec<usize> = ops
        .iter()
        .enumerate()
        .filter(|(_, o)| o.0 != ' ')
        .map(|(k, _)| k)
        .collect();
    let mut k = 0;
    while k < changed.len() {
        let start = changed[k].saturating_sub(2);
        let mut end = changed[k] + 3;
        while k + 1 < changed.len() && changed[k + 1] < end + 2 {
            k += 1;
            end = changed[k] + 3;
        }
        let end = end.min(ops.len());
        let old_start = ops[..start].iter().filter(|o| o.0 != '+').count() + 1;
        let new_start = ops[..start].iter().filter(|o| o.0 != '-').count() + 1;
        let old_len = ops[start..end].iter().filter(|o| o.0 != '+').count();
        let new_len = ops[start..end].iter().filter(|o| o.0 != '-').count();
        out.push_str(&format!(
            "@@ -{old_start},{old_len} +{new_start},{new_len} @@\n"
        ));
        for (tag, line) in &ops[start..end] {
            out.push(*tag);
            out.push_str(&with_newline(line));
        }
        k += 1;
    }
    out
}

fn with_newline(line: &str) -> String {
    if line.ends_with('\n') {
        line.to_string()
    } else {
        format!("{line}\n\\ No newline at end of file\n")
    }
}

/// Escapes a GitHub workflow-command message (`%`, CR, LF) or property (also `:` and `,`).
fn gh_escape(s: &str, property: bool) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '%' => out.push_str("%25"),
            '\r' => out.push_str("%0D"),
            '\n' => out.push_str("%0A"),
            ':' if property => out.push_str("%3A"),
            ',' if property => out.push_str("%2C"),
            c => out.push(c),
        }
    }
    out
}

fn github_command(name: &str, index: &LineIndex<'_>, f: &Finding) -> String {
    let s = index.position(f.span.start);
    let e = index.position(f.span.end);
    let level = match f.severity {
        mtlint::Severity::Error => "error",
        mtlint::Severity::Warning => "warning",
        _ => "notice",
    };
    format!(
        "::{level} file={},line={},col={},endLine={},endColumn={},title={}::{}",
        gh_escape(name, true),
        s.line,
        s.column,
        e.line,
        e.column,
        gh_escape(f.rule, true),
        gh_escape(&f.message, false)
    )
}

fn range_json(index: &LineIndex<'_>, r: &std::ops::Range<usize>) -> serde_json::Value {
    let s = index.position(r.start);
    let e = index.position(r.end);
    serde_json::json!({"start": {"line": s.line, "column": s.column}, "end": {"line": e.line, "column": e.column}})
}

fn rdjson(name: &str, index: &LineIndex<'_>, f: &Finding) -> serde_json::Value {
    let severity = match f.severity {
        mtlint::Severity::Error => "ERROR",
        mtlint::Severity::Warning => "WARNING",
        _ => "INFO",
    };
    let suggestions: Vec<serde_json::Value> = f
        .fixes
        .first()
        .map(|fix| fix.edits.iter().map(|e| serde_json::json!({"range": range_json(index, &e.range), "text": e.replacement})).collect())
        .unwrap_or_default();
    serde_json::json!({
        "message": f.message,
        "location": {"path": name, "range": range_json(index, &f.span)},
        "severity": severity,
        "source": {"name": "mtlint"},
        "code": {"value": f.rule},
        "suggestions": suggestions,
    })
}

fn sarif_level(s: mtlint::Severity) -> &'static str {
    match s {
        mtlint::Severity::Error => "error",
        mtlint::Severity::Warning => "warning",
        _ => "note",
    }
}

fn sarif_region(index: &LineIndex<'_>, r: &std::ops::Range<usize>) -> serde_json::Value {
    let s = index.position(r.start);
    let e = index.position(r.end);
    serde_json::json!({
        "startLine": s.line, "startColumn": s.column, "endLine": e.line, "endColumn": e.column,
        "byteOffset": r.start, "byteLength": r.end - r.start,
    })
}

fn sarif_result(name: &str, index: &LineIndex<'_>, f: &Finding) -> serde_json::Value {
    let fixes: Vec<serde_json::Value> = f
        .fixes
        .iter()
        .map(|fix| {
            serde_json::json!({
                "description": {"text": format!("{} fix", fix.applicability)},
                "artifactChanges": [{
                    "artifactLocation": {"uri": name},
                    "replacements": fix.edits.iter().map(|e| serde_json::json!({
                        "deletedRegion": sarif_region(index, &e.range),
                        "insertedContent": {"text": e.replacement},
                    })).collect::<Vec<_>>(),
                }],
            })
        })
        .collect();
    serde_json::json!({
        "ruleId": f.rule,
        "level": sarif_level(f.severity),
        "message": {"text": f.message},
        "locations": [{"physicalLocation": {"artifactLocation": {"uri": name}, "region": sarif_region(index, &f.span)}}],
        "fixes": fixes,
    })
}

fn sarif_log(results: Vec<serde_json::Value>) -> serde_json::Value {
    let rules: Vec<serde_json::Value> = mtlint::rules::registry()
        .iter()
        .map(|r| {
            let m = r.meta();
            serde_json::json!({
                "id": m.id,
                "shortDescription": {"text": m.summary},
                "defaultConfiguration": {"level": sarif_level(m.severity), "enabled": m.default_enabled},
                "properties": {"category": m.category.as_str()},
            })
        })
        .collect();
    serde_json::json!({
        "$schema": "https://json.schemastore.org/sarif-2.1.0.json",
        "version": "2.1.0",
        "runs": [{
            "tool": {"driver": {"name": "mtlint", "version": env!("CARGO_PKG_VERSION"), "rules": rules}},
            "columnKind": "unicodeCodePoints",
            "results": results,
        }],
    })
}

fn plural(n: usize) -> &'static str {
    if n == 1 {
        ""
    } else {
        "s"
    }
}

/// The text files under `dir`, walked with the `ignore` crate: `.gitignore`,
/// `.ignore` and git's excludes are honoured (inside a repository or not),
/// hidden files and directories are skipped, symbolic links are not followed.
/// `globs` (`--glob`) add files by pattern (`*.rst`) or, with `!`, leave them
/// out (`!drafts/**`). Returns how many entries could not be read (each reported).
fn walk(dir: &Path, globs: &[String], files: &mut Vec<PathBuf>) -> Result<usize, String> {
    let mut overrides = ignore::overrides::OverrideBuilder::new(dir);
    for g in globs {
        overrides.add(g).map_err(|e| format!("--glob {g}: {e}"))?;
    }
    let overrides = overrides.build().map_err(|e| format!("--glob: {e}"))?;
    let includes = globs.iter().any(|g| !g.starts_with('!'));
    let mut errors = 0;
    let walker = ignore::WalkBuilder::new(dir)
        .require_git(false)
        .follow_links(false)
        .build();
    for entry in walker {
        let entry = match entry {
            Ok(e) => e,
            Err(e) => {
                eprintln!("mtlint: {e}");
                errors += 1;
                continue;
            }
        };
        if !entry.file_type().is_some_and(|t| t.is_file()) {
            continue;
        }
        let path = entry.path();
        let text_ext = path
            .extension()
            .and_then(|e| e.to_str())
            .is_some_and(|e| TEXT_EXTENSIONS.contains(&e.to_ascii_lowercase().as_str()));
        let chosen = match overrides.matched(path, false) {
            ignore::Match::Ignore(_) => false,
            ignore::Match::Whitelist(_) => true,
            // with include globs, a file they do not name is left out, as in ripgrep
            ignore::Match::None => text_ext && !includes,
        };
        if chosen {
            files.push(path.to_path_buf());
        }
    }
    Ok(errors)
}

fn read_input(path: Option<&Path>) -> Result<String, String> {
    let mut bytes = Vec::new();
    match path {
        None => io::stdin()
            .read_to_end(&mut bytes)
            .map_err(|e| e.to_string())?,
        Some(p) => {
            bytes = std::fs::read(p).map_err(|e| e.to_string())?;
            bytes.len()
        }
    };
    if bytes.starts_with(&[0xFF, 0xFE]) || bytes.starts_with(&[0xFE, 0xFF]) {
        return Err("a UTF-16 file; convert it to UTF-8 first (iconv -f UTF-16 -t UTF-8)".into());
    }
    if let Some(at) = memchr::memchr(0, &bytes[..bytes.len().min(8192)]) {
        return Err(format!("a binary file (NUL byte at {at}); not checked"));
    }
    // a UTF-8 byte-order mark stays: offsets are those of the file as read
    String::from_utf8(bytes).map_err(|e| {
        let at = e.utf8_error().valid_up_to();
        format!("invalid UTF-8 at byte {at}; convert the file to UTF-8 first")
    })
}

fn to_json<'a>(
    path: &'a str,
    text: &'a str,
    index: &LineIndex<'_>,
    f: &'a Finding,
) -> JsonFinding<'a> {
    let s = index.position(f.span.start);
    let e = index.position(f.span.end);
    JsonFinding {
        path,
        rule: f.rule,
        category: f.category.as_str(),
        severity: f.severity.as_str(),
        message: &f.message,
        start: f.span.start,
        end: f.span.end,
        line: s.line,
        column: s.column,
        end_line: e.line,
        end_column: e.column,
        text: f.text(text),
        fixes: f
            .fixes
            .iter()
            .map(|x| JsonFix {
                applicability: x.applicability.as_str(),
                edits: x
                    .edits
                    .iter()
                    .map(|ed| JsonEdit {
                        start: ed.range.start,
                        end: ed.range.end,
                        replacement: &ed.replacement,
                    })
                    .collect(),
            })
            .collect(),
    }
}

/// At most this many chars of context on each side of a span in the human format.
const CONTEXT: usize = 40;

/// ANSI colours for the human format, or none.
#[derive(Clone, Copy)]
struct Paint {
    on: bool,
}

impl Paint {
    /// `text` in the SGR style `code` (`1;31` is bold red), when colour is on.
    fn paint(self, code: &str, text: &str) -> String {
        if self.on {
            format!("\x1b[{code}m{text}\x1b[0m")
        } else {
            text.to_string()
        }
    }

    fn severity(self, s: Severity) -> &'static str {
        match s {
            Severity::Error => "1;31",
            Severity::Warning => "1;33",
            Severity::Info => "1;36",
        }
    }
}

fn write_human(
    out: &mut impl Write,
    name: &str,
    text: &str,
    index: &LineIndex<'_>,
    f: &Finding,
    paint: Paint,
) -> io::Result<()> {
    let s = index.position(f.span.start);
    let sev = paint.severity(f.severity);
    writeln!(
        out,
        "{}: {}{}: {}",
        paint.paint("1", &format!("{name}:{}:{}", s.line, s.column)),
        paint.paint(sev, &f.severity.to_string()),
        paint.paint("1", &format!("[{}]", f.rule)),
        f.message
    )?;
    let line = index.line_range(s.line).unwrap_or(0..0);
    let span_end = f.span.end.min(line.end).max(f.span.start);
    // a window of the line around the span (byte lengths decide the cuts, so a
    // long line costs only its window)
    let before: String = text[line.start..f.span.start]
        .chars()
        .rev()
        .take(CONTEXT)
        .collect::<Vec<_>>()
        .into_iter()
        .rev()
        .collect();
    let cut_left = before.len() < f.span.start - line.start;
    let inside = &text[f.span.start..span_end];
    let after: String = text[span_end..line.end].chars().take(CONTEXT).collect();
    let cut_right = after.len() < line.end - span_end;
    let shown_inside: String = inside.chars().map(visible).collect();
    let number = s.line.to_string();
    let gutter = paint.paint("1;34", &format!("{} |", " ".repeat(number.len())));
    let lead = if cut_left { "…" } else { "" };
    writeln!(out, "{gutter}")?;
    writeln!(
        out,
        "{} {lead}{}{}{}{}",
        paint.paint("1;34", &format!("{number} |")),
        before.chars().map(visible).collect::<String>(),
        shown_inside,
        after.chars().map(visible).collect::<String>(),
        if cut_right { "…" } else { "" }
    )?;
    let pad = lead.chars().count() + before.chars().count();
    let carets = shown_inside.chars().count().max(1);
    writeln!(
        out,
        "{gutter} {}{}",
        " ".repeat(pad),
        paint.paint(sev, &"^".repeat(carets))
    )?;
    let gutter = " ".repeat(number.len());
    for fix in &f.fixes {
        let fr = fix.range();
        let r = fr.start.min(f.span.start)..fr.end.max(f.span.end);
        let old = &text[r.clone()];
        let mut new = String::new();
        let mut pos = r.start;
        for e in &fix.edits {
            new.push_str(&text[pos..e.range.start]);
            new.push_str(&e.replacement);
            pos = e.range.end;
        }
        new.push_str(&text[pos..r.end]);
        writeln!(
            out,
            "{gutter} = fix ({}): `{}` -> `{}`",
            fix.applicability,
            shown(old),
            shown(&new)
        )?;
    }
    writeln!(out)
}

/// Invisible and control characters shown as escapes, so that carets line up and
/// the reader sees what is there.
fn visible(c: char) -> char {
    match c {
        '\t' => ' ',
        c if c.is_control()
            || matches!(c, '\u{AD}' | '\u{200B}'..='\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2060}'..='\u{2069}' | '\u{FEFF}') =>
        {
            '·'
        }
        c => c,
    }
}

fn shown(s: &str) -> String {
    s.chars()
        .flat_map(|c| match c {
            '\n' => "\\n".chars().collect::<Vec<_>>(),
            c if visible(c) != c => format!("\\u{{{:X}}}", c as u32).chars().collect(),
            c => vec![c],
        })
        .collect()
}
