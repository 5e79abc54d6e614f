//! The `punctuation/space-in-compound` rule: a space inside a hyphenated compound, as
//! untokenised MT leaves it (`pro -government`, `well -known`, `3- year-old`, `10- day`).

use crate::analysis::document::Document;
use crate::analysis::wordlex;
use crate::finding::{Category, Edit, Finding, Fix, Severity};
use crate::rules::{Example, Rule, RuleMeta};

/// A space on one side of a compound's hyphen: `pro -government`, `3- year-old`.
pub struct SpaceInCompound;

static SPACE_IN_COMPOUND: RuleMeta = RuleMeta {
    id: "punctuation/space-in-compound",
    category: Category::Punctuation,
    severity: Severity::Warning,
    triggers: crate::Triggers::Text,
    default_enabled: true,
    summary: "a space inside a hyphenated compound (`pro -government`, `well -known`, `3- year-old`)",
    flags: &[
        Example { text: "The pro -reform camp won the runoff.", fixed: "The pro-reform camp won the runoff." },
        Example { text: "A well -known potter opened a shop in the square.", fixed: "A well-known potter opened a shop in the square." },
        Example { text: "The 6- year-old girl was found near the lake.", fixed: "The 6-year-old girl was found near the lake." },
        Example { text: "They signed a three- year-long contract.", fixed: "They signed a three-year-long contract." },
        Example { text: "The anti -fraud unit raided two offices.", fixed: "The anti-fraud unit raided two offices." },
        Example { text: "A 10- day curfew was declared.", fixed: "A 10-day curfew was declared." },
    ],
    passes: &[
        "Both pre- and post-war houses were listed.",
        "The well-known potter opened a shop in the square.",
        "The road runs north - south for ten miles.",
        "Temperatures fell to -5 overnight, then -10.",
        "It is a 4-year-old program, a 10-day trial.",
        "- first item\n- second item",
        "Run the tool with -v or -quiet to see less; short- and long-term plans differ.",
    ],
};

/// Prefixes that join the next word with a hyphen (`pro-`, `anti-`, `well-`).
const PREFIXES: &[&str] = &[
    "anti", "co", "counter", "cross", "ex", "half", "inter", "multi", "non", "post", "pre", "pro",
    "quasi", "self", "semi", "so", "well",
];

/// Units that a number joins with a hyphen before a noun (`10-day`).
const UNITS: &[&str] = &[
    "day", "days", "hour", "hours", "minute", "minutes", "month", "months", "week", "weeks",
    "year", "years",
];

impl Rule for SpaceInCompound {
    fn meta(&self) -> &'static RuleMeta {
        &SPACE_IN_COMPOUND
    }

    fn check(&self, doc: &Document<'_>, out: &mut Vec<Finding>) {
        let text = doc.text();
        let bytes = text.as_bytes();
        for h in memchr::memchr_iter(b'-', bytes) {
            if h < 2 {
                continue;
            }
            if bytes[h - 1] == b' ' && bytes[h - 2].is_ascii_alphanumeric() {
                // `pro -government`: the hyphen glued to the word after
                let right = letters_from(bytes, h + 1);
                let left = word_before(text, h - 1);
                if right.len() < 2 || left.is_empty() || doc.is_protected(h - 1..h + 1) {
                    continue;
                }
                let right_word = &text[h + 1..h + 1 + right.len()];
                let left_lower = left.to_ascii_lowercase();
                let prefix = PREFIXES.contains(&left_lower.as_str());
                if !prefix && wordlex::lookup(right_word).is_none() {
                    continue; // `-quiet`, `-la`: an option, not a word
                }
                if !prefix && (!left.bytes().all(|b| b.is_ascii_alphabetic()) || is_function_word(left)) {
                    continue; // `with -v`, `or -quiet`: a command line's options
                }
                let fix = if prefix || joined_is_word(left, right_word) {
                    Fix::safe(Edit::delete(h - 1..h))
                } else {
                    Fix::unsafe_fix(Edit::delete(h - 1..h))
                };
                out.push(
                    SPACE_IN_COMPOUND
                        .finding(
                            h - 1 - left.len()..h + 1 + right.len(),
                            "a space before the hyphen of a compound",
                        )
                        .with_fix(fix),
                );
            } else if bytes[h - 1].is_ascii_alphanumeric() && bytes.get(h + 1) == Some(&b' ') {
                // `3- year-old`, `10- day`: a space after the hyphen, before a word that
                // goes on with a hyphen or a unit after a number
                let right = letters_from(bytes, h + 2);
                if right.is_empty() {
                    continue;
                }
                let after = bytes.get(h + 2 + right.len());
                let number_before = bytes[h - 1].is_ascii_digit();
                let unit = number_before
                    && UNITS.contains(&&text[h + 2..h + 2 + right.len()])
                    && !after.is_some_and(u8::is_ascii_alphanumeric);
                let compound = after == Some(&b'-')
                    && bytes
                        .get(h + 3 + right.len())
                        .is_some_and(u8::is_ascii_alphabetic);
                if !(unit || compound) || doc.is_protected(h..h + 2) {
                    continue;
                }
                let left = word_before(text, h);
                out.push(
                    SPACE_IN_COMPOUND
                        .finding(
                            h - left.len()..h + 2 + right.len(),
                            "a space after the hyphen of a compound",
                        )
                        .with_fix(Fix::safe(Edit::delete(h + 1..h + 2))),
                );
            }
        }
    }
}

/// The ASCII letters starting at `i`.
fn letters_from(bytes: &[u8], i: usize) -> &[u8] {
    let rest = bytes.get(i..).unwrap_or_default();
    let n = rest.iter().take_while(|b| b.is_ascii_alphabetic()).count();
    &rest[..n]
}

/// The ASCII letters and digits ending at `i`.
fn word_before(text: &str, i: usize) -> &str {
    let n = text.as_bytes()[..i]
        .iter()
        .rev()
        .take_while(|b| b.is_ascii_alphanumeric())
        .count();
    &text[i - n..i]
}

/// Whether the lexicon knows `left-right` as one word (`well-known`).
fn joined_is_word(left: &str, right: &str) -> bool {
    let joined = format!("{}-{}", left.to_ascii_lowercase(), right);
    wordlex::lookup(&joined).is_some()
}

/// A closed-class word (`or`, `with`, `the`, `it`), which does not start a compound.
fn is_function_word(word: &str) -> bool {
    wordlex::lookup(word).is_some_and(|t| {
        t.is_determiner() || t.is_preposition() || t.is_conjunction() || t.is_pronoun()
    })
}
