//! `mtlint score`: how machine-translated each input looks, with the evidence.

use super::args::ScoreFormat;
use super::format::plural;
use super::inputs::{collect_inputs, read_input};
use mtlint::{Detector, Markup};
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

pub fn score(paths: &[PathBuf], format: ScoreFormat) -> ExitCode {
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
