//! The `punctuation/doubled-punctuation` rule: two sentence marks in a row where English has one
//! (`. .`, `,,`, `.,`, `,.`, `?.`).

use super::marks::{letters_before, preceded_by_spaced_dot, spaced_dot_after};
use crate::analysis::document::Document;
use crate::finding::{Category, Edit, Finding, Fix, Severity};
use crate::rules::{Example, Rule, RuleMeta};
use crate::text::{is_abbreviation_before, skip_hspace};

/// Doubled or conflicting sentence punctuation: `soil. .`, `,,`, `said Lee.,`, `end,.`.
pub struct DoubledPunctuation;

static DOUBLED: RuleMeta = RuleMeta {
    id: "punctuation/doubled-punctuation",
    category: Category::Punctuation,
    severity: Severity::Warning,
    triggers: crate::Triggers::Text,
    default_enabled: true,
    summary: "two sentence marks in a row where English has one (`. .`, `,,`, `.,`, `,.`, `?.`)",
    flags: &[
        Example {
            text: "They left the island. .\nNext day",
            fixed: "They left the island.\nNext day",
        },
        Example {
            text: "However,, the plan failed.",
            fixed: "However, the plan failed.",
        },
        Example {
            text: "said Okafor., who led the team",
            fixed: "said Okafor, who led the team",
        },
        Example {
            text: "The talks ended,. Nobody spoke.",
            fixed: "The talks ended. Nobody spoke.",
        },
        Example {
            text: "Was it worth it?. Nobody knows.",
            fixed: "Was it worth it? Nobody knows.",
        },
        Example {
            text: "the new rules;. Then",
            fixed: "the new rules; Then",
        },
    ],
    passes: &[
        "He paused... and went on. Then: “Well…”",
        "Troops from the U.S., Britain and France, e.g., the 5th Army, etc.) left.",
        "She wrote to Acme Inc., and to Mr. Wang, in Jan., asking why . . . nothing came.",
        "Visit example.com,.net and .org domains: see https://x.org/?a=1,,2 for details.",
        "Wait.. what? That was odd.. really.",
        "She answered &#8220;no&#8221;. The vote went ahead &amp; passed.",
    ],
};

impl Rule for DoubledPunctuation {
    fn meta(&self) -> &'static RuleMeta {
        &DOUBLED
    }

    fn check(&self, doc: &Document<'_>, out: &mut Vec<Finding>) {
        let text = doc.text();
        let bytes = text.as_bytes();
        let mut next = 0; // marks before this are part of a finding
        for &i in doc.marks() {
            let p1 = bytes[i];
            if i < next || !matches!(p1, b'.' | b',' | b';' | b'?' | b'!') {
                continue;
            }
            let j = skip_hspace(text, i + 1);
            let Some(&p2) = bytes.get(j) else { break };
            if !matches!(p2, b'.' | b',' | b';') {
                continue;
            }
            let spaced = j > i + 1;
            let after = bytes.get(j + 1).copied();
            let dot_before = i > 0 && bytes[i - 1] == b'.';
            let ends = after.is_none_or(|b| matches!(b, b' ' | b'\t' | b'\n' | b'\r'));
            // (delete range, message, safe)
            let verdict: Option<(std::ops::Range<usize>, &str, bool)> = match (p1, p2) {
                // `. .` — but not a spaced ellipsis `. . .`, nor `.. `
                (b'.', b'.')
                    if spaced
                        && !dot_before
                        && after != Some(b'.')
                        && !spaced_dot_after(text, j + 1)
                        && !preceded_by_spaced_dot(text, i) =>
                {
                    Some((i + 1..j + 1, "stray second period; keep one", true))
                }
                (b',', b',') => Some((i + 1..j + 1, "doubled comma; keep one", true)),
                (b'.', b',')
                    if !dot_before
                        && !is_abbreviation_before(text, i)
                        && letters_before(bytes, i) >= 4 =>
                {
                    let lower_next = bytes
                        .get(skip_hspace(text, j + 1))
                        .is_some_and(u8::is_ascii_lowercase);
                    Some((
                        i..j,
                        "period before a comma; the sentence goes on, keep the comma",
                        lower_next && ends,
                    ))
                }
                (b',', b'.') if ends && !spaced => {
                    Some((i..j, "comma before a period; keep the period", true))
                }
                (b'?' | b'!', b'.') if !spaced && after != Some(b'.') => Some((
                    i + 1..j + 1,
                    "period after a question or exclamation mark; drop it",
                    true,
                )),
                (b';', b'.') if !spaced && ends => {
                    Some((j..j + 1, "period after a semicolon; keep one mark", false))
                }
                (b';', b';') => Some((i + 1..j + 1, "doubled semicolon; keep one", true)),
                _ => None,
            };
            if let Some((del, msg, safe)) = verdict {
                if !doc.is_protected(i..j + 1) {
                    let fix = if safe {
                        Fix::safe(Edit::delete(del))
                    } else {
                        Fix::unsafe_fix(Edit::delete(del))
                    };
                    out.push(DOUBLED.finding(i..j + 1, msg).with_fix(fix));
                }
                next = j + 1;
            }
        }
    }
}
