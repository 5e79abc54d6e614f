//! The `punctuation/glued-quote` rule: a closing quotation mark glued to the next word
//! (`Assembly”say`) or an opening one glued to the previous word (`the“plan`).

use crate::analysis::document::Document;
use crate::finding::{Category, Edit, Finding, Fix, Severity};
use crate::rules::{Example, Rule, RuleMeta};
use crate::text::{char_at, char_before};

/// A curly double quote glued to the word on its outer side: `“ready,”the coach`.
pub struct GluedQuote;

static GLUED_QUOTE: RuleMeta = RuleMeta {
    id: "punctuation/glued-quote",
    category: Category::Punctuation,
    severity: Severity::Warning,
    triggers: crate::Triggers::Text,
    default_enabled: true,
    summary: "a closing quote glued to the next word or an opening one to the previous word (`Assembly”say`)",
    flags: &[
        Example {
            text: "“We are ready,”the coach said.",
            fixed: "“We are ready,” the coach said.",
        },
        Example {
            text: "They called it “a mistake”but kept going.",
            fixed: "They called it “a mistake” but kept going.",
        },
        Example {
            text: "Voters chose “change”over experience.",
            fixed: "Voters chose “change” over experience.",
        },
        Example {
            text: "The board called the plan“reckless” in May.",
            fixed: "The board called the plan “reckless” in May.",
        },
        Example {
            text: "“Never again!”he shouted at the crowd.",
            fixed: "“Never again!” he shouted at the crowd.",
        },
    ],
    passes: &[
        "“We are ready,” the coach said.",
        "The word “green” appears twice.",
        "He said: “No.”",
        "(“Yes,” she wrote.)",
        "The fund’s manager quit; the 12”screen and 5”x7” prints stayed.",
    ],
};

impl Rule for GluedQuote {
    fn meta(&self) -> &'static RuleMeta {
        &GLUED_QUOTE
    }

    fn check(&self, doc: &Document<'_>, out: &mut Vec<Finding>) {
        let text = doc.text();
        for &i in doc.marks() {
            let rest = &text[i..];
            if rest.starts_with('”') {
                let end = i + '”'.len_utf8();
                if closes_after_word(text, i) && char_at(text, end).is_some_and(char::is_alphabetic)
                {
                    push(
                        doc,
                        i..end,
                        end,
                        "a closing quote glued to the next word",
                        out,
                    );
                }
            } else if rest.starts_with('“') {
                let end = i + '“'.len_utf8();
                if char_before(text, i).is_some_and(char::is_alphabetic)
                    && char_at(text, end).is_some_and(char::is_alphabetic)
                {
                    push(
                        doc,
                        i..end,
                        i,
                        "an opening quote glued to the previous word",
                        out,
                    );
                }
            }
        }
    }
}

/// Whether the `”` at `i` follows a word: two letters, or a letter and `. , ! ?`.
fn closes_after_word(text: &str, i: usize) -> bool {
    let Some(c) = char_before(text, i) else {
        return false;
    };
    let j = i - c.len_utf8();
    let letter_before = char_before(text, j).is_some_and(char::is_alphabetic);
    letter_before && (c.is_alphabetic() || matches!(c, '.' | ',' | '!' | '?'))
}

/// A finding on the quote at `span`, fixed by a space at `space_at` (its glued side).
fn push(
    doc: &Document<'_>,
    span: std::ops::Range<usize>,
    space_at: usize,
    message: &'static str,
    out: &mut Vec<Finding>,
) {
    if doc.is_protected(span.clone()) {
        return;
    }
    out.push(
        GLUED_QUOTE
            .finding(span, message)
            .with_fix(Fix::safe(Edit::insert(space_at, " "))),
    );
}
