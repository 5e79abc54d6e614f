//! The `punctuation/split-name` rule: a period cutting one name in two, where
//! MT took a word of a name for a sentence start: an institution's noun and its
//! adjective (`the Guard. National in the town`, from `Guardia Nacional`), or a
//! person's given names and surname (`Mayor Ana Maria. Quispe and her deputy`).

use crate::analysis::document::Document;
use crate::analysis::wordlex;
use crate::finding::{Category, Edit, Finding, Fix, Severity};
use crate::rules::{Example, Rule, RuleMeta};

/// Nouns that head the names of institutions (`Federal Police`, `Supreme
/// Court`), sorted.
pub(super) const INSTITUTION_NOUNS: &[&str] = &[
    "Army", "Assembly", "Bank", "Bureau", "Command", "Commission", "Committee", "Congress",
    "Council", "Court", "Department", "Government", "Guard", "Ministry", "Navy", "Office",
    "Parliament", "Police", "Prosecutor", "Reserve", "Senate", "Service", "Tribunal",
];

/// Adjectives that name an institution's reach or branch (`Federal Police`,
/// `Police Federal` in the order of the Romance languages), sorted.
pub(super) const INSTITUTION_ADJECTIVES: &[&str] = &[
    "Central", "Civil", "Constitutional", "Electoral", "Federal", "General", "Judicial",
    "Military", "Municipal", "National", "Provincial", "Public", "Regional", "Royal", "Supreme",
];

/// How far the rule reads for the end of the sentence after the period.
const SENTENCE_WINDOW: usize = 240;

/// A period inside one name: `the Guard. National in`, `Ana Maria. Quispe and`.
pub struct SplitName;

static SPLIT_NAME: RuleMeta = RuleMeta {
    id: "punctuation/split-name",
    category: Category::Punctuation,
    severity: Severity::Warning,
    triggers: crate::Triggers::Text,
    default_enabled: true,
    summary: "a period cutting one name in two: an institution's noun and adjective (`the Guard. National in the town`), given names and surname (`Ana Maria. Quispe and her deputy`)",
    flags: &[
        Example {
            text: "Troops of the Guard. National in the town kept watch.",
            fixed: "Troops of the National Guard in the town kept watch.",
        },
        Example {
            text: "A ruling by the Court. Supreme on the matter is due.",
            fixed: "A ruling by the Supreme Court on the matter is due.",
        },
        Example {
            text: "The feud between Mayor Ana Maria. Quispe and the head of the council of Tarbela.",
            fixed: "The feud between Mayor Ana Maria Quispe and the head of the council of Tarbela.",
        },
    ],
    passes: &[
        "He served in the Army. National service was over by then.",
        "They called the Police. Federal agents came an hour later.",
        "She met the Council. General in tone, its reply was polite.",
        "We spoke to Ana Maria. Quispe and her deputy were not there.",
        "He thanked Ana Maria. Then the meeting ended.",
        "The ruling of the Supreme Court in the case is due.",
    ],
};

impl Rule for SplitName {
    fn meta(&self) -> &'static RuleMeta {
        &SPLIT_NAME
    }

    fn check(&self, doc: &Document<'_>, out: &mut Vec<Finding>) {
        let text = doc.text();
        let bytes = text.as_bytes();
        // the punctuation marks: `Xy. Z`, a capitalised word, its period, a space, a capital
        for &m in doc.marks() {
            if bytes[m] != b'.'
                || m < 2
                || !bytes[m - 1].is_ascii_lowercase()
                || bytes.get(m + 1) != Some(&b' ')
                || !bytes.get(m + 2).is_some_and(u8::is_ascii_uppercase)
            {
                continue;
            }
            let i = m + 2;
            let Some(before) = word_before(bytes, i - 2) else {
                continue;
            };
            if !bytes[before].is_ascii_uppercase() {
                continue;
            }
            let finding = split_institution(text, i).or_else(|| split_person(text, i));
            if let Some(finding) = finding {
                if !doc.is_protected(finding.span.clone()) {
                    out.push(finding);
                }
            }
        }
    }
}

/// The word that ends at byte `end` (ASCII letters): its start.
fn word_before(bytes: &[u8], end: usize) -> Option<usize> {
    let mut s = end;
    while s > 0 && bytes[s - 1].is_ascii_alphabetic() {
        s -= 1;
    }
    (s < end).then_some(s)
}

/// The word that starts at byte `start` (ASCII letters): its end.
fn word_from(bytes: &[u8], start: usize) -> usize {
    let mut e = start;
    while e < bytes.len() && bytes[e].is_ascii_alphabetic() {
        e += 1;
    }
    e
}

