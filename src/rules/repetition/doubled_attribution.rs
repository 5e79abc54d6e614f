//! The `repetition/doubled-attribution` rule: a quotation introduced by a reporting verb and
//! closed by another (`She said, “We will wait,” she said.`). Languages that put the verb of
//! saying last (Korean, Japanese, Turkish) end a quoted remark with it even when the sentence
//! named the speaker first, and machine translation renders both.

use crate::analysis::document::Document;
use crate::finding::{Category, Edit, Finding, Fix, Severity};
use crate::rules::{Example, Rule, RuleMeta};

/// The longest quotation looked at, in bytes.
const MAX_QUOTE: usize = 1_500;

/// A quotation attributed twice: `X said, “…,” he said.`
pub struct DoubledAttribution;

/// The reporting verbs that open or close a quotation (in alphabetical order: the rule
/// searches them).
pub(super) const VERBS: &[&str] = &[
    "added", "announced", "asserted", "claimed", "declared", "emphasised", "emphasized",
    "explained", "insisted", "noted", "remarked", "replied", "said", "says", "stated", "stressed",
    "told", "wrote",
];

/// The pronouns that may close a quotation as its speaker.
const PRONOUNS: &[&str] = &["I", "he", "she", "they", "we"];

static DOUBLED_ATTRIBUTION: RuleMeta = RuleMeta {
    id: "repetition/doubled-attribution",
    category: Category::Repetition,
    severity: Severity::Warning,
    triggers: crate::Triggers::words(|| VERBS.to_vec()),
    default_enabled: true,
    summary: "a quotation introduced by a reporting verb and closed by another (`She said, “We will wait,” she said.`); keep one",
    flags: &[
        Example {
            text: "The mayor said, “The bridge will reopen in May,” she said.",
            fixed: "The mayor said, “The bridge will reopen in May.”",
        },
        Example {
            text: "Union leader Tomas Brandt stated, \"Talks failed. We strike on Monday,\" he said.",
            fixed: "Union leader Tomas Brandt stated, \"Talks failed. We strike on Monday.\"",
        },
        Example {
            text: "The coach told reporters: “We played badly today,” Okafor added.",
            fixed: "The coach told reporters: “We played badly today.”",
        },
    ],
    passes: &[
        "“The bridge will reopen in May,” she said.",
        "The mayor said, “The bridge will reopen in May.” She said it twice.",
        "The mayor said the bridge “will reopen in May,” she said.",
        "He said, “Wait.” She said, “No,” and left.",
        "The sign on the door read, “Closed until May,” he said.",
        "The mayor said, “The bridge will reopen,” she said, “and the ferry will stop.”",
    ],
};

impl Rule for DoubledAttribution {
    fn meta(&self) -> &'static RuleMeta {
        &DOUBLED_ATTRIBUTION
    }

    fn check(&self, doc: &Document<'_>, out: &mut Vec<Finding>) {
        let text = doc.text();
        let b = text.as_bytes();
        let words = doc.words();
        for k in doc.trigger_words(DOUBLED_ATTRIBUTION.id) {
            let (vs, ve) = words[k];
            // the closing tag ends the sentence: `… he said.`
            if b.get(ve) != Some(&b'.') || !is_verb(&b[vs..ve]) {
                continue;
            }
            let Some(close) = closing_quote(doc, k) else {
                continue;
            };
            // `,”` or `,"`: the quotation ends with a comma where the sentence goes on
            let (quote_len, opener) = if text[close..].starts_with('”') {
                (3, "“")
            } else {
                (1, "\"")
            };
            if close == 0 || b[close - 1] != b',' {
                continue;
            }
            let Some(open) = opening_quote(text, close, opener) else {
                continue;
            };
            if !introduced(text, open) || doc.is_protected(close - 1..ve + 1) {
                continue;
            }
            let tag = &text[close + quote_len + 1..ve];
            let quote_mark = &text[close..close + quote_len];
            out.push(
                DOUBLED_ATTRIBUTION
                    .finding(
                        close - 1..ve + 1,
                        format!("the quotation is already introduced by a reporting verb: `{tag}` says it twice; drop it"),
                    )
                    .with_fix(Fix::unsafe_fix(Edit::new(close - 1..ve + 1, format!(".{quote_mark}")))),
            );
        }
    }
}

/// Whether `w` is one of the reporting verbs.
fn is_verb(w: &[u8]) -> bool {
    VERBS.binary_search_by(|v| v.as_bytes().cmp(w)).is_ok()
}

/// The byte offset of the closing quotation mark before the speaker of verb `k`
/// (`” he said`, `" Okafor added`): a pronoun or one to three capitalised words, each a
/// space apart.
fn closing_quote(doc: &Document<'_>, k: usize) -> Option<usize> {
    let text = doc.text();
    let b = text.as_bytes();
    let words = doc.words();
    let spaced = |j: usize| b.get(words[j].1) == Some(&b' ') && words[j + 1].0 == words[j].1 + 1;
    let mut first = k.checked_sub(1)?;
    if !spaced(first) {
        return None;
    }
    let word = |j: usize| &text[words[j].0..words[j].1];
    if !PRONOUNS.contains(&word(first)) {
        let capitalised = |j: usize| {
            let w = word(j).as_bytes();
            w.len() >= 2 && w[0].is_ascii_uppercase() && w[1..].iter().all(u8::is_ascii_lowercase)
        };
        if !capitalised(first) {
            return None;
        }
        while first > 0 && k - first < 3 && spaced(first - 1) && capitalised(first - 1) {
            first -= 1;
        }
    }
    let s = words[first].0;
    if s == 0 || b[s - 1] != b' ' {
        return None;
    }
    let before = &text[..s - 1];
    if before.ends_with('”') {
        Some(before.len() - 3)
    } else if before.ends_with('"') {
        Some(before.len() - 1)
    } else {
        None
    }
}

/// The byte offset of the quotation mark `opener` that opens the quotation closed at
/// `close`, on the same line, with no other quotation mark of the pair between.
fn opening_quote(text: &str, close: usize, opener: &str) -> Option<usize> {
    let from = crate::text::floor_boundary(text, close.saturating_sub(MAX_QUOTE));
    let inside = &text[from..close];
    let open = from + inside.rfind(opener)?;
    let between = &text[open + opener.len()..close];
    if between.contains(['\n', '”', '"']) {
        return None;
    }
    Some(open)
}

/// Whether a reporting verb, a comma or colon and a space stand right before the quotation
/// mark at `open` (`said, “`, `told reporters: “`).
fn introduced(text: &str, open: usize) -> bool {
    let before = &text[crate::text::floor_boundary(text, open.saturating_sub(40))..open];
    let Some(before) = before.strip_suffix(", ").or_else(|| before.strip_suffix(": ")) else {
        return false;
    };
    // the verb last, or one or two words before the mark (`told reporters: “`,
    // `said on Monday, “`)
    before
        .rsplit(' ')
        .take(3)
        .any(|w| is_verb(w.as_bytes()))
}
