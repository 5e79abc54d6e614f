//! `--statistics`: how many findings each rule made, most first (as ruff's
//! `--statistics` prints), instead of the findings.

use super::{FileFindings, Reporter, Summary};
use std::collections::BTreeMap;
use std::io::{self, Write};

/// The counts so far, by rule id.
#[derive(Default)]
pub struct Statistics {
    counts: BTreeMap<&'static str, usize>,
}

impl Reporter for Statistics {
    fn file(&mut self, _out: &mut dyn Write, file: &FileFindings<'_>) -> io::Result<()> {
        for f in file.findings {
            *self.counts.entry(f.rule).or_default() += 1;
        }
        Ok(())
    }

    fn end(&mut self, out: &mut dyn Write, _summary: &Summary) -> io::Result<()> {
        let mut rows: Vec<(&str, usize)> = self.counts.iter().map(|(r, n)| (*r, *n)).collect();
        rows.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(b.0)));
        let width = rows.first().map_or(1, |r| r.1.to_string().len());
        for (rule, n) in rows {
            writeln!(out, "{n:>width$}\t{rule}")?;
        }
        Ok(())
    }
}
