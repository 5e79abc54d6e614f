//! The `grammar/narrative-present` rule: a present reporting verb after
//! `Then` in a paragraph that reports in the past (`"We will win," Ruiz said.
//! Then the coach says: "..."`). Romance and Slavic news narrate a sequence of
//! past events in the present (Portuguese `Depois, o ministro diz:`, French
//! `Puis il ajoute`), and MT keeps the present; English news keeps the tense
//! of its story. A paragraph told in the present throughout (a feature's
//! `Then he says`) has no past reporting verb and is left alone.

use super::words::{base_of_third, is_lower, tags};
use crate::analysis::document::{word_in, Document};
use crate::analysis::lexicon::lexicon;
use crate::finding::{Category, Edit, Finding, Fix, Severity};
use crate::rules::{Example, Rule, RuleMeta};
use crate::text::concat;

/// A present reporting verb after `Then` in a past-tense paragraph.
pub struct NarrativePresent;

static NARRATIVE: RuleMeta = RuleMeta {
    id: "grammar/narrative-present",
    category: Category::Grammar,
    severity: Severity::Warning,
    triggers: crate::Triggers::words(|| SEQUENCE_ADVERBS.to_vec()),
    default_enabled: true,
    summary: "a present reporting verb after `Then` in a paragraph told in the past (`Ruiz said. Then the coach says:`)",
    flags: &[
        Example { text: "\u{201c}We will win,\u{201d} Ruiz said. Then the coach says: \u{201c}Not today.\u{201d}", fixed: "\u{201c}We will win,\u{201d} Ruiz said. Then the coach said: \u{201c}Not today.\u{201d}" },
        Example { text: "She told the court she was at home. Later she adds that she was alone.", fixed: "She told the court she was at home. Later she added that she was alone." },
        Example { text: "Then, Ms Ortiz explains: the deal is off. The clerk wrote it down.", fixed: "Then, Ms Ortiz explained: the deal is off. The clerk wrote it down." },
    ],
    passes: &[
        "He pauses. Then he says: \u{201c}Not today.\u{201d} He smiles at the crowd.",
        "Ruiz said he was tired.\nThen the coach says: \u{201c}Not today.\u{201d}",
        "Ruiz said it was over. Later this year he says he will retire.",
        "Ruiz said it was late. Then the coach says he wants to stay, and says so often.",
        "Then the report states the facts, as the author said.",
    ],
};

/// Present reporting verbs, third person singular.
const PRESENT_REPORTING: &[&str] = &[
    "adds",
    "admits",
    "answers",
    "argues",
    "asks",
    "comments",
    "concludes",
    "continues",
    "declares",
    "explains",
    "insists",
    "recalls",
    "replies",
    "responds",
    "says",
    "stresses",
    "tells",
    "warns",
    "writes",
];

/// Past reporting verbs: the tense a paragraph reports in.
const PAST_REPORTING: &[&str] = &[
    "added",
    "admitted",
    "answered",
    "argued",
    "asked",
    "commented",
    "concluded",
    "declared",
    "explained",
    "insisted",
    "recalled",
    "replied",
    "responded",
    "said",
    "stated",
    "stressed",
    "told",
    "warned",
    "wrote",
];

/// Adverbs that move a narration on to its next event.
const SEQUENCE_ADVERBS: &[&str] = &[
    "Afterwards",
    "Later",
    "Next",
    "Then",
];

/// Words that open a subject noun phrase after the adverb.
const DETERMINERS: &[&str] = &[
    "a",
    "an",
    "her",
    "his",
    "its",
    "the",
    "their",
];

/// Pronoun subjects of a third-person verb.
const PRONOUNS: &[&str] = &[
    "he",
    "she",
];

impl Rule for NarrativePresent {
    fn meta(&self) -> &'static RuleMeta {
        &NARRATIVE
    }

    fn check(&self, doc: &Document<'_>, out: &mut Vec<Finding>) {
        let (text, words) = (doc.text(), doc.words());
        let w = |k: usize| word_in(text, words, k);
        for adverb in doc.trigger_words(NARRATIVE.id) {
            if !SEQUENCE_ADVERBS.contains(&w(adverb)) || !opens_sentence(text, words, adverb) {
                continue;
            }
            let Some(k) = reporting_verb_after(text, words, adverb) else {
                continue;
            };
            if !reports_here(text, words, k) || !past_paragraph(doc, k) {
                continue;
            }
            let verb = w(k);
            let Some(past) = base_of_third(verb)
                .and_then(|b| lexicon().verb(&b).and_then(|v| v.pasts().next()))
            else {
                continue;
            };
            let span = words[k].0..words[k].1;
            if doc.is_protected(words[adverb].0..span.end) {
                continue;
            }
            out.push(
                NARRATIVE
                    .finding(
                        span.clone(),
                        concat(&[
                            "`",
                            w(adverb),
                            " ... ",
                            verb,
                            "` in a paragraph that reports in the past: the story's tense is `",
                            past,
                            "`",
                        ]),
                    )
                    .with_fix(Fix::unsafe_fix(Edit::new(span, past))),
            );
        }
    }
}

