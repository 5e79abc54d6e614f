//! The output formats of `mtlint check`, one file each, behind one trait.
//!
//! The printing thread hands each input's findings to the format in input
//! order, and the format writes them out as they come: nothing but the SARIF
//! log (one JSON document whose rules close it) is held until the end.

mod brief;
mod github;
mod human;
mod json;
mod jsonl;
mod rdjsonl;
mod sarif;
mod statistics;

use super::args::Format;
use mtlint::{Finding, LineIndex};
use std::io::{self, Write};

pub use human::Paint;

/// One input's findings, with what a format needs to place them.
pub struct FileFindings<'a> {
    /// The name the input is reported under.
    pub name: &'a str,
    /// The text that was scanned.
    pub text: &'a str,
    /// Lines and columns of `text`.
    pub index: &'a LineIndex<'a>,
    /// The findings, in order (never empty).
    pub findings: &'a [Finding],
}

/// What the run found, for a format's closing words.
pub struct Summary {
    /// How many findings in all.
    pub findings: usize,
    /// How many inputs were checked.
    pub inputs: usize,
    /// `--quiet`: the findings only, no summary.
    pub quiet: bool,
}

/// An output format: what it writes first, for each input with findings, and last.
pub trait Reporter {
    /// Writes what comes before the first input's findings.
    fn begin(&mut self, _out: &mut dyn Write) -> io::Result<()> {
        Ok(())
    }
    /// Writes one input's findings.
    fn file(&mut self, out: &mut dyn Write, file: &FileFindings<'_>) -> io::Result<()>;
    /// Writes what comes after the last input's findings.
    fn end(&mut self, _out: &mut dyn Write, _summary: &Summary) -> io::Result<()> {
        Ok(())
    }
}

/// JSON text built in memory a block at a time and written whole: serde's
/// many small writes (a key, a quote, a comma) go to a `Vec`, not one by one
/// through `dyn Write` and its buffer.
#[derive(Default)]
pub struct JsonBlock {
    buf: Vec<u8>,
}

/// The size at which a [`JsonBlock`] is written out: bounds its memory.
const BLOCK: usize = 64 << 10;

impl JsonBlock {
    /// Appends `bytes` as they are.
    pub fn bytes(&mut self, bytes: &[u8]) {
        self.buf.extend_from_slice(bytes);
    }

    /// Appends `value` as JSON, writing the block out when it is full.
    pub fn value(&mut self, out: &mut dyn Write, value: &impl serde::Serialize) -> io::Result<()> {
        serde_json::to_writer(&mut self.buf, value)?;
        if self.buf.len() >= BLOCK {
            self.flush(out)?;
        }
        Ok(())
    }

    /// Writes out what the block holds.
    pub fn flush(&mut self, out: &mut dyn Write) -> io::Result<()> {
        out.write_all(&self.buf)?;
        self.buf.clear();
        Ok(())
    }
}

/// The reporter of a format.
pub fn reporter(format: Format, paint: Paint) -> Box<dyn Reporter> {
    match format {
        Format::Human => Box::new(human::Human { paint }),
        Format::Brief => Box::new(brief::Brief),
        Format::Json => Box::new(json::Json::default()),
        Format::Jsonl => Box::new(jsonl::Jsonl::default()),
        Format::Sarif => Box::new(sarif::Sarif::default()),
        Format::Github => Box::new(github::Github),
        Format::Rdjsonl => Box::new(rdjsonl::Rdjsonl),
    }
}

/// The `--statistics` reporter: counts by rule instead of the findings.
pub fn statistics() -> Box<dyn Reporter> {
    Box::new(statistics::Statistics::default())
}

/// Where a rule is documented (the README's rule table), for SARIF's
/// `helpUri` and reviewdog's code URL.
pub fn help_uri() -> String {
    format!("{}#rules", env!("CARGO_PKG_REPOSITORY"))
}

/// `s` for a count other than one.
pub fn plural(n: usize) -> &'static str {
    if n == 1 {
        ""
    } else {
        "s"
    }
}
