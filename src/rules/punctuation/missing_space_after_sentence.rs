//! The `punctuation/missing-space-after-sentence` rule: no space between a sentence end and the
//! next sentence (`website.He said`).

use crate::analysis::document::Document;
use crate::finding::{Category, Edit, Finding, Fix, Severity};
use crate::rules::{Example, Rule, RuleMeta};

/// Two sentences glued without a space: `website.He said`.
pub struct MissingSpaceAfterSentence;

static MISSING_SPACE: RuleMeta = RuleMeta {
    id: "punctuation/missing-space-after-sentence",
    category: Category::Punctuation,
    severity: Severity::Warning,
    triggers: crate::Triggers::Text,
    default_enabled: false,
    summary: "no space between a sentence end and the next sentence (`website.He said`)",
    flags: &[
        Example {
            text: "It was on the website.He said so.",
            fixed: "It was on the website. He said so.",
        },
        Example {
            text: "Prices rose again!The bank stayed calm.",
            fixed: "Prices rose again! The bank stayed calm.",
        },
        Example {
            text: "Who knew?However, nothing changed.",
            fixed: "Who knew? However, nothing changed.",
        },
    ],
    passes: &[
        "Install Node.js from nodejs.org and open index.html.",
        "The U.S.A. and One.Tel and Halo.Bungie.Org agreed.",
        "Mail me at first.last@example.com. See https://ex.com/page.The end.",
        "He wrote ASP.NET code and read the file.IO docs.",
        "See fig.The graph?",
    ],
};

/// Capitalised words that begin sentences and rarely follow a period inside a name.
pub(super) const SENTENCE_STARTERS: &[&str] = &[
    "A",
    "According",
    "After",
    "Also",
    "Although",
    "An",
    "And",
    "As",
    "At",
    "Because",
    "Before",
    "But",
    "Despite",
    "During",
    "Even",
    "For",
    "From",
    "Furthermore",
    "He",
    "Her",
    "Here",
    "His",
    "However",
    "I",
    "If",
    "In",
    "It",
    "Its",
    "Meanwhile",
    "Moreover",
    "My",
    "Now",
    "On",
    "Our",
    "She",
    "Since",
    "So",
    "That",
    "The",
    "Their",
    "Then",
    "There",
    "These",
    "They",
    "This",
    "Those",
    "Though",
    "Today",
    "We",
    "What",
    "When",
    "Where",
    "While",
    "Who",
    "Why",
    "With",
    "Yesterday",
    "Yet",
    "You",
];

impl Rule for MissingSpaceAfterSentence {
    fn meta(&self) -> &'static RuleMeta {
        &MISSING_SPACE
    }

    fn check(&self, doc: &Document<'_>, out: &mut Vec<Finding>) {
        let text = doc.text();
        let bytes = text.as_bytes();
        for &i in doc.marks() {
            if !matches!(bytes[i], b'.' | b'!' | b'?')
                || !bytes.get(i + 1).is_some_and(u8::is_ascii_uppercase)
            {
                continue;
            }
            // left: a lower-case word of at least 3 letters, not part of a dotted name
            let mut s = i;
            while s > 0 && bytes[s - 1].is_ascii_lowercase() {
                s -= 1;
            }
            if i - s < 3
                || crate::text::ABBREVIATIONS
                    .binary_search(&&text[s..i])
                    .is_ok()
                || (s > 0
                    && (bytes[s - 1].is_ascii_alphanumeric()
                        || matches!(bytes[s - 1], b'.' | b'@' | b'/' | b'_' | b'-')))
            {
                continue;
            }
            // right: a sentence-starting word followed by a space
            let mut e = i + 1;
            while e < bytes.len() && bytes[e].is_ascii_alphabetic() {
                e += 1;
            }
            if bytes.get(e) != Some(&b' ') && bytes.get(e) != Some(&b',') {
                continue;
            }
            if SENTENCE_STARTERS.binary_search(&&text[i + 1..e]).is_err() || doc.is_protected(s..e)
            {
                continue;
            }
            out.push(
                MISSING_SPACE
                    .finding(i..e, "no space after the end of a sentence; add one")
                    .with_fix(Fix::safe(Edit::insert(i + 1, " "))),
            );
        }
    }
}
