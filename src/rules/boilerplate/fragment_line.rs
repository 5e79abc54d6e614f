//! The `boilerplate/fragment-line` rule: a scrap of a page left between paragraphs (a line of two
//! or three short lower-case words after prose), and a stray letter between words (`the problem t
//! by`), left where a tag or link was cut out.

use super::lines::{plain, remove_block, shared_lines, trimmed};
use crate::analysis::document::Document;
use crate::finding::{Category, Edit, Finding, Fix, Severity};
use crate::rules::{Example, Rule, RuleMeta};

/// A line of a few short lower-case words after prose, or a lone consonant
/// between a word and a function word.
pub struct FragmentLine;

static FRAGMENT_LINE: RuleMeta = RuleMeta {
    id: "boilerplate/fragment-line",
    category: Category::Boilerplate,
    severity: Severity::Warning,
    triggers: crate::Triggers::words(stray_letters),
    default_enabled: true,
    summary: "a scrap of the page between paragraphs (`so you` alone on a line) or a stray letter between words (`the problem t by`); remove it",
    flags: &[
        Example { text: "The crash closed the motorway for six hours on Sunday afternoon and evening.\n\nso you\n\nPolice are investigating.", fixed: "The crash closed the motorway for six hours on Sunday afternoon and evening.\n\n\nPolice are investigating." },
        Example { text: "The fire spread to a second building and the cause t by the police is unknown.", fixed: "The fire spread to a second building and the cause by the police is unknown." },
        Example { text: "Officials met with the k The mayor left early.", fixed: "Officials met with the The mayor left early." },
        Example { text: "The storm destroyed the pier and damaged many boats in the harbour overnight.\n\nit is the\n\nRepairs start soon.", fixed: "The storm destroyed the pier and damaged many boats in the harbour overnight.\n\n\nRepairs start soon." },
        Example { text: "A small problem d with the pumps delayed the work.", fixed: "A small problem with the pumps delayed the work." },
    ],
    passes: &[
        "Take vitamin d with food.",
        "He chose plan b in the end.",
        "ok thanks\nsee you",
        "The letters c and g vary most.",
        "The storm destroyed the pier.\n\ngood\n\nRepairs start soon.",
        "At time t the particle stops.",
        "I wasn t the one who left.",
    ],
};

/// The consonants that are no English word, abbreviation or usual variable alone.
const STRAY: &[&str] = &["b", "d", "f", "h", "j", "k", "l", "m", "p", "q", "t", "v", "w", "z"];

fn stray_letters() -> Vec<&'static str> {
    STRAY.to_vec()
}

/// The function words a stray letter comes before.
pub(super) const NEXT: &[&str] = &[
    "He", "It", "She", "The", "They", "We", "and", "by", "for", "from", "in", "of", "on", "that",
    "the", "to", "which", "with",
];

/// Nouns that name a letter after them: `plan b`, `vitamin d`, `time t`.
pub(super) const LABELS: &[&str] = &[
    "annex", "appendix", "band", "block", "category", "class", "column", "constant", "division",
    "exhibit", "figure", "function", "gate", "grade", "group", "hepatitis", "item", "letter",
    "level", "line", "matrix", "model", "option", "parameter", "part", "phase", "plan", "point",
    "row", "schedule", "section", "size", "stage", "step", "table", "terminal", "tier", "time",
    "type", "unit", "variable", "vector", "version", "vitamin", "wing", "zone",
];

/// Whether a line is two or three lower-case words of at most four letters.
fn is_fragment(line: &str) -> bool {
    let ws: Vec<&str> = line.split(' ').collect();
    (2..=3).contains(&ws.len())
        && ws.iter().all(|w| (1..=4).contains(&w.len()) && w.bytes().all(|b| b.is_ascii_lowercase()))
}

impl FragmentLine {
    fn fragments(doc: &Document<'_>, out: &mut Vec<Finding>) {
        let text = doc.text();
        let (ls, _) = shared_lines(doc);
        let mut prose_before = false;
        for (content, full) in ls {
            let raw = &text[content.clone()];
            if raw.trim().is_empty() {
                continue;
            }
            if content.len() <= 40 && prose_before {
                let t = trimmed(doc, content);
                if t.len() <= 14 && is_fragment(&plain(doc, &t)) && !doc.is_protected(t.clone()) {
                    let finding = FRAGMENT_LINE
                        .finding(t.clone(), "a scrap of the page between paragraphs; remove it");
                    out.push(match remove_block(doc, full, &t) {
                        Some(edit) => finding.with_fix(Fix::unsafe_fix(edit)),
                        None => finding,
                    });
                }
            }
            // ten words or more: nine spaces
            prose_before = crate::text::has_at_least(raw.as_bytes(), b' ', 9);
        }
    }

    fn stray_letters(doc: &Document<'_>, out: &mut Vec<Finding>) {
        let text = doc.text();
        let words = doc.words();
        for k in doc.trigger_words(FRAGMENT_LINE.id) {
            let letter = doc.word(k);
            if k == 0 || !STRAY.contains(&letter) || !doc.joined(k - 1) || !doc.joined(k) {
                continue;
            }
            let prev = doc.word(k - 1);
            let next = doc.word(k + 1);
            let lower_end = prev.bytes().next_back().is_some_and(|b| b.is_ascii_lowercase());
            // `wasn t`, `you d`: a contraction that lost its apostrophe
            let contraction = (letter == "t" && prev.ends_with('n'))
                || (matches!(letter, "d" | "m" | "ll") && matches!(prev, "i" | "you" | "he" | "she" | "we" | "they"));
            if !lower_end || contraction || LABELS.contains(&prev.to_ascii_lowercase().as_str()) || !NEXT.contains(&next) {
                continue;
            }
            let (s, e) = words[k];
            let r = words[k - 1].1..e;
            if doc.is_protected(s..e) {
                continue;
            }
            out.push(
                FRAGMENT_LINE
                    .finding(s..e, format!("a stray letter `{}` between words; remove it", &text[s..e]))
                    .with_fix(Fix::unsafe_fix(Edit::delete(r))),
            );
        }
    }
}

impl Rule for FragmentLine {
    fn meta(&self) -> &'static RuleMeta {
        &FRAGMENT_LINE
    }

    fn check(&self, doc: &Document<'_>, out: &mut Vec<Finding>) {
        Self::fragments(doc, out);
        Self::stray_letters(doc, out);
    }
}
