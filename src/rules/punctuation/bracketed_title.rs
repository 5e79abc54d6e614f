//! The `punctuation/bracketed-title` rule: a title put in round brackets after the word
//! that announces it (`an editorial entitled (The Price of Bread)`), as Arabic and Persian
//! news write titles; English puts a title in quotation marks (or italics).

use crate::analysis::document::Document;
use crate::finding::{Category, Edit, Finding, Fix, Severity};
use crate::rules::{Example, Rule, RuleMeta};

/// A title in round brackets after `entitled`, `titled` or `headlined`.
pub struct BracketedTitle;

static BRACKETED_TITLE: RuleMeta = RuleMeta {
    id: "punctuation/bracketed-title",
    category: Category::Punctuation,
    severity: Severity::Warning,
    triggers: crate::Triggers::Text,
    default_enabled: true,
    summary: "a title in round brackets after the word announcing it (`an editorial entitled (The Price of Bread)`); English quotes a title",
    flags: &[
        Example {
            text: "The paper ran an editorial entitled (The Price of Bread): costs keep rising.",
            fixed: "The paper ran an editorial entitled “The Price of Bread”: costs keep rising.",
        },
        Example {
            text: "She gave a talk titled (Rivers and Towns) at noon.",
            fixed: "She gave a talk titled “Rivers and Towns” at noon.",
        },
        Example {
            text: "A column headlined (Our Schools Need Teachers) drew letters.",
            fixed: "A column headlined “Our Schools Need Teachers” drew letters.",
        },
        Example {
            text: "He wrote under the title (A Winter Journey) for years.",
            fixed: "He wrote under the title “A Winter Journey” for years.",
        },
        Example {
            text: "The weekly said in its leader entitled (Hope): the worst is over.",
            fixed: "The weekly said in its leader entitled “Hope”: the worst is over.",
        },
    ],
    passes: &[
        "The paper ran an editorial entitled “The Price of Bread”.",
        "A report titled (in English) Rivers and Towns came out.",
        "The staff are entitled (by law) to a break.",
        "The Supreme Court (STF) ruled on the title (Part II) of the code.",
        "She is entitled (Art. 4) to a refund.",
        "A book titled (2020) appeared.",
    ],
};

/// Words after which a bracket holds the title they announce.
const ANNOUNCING: &[&str] = &["entitled", "headlined", "title", "titled"];

impl Rule for BracketedTitle {
    fn meta(&self) -> &'static RuleMeta {
        &BRACKETED_TITLE
    }

    fn check(&self, doc: &Document<'_>, out: &mut Vec<Finding>) {
        let text = doc.text();
        let bytes = text.as_bytes();
        for open in memchr::memchr_iter(b'(', bytes) {
            // `entitled (`, `title (`: a letter `d` or `e`, then one space
            if open < 2 || bytes[open - 1] != b' ' || !matches!(bytes[open - 2], b'd' | b'e') {
                continue;
            }
            let word = crate::text::prev_ascii_word(text, open);
            let mut lower = [0u8; 16];
            let word = crate::text::ascii_lower(word, &mut lower).unwrap_or("");
            if !crate::text::in_list(ANNOUNCING, word.as_bytes()) {
                continue;
            }
            let rest = &bytes[open + 1..bytes.len().min(open + 200)];
            let Some(len) = rest.iter().position(|&b| matches!(b, b')' | b'(' | b'\n')) else {
                continue;
            };
            let close = open + 1 + len;
            if bytes[close] != b')' || !is_title(&text[open + 1..close]) {
                continue;
            }
            if doc.is_protected(open..close + 1) {
                continue;
            }
            let fix = Fix::unsafe_fix(vec![
                Edit::new(open..open + 1, "“"),
                Edit::new(close..close + 1, "”"),
            ]);
            out.push(
                BRACKETED_TITLE
                    .finding(open..close + 1, "a title in round brackets; English puts it in quotation marks")
                    .with_fix(fix),
            );
        }
    }
}

/// Whether the bracket holds a title: it starts with a capital word (no abbreviation,
/// number or part label) and has no sentence mark inside.
fn is_title(inner: &str) -> bool {
    let first = inner.split(' ').next().unwrap_or("");
    let capitalised = first.starts_with(|c: char| c.is_uppercase())
        && (first.len() == 1 || first.chars().skip(1).any(|c| c.is_lowercase()))
        && !first.ends_with('.');
    let label = inner
        .split(' ')
        .nth(1)
        .is_some_and(|w| w.chars().all(|c| c.is_ascii_digit() || matches!(c, 'I' | 'V' | 'X')));
    capitalised && !label && !inner.ends_with(' ') && !inner.contains([';', '!', '?'])
}
