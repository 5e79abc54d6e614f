//! `mtlint score`: how machine-translated each input looks, with the evidence.

use super::args::{ScoreArgs, ScoreFormat};
use super::config::{self, DetectorOptions};
use super::format::plural;
use super::inputs::{collect_inputs, read_input};
use mtlint::Markup;
use serde::Serialize;
use std::io::{self, Write};
use std::path::PathBuf;
use std::process::ExitCode;

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

/// Runs `mtlint score`: the configuration (`mtlint.toml`, `--config`) and
/// `--enable`/`--disable` choose the rules, as for `check`.
pub fn score(o: &ScoreArgs) -> ExitCode {
    let format = o.format;
    let (mut inputs, mut errors) = match collect_inputs(&o.paths, &[]) {
        Ok(found) => found,
        Err(msg) => {
            eprintln!("mtlint: {msg}");
            return ExitCode::from(2);
        }
    };
    let named = o.paths.iter().map(PathBuf::as_path).collect();
    let options = DetectorOptions {
        config: o.config.as_deref(),
        enable: &o.enable,
        disable: &o.disable,
        names: &[],
        idioms: &[],
    };
    let setup = match config::setup(&mut inputs, &named, &options) {
        Ok(s) => s,
        Err(msg) => {
            eprintln!("mtlint: {msg}");
            return ExitCode::from(2);
        }
    };
    let mut rows: Vec<(String, mtlint::DocumentScore)> = Vec::new();
    for (k, input) in inputs.iter().enumerate() {
        let name = &input.name;
        let detector = &setup.detectors[setup.per_input[k]];
        match read_input(input.path.as_deref()) {
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
                    "{name}: {:.2} {verdict} ({} word{}, {} finding{}{}{})",
                    s.score,
                    s.words,
                    plural(s.words),
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
    let above = o
        .fail_above
        .is_some_and(|x| rows.iter().any(|(_, s)| s.score > x));
    if errors > 0 {
        ExitCode::from(2)
    } else if above {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    }
}
