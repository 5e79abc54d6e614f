//! `--format rdjsonl`: reviewdog's diagnostic format, one JSON object a line,
//! with the first fix of each finding as suggestions. Columns count UTF-8
//! bytes, as reviewdog's format says.

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

/// A range as reviewdog reads it: 1-based lines, and columns counting UTF-8
/// bytes from 1 (its `Position.column`: "byte count in UTF-8"), so that a
/// suggestion lands on the span after curly quotes, emoji or CJK text.
fn range_json(index: &LineIndex<'_>, r: &std::ops::Range<usize>) -> serde_json::Value {
    let at = |byte: usize| {
        let p = index.position(byte);
        let line_start = index.line_range(p.line).map_or(0, |l| l.start);
        serde_json::json!({"line": p.line, "column": p.byte - line_start + 1})
    };
    serde_json::json!({"start": at(r.start), "end": at(r.end)})
}

fn rdjson(name: &str, index: &LineIndex<'_>, f: &Finding) -> serde_json::Value {
    let severity = match f.severity {
        Severity::Error => "ERROR",
        Severity::Warning => "WARNING",
        _ => "INFO",
    };
    let suggestions: Vec<serde_json::Value> = f
        .fixes()
        .first()
        .map(|fix| fix.edits().iter().map(|e| serde_json::json!({"range": range_json(index, &e.range), "text": e.replacement})).collect())
        .unwrap_or_default();
    serde_json::json!({
        "message": f.message,
        "location": {"path": name, "range": range_json(index, &f.span)},
        "severity": severity,
        "source": {"name": "mtlint"},
        "code": {"value": f.rule, "url": super::help_uri()},
        "suggestions": suggestions,
    })
}
