//! The `grammar/ongoing-present` rule: an authority's inquiry still going on
//! told in the simple present in a news sentence (`Police investigate a
//! string of thefts.`, `The agency probes the crash.`), which MT leaves from
//! languages with one present for both (Portuguese `a PF investiga`, French
//! `la police enquête`, German `die Polizei ermittelt`). English news says
//! `are investigating`; the simple present stays in headlines (a line with
//! no full stop) and for what an authority does as a rule (`The agency
//! investigates complaints`, a bare plural object, `every year`, or a
//! paragraph whose next sentence tells of no past event).

use super::words::tags;
use crate::analysis::document::{word_in, Document};
use crate::finding::{Category, Edit, Finding, Fix, Severity};
use crate::rules::{Example, Rule, RuleMeta};
use crate::text::concat;

/// An authority's ongoing inquiry in the simple present.
pub struct OngoingPresent;

static ONGOING: RuleMeta = RuleMeta {
    id: "grammar/ongoing-present",
    category: Category::Grammar,
    severity: Severity::Warning,
    triggers: crate::Triggers::words(|| INQUIRY_VERBS.iter().map(|(v, _)| *v).collect()),
    default_enabled: true,
    summary: "an authority's inquiry still going on in the simple present in a news sentence (`Police investigate a string of thefts.`)",
    flags: &[
        Example { text: "Police investigate a string of thefts in the harbour. Two men were held.", fixed: "Police are investigating a string of thefts in the harbour. Two men were held." },
        Example { text: "The agency probes the collapse of the bridge. It fell on Monday.", fixed: "The agency is probing the collapse of the bridge. It fell on Monday." },
        Example { text: "Prosecutors investigate possible fraud at the port. The ship had left in May.", fixed: "Prosecutors are investigating possible fraud at the port. The ship had left in May." },
        Example { text: "City police investigates the death of a cyclist. She was hit by a van.", fixed: "City police are investigating the death of a cyclist. She was hit by a van." },
        Example { text: "The FBI investigates whether the files were taken. Agents went in at dawn.", fixed: "The FBI is investigating whether the files were taken. Agents went in at dawn." },
    ],
    passes: &[
        "Police investigate a string of thefts in the harbour",
        "The agency investigates complaints against officers.",
        "Police are investigating a string of thefts.",
        "The study investigates the causes of the collapse.",
        "If police investigate the case, they will find it.",
        "Police always investigate a death of this kind.",
        "When police investigate a death, they call the coroner.",
        "The committee investigates alleged misconduct every year.",
        "The office investigates the complaints it gets. It has ten staff and a budget.",
        "Police investigate a string of thefts.\nTwo men were held.",
    ],
};

/// Verbs of inquiry, simple present, with their -ing form.
const INQUIRY_VERBS: &[(&str, &str)] = &[
    ("investigate", "investigating"),
    ("investigates", "investigating"),
    ("probe", "probing"),
    ("probes", "probing"),
];

/// The authorities that take a plural verb (`police are`), whatever the
/// verb's form says (`police investigates` is wrong twice).
const PLURAL_AUTHORITIES: &[&str] = &[
    "authorities",
    "detectives",
    "inspectors",
    "investigators",
    "police",
    "prosecutors",
    "regulators",
];

/// Authorities that hold inquiries (the subject's head, lower case).
const AUTHORITIES: &[&str] = &[
    "agency",
    "authorities",
    "authority",
    "commission",
    "committee",
    "court",
    "detectives",
    "inspectors",
    "investigators",
    "ministry",
    "office",
    "police",
    "prosecutor",
    "prosecutors",
    "regulator",
    "regulators",
];

/// Words that make the present a rule or a habit (lower case): `every year`,
/// `always`, `whenever`.
const HABIT_WORDS: &[&str] = &[
    "always", "each", "every", "generally", "normally", "often", "rarely", "regularly",
    "routinely", "seldom", "sometimes", "typically", "usually", "whenever",
];

/// Words that open the object of an inquiry into one case (`a string of`,
/// `the collapse`, `possible fraud`, `alleged bribes`).
const CASE_OPENERS: &[&str] = &[
    "a",
    "alleged",
    "an",
    "another",
    "possible",
    "suspected",
    "the",
    "this",
    "whether",
];

impl Rule for OngoingPresent {
    fn meta(&self) -> &'static RuleMeta {
        &ONGOING
    }

    fn check(&self, doc: &Document<'_>, out: &mut Vec<Finding>) {
        let (text, words) = (doc.text(), doc.words());
        let w = |k: usize| word_in(text, words, k);
        for k in doc.trigger_words(ONGOING.id) {
            let Some(&(_, ing)) = INQUIRY_VERBS.iter().find(|(v, _)| *v == w(k)) else {
                continue;
            };
            // the object: one case, with no gap before it
            let object = w(k + 1);
            let opens_case = CASE_OPENERS.contains(&object)
                || (object.ends_with("ing") && object.len() > 5);
            if !opens_case || &text[words[k].1..words.get(k + 1).map_or(words[k].1, |n| n.0)] != " " {
                continue;
            }
            let Some(start) = subject_start(text, words, k) else {
                continue;
            };
            if !full_sentence(text, words[k].1)
                || habit_in_sentence(text, words, k)
                || !past_follows(text, words, k)
            {
                continue;
            }
            let span = words[start].0..words[k].1;
            if doc.is_protected(span.clone()) {
                continue;
            }
            // the number of the subject's head (`The FBI is`, `police are`)
            let head = w(k - 1).to_ascii_lowercase();
            let plural = PLURAL_AUTHORITIES.contains(&head.as_str());
            let progressive = concat(&[if plural { "are " } else { "is " }, ing]);
            out.push(
                ONGOING
                    .finding(
                        span,
                        concat(&[
                            "an inquiry still going on takes the progressive in English news: `",
                            &progressive,
                            "`; the simple present is a headline's or a rule's",
                        ]),
                    )
                    .with_fix(Fix::unsafe_fix(Edit::new(words[k].0..words[k].1, progressive))),
            );
        }
    }
}

