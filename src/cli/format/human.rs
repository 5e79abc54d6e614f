//! `--format human`: each finding with its line, carets under the span, and
//! its fixes; a count at the end.

use super::{plural, FileFindings, Reporter, Summary};
use mtlint::{Finding, LineIndex, Severity};
use std::io::{self, Write};

/// The human format.
pub struct Human {
    /// Colours, or none.
    pub paint: Paint,
}

impl Reporter for Human {
    fn file(&mut self, out: &mut dyn Write, file: &FileFindings<'_>) -> io::Result<()> {
        for f in file.findings {
            write_human(out, file.name, file.text, file.index, f, self.paint)?;
        }
        Ok(())
    }

    fn end(&mut self, out: &mut dyn Write, summary: &Summary) -> io::Result<()> {
        if summary.findings == 0 || summary.quiet {
            return Ok(());
        }
        writeln!(
            out,
            "{} finding{} in {} input{}",
            summary.findings,
            plural(summary.findings),
            summary.inputs,
            plural(summary.inputs)
        )
    }
}

/// At most this many chars of context on each side of a span in the human format.
const CONTEXT: usize = 40;

/// ANSI colours for the human format, or none.
#[derive(Clone, Copy)]
pub struct Paint {
    /// Whether to colour.
    pub on: bool,
}

impl Paint {
    /// `text` in the SGR style `code` (`1;31` is bold red), when colour is on.
    fn paint(self, code: &str, text: &str) -> String {
        if self.on {
            format!("\x1b[{code}m{text}\x1b[0m")
        } else {
            text.to_string()
        }
    }

    fn severity(self, s: Severity) -> &'static str {
        match s {
            Severity::Error => "1;31",
            Severity::Warning => "1;33",
            Severity::Info => "1;36",
        }
    }
}

fn write_human(
    out: &mut dyn Write,
    name: &str,
    text: &str,
    index: &LineIndex<'_>,
    f: &Finding,
    paint: Paint,
) -> io::Result<()> {
    let (line_number, column) = index.line_column(f.span.start);
    let sev = paint.severity(f.severity);
    writeln!(
        out,
        "{}: {}{}: {}",
        paint.paint("1", &format!("{name}:{}:{}", line_number, column)),
        paint.paint(sev, &f.severity.to_string()),
        paint.paint("1", &format!("[{}]", f.rule)),
        f.message
    )?;
    let line = index.line_range(line_number).unwrap_or(0..0);
    let span_end = f.span.end.min(line.end).max(f.span.start);
    // a window of the line around the span (byte lengths decide the cuts, so a
    // long line costs only its window)
    let before: String = text[line.start..f.span.start]
        .chars()
        .rev()
        .take(CONTEXT)
        .collect::<Vec<_>>()
        .into_iter()
        .rev()
        .collect();
    let cut_left = before.len() < f.span.start - line.start;
    let inside = &text[f.span.start..span_end];
    let after: String = text[span_end..line.end].chars().take(CONTEXT).collect();
    let cut_right = after.len() < line.end - span_end;
    let shown_inside: String = inside.chars().map(visible).collect();
    let number = line_number.to_string();
    let gutter = paint.paint("1;34", &format!("{} |", " ".repeat(number.len())));
    let lead = if cut_left { "…" } else { "" };
    writeln!(out, "{gutter}")?;
    writeln!(
        out,
        "{} {lead}{}{}{}{}",
        paint.paint("1;34", &format!("{number} |")),
        before.chars().map(visible).collect::<String>(),
        shown_inside,
        after.chars().map(visible).collect::<String>(),
        if cut_right { "…" } else { "" }
    )?;
    let pad = lead.chars().count() + before.chars().count();
    let carets = shown_inside.chars().count().max(1);
    writeln!(
        out,
        "{gutter} {}{}",
        " ".repeat(pad),
        paint.paint(sev, &"^".repeat(carets))
    )?;
    let gutter = " ".repeat(number.len());
    for (i, fix) in f.fixes().iter().enumerate() {
        let Some((range, new)) = f.preview(text, i) else {
            continue;
        };
        writeln!(
            out,
            "{gutter} = fix ({}): `{}` -> `{}`",
            fix.applicability,
            shown(&text[range]),
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
