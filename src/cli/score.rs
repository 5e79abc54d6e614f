//! `mtlint score`: how machine-translated each input looks, with the evidence.

use super::args::{ScoreArgs, ScoreFormat};
use super::config::{self, DetectorOptions};
use super::format::plural;
use super::inputs::{collect_inputs, read_input};
use mtlint::{DocumentScore, Finding, LineIndex, Markup};
use serde::Serialize;
use std::io::{self, Write};
use std::path::PathBuf;
use std::process::ExitCode;

#[derive(Serialize)]
struct JsonScore<'a> {
    path: &'a str,
    words: usize,
    /// the probability of machine translation, at even odds
    score: f64,
    machine_translated: bool,
    /// `machine-translated`, `not-machine-translated` or `thin`
    verdict: &'static str,
    thin: bool,
    /// the translation evidence the score rests on
    evidence: f64,
    translation: Vec<JsonKind>,
    page: JsonPage,
    disclaimer: bool,
    top_findings: Vec<JsonFinding<'a>>,
    findings: usize,
    by_category: std::collections::BTreeMap<&'static str, usize>,
    per_1000_words: f64,
}

#[derive(Serialize)]
struct JsonKind {
    kind: &'static str,
    findings: usize,
    contribution: f64,
}

#[derive(Serialize)]
struct JsonPage {
    score: f64,
    kinds: Vec<JsonPageKind>,
}

#[derive(Serialize)]
struct JsonPageKind {
    kind: &'static str,
    findings: usize,
}

#[derive(Serialize)]
struct JsonFinding<'a> {
    rule: &'static str,
    line: usize,
    column: usize,
    text: &'a str,
}

fn round(x: f64, places: i32) -> f64 {
    let m = 10f64.powi(places);
    (x * m).round() / m
}

/// One scored input: its name, text, findings and score.
struct Row {
    name: String,
    text: String,
    findings: Vec<Finding>,
    score: DocumentScore,
}

impl Row {
    fn top_findings(&self) -> Vec<JsonFinding<'_>> {
        let index = LineIndex::new(&self.text);
        self.score
            .top_findings
            .iter()
            .map(|&i| {
                let f = &self.findings[i];
                let at = index.position(f.span.start);
                JsonFinding {
                    rule: f.rule,
                    line: at.line,
                    column: at.column,
                    text: f.text(&self.text),
                }
            })
            .collect()
    }

    fn json(&self) -> JsonScore<'_> {
        let s = &self.score;
        JsonScore {
            path: &self.name,
            words: s.words,
            score: round(s.score, 3),
            machine_translated: s.machine_translated,
            verdict: s.verdict().as_str(),
            thin: s.thin,
            evidence: round(s.evidence, 3),
            translation: s
                .translation
                .iter()
                .map(|k| JsonKind {
                    kind: k.kind,
                    findings: k.findings,
                    contribution: round(k.contribution, 3),
                })
                .collect(),
            page: JsonPage {
                score: round(s.page_evidence, 3),
                kinds: s
                    .page
                    .iter()
                    .map(|k| JsonPageKind {
                        kind: k.kind,
                        findings: k.findings,
                    })
                    .collect(),
            },
            disclaimer: s.disclaimer,
            top_findings: self.top_findings(),
            findings: s.findings,
            by_category: s
                .by_category
                .iter()
                .map(|(c, n)| (c.as_str(), *n))
                .collect(),
            per_1000_words: round(s.per_1000_words, 2),
        }
    }

    /// A line with the verdict and the evidence; a second with the findings
    /// behind a score, when there are any.
    fn human(&self, out: &mut impl Write) -> io::Result<()> {
        let s = &self.score;
        let words = format!("{} word{}", s.words, plural(s.words));
        let mut evidence: Vec<String> = Vec::new();
        if s.disclaimer {
            evidence.push("MT disclaimer".into());
        }
        evidence.extend(
            s.translation
                .iter()
                .map(|k| format!("{} {} (+{:.2})", k.kind, k.findings, k.contribution)),
        );
        let mut line = match s.verdict() {
            mtlint::Verdict::Thin => format!(
                "{}: evidence is thin ({words}): no verdict, {:.2}",
                self.name, s.score
            ),
            mtlint::Verdict::MachineTranslated => {
                format!("{}: {:.2} machine-translated ({words})", self.name, s.score)
            }
            mtlint::Verdict::NotMachineTranslated => format!(
                "{}: {:.2} no sign of machine translation ({words})",
                self.name, s.score
            ),
        };
        if !evidence.is_empty() {
            line += &format!(": {}", evidence.join(", "));
        }
        if !s.page.is_empty() {
            let kinds: Vec<String> = s
                .page
                .iter()
                .map(|k| format!("{} {}", k.kind, k.findings))
                .collect();
            line += &format!(
                "; page evidence {:.2} ({}), not counted",
                s.page_evidence,
                kinds.join(", ")
            );
        }
        writeln!(out, "{line}")?;
        let top = self.top_findings();
        if !top.is_empty() {
            let items: Vec<String> = top
                .iter()
                .map(|f| {
                    let text: String = f.text.chars().take(40).collect();
                    let text = text.replace(['\n', '\r'], " ");
                    format!("{}:{} {} `{}`", f.line, f.column, f.rule, text)
                })
                .collect();
            writeln!(out, "  behind it: {}", items.join("; "))?;
        }
        Ok(())
    }
}

/// Runs `mtlint score`: every rule on (the score's weights were learned so),
/// then the configuration (`mtlint.toml`, `--config`) and `--enable`/`--disable`
/// on top, as for `check`: a rule turned off is not evidence.
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
        all_rules: true,
    };
    let setup = match config::setup(&mut inputs, &named, &options) {
        Ok(s) => s,
        Err(msg) => {
            eprintln!("mtlint: {msg}");
            return ExitCode::from(2);
        }
    };
    let mut rows: Vec<Row> = Vec::new();
    for (k, input) in inputs.iter().enumerate() {
        let name = &input.name;
        let detector = &setup.detectors[setup.per_input[k]];
        match read_input(input.path.as_deref()) {
            Ok(text) => {
                let findings = detector.scan_markup(&text, Markup::from_path(name));
                let score = mtlint::score(&text, &findings);
                rows.push(Row {
                    name: name.clone(),
                    text,
                    findings,
                    score,
                });
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
            let json: Vec<JsonScore> = rows.iter().map(Row::json).collect();
            let _ = serde_json::to_writer_pretty(&mut out, &json);
            let _ = writeln!(out);
        }
        ScoreFormat::Human => {
            for row in &rows {
                let _ = row.human(&mut out);
            }
        }
    }
    let _ = out.flush();
    let above = o
        .fail_above
        .is_some_and(|x| rows.iter().any(|r| r.score.score > x));
    if errors > 0 {
        ExitCode::from(2)
    } else if above {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    }
}
