//! The `punctuation/spaced-double-dot` rule: two periods used as a separator (`the vision ..
//! preserves`), a headline convention of other languages, or where English has one period
//! (`the yields.. Traders sold`, `as he said ..` at a line end).

use crate::analysis::document::Document;
use crate::finding::{Category, Edit, Finding, Fix, Severity};
use crate::rules::{Example, Rule, RuleMeta};
use crate::text::{char_at, skip_hspace};

/// Two periods used as a separator (`in Islamabad .. A message`) or as a sentence's end
/// (`the yields.. Traders sold`, `said ..` ending a line).
pub struct SpacedDoubleDot;

static SPACED_DOUBLE_DOT: RuleMeta = RuleMeta {
    id: "punctuation/spaced-double-dot",
    category: Category::Punctuation,
    severity: Severity::Warning,
    triggers: crate::Triggers::Text,
    default_enabled: true,
    summary: "two periods used as a separator (`the vision .. preserves`) or a sentence end (`the yields.. Traders`), a convention of other languages",
    flags: &[
        Example { text: "The project in the capital .. A message of peace.", fixed: "The project in the capital — A message of peace." },
        Example { text: "Yes .. yes .. new laws.", fixed: "Yes — yes — new laws." },
        Example { text: "The plan .. and the hopes): it is good.", fixed: "The plan — and the hopes): it is good." },
        Example { text: "Watch the harbour clip.. The ferry docks at six.", fixed: "Watch the harbour clip. The ferry docks at six." },
        Example { text: "Shares followed the bond yields.. Traders sold early.", fixed: "Shares followed the bond yields. Traders sold early." },
        Example { text: "The council closed the session ..\nVoting resumes in May.", fixed: "The council closed the session.\nVoting resumes in May." },
        Example { text: "Nobody answered the letter ..", fixed: "Nobody answered the letter." },
    ],
    passes: &[
        "He paused... then went on. Wait.. what?",
        "Run `cd ..` twice, or ../bin/tool.",
        "The range 1..5 and a . . . spaced ellipsis.",
        "It rained all week.. not great, we stayed in.",
        "Open the folder ../Reports and then v1.. V2 in the list.",
        "He waited... The door opened.",
        "The rate rose. The bank held.",
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
            let line_end = matches!(bytes.get(skip_hspace(text, e)), None | Some(b'\n' | b'\r'));
            if line_end && !doc.is_protected(i..e) {
                // `the letter ..` ending a line: one period
                out.push(
                    SPACED_DOUBLE_DOT
                        .finding(i + 1..e, "two periods ending a sentence; English has one")
                        .with_fix(Fix::unsafe_fix(Edit::new(i..e, "."))),
                );
                continue;
            }
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
        // `the yields.. Traders sold`: two periods glued to a word, before a capital (before a
        // lower-case word, `week.. not great` is an informal ellipsis)
        for i in memchr::memmem::find_iter(bytes, "..") {
            let e = i + 2;
            if i == 0 || !bytes[i - 1].is_ascii_alphabetic() || bytes.get(e) != Some(&b' ') {
                continue;
            }
            if !bytes.get(e + 1).is_some_and(u8::is_ascii_uppercase) {
                continue;
            }
            // a lone letter or a version before (`v1..`, `A..`), a path or a domain
            let word = i - super::marks::letters_before(bytes, i);
            if i - word < 2
                || (word > 0 && matches!(bytes[word - 1], b'.' | b'/' | b'\\' | b'_'))
                || doc.is_protected(word..e)
            {
                continue;
            }
            out.push(
                SPACED_DOUBLE_DOT
                    .finding(i..e, "two periods ending a sentence; English has one")
                    .with_fix(Fix::unsafe_fix(Edit::new(i..e, "."))),
            );
        }
    }
}
