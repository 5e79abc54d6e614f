//! The `encoding/replacement-character` rule: U+FFFD `�`: a character was lost in decoding; restore
//! it by hand.

use crate::analysis::document::Document;
use crate::finding::{Category, Finding, Severity};
use crate::rules::{Example, Rule, RuleMeta};

/// U+FFFD, the mark a decoder leaves where it could not read a byte.
pub struct ReplacementCharacter;

static REPLACEMENT: RuleMeta = RuleMeta {
    id: "encoding/replacement-character",
    category: Category::Encoding,
    severity: Severity::Error,
    triggers: crate::Triggers::Text,
    default_enabled: true,
    summary: "U+FFFD `�`: a character was lost in decoding; restore it by hand",
    flags: &[
        Example {
            text: "Blair\u{FFFD}s plan",
            fixed: "Blair\u{FFFD}s plan",
        },
        Example {
            text: "caf\u{FFFD}\u{FFFD} culture",
            fixed: "caf\u{FFFD}\u{FFFD} culture",
        },
        Example {
            text: "\u{FFFD}",
            fixed: "\u{FFFD}",
        },
    ],
    passes: &["Blair’s plan", "café culture", "a ? mark and a ◆ diamond"],
};

impl Rule for ReplacementCharacter {
    fn meta(&self) -> &'static RuleMeta {
        &REPLACEMENT
    }

    fn check(&self, doc: &Document<'_>, out: &mut Vec<Finding>) {
        let text = doc.text();
        let mut from = 0;
        while let Some(rel) = memchr::memmem::find(&text.as_bytes()[from..], "\u{FFFD}".as_bytes())
        {
            let start = from + rel;
            let mut end = start;
            while text[end..].starts_with('\u{FFFD}') {
                end += '\u{FFFD}'.len_utf8();
            }
            out.push(REPLACEMENT.finding(start..end, "replacement character: a character was lost when the text was decoded; restore it from the source"));
            from = end;
        }
    }
}