/// The first word of the subject of the verb at word `k` when the sentence
/// opens with it: an authority (`Police`, `The agency`, `Federal prosecutors`)
/// or a capitalised short name (`The FBI`, `The PF`), one to three words.
fn subject_start(text: &str, words: &[(usize, usize)], k: usize) -> Option<usize> {
    let w = |j: usize| word_in(text, words, j);
    let head = w(k.checked_sub(1)?);
    let lower = head.to_ascii_lowercase();
    if !AUTHORITIES.contains(&lower.as_str()) && !is_acronym(head) {
        return None;
    }
    // back over `The` and one modifier, spaces only between the words
    let mut start = k - 1;
    for _ in 0..2 {
        let Some(prev) = start.checked_sub(1) else { break };
        if &text[words[prev].1..words[start].0] != " " || opens_sentence(text, words, start) {
            break;
        }
        start = prev;
    }
    // `The`, or a capitalised modifier that is no function word (`If police`)
    let first = w(start);
    let modifier = first.as_bytes()[0].is_ascii_uppercase()
        && tags(&first.to_ascii_lowercase())
            .is_none_or(|t| (t.is_adjective() || t.is_noun()) && !t.is_conjunction() && !t.is_determiner() && !t.is_pronoun() && !t.is_preposition() && !t.is_adverb());
    let fits = start == k - 1 || first == "The" || modifier;
    (fits && opens_sentence(text, words, start)).then_some(start)
}

/// Whether a word of habit (`every`, `usually`) follows the verb at word `k`
/// in its sentence (before it, the subject opens the sentence).
fn habit_in_sentence(text: &str, words: &[(usize, usize)], k: usize) -> bool {
    let mut j = k + 1;
    while j < words.len() && !text[words[j - 1].1..words[j].0].contains(['.', '!', '?', '\n']) {
        if HABIT_WORDS.contains(&word_in(text, words, j).to_ascii_lowercase().as_str()) {
            return true;
        }
        j += 1;
    }
    false
}

/// Whether the next sentence of the paragraph of word `k` tells of the past
/// (`was`, `were`, `had`, `did`, or a past that is no participle: `went`,
/// `said`): the story is news of events, not a description of what an
/// authority does (`The office investigates the complaints it gets. It has
/// ten staff.`).
fn past_follows(text: &str, words: &[(usize, usize)], k: usize) -> bool {
    let ends = |j: usize| text[words[j].1..words[j + 1].0].contains(['.', '!', '?', '\n']);
    let mut j = k;
    while j + 1 < words.len() && !ends(j) {
        j += 1;
    }
    if j + 1 >= words.len() || text[words[j].1..words[j + 1].0].contains('\n') {
        return false;
    }
    for n in j + 1..(j + 41).min(words.len()) {
        let word = word_in(text, words, n);
        let past = matches!(word, "was" | "were" | "had" | "did")
            || tags(word).is_some_and(|t| t.is_past() && !t.is_participle());
        if past {
            return true;
        }
        if n + 1 < words.len() && ends(n) {
            return false;
        }
    }
    false
}

/// Whether the word is an acronym of two to five capitals (`FBI`, `PF`).
fn is_acronym(word: &str) -> bool {
    (2..=5).contains(&word.len()) && word.bytes().all(|b| b.is_ascii_uppercase())
}

/// Whether word `j` opens a sentence: the text's first word, or after a
/// sentence mark or a line break.
fn opens_sentence(text: &str, words: &[(usize, usize)], j: usize) -> bool {
    let Some(p) = j.checked_sub(1) else {
        return true;
    };
    let before = text[words[p].1..words[j].0].trim_end_matches(' ');
    before.ends_with(['.', '!', '?', '\n'])
}

/// Whether the sentence going on at byte `from` ends with a full stop before
/// its line does (a headline has none).
fn full_sentence(text: &str, from: usize) -> bool {
    let rest = &text[from..];
    let line = &rest[..rest.find('\n').unwrap_or(rest.len())];
    line.contains(". ") || line.trim_end().ends_with('.')
}

#[cfg(test)]
mod tests {
    #[test]
    fn word_lists_are_sorted() {
        for list in [super::AUTHORITIES, super::PLURAL_AUTHORITIES, super::CASE_OPENERS, super::HABIT_WORDS] {
            crate::text::assert_sorted(list);
        }
    }
}
