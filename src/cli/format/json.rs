//! `--format json`: one JSON array of findings over all inputs, written as
//! the findings come.

use super::{FileFindings, Reporter, Summary};
use mtlint::{Finding, LineIndex};
use serde::Serialize;
use std::io::{self, Write};

/// The JSON format: whether a finding was written yet.
#[derive(Default)]
pub struct Json {
    written: bool,
}

impl Reporter for Json {
    fn begin(&mut self, out: &mut dyn Write) -> io::Result<()> {
        out.write_all(b"[")
    }

    fn file(&mut self, out: &mut dyn Write, file: &FileFindings<'_>) -> io::Result<()> {
        for f in file.findings {
            out.write_all(if self.written { b",\n  " } else { b"\n  " })?;
            self.written = true;
            serde_json::to_writer(&mut *out, &to_json(file.name, file.text, file.index, f))?;
        }
        Ok(())
    }

    fn end(&mut self, out: &mut dyn Write, _summary: &Summary) -> io::Result<()> {
        out.write_all(if self.written { b"\n]\n" } else { b"]\n" })
    }
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
pub struct JsonFinding<'a> {
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
pub fn to_json<'a>(
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
