//! `mtlint check`: read, (fix,) scan and report each input, in parallel and
//! in input order.

use super::args::{CheckArgs, ColorArg, MarkupArg};
use super::config::{self, Loaded};
use super::fixing::{fix_to_convergence, unified_diff, write_atomically};
use super::format::{self, FileFindings, Paint, Summary};
use super::inputs::{collect_inputs, read_input, Inputs};
use super::parallel::ordered_map;
use mtlint::{DirectiveProblem, Finding, FixLevel, LineIndex, Markup};
use std::collections::{HashMap, HashSet};
use std::io::{self, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

/// What became of one input.
enum Outcome {
    /// It could not be read.
    Error(String),
    /// `--diff`: the diff, if the fixes change anything.
    Diff(Option<String>),
    /// Scanned (after fixing, with `--fix`): the text (empty when there is
    /// nothing to place in it), its findings, the problems of its directives,
    /// and an error if the fixed file could not be written.
    Scanned {
        text: String,
        findings: Vec<Finding>,
        problems: Vec<DirectiveProblem>,
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

/// A detector for each distinct setting, and which one each input takes.
struct Setup {
    detectors: Vec<mtlint::Detector>,
    /// Per input: its detector's index.
    per_input: Vec<usize>,
}

/// The configuration and detector of each input (inputs the configuration
/// excludes are dropped). `named`: the paths given on the command line (only
/// those can be links: a directory's walk skips links).
fn setup(inputs: &mut Inputs, named: &HashSet<&Path>, o: &CheckArgs) -> Result<Setup, String> {
    let mut configs: Vec<Loaded> = Vec::new();
    let mut by_path: HashMap<Option<PathBuf>, usize> = HashMap::new();
    let mut detectors = Vec::new();
    let mut by_setting: HashMap<(usize, Vec<usize>), usize> = HashMap::new();
    let mut per_input = Vec::new();
    let mut kept = Vec::new();
    // the configuration found for each directory: the files of one directory
    // share it, unless a file is a link (then its target's directory counts)
    let mut by_dir: HashMap<PathBuf, Option<PathBuf>> = HashMap::new();
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
                    Some(p) => Loaded::load(p)?,
                    None => Loaded::default(),
                };
                configs.push(c);
                by_path.insert(cpath.clone(), configs.len() - 1);
                configs.len() - 1
            }
        };
        let applies = configs[ci].for_file(&file);
        if path.is_some() && applies.excluded {
            continue;
        }
        let key = (ci, applies.overrides);
        let di = match by_setting.get(&key) {
            Some(&d) => d,
            None => {
                detectors
                    .push(configs[ci].detector(&file, &o.enable, &o.disable, &o.names, &o.idioms)?);
                by_setting.insert(key, detectors.len() - 1);
                detectors.len() - 1
            }
        };
        per_input.push(di);
        kept.push((name, path));
    }
    *inputs = kept;
    Ok(Setup {
        detectors,
        per_input,
    })
}

/// Whether to colour the human format.
fn paint(color: ColorArg) -> Paint {
    Paint {
        on: match color {
            ColorArg::Always => true,
            ColorArg::Never => false,
            ColorArg::Auto => {
                use std::io::IsTerminal;
                io::stdout().is_terminal()
                    && std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty())
            }
        },
    }
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
    let (mut inputs, mut errors) = match collect_inputs(&o.paths, &o.glob) {
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
    let named = o.paths.iter().map(PathBuf::as_path).collect();
    let setup = match setup(&mut inputs, &named, o) {
        Ok(s) => s,
        Err(msg) => {
            eprintln!("mtlint: {msg}");
            return ExitCode::from(2);
        }
    };
    let work = |k: usize| -> Outcome {
        let (name, path) = &inputs[k];
        let detector = &setup.detectors[setup.per_input[k]];
        let text = match read_input(path.as_deref()) {
            Ok(t) => t,
            Err(msg) => return Outcome::Error(format!("{name}: {msg}")),
        };
        let kind = markup_of(name, o.markup);
        // tests widen the window between reading a file and writing it back
        #[cfg(debug_assertions)]
        if let Some(ms) = std::env::var("MTLINT_TEST_SCAN_DELAY_MS")
            .ok()
            .and_then(|v| v.parse().ok())
        {
            std::thread::sleep(std::time::Duration::from_millis(ms));
        }
        let (text, error) = match (mode, path) {
            (FixMode::Diff(level), _) => {
                let fixed = fix_to_convergence(detector, &text, level, kind);
                return Outcome::Diff((fixed != text).then(|| unified_diff(name, &text, &fixed)));
            }
            // with --fix, the file is rewritten first and what remains is reported
            (FixMode::Write(level), Some(p)) => {
                let fixed = fix_to_convergence(detector, &text, level, kind);
                if fixed == text {
                    (text, None)
                } else if let Err(e) = write_atomically(p, &text, &fixed) {
                    (text, Some(format!("{name}: not fixed: {e}")))
                } else {
                    (fixed, None)
                }
            }
            _ => (text, None),
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
            error,
        }
    };
    let stdout = io::stdout();
    let mut out = io::BufWriter::new(stdout.lock());
    let mut reporter = format::reporter(o.format, paint(o.color));
    let (mut found, mut failing) = (0usize, 0usize);
    let _ = reporter.begin(&mut out);
    let threads = o
        .threads
        .map(usize::from)
        .unwrap_or_else(|| std::thread::available_parallelism().map_or(1, |n| n.get()));
    ordered_map(inputs.len(), threads, work, |k, outcome| match outcome {
        Outcome::Error(msg) => {
            eprintln!("mtlint: {msg}");
            errors += 1;
        }
        Outcome::Diff(diff) => {
            if let Some(d) = diff {
                found += 1; // a change to make: exit 1, as a finding would
                failing += 1;
                let _ = write!(out, "{d}");
            }
        }
        Outcome::Scanned {
            text,
            findings,
            problems,
            error,
        } => {
            if let Some(e) = error {
                eprintln!("mtlint: {e}");
                errors += 1;
            }
            if findings.is_empty() && problems.is_empty() {
                return;
            }
            let name = &inputs[k].0;
            let index = LineIndex::new(&text);
            for p in &problems {
                let at = index.position(p.span.start);
                eprintln!("{name}:{}:{}: warning: {}", at.line, at.column, p.message);
            }
            found += findings.len();
            failing += problems.len()
                + findings
                    .iter()
                    .filter(|f| f.severity >= o.fail_on.severity())
                    .count();
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
    });
    let _ = reporter.end(
        &mut out,
        &Summary {
            findings: found,
            inputs: inputs.len(),
        },
    );
    let _ = out.flush();
    if errors > 0 {
        ExitCode::from(2)
    } else if failing > 0 {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    }
}
