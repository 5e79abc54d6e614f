//! The `punctuation/doubled-comma` rule: two commas in a row (`yes,, he said`).

use crate::analysis::document::Document;
use crate::finding::{Category, Edit, Finding, Fix, Severity};
use crate::rules::{Example, Rule, RuleMeta};

/// Two commas in a row: `yes,, he said`.
pub struct DoubledComma;

static DOUBLED_COMMA: RuleMeta = RuleMeta {
    id: "punctuation/doubled-comma",
    category: Category::Punctuation,
    severity: Severity::Warning,
    // the rule reads the text itself; a rule that looks at some words declares
    // them instead: `crate::Triggers::words(|| vec!["the", "of"])`, and visits
    // `doc.trigger_words(DOUBLED_COMMA.id)`
    triggers: crate::Triggers::Text,
    default_enabled: true,
    summary: "two commas in a row (`yes,, he said`)",
    flags: &[
        Example {
            text: "Yes,, he said.",
            fixed: "Yes, he said.",
        },
        Example {
            text: "Prices rose,, then fell.",
            fixed: "Prices rose, then fell.",
        },
        Example {
            text: "First,, second.",
            fixed: "First, second.",
        },
    ],
    passes: &[
        "Yes, he said.",
        "See https://example.org/a,,b for the list.",
    ],
};

impl Rule for DoubledComma {
    fn meta(&self) -> &'static RuleMeta {
        &DOUBLED_COMMA
    }

    fn check(&self, doc: &Document<'_>, out: &mut Vec<Finding>) {
        for (i, _) in doc.text().match_indices(",,") {
            if doc.is_protected(i..i + 2) {
                continue;
            }
            out.push(
                DOUBLED_COMMA
                    .finding(i..i + 2, "two commas in a row")
                    .with_fix(Fix::safe(Edit::delete(i + 1..i + 2))),
            );
        }
    }
}
