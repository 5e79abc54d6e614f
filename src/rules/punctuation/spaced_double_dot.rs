//! The `punctuation/spaced-double-dot` rule: two periods used as a separator (`the vision ..
//! preserves`), a headline convention of other languages.

use crate::analysis::document::Document;
use crate::finding::{Category, Edit, Finding, Fix, Severity};
use crate::rules::{Example, Rule, RuleMeta};
use crate::text::char_at;

/// Two periods between spaces used as a separator: `in Islamabad .. A message`.
pub struct SpacedDoubleDot;

static SPACED_DOUBLE_DOT: RuleMeta = RuleMeta {
    id: "punctuation/spaced-double-dot",
    category: Category::Punctuation,
    severity: Severity::Warning,
    triggers: crate::Triggers::Text,
    default_enabled: true,
    summary: "two periods used as a separator (`the vision .. preserves`), a headline convention of other languages",
    flags: &[
        Example { text: "The project in the capital .. A message of peace.", fixed: "The project in the capital — A message of peace." },
        Example { text: "Yes .. yes .. new laws.", fixed: "Yes — yes — new laws." },
        Example { text: "The plan .. and the hopes): it is good.", fixed: "The plan — and the hopes): it is good." },
    ],
    passes: &[
        "He paused... then went on. Wait.. what?",
        "Run `cd ..` twice, or ../bin/tool.",
        "The range 1..5 and a . . . spaced ellipsis.",
    ],
};

impl Rule for SpacedDoubleDot {
    fn meta(&self) -> &'static RuleMeta {
        &SPACED_DOUBLE_DOT
    }

    fn check(&self, doc: &Document<'_>, out: &mut Vec<Finding>) {
        let text = doc.text();
        let bytes = text.as_bytes();
        for i in memchr::memmem::find_iter(bytes, " ..") {
            let e = i + 3;
            if i == 0 || !bytes[i - 1].is_ascii_alphanumeric() || bytes.get(e) == Some(&b'.') {
                continue;
            }
            let k = if bytes.get(e) == Some(&b' ') {
                e + 1
            } else {
                e
            };
            if !char_at(text, k).is_some_and(crate::text::is_alphabetic) || doc.is_protected(i..k) {
                continue;
            }
            out.push(
                SPACED_DOUBLE_DOT
                    .finding(
                        i + 1..e,
                        "two periods as a separator; use a dash, a colon or a sentence break",
                    )
                    .with_fix(Fix::unsafe_fix(Edit::new(i..k, " — "))),
            );
        }
    }
}
