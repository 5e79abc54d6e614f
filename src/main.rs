//! The `mtlint` command-line tool.
#![forbid(unsafe_code)]

use clap::{Parser, Subcommand, ValueEnum};
use mtlint::{Detector, Finding, LineIndex};
use serde::Serialize;
use std::io::{self, Read, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

#[derive(Parser)]
#[command(
    name = "mtlint",
    version,
    about = "Find the marks machine translation leaves in English text"
)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Check files (or `-` for standard input) and report findings.
    ///
    /// Exit status: 0 when nothing is found, 1 when something is, 2 on an error
    /// (the other files are still checked).
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
    },
    /// Score each file: how likely it is to be machine-translated, with the
    /// evidence (findings by category, disclaimer). Exit status: 0, or 2 on an error.
    Score {
        /// Files or directories to score; `-` reads standard input.
        #[arg(required = true)]
        paths: Vec<PathBuf>,
        /// Output format.
        #[arg(long, value_enum, default_value_t = Format::Human)]
        format: Format,
    },
    /// List the rules with their id, severity and summary.
    Rules,
}

#[derive(Clone, Copy, ValueEnum)]
enum Format {
    /// Messages with the line and carets under the span.
    Human,
    /// One JSON array of findings over all inputs.
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
                let _ = writeln!(out, "{:<42} {:<8} {}", m.id, m.severity.as_str(), m.summary);
            }
            ExitCode::SUCCESS
        }
        Command::Check {
            paths,
            format,
            enable,
            disable,
            names,
        } => match detector(&enable, &disable, &names) {
            Ok(d) => check(&d, &paths, format),
            Err(msg) => {
                eprintln!("mtlint: {msg}");
                ExitCode::from(2)
            }
        },
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