/// Whether the verb at word `k` introduces what is reported: a colon, a comma
/// or a quotation mark follows it, or `that`.
fn reports_here(text: &str, words: &[(usize, usize)], k: usize) -> bool {
    let after = text[words[k].1..].trim_start_matches(' ');
    after.starts_with([':', ',', '"', '\u{201c}'])
        || words.get(k + 1).is_some_and(|n| {
            text[words[k].1..n.0] == *" " && &text[n.0..n.1] == "that"
        })
}

/// The word index of a present reporting verb after the sequence adverb at
/// word `adverb`, with a subject of one to four words between them (`Then
/// the former minister says`, `Later, Ruiz adds`), if there is one.
fn reporting_verb_after(text: &str, words: &[(usize, usize)], adverb: usize) -> Option<usize> {
    let w = |j: usize| word_in(text, words, j);
    let gap = |j: usize| words.get(j + 1).map_or("", |n| &text[words[j].1..n.0]);
    if !matches!(gap(adverb), " " | ", ") {
        return None;
    }
    // the subject's words, `adverb + 1 .. k`, one phrase: spaces and hyphens
    // inside the subject, a space before the verb
    for k in adverb + 2..(adverb + 6).min(words.len()) {
        if !matches!(gap(k - 1), " " | "-") {
            return None;
        }
        if PRESENT_REPORTING.contains(&w(k)) {
            let subject = (adverb + 1)..k;
            return (gap(k - 1) == " " && is_subject(text, words, subject)).then_some(k);
        }
    }
    None
}

/// Whether word `j` opens a sentence: the text's first word, or after a
/// sentence mark (or a closing quote after one).
fn opens_sentence(text: &str, words: &[(usize, usize)], j: usize) -> bool {
    let before = match j.checked_sub(1) {
        Some(p) => &text[words[p].1..words[j].0],
        None => return true,
    };
    let before = before.trim_end_matches([' ', '\n']);
    before.is_empty() || before.ends_with(['.', '!', '?', '"', '\u{201d}'])
}

/// Whether the words `range` read as a singular subject: `he`, `she`, a
/// determiner and lower-case words, or a name of capitalised words.
fn is_subject(text: &str, words: &[(usize, usize)], range: std::ops::Range<usize>) -> bool {
    let w = |j: usize| word_in(text, words, j);
    let first = w(range.start);
    if range.len() == 1 && PRONOUNS.contains(&first) {
        return true;
    }
    let rest = (range.start + 1)..range.end;
    if DETERMINERS.contains(&first) {
        return !rest.is_empty()
            && rest.clone().all(|j| is_lower(w(j)))
            && tags(w(range.end - 1)).is_some_and(|t| t.is_singular_noun());
    }
    range.clone().all(|j| {
        let word = w(j);
        word.as_bytes()[0].is_ascii_uppercase() && !SEQUENCE_ADVERBS.contains(&word)
    }) && tags(w(range.end - 1)).is_none_or(|t| t.is_proper_noun() || t.is_noun())
}

/// Whether the paragraph (line) of word `k` reports in the past: a past
/// reporting verb among the sixty words either side within the line, and
/// no other present reporting verb there.
fn past_paragraph(doc: &Document<'_>, k: usize) -> bool {
    let (text, words) = (doc.text(), doc.words());
    let line = doc.line_at(words[k].0);
    let from = k.saturating_sub(60);
    let to = (k + 60).min(words.len() - 1);
    let mut past = false;
    for j in from..=to {
        if j == k || words[j].0 < line.start || words[j].1 > line.end {
            continue;
        }
        let word = word_in(text, words, j);
        if PRESENT_REPORTING.contains(&word) {
            return false;
        }
        past |= PAST_REPORTING.contains(&word);
    }
    past
}

#[cfg(test)]
mod tests {
    #[test]
    fn word_lists_are_sorted() {
        for list in [super::PRESENT_REPORTING, super::PAST_REPORTING, super::SEQUENCE_ADVERBS, super::DETERMINERS, super::PRONOUNS] {
            crate::text::assert_sorted(list);
        }
    }
}
