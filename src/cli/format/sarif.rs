//! `--format sarif`: one SARIF 2.1.0 log, with the rules' metadata (for
//! code-scanning dashboards). The log is one JSON document: its results are
//! gathered and written at the end. Columns count Unicode code points, as
//! the run's `columnKind` (`unicodeCodePoints`) declares.

use super::{FileFindings, Reporter, Summary};
use crate::cli::rules::explain_text;
use mtlint::{Finding, LineIndex, Severity};
use std::io::{self, Write};

/// The SARIF format: the results so far.
#[derive(Default)]
pub struct Sarif {
    results: Vec<serde_json::Value>,
}

impl Reporter for Sarif {
    fn file(&mut self, _out: &mut dyn Write, file: &FileFindings<'_>) -> io::Result<()> {
        self.results.extend(
            file.findings
                .iter()
                .map(|f| sarif_result(file.name, file.index, f)),
        );
        Ok(())
    }

    fn end(&mut self, out: &mut dyn Write, _summary: &Summary) -> io::Result<()> {
        let results = std::mem::take(&mut self.results);
        serde_json::to_writer_pretty(&mut *out, &sarif_log(results))?;
        writeln!(out)
    }
}

fn sarif_level(s: Severity) -> &'static str {
    match s {
        Severity::Error => "error",
        Severity::Warning => "warning",
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
        .fixes()
        .iter()
        .map(|fix| {
            serde_json::json!({
                "description": {"text": format!("{} fix", fix.applicability)},
                "artifactChanges": [{
                    "artifactLocation": {"uri": name},
                    "replacements": fix.edits().iter().map(|e| serde_json::json!({
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
    let rules: Vec<serde_json::Value> = mtlint::rules::all()
        .map(|m| {
            serde_json::json!({
                "id": m.id,
                "shortDescription": {"text": m.summary},
                "fullDescription": {"text": explain_text(m)},
                "helpUri": super::help_uri(),
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
