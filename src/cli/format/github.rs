//! `--format github`: GitHub Actions workflow commands (annotations on a pull request).

use super::{FileFindings, Reporter};
use mtlint::{Finding, LineIndex, Severity};
use std::io::{self, Write};

/// The GitHub workflow-command format.
pub struct Github;

impl Reporter for Github {
    fn file(&mut self, out: &mut dyn Write, file: &FileFindings<'_>) -> io::Result<()> {
        for f in file.findings {
            writeln!(out, "{}", github_command(file.name, file.index, f))?;
        }
        Ok(())
    }
}

/// Escapes a GitHub workflow-command message (`%`, CR, LF) or property (also `:` and `,`).
fn gh_escape(s: &str, property: bool) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '%' => out.push_str("%25"),
            '\r' => out.push_str("%0D"),
            '\n' => out.push_str("%0A"),
            ':' if property => out.push_str("%3A"),
            ',' if property => out.push_str("%2C"),
            c => out.push(c),
        }
    }
    out
}

fn github_command(name: &str, index: &LineIndex<'_>, f: &Finding) -> String {
    let s = index.line_column(f.span.start);
    let e = index.line_column(f.span.end);
    let level = match f.severity {
        Severity::Error => "error",
        Severity::Warning => "warning",
        _ => "notice",
    };
    format!(
        "::{level} file={},line={},col={},endLine={},endColumn={},title={}::{}",
        gh_escape(name, true),
        s.0,
        s.1,
        e.0,
        e.1,
        gh_escape(f.rule, true),
        gh_escape(&f.message, false)
    )
}
