//! `--format brief`: one line a finding, `path:line:col: severity[rule]: message`.

use super::{FileFindings, Reporter};
use std::io::{self, Write};

/// The brief format.
pub struct Brief;

impl Reporter for Brief {
    fn file(&mut self, out: &mut dyn Write, file: &FileFindings<'_>) -> io::Result<()> {
        for f in file.findings {
            let (line, column) = file.index.line_column(f.span.start);
            writeln!(
                out,
                "{}:{}:{}: {}[{}]: {}",
                file.name, line, column, f.severity, f.rule, f.message
            )?;
        }
        Ok(())
    }
}
