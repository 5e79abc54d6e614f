//! `--format jsonl`: the objects of `json`, one a line.

use super::{FileFindings, Reporter};
use std::io::{self, Write};

/// The JSON Lines format.
pub struct Jsonl;

impl Reporter for Jsonl {
    fn file(&mut self, out: &mut dyn Write, file: &FileFindings<'_>) -> io::Result<()> {
        for f in file.findings {
            serde_json::to_writer(&mut *out, &f.located(file.name, file.text, file.index))?;
            writeln!(out)?;
        }
        Ok(())
    }
}
