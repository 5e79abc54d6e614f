//! `--format jsonl`: the objects of `json`, one a line.

use super::{FileFindings, JsonBlock, Reporter};
use std::io::{self, Write};

/// The JSON Lines format.
#[derive(Default)]
pub struct Jsonl {
    block: JsonBlock,
}

impl Reporter for Jsonl {
    fn file(&mut self, out: &mut dyn Write, file: &FileFindings<'_>) -> io::Result<()> {
        for f in file.findings {
            let located = f.located(file.name, file.text, file.index);
            self.block.value(out, &located)?;
            self.block.bytes(b"\n");
        }
        self.block.flush(out)
    }
}
