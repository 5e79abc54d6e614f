//! The located-subject shape of `grammar/impossible-sequence`: a sentence
//! whose subject is only a place, kept in its preposition (`In the Ministry
//! of Health said that…`, `On Monday in Portugal celebrated the
//! anniversary`). Russian, Ukrainian, Czech and Polish report what an
//! institution did with an impersonal verb and the place (`в Кремле
//! заявили`, `v Česku si připomněli`), Chinese may drop the subject after
//! a phrase of place (`在会上宣布`); MT keeps the preposition, and the verb
//! is left without a subject. English makes the place the subject (`the
//! Ministry of Health said`).
//!
//! Read at the verb, a word of a closed list (the verbs of saying the
//! clause shapes read already, the verbs of a direct object, and a few
//! verbs of what an institution does: `marked`, `approved`), back over a
//! name of capitalised words (`the State Duma`, `Moscow`) to `In` or `At`
//! opening the sentence (or `in`, `at` after an opening day, `On Friday
//! in`); then the object's first word after the verb (`that`, a
//! determiner). (Read at `in`, the commonest preposition, the shape would
//! cost every scan a visit to each.) English inverts a verb of being or of
//! place after a phrase of place (`In Vienna lived a composer`); none is on
//! the lists.

use crate::analysis::document::{joined_in, word_in, Document};
use crate::finding::{Edit, Finding, Fix};
use crate::rules::WEEKDAYS;
use crate::text::{concat, starts_sentence};

use super::super::words::{is_lower, tags};
use super::SEQUENCE;

/// Verbs of what an institution does, read for this shape alone (the
/// verbs of saying and of a direct object are the clause shapes'), sorted.
pub(super) const INSTITUTION_VERBS: &[&str] = &[
    "adopted", "approved", "celebrated", "commemorated", "marked", "promised", "proposed",
    "recommended", "responded", "welcomed",
];

/// The words that may open the verb's object: `that`, a determiner.
const OBJECT_OPENERS: &[&str] = &[
    "a", "about", "an", "another", "her", "his", "its", "that", "the", "their", "these", "this",
];

/// `In the State Duma said that…`: see the module documentation. The verb
/// is word `v`; the fix drops the preposition (`The State Duma said`, `On
/// Monday Portugal celebrated`).
pub(super) fn located_subject(doc: &Document<'_>, v: usize) -> Option<Finding> {
    let (text, words) = (doc.text(), doc.words());
    let w = |i: usize| word_in(text, words, i);
    let capitalised = |i: usize| {
        let word = w(i);
        word.as_bytes().first().is_some_and(u8::is_ascii_uppercase) && word != "I"
    };
    // the name before the verb, back to the preposition: capitalised words,
    // `of`, `and` and `the` inside it (`the Ministry of Health`)
    let last = v.checked_sub(1)?;
    if !capitalised(last) || !joined_in(text, words, last) {
        return None;
    }
    let mut first = last;
    let at = loop {
        let before = first.checked_sub(1)?;
        if !joined_in(text, words, before) || last - before > 6 {
            return None;
        }
        match w(before) {
            "In" | "At" | "in" | "at" => break before,
            "of" | "and" | "the" => first = before,
            _ if capitalised(before) => first = before,
            _ => return None,
        }
    };
    let name_start = if w(first) == "the" { first + 1 } else { first };
    if !capitalised(name_start) || matches!(w(first), "of" | "and") {
        return None;
    }
    let (s, e) = words[at];
    let opens = match w(at) {
        "In" | "At" => starts_sentence(text, s),
        _ => {
            // a day first: `Yesterday in`, `On Friday in`
            let day = at.checked_sub(1)?;
            let (ds, _) = words[day];
            (WEEKDAYS.binary_search(&w(day)).is_ok() || matches!(w(day), "Today" | "Yesterday"))
                && joined_in(text, words, day)
                && (starts_sentence(text, ds)
                    || day
                        .checked_sub(1)
                        .is_some_and(|on| w(on) == "On" && starts_sentence(text, words[on].0)))
        }
    };
    let verb = w(v);
    let past = is_lower(verb) && tags(verb).is_some_and(|t| t.is_past());
    if !opens || !past || !joined_in(text, words, v) || !OBJECT_OPENERS.contains(&w(v + 1)) {
        return None;
    }
    let (_, ve) = words[v];
    let subject = &text[words[first].0..words[last].1];
    let message = concat(&[
        "`",
        &text[s..ve],
        "`: the verb has no subject, only a place (the source's impersonal `they ",
        verb,
        "` in a place); the place is the subject in English (`",
        subject,
        " ",
        verb,
        "`)",
    ]);
    let finding = SEQUENCE.finding(s..ve, message);
    // the fix drops the preposition, and capitalises `the` it leaves first
    let fix = if w(at).starts_with(|c: char| c.is_ascii_uppercase()) && w(at + 1) == "the" {
        let (_, te) = words[at + 1];
        Fix::unsafe_fix(Edit::new(s..te, "The"))
    } else {
        Fix::unsafe_fix(Edit::delete(s..e + 1))
    };
    Some(finding.with_fix(fix))
}