/// A capitalised word, the rest in lower case.
fn capitalised(w: &str) -> bool {
    w.len() >= 2
        && w.as_bytes()[0].is_ascii_uppercase()
        && w.as_bytes()[1..].iter().all(u8::is_ascii_lowercase)
}

/// The lower-case word after the word ending at `e`, one space between:
/// its range.
fn lower_word_after(bytes: &[u8], e: usize) -> Option<(usize, usize)> {
    if bytes.get(e) != Some(&b' ') {
        return None;
    }
    let end = word_from(bytes, e + 1);
    (end > e + 1 && bytes[e + 1..end].iter().all(u8::is_ascii_lowercase)).then_some((e + 1, end))
}

/// The rest of the sentence from `from`: up to its `.`, `!`, `?` or the line's
/// end, `None` when that is farther than [`SENTENCE_WINDOW`].
fn rest_of_sentence(text: &str, from: usize) -> Option<&str> {
    let window = &text.as_bytes()[from..text.len().min(from + SENTENCE_WINDOW)];
    let end = window.iter().position(|b| matches!(b, b'.' | b'!' | b'?' | b'\n'))?;
    text.get(from..from + end)
}

/// `the Guard. National in`: an institution's noun after `the`, the period,
/// an adjective of institutions, then a preposition, determiner or conjunction
/// (no noun for the adjective), and no comma to the sentence's end (`General in
/// tone, its reply` fronts an adjective). Fix: the English order.
fn split_institution(text: &str, i: usize) -> Option<Finding> {
    let bytes = text.as_bytes();
    let e = word_from(bytes, i);
    let adjective = &text[i..e];
    INSTITUTION_ADJECTIVES.binary_search(&adjective).ok()?;
    let ns = word_before(bytes, i - 2)?;
    let noun = &text[ns..i - 2];
    INSTITUTION_NOUNS.binary_search(&noun).ok()?;
    if ns < 5 || &text[ns - 5..ns] != " the " && &text[ns - 5..ns] != "(the " {
        return None;
    }
    let (ws, we) = lower_word_after(bytes, e)?;
    let next = wordlex::lookup(&text[ws..we])?;
    if !(next.is_preposition() || next.is_determiner() || next.is_conjunction()) {
        return None;
    }
    if rest_of_sentence(text, we)?.contains(',') {
        return None;
    }
    Some(
        SPLIT_NAME
            .finding(
                ns..e,
                format!("a period splits the name `{adjective} {noun}`: MT took `{adjective}` for a sentence start"),
            )
            .with_fix(Fix::unsafe_fix(Edit::new(ns..e, format!("{adjective} {noun}")))),
    )
}

/// `Ana Maria. Quispe and the head of`: two given names (proper nouns of the
/// lexicon), the period, a capitalised word the lexicon does not know (a
/// surname), a lower-case word, and no finite verb to the sentence's end (the
/// rest is no sentence). Fix: the period out.
fn split_person(text: &str, i: usize) -> Option<Finding> {
    let bytes = text.as_bytes();
    let e = word_from(bytes, i);
    let surname = &text[i..e];
    let ms = word_before(bytes, i - 2)?;
    let middle = &text[ms..i - 2];
    if ms < 2 || bytes[ms - 1] != b' ' {
        return None;
    }
    let gs = word_before(bytes, ms - 1)?;
    let given = &text[gs..ms - 1];
    if !capitalised(surname) || !capitalised(given) || !capitalised(middle) {
        return None;
    }
    let (_, we) = lower_word_after(bytes, e)?;
    let is_given_name = |w: &str| wordlex::lookup_as_written(w).is_some_and(|t| t.is_proper_noun());
    if wordlex::lookup(surname).is_some() || !is_given_name(given) || !is_given_name(middle) {
        return None;
    }
    let rest = rest_of_sentence(text, e)?;
    let finite = |w: &str| {
        w.bytes().all(|b| b.is_ascii_lowercase())
            && wordlex::lookup(w).is_some_and(|t| {
                (t.is_verb_3sg() || t.is_past() || t.is_auxiliary())
                    && !(t.is_conjunction() || t.is_preposition() || t.is_determiner())
            })
    };
    if rest.split(|c: char| !c.is_ascii_alphabetic()).any(finite) || we > e + rest.len() {
        return None;
    }
    Some(
        SPLIT_NAME
            .finding(
                gs..e,
                format!("a period splits the name `{given} {middle} {surname}`: what follows it is no sentence"),
            )
            .with_fix(Fix::unsafe_fix(Edit::delete(i - 2..i - 1))),
    )
}