fn score(paths: &[PathBuf], format: Format) -> ExitCode {
    let detector = Detector::new();
    let (inputs, mut errors) = collect_inputs(paths);
    let mut rows: Vec<(String, mtlint::DocumentScore)> = Vec::new();
    for (name, path) in &inputs {
        match read_input(path.as_deref()) {
            Ok(text) => {
                let s = mtlint::score(&text, &detector.scan(&text));
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
        Format::Json => {
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
        Format::Human => {
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
fn collect_inputs(paths: &[PathBuf]) -> (Vec<(String, Option<PathBuf>)>, usize) {
    let mut errors = 0usize;
    let mut inputs: Vec<(String, Option<PathBuf>)> = Vec::new();
    for p in paths {
        if p.as_os_str() == "-" {
            inputs.push(("-".to_string(), None));
        } else if p.is_dir() {
            let mut files = Vec::new();
            if let Err(e) = walk(p, &mut files) {
                eprintln!("mtlint: {}: {e}", p.display());
                errors += 1;
            }
            files.sort();
            inputs.extend(
                files
                    .into_iter()
                    .map(|f| (f.display().to_string(), Some(f))),
            );
        } else {
            inputs.push((p.display().to_string(), Some(p.clone())));
        }
    }
    (inputs, errors)
}

/// The detector the command line asks for.
fn detector(enable: &[String], disable: &[String], names: &[PathBuf]) -> Result<Detector, String> {
    let mut builder = Detector::builder();
    for d in disable {
        builder = builder.disable(d.as_str());
    }
    for e in enable {
        builder = builder.enable(e.as_str());
    }
    for path in names {
        let text = std::fs::read_to_string(path).map_err(|e| format!("{}: {e}", path.display()))?;
        builder = builder.names(path.display().to_string(), text);
    }
    builder.build().map_err(|e| e.to_string())
}

fn check(detector: &Detector, paths: &[PathBuf], format: Format) -> ExitCode {
    let (inputs, mut errors) = collect_inputs(paths);
    let stdout = io::stdout();
    let mut out = io::BufWriter::new(stdout.lock());
    let mut found = 0usize;
    let mut json: Vec<u8> = Vec::new();
    let mut first_json = true;
    if matches!(format, Format::Json) {
        json.push(b'[');
    }
    for (name, path) in &inputs {
        let text = match read_input(path.as_deref()) {
            Ok(t) => t,
            Err(msg) => {
                eprintln!("mtlint: {name}: {msg}");
                errors += 1;
                continue;
            }
        };
        let findings = detector.scan(&text);
        found += findings.len();
        let index = LineIndex::new(&text);
        match format {
            Format::Human => {
                for f in &findings {
                    let _ = write_human(&mut out, name, &text, &index, f);
                }
            }
            Format::Json => {
                for f in &findings {
                    if !first_json {
                        json.push(b',');
                    }
                    first_json = false;
                    json.extend_from_slice(b"\n  ");
                    let _ = serde_json::to_writer(&mut json, &to_json(name, &text, &index, f));
                }
            }
        }
    }
    match format {
        Format::Json => {
            json.extend_from_slice(if first_json { b"]\n" } else { b"\n]\n" });
            let _ = out.write_all(&json);
        }
        Format::Human => {
            if found > 0 {
                let _ = writeln!(
                    out,
                    "{found} finding{} in {} input{}",
                    plural(found),
                    inputs.len(),
                    plural(inputs.len())
                );
            }
        }
    }
    let _ = out.flush();
    if errors > 0 {
        ExitCode::from(2)
    } else if found > 0 {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    }
}

fn plural(n: usize) -> &'static str {
    if n == 1 {
        ""
    } else {
        "s"
    }
}

fn walk(dir: &Path, files: &mut Vec<PathBuf>) -> io::Result<()> {
    for entry in std::fs::read_dir(dir)? {
        let entry = entry?;
        let kind = entry.file_type()?;
        let path = entry.path();
        if kind.is_dir() {
            walk(&path, files)?;
        } else if kind.is_file()
            && path
                .extension()
                .and_then(|e| e.to_str())
                .is_some_and(|e| TEXT_EXTENSIONS.contains(&e.to_ascii_lowercase().as_str()))
        {
            files.push(path);
        }
    }
    Ok(())
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

fn write_human(
    out: &mut impl Write,
    name: &str,
    text: &str,
    index: &LineIndex<'_>,
    f: &Finding,
) -> io::Result<()> {
    let s = index.position(f.span.start);
    writeln!(
        out,
        "{name}:{}:{}: {}[{}]: {}",
        s.line, s.column, f.severity, f.rule, f.message
    )?;
    let line = index.line_range(s.line).unwrap_or(0..0);
    let span_end = f.span.end.min(line.end).max(f.span.start);
    // a window of the line around the span
    let before: String = text[line.start..f.span.start]
        .chars()
        .rev()
        .take(CONTEXT)
        .collect::<Vec<_>>()
        .into_iter()
        .rev()
        .collect();
    let cut_left = before.chars().count() < text[line.start..f.span.start].chars().count();
    let inside = &text[f.span.start..span_end];
    let after: String = text[span_end..line.end].chars().take(CONTEXT).collect();
    let cut_right = after.chars().count() < text[span_end..line.end].chars().count();
    let shown_inside: String = inside.chars().map(visible).collect();
    let gutter = " ".repeat(s.line.to_string().len());
    let lead = if cut_left { "…" } else { "" };
    writeln!(out, "{gutter} |")?;
    writeln!(
        out,
        "{} | {lead}{}{}{}{}",
        s.line,
        before.chars().map(visible).collect::<String>(),
        shown_inside,
        after.chars().map(visible).collect::<String>(),
        if cut_right { "…" } else { "" }
    )?;
    let pad = lead.chars().count() + before.chars().count();
    let carets = shown_inside.chars().count().max(1);
    writeln!(out, "{gutter} | {}{}", " ".repeat(pad), "^".repeat(carets))?;
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
