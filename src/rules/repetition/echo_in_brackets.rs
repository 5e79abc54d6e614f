//! The `repetition/echo-in-brackets` rule: a run of two to four words repeated
//! at once in brackets (`the central bank (central bank)`), where a translation
//! engine rendered both a term and its gloss in the source language the same way.

use crate::analysis::document::Document;
use crate::finding::{Category, Edit, Finding, Fix, Severity};
use crate::rules::{Example, Rule, RuleMeta};

/// The most words an echo may have.
const MAX_WORDS: usize = 4;

/// The longest bracket looked at, in bytes.
const MAX_BRACKET: usize = 80;

/// `X Y (X Y)`: words repeated in brackets right after them.
pub struct EchoInBrackets;

static ECHO: RuleMeta = RuleMeta {
    id: "repetition/echo-in-brackets",
    category: Category::Repetition,
    severity: Severity::Warning,
    triggers: crate::Triggers::Text,
    default_enabled: true,
    summary: "words repeated in brackets right after them (`the central bank (central bank)`): a term and its gloss translated alike; delete the bracket",
    flags: &[
        Example {
            text: "The Appeals Court (Appeals Court) met on Tuesday.",
            fixed: "The Appeals Court met on Tuesday.",
        },
        Example {
            text: "He left the Labour Party (Labour Party) in 1998.",
            fixed: "He left the Labour Party in 1998.",
        },
        Example {
            text: "The water board (water board) raised its fees.",
            fixed: "The water board raised its fees.",
        },
        Example {
            text: "They rebuilt the old town hall (old town hall) last spring.",
            fixed: "They rebuilt the old town hall last spring.",
        },
        Example {
            text: "The customs office (Customs Office) closed early.",
            fixed: "The customs office closed early.",
        },
    ],
    passes: &[
        "The town of Nara (Nara) welcomed the team.",
        "The Appeals Court (AC) met on Tuesday.",
        "The water board (the Waterschap) raised its fees.",
        "They rebuilt the town hall (finished in 1911).",
        "The Labour Party (Labour) won seats.",
        "Read the first part (part one) before the second part (part two).",
    ],
};

impl Rule for EchoInBrackets {
    fn meta(&self) -> &'static RuleMeta {
        &ECHO
    }

    fn check(&self, doc: &Document<'_>, out: &mut Vec<Finding>) {
        let text = doc.text();
        let b = text.as_bytes();
        for &open in doc.marks() {
            if b[open] != b'(' || open < 2 || b[open - 1] != b' ' {
                continue;
            }
            let Some(len) = b[open + 1..]
                .iter()
                .take(MAX_BRACKET)
                .position(|&c| !(c.is_ascii_alphabetic() || c == b' '))
            else {
                continue;
            };
            let close = open + 1 + len;
            if b[close] != b')' {
                continue;
            }
            let inner = &text[open + 1..close];
            let count = inner.split(' ').count();
            if !(2..=MAX_WORDS).contains(&count) || inner.split(' ').any(str::is_empty) {
                continue;
            }
            // the same words, ASCII case aside, right before the bracket, whole
            let Some(start) = (open - 1).checked_sub(inner.len()) else {
                continue;
            };
            if !b[start..open - 1].eq_ignore_ascii_case(inner.as_bytes())
                || (start > 0 && (b[start - 1].is_ascii_alphanumeric() || b[start - 1] >= 0x80))
            {
                continue;
            }
            if doc.is_protected(start..close + 1) {
                continue;
            }
            out.push(
                ECHO.finding(
                    start..close + 1,
                    format!("`{inner}` is repeated in brackets; delete the bracket"),
                )
                .with_fix(Fix::safe(Edit::delete(open - 1..close + 1))),
            );
        }
    }
}
