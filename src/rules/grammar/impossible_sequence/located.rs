//! The located-subject shape of `grammar/impossible-sequence`: a sentence
//! whose subject is only a place, kept in its preposition (`In the Ministry
//! of Health said that…`, `On Friday in the Czech Republic marked the
//! anniversary`). Russian, Ukrainian, Czech and Polish report what an
//! institution did with an impersonal verb and the place (`в Кремле
//! заявили`, `v Česku si připomněli`), Chinese may drop the subject after
//! a phrase of place (`在会上宣布`); MT keeps the preposition, and the verb
//! is left without a subject. English makes the place the subject (`the
//! Ministry of Health said`).
//!
//! Read at `In` or `At` opening a sentence (or `in`, `at` after an opening
//! day, `On Friday in`), then a name of capitalised words (`the State
//! Duma`, `Moscow`), then a verb in the past that takes an object
//! (`said`, `marked`) and the object's first word (`that`, a determiner).
//! A verb of being or of place (`In Vienna lived a composer`) inverts
//! correctly in English and is left alone.

use crate::analysis::document::{joined_in, word_in, Document};
use crate::finding::{Edit, Finding, Fix};
use crate::text::{concat, starts_sentence};

use super::super::words::{is_lower, tags};
use super::SEQUENCE;

/// The trigger words: the prepositions of place.
pub(super) const TRIGGERS: &[&str] = &["At", "In", "at", "in"];

/// Words that open a day before `in` (`On Friday in`, `Yesterday in`).
const DAYS: &[&str] = &[
    "Friday",
    "Monday",
    "Saturday",
    "Sunday",
    "Thursday",
    "Today",
    "Tuesday",
    "Wednesday",
    "Yesterday",
];

/// Verbs of being, of position and of motion, which English puts before
/// their subject after a phrase of place (`In Vienna lived a composer`,
/// `At the gate stood a guard`), sorted.
const INVERTING: &[&str] = &[
    "appeared", "arose", "arrived", "began", "came", "died", "dwelt", "emerged", "ended",
    "existed", "flew", "followed", "grew", "hung", "lay", "lived", "loomed", "lurked", "ran",
    "reigned", "remained", "resided", "rested", "rose", "sat", "stood", "stretched", "went",
];

/// The words that may open the verb's object: `that`, a determiner.
const OBJECT_OPENERS: &[&str] = &[
    "a", "about", "an", "another", "her", "his", "its", "that", "the", "their", "these", "this",
];

/// `In the State Duma said that…`: see the module documentation. The
/// trigger word is `k`; the fix drops the preposition (`The State Duma
/// said`, `On Friday the Czech Republic marked`).
pub(super) fn located_subject(doc: &Document<'_>, k: usize) -> Option<Finding> {
    let (text, words) = (doc.text(), doc.words());
    let w = |i: usize| word_in(text, words, i);
    let at = w(k);
    let (s, e) = words[k];
    let opens = match at {
        "In" | "At" => starts_sentence(text, s),
        "in" | "at" => {
            // a day first: `Yesterday in`, `On Friday in`
            let day = k.checked_sub(1)?;
            let (ds, _) = words[day];
            DAYS.contains(&w(day))
                && joined_in(text, words, day)
                && (starts_sentence(text, ds)
                    || day
                        .checked_sub(1)
                        .is_some_and(|on| w(on) == "On" && starts_sentence(text, words[on].0)))
        }
        _ => false,
    };
    if !opens || !joined_in(text, words, k) {
        return None;
    }
    // the name: `the`, then capitalised words, `of` and `and` inside it
    let mut end = k + 1;
    if w(end) == "the" {
        end += 1;
    }
    let first = end;
    let capitalised = |i: usize| {
        let word = w(i);
        word.as_bytes().first().is_some_and(u8::is_ascii_uppercase) && word != "I"
    };
    while end < first + 6 && joined_in(text, words, end) && {
        let next = w(end + 1);
        capitalised(end + 1) || matches!(next, "of" | "and" | "the")
    } {
        end += 1;
    }
    if !capitalised(first) || !capitalised(end) || !joined_in(text, words, end) {
        return None;
    }
    let verb = end + 1;
    let v = w(verb);
    let past = is_lower(v) && tags(v).is_some_and(|t| t.is_past());
    if !past || INVERTING.binary_search(&v).is_ok() || !joined_in(text, words, verb) {
        return None;
    }
    if !OBJECT_OPENERS.contains(&w(verb + 1)) {
        return None;
    }
    let (_, ve) = words[verb];
    let subject = &text[words[k + 1].0..words[end].1];
    let message = concat(&[
        "`",
        &text[s..ve],
        "`: the verb has no subject, only a place (the source's impersonal `they ",
        v,
        "` in a place); the place is the subject in English (`",
        subject,
        " ",
        v,
        "`)",
    ]);
    let finding = SEQUENCE.finding(s..ve, message);
    // the fix drops the preposition, and capitalises `the` it leaves first
    let fix = if at.starts_with(|c: char| c.is_ascii_uppercase()) && w(k + 1) == "the" {
        let (_, te) = words[k + 1];
        Fix::unsafe_fix(Edit::new(s..te, "The".to_string()))
    } else {
        Fix::unsafe_fix(Edit::delete(s..e + 1))
    };
    Some(finding.with_fix(fix))
}
