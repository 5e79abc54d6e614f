//! `--format rdjsonl`: reviewdog's diagnostic format, one JSON object a line,
//! with the first fix of each finding as suggestions.

use super::{FileFindings, Reporter};
use mtlint::{Finding, LineIndex, Severity};
use std::io::{self, Write};

/// The reviewdog format.
pub struct Rdjsonl;

impl Reporter for Rdjsonl {
    fn file(&mut self, out: &mut dyn Write, file: &FileFindings<'_>) -> io::Result<()> {
        for f in file.findings {
            serde_json::to_writer(&mut *out, &rdjson(file.name, file.index, f))?;
            writeln!(out)?;
        }
        Ok(())
    }
}

fn range_json(index: &LineIndex<'_>, r: &std::ops::Range<usize>) -> serde_json::Value {
    let s = index.position(r.start);
    let e = index.position(r.end);
    serde_json::json!({"start": {"line": s.line, "column": s.column}, "end": {"line": e.line, "column": e.column}})
}

fn rdjson(name: &str, index: &LineIndex<'_>, f: &Finding) -> serde_json::Value {
    let severity = match f.severity {
        Severity::Error => "ERROR",
        Severity::Warning => "WARNING",
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
