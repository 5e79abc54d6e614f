//! `--format json`: one JSON array of findings over all inputs, written as
//! the findings come. Each object is `mtlint::Located` serialised: the
//! library and the CLI share one contract.

use super::{FileFindings, JsonBlock, Reporter, Summary};
use std::io::{self, Write};

/// The JSON format: whether a finding was written yet.
#[derive(Default)]
pub struct Json {
    written: bool,
    block: JsonBlock,
}

impl Reporter for Json {
    fn begin(&mut self, out: &mut dyn Write) -> io::Result<()> {
        out.write_all(b"[")
    }

    fn file(&mut self, out: &mut dyn Write, file: &FileFindings<'_>) -> io::Result<()> {
        for f in file.findings {
            let sep: &[u8] = if self.written { b",\n  " } else { b"\n  " };
            self.written = true;
            self.block.bytes(sep);
            let located = f.located(file.name, file.text, file.index);
            self.block.value(out, &located)?;
        }
        self.block.flush(out)
    }

    fn end(&mut self, out: &mut dyn Write, _summary: &Summary) -> io::Result<()> {
        out.write_all(if self.written { b"\n]\n" } else { b"]\n" })
    }
}
