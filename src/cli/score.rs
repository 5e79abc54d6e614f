//! `mtlint score`: how machine-translated each input looks, with the evidence.

use super::args::{ScoreArgs, ScoreFormat};
use super::config::{self, DetectorOptions};
use super::format::plural;
use super::inputs::{collect_inputs, read_input};
use mtlint::{DocumentScore, Finding, LineIndex, Markup, ScoreReport};
use std::io::{self, Write};
use std::path::PathBuf;
use std::process::ExitCode;

/// One scored input: its name, text, findings and score.
struct Row {
    name: String,
    text: String,
    findings: Vec<Finding>,
    score: DocumentScore,
}

impl Row {
    /// The score's JSON object (the library's, shared with `stream` and Python).
    fn json<'a>(&'a self, index: &'a LineIndex<'a>) -> ScoreReport<'a> {
        self.score
            .report(&self.name, &self.text, &self.findings, index)
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
        let index = LineIndex::new(&self.text);
        let items: Vec<String> = self
            .json(&index)
            .top_findings()
            .map(|(rule, line, column, text)| {
                let text: String = text.chars().take(40).collect();
                let text = text.replace(['\n', '\r'], " ");
                format!("{line}:{column} {rule} `{text}`")
            })
            .collect();
        if !items.is_empty() {
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
            let indexes: Vec<LineIndex> = rows.iter().map(|r| LineIndex::new(&r.text)).collect();
            let json: Vec<ScoreReport> =
                rows.iter().zip(&indexes).map(|(r, i)| r.json(i)).collect();
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
