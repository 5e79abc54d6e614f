//! The `punctuation/tex-quotes` rule: TeX-style quotation marks (` ``like this'' `), as some MT
//! and conversion pipelines leave them; English typography uses “ and ”.

use crate::analysis::document::Document;
use crate::finding::{Category, Edit, Finding, Fix, Severity};
use crate::rules::{Example, Rule, RuleMeta};
use crate::text::char_before;

/// TeX-style quotation marks: ` ``word'' ` for `“word”`.
pub struct TexQuotes;

static TEX_QUOTES: RuleMeta = RuleMeta {
    id: "punctuation/tex-quotes",
    category: Category::Punctuation,
    severity: Severity::Warning,
    triggers: crate::Triggers::Text,
    default_enabled: true,
    summary: "TeX-style quotation marks (` ``like this'' `) where English uses “ and ”",
    flags: &[
        Example {
            text: "The chef said, ``Salt is everything,'' and left.",
            fixed: "The chef said, “Salt is everything,” and left.",
        },
        Example {
            text: "``We will appeal,'' the lawyer said.",
            fixed: "“We will appeal,” the lawyer said.",
        },
        Example {
            text: "The sign read ``closed for repairs''.",
            fixed: "The sign read “closed for repairs”.",
        },
        Example {
            text: "``Nobody called,'' she said.",
            fixed: "“Nobody called,” she said.",
        },
        Example {
            text: "He called it ``a fair deal'' twice.",
            fixed: "He called it “a fair deal” twice.",
        },
    ],
    passes: &[
        "The chef said, “Salt is everything,” and left.",
        "The farmers' market opens at nine.",
        "Use the key 'a' to add a row.",
        "The boys' and girls' teams both won.",
        "She said \"maybe\" and smiled; the cell held '' (two quotes).",
    ],
};

impl Rule for TexQuotes {
    fn meta(&self) -> &'static RuleMeta {
        &TEX_QUOTES
    }

    fn check(&self, doc: &Document<'_>, out: &mut Vec<Finding>) {
        let text = doc.text();
        let bytes = text.as_bytes();
        for &i in doc.marks() {
            let pair = bytes.get(i + 1) == Some(&bytes[i]);
            let first = i == 0 || bytes[i - 1] != bytes[i];
            if !pair || !first || bytes.get(i + 2) == Some(&bytes[i]) {
                continue; // two marks exactly
            }
            let (quote, what) = match bytes[i] {
                b'`' => ("“", "opening"),
                b'\'' if closes_quote(text, i) => ("”", "closing"),
                _ => continue,
            };
            if doc.is_protected(i..i + 2) {
                continue;
            }
            out.push(
                TEX_QUOTES
                    .finding(
                        i..i + 2,
                        format!("a TeX-style {what} quotation mark; English uses `{quote}`"),
                    )
                    .with_fix(Fix::safe(Edit::new(i..i + 2, quote))),
            );
        }
    }
}

/// Whether the `''` at `i` closes a quotation: after a letter and `. , ! ?`, or after a letter
/// and before a space, a sentence mark or the end.
fn closes_quote(text: &str, i: usize) -> bool {
    let bytes = text.as_bytes();
    let Some(before) = char_before(text, i) else {
        return false;
    };
    if matches!(before, '.' | ',' | '!' | '?') {
        return char_before(text, i - 1).is_some_and(char::is_alphabetic);
    }
    before.is_alphabetic()
        && bytes
            .get(i + 2)
            .is_none_or(|b| b.is_ascii_whitespace() || b".,;:!?".contains(b))
}
