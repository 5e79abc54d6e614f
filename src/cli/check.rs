//! `mtlint check`: read, (fix,) scan and report each input, in parallel and
//! in input order.

use super::args::{CheckArgs, ColorArg, Format, MarkupArg};
use super::config::{self, DetectorOptions};
use super::fixing::{fix_to_convergence, unified_diff, write_atomically};
use super::format::{self, FileFindings, Paint, Summary};
use super::inputs::{collect_inputs, read_input, Input, ReadError};
use super::parallel::ordered_map;
use mtlint::{DirectiveProblem, Finding, FixLevel, LineIndex, Markup};
use std::io::{self, Write};
use std::path::PathBuf;
use std::process::ExitCode;

/// What became of one input.
enum Outcome {
    /// It could not be read.
    Error(String),
    /// It was found walking a directory and is not text: skipped, with a note.
    Skipped(String),
    /// `--diff`: the diff, if the fixes change anything, and how many fixes it holds.
    Diff(Option<String>, usize),
    /// `--fix -`: standard input fixed, how many fixes, what remains.
    FixedStdin(String, usize, Vec<Finding>),
    /// Scanned (after fixing, with `--fix`): the text (empty when there is
    /// nothing to place in it), its findings, the problems of its directives,
    /// how many fixes were written, and an error if the fixed file could not
    /// be written.
    Scanned {
        text: String,
        findings: Vec<Finding>,
        problems: Vec<DirectiveProblem>,
        fixed: usize,
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

/// Whether to colour the human format.
fn paint(color: ColorArg, to_file: bool) -> Paint {
    Paint {
        on: match color {
            ColorArg::Always => true,
            ColorArg::Never => false,
            ColorArg::Auto => {
                use std::io::IsTerminal;
                !to_file
                    && io::stdout().is_terminal()
                    && std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty())
            }
        },
    }
}

/// `n thing` or `n things`.
fn count(n: usize, thing: &str) -> String {
    format!("{n} {thing}{}", format::plural(n))
}

/// Runs `mtlint check`.
pub fn check(o: &CheckArgs) -> ExitCode {
    let level = if o.unsafe_fixes {
        FixLevel::Unsafe
    } else {
        FixLevel::Safe
    };
    let mode = if o.fix {
        FixMode::Write(level)
    } else if o.diff {
        FixMode::Diff(level)
    } else {
        FixMode::Report
    };
    if o.diff && !matches!(o.format, Format::Human) {
        eprintln!("mtlint: --diff prints a unified diff; it cannot be combined with a --format other than human");
        return ExitCode::from(2);
    }
    let (mut inputs, mut errors) = match collect_inputs(&o.paths, &o.glob) {
        Ok(found) => found,
        Err(msg) => {
            eprintln!("mtlint: {msg}");
            return ExitCode::from(2);
        }
    };
    if let Some(name) = &o.stdin_filename {
        for input in inputs.iter_mut().filter(|i| i.path.is_none()) {
            input.name = name.clone();
        }
    }
    let named = o.paths.iter().map(PathBuf::as_path).collect();
    let options = DetectorOptions {
        config: o.config.as_deref(),
        enable: &o.enable,
        disable: &o.disable,
        names: &o.names,
        idioms: &o.idioms,
        all_rules: false,
    };
    let setup = match config::setup(&mut inputs, &named, &options) {
        Ok(s) => s,
        Err(msg) => {
            eprintln!("mtlint: {msg}");
            return ExitCode::from(2);
        }
    };
    let work = |k: usize| -> Outcome {
        let Input { name, path, walked } = &inputs[k];
        let detector = &setup.detectors[setup.per_input[k]];
        let text = match read_input(path.as_deref()) {
            Ok(t) => t,
            Err(ReadError::NotText(msg)) if *walked => {
                return Outcome::Skipped(format!("{name}: {msg}"))
            }
            Err(e) => return Outcome::Error(format!("{name}: {e}")),
        };
        let kind = markup_of(name, o.markup);
        // tests widen the window between reading a file and writing it back
        #[cfg(debug_assertions)]
        if let Some(ms) = std::env::var("MTLINT_TEST_SCAN_DELAY_MS")
            .ok()
            .and_then(|v| v.parse().ok())
        {
            eprintln!("test hook: {name} read, waiting {ms} ms");
            std::thread::sleep(std::time::Duration::from_millis(ms));
        }
        let (text, fixed, error) = match (mode, path) {
            (FixMode::Diff(level), _) => {
                let (fixed, n) = fix_to_convergence(detector, &text, level, kind);
                return Outcome::Diff(
                    (fixed != text).then(|| unified_diff(name, &text, &fixed)),
                    n,
                );
            }
            // with --fix, the file is rewritten first and what remains is reported
            (FixMode::Write(level), Some(p)) => {
                let (fixed, n) = fix_to_convergence(detector, &text, level, kind);
                if fixed == text {
                    (text, 0, None)
                } else if let Err(e) = write_atomically(p, &text, &fixed) {
                    (text, 0, Some(format!("{name}: not fixed: {e}")))
                } else {
                    (fixed, n, None)
                }
            }
            (FixMode::Write(level), None) => {
                let (fixed, n) = fix_to_convergence(detector, &text, level, kind);
                let remaining = detector.scan_markup(&fixed, kind);
                return Outcome::FixedStdin(fixed, n, remaining);
            }
            _ => (text, 0, None),
        };
        let findings = detector.scan_markup(&text, kind);
        // a directive naming no rule silences nothing: say so, and fail the run
        let problems = setup
            .detectors
            .first()
            .map_or(Vec::new(), |d| d.directive_problems(&text));
        // nothing to place: the text need not wait in memory for its turn
        let text = if findings.is_empty() && problems.is_empty() {
            String::new()
        } else {
            text
        };
        Outcome::Scanned {
            text,
            findings,
            problems,
            fixed,
            error,
        }
    };
    let mut out: Box<dyn Write> = match &o.output_file {
        Some(p) => match std::fs::File::create(p) {
            Ok(f) => Box::new(io::BufWriter::new(f)),
            Err(e) => {
                eprintln!("mtlint: {}: {e}", p.display());
                return ExitCode::from(2);
            }
        },
        None => Box::new(io::BufWriter::new(io::stdout().lock())),
    };
    let mut reporter = if o.statistics {
        format::statistics()
    } else {
        format::reporter(o.format, paint(o.color, o.output_file.is_some()))
    };
    let (mut found, mut failing) = (0usize, 0usize);
    let (mut fixes, mut fixed_files) = (0usize, 0usize);
    let report = matches!(mode, FixMode::Report | FixMode::Write(_));
    if report {
        let _ = reporter.begin(&mut out);
    }
    let threads = o
        .threads
        .map(usize::from)
        .unwrap_or_else(|| std::thread::available_parallelism().map_or(1, |n| n.get()));
    let fails = |f: &Finding| f.severity >= o.fail_on.severity();
    // a result holding its text is sent on at once: batched, texts would wait in memory
    let heavy = |o: &Outcome| match o {
        Outcome::Scanned { text, .. } | Outcome::FixedStdin(text, ..) => !text.is_empty(),
        Outcome::Diff(diff, _) => diff.is_some(),
        Outcome::Error(_) | Outcome::Skipped(_) => false,
    };
    ordered_map(
        inputs.len(),
        threads,
        work,
        heavy,
        |k, outcome| match outcome {
            Outcome::Error(msg) => {
                eprintln!("mtlint: {msg}");
                errors += 1;
            }
            Outcome::Skipped(msg) => {
                if !o.quiet {
                    eprintln!("mtlint: {msg} (skipped)");
                }
            }
            Outcome::Diff(diff, n) => {
                if let Some(d) = diff {
                    fixes += n;
                    fixed_files += 1;
                    failing += 1; // a change to make: exit 1, as a finding would
                    let _ = write!(out, "{d}");
                }
            }
            Outcome::FixedStdin(text, n, remaining) => {
                fixes += n;
                fixed_files += usize::from(n > 0);
                found += remaining.len();
                failing += remaining.iter().filter(|f| fails(f)).count();
                let _ = out.write_all(text.as_bytes());
            }
            Outcome::Scanned {
                text,
                findings,
                problems,
                fixed,
                error,
            } => {
                if let Some(e) = error {
                    eprintln!("mtlint: {e}");
                    errors += 1;
                }
                fixes += fixed;
                fixed_files += usize::from(fixed > 0);
                if findings.is_empty() && problems.is_empty() {
                    return;
                }
                let name = &inputs[k].name;
                let index = LineIndex::new(&text);
                for p in &problems {
                    let (line, column) = index.line_column(p.span.start);
                    eprintln!("{name}:{line}:{column}: warning: {}", p.message);
                }
                found += findings.len();
                failing += problems.len() + findings.iter().filter(|f| fails(f)).count();
                if !findings.is_empty() {
                    let file = FileFindings {
                        name,
                        text: &text,
                        index: &index,
                        findings: &findings,
                    };
                    let _ = reporter.file(&mut out, &file);
                }
            }
        },
    );
    let stdin_fixed = o.fix && inputs.iter().any(|i| i.path.is_none());
    if report && !stdin_fixed {
        let summary = Summary {
            findings: found,
            inputs: inputs.len(),
            quiet: o.quiet,
        };
        let _ = reporter.end(&mut out, &summary);
    }
    let _ = out.flush();
    if !o.quiet {
        match mode {
            FixMode::Diff(_) if fixed_files > 0 => eprintln!(
                "would fix {} in {}",
                count(fixes, "finding"),
                count(fixed_files, "file")
            ),
            FixMode::Write(_) => {
                let remain = if found > 0 {
                    format!(
                        "; {} remain{}",
                        count(found, "finding"),
                        if found == 1 { "s" } else { "" }
                    )
                } else {
                    String::new()
                };
                eprintln!(
                    "fixed {} in {}{remain}",
                    count(fixes, "finding"),
                    count(fixed_files, "file")
                );
            }
            _ => {}
        }
    }
    if errors > 0 {
        ExitCode::from(2)
    } else if failing > 0 {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    }
}
