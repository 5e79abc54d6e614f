//! The counted-mass shape of `grammar/impossible-sequence`: a mass noun
//! after a determiner that counts (`an information`, `these evidence`,
//! `many advice`), left when MT keeps a source whose word counts (French
//! `une information`, `ces preuves`, Spanish `muchos consejos`, German
//! `diese Informationen`). English counts the mass noun with a word of
//! measure (`a piece of information`) or drops the count (`this evidence`,
//! `much advice`).
//!
//! Read at the mass noun (a closed list, rarer than the determiners), with
//! its determiner just before it; a noun or adjective after it makes it a
//! modifier of a compound (`an information desk`, `many research teams`),
//! which is left alone, and so is a list (`many research and development
//! firms`).

use crate::analysis::document::{joined_in, word_in, Document};
use crate::finding::{Edit, Finding, Fix};
use crate::text::concat;

use super::super::words::tags;
use super::SEQUENCE;

/// Nouns English does not count, sorted. (Not `knowledge`, which takes `a`:
/// `a knowledge of Greek`; nor `baggage` and `progress`, whose word shapes
/// would send the trigger index `because` and many plurals, `products`.)
pub(super) const MASS_NOUNS: &[&str] = &[
    "advice",
    "equipment",
    "evidence",
    "feedback",
    "furniture",
    "homework",
    "information",
    "legislation",
    "luggage",
    "machinery",
];

/// A determiner that counts, and the one English puts before a mass noun
/// (`None` where the count must go: `an information`, `several advice`).
fn uncounted(determiner: &str) -> Option<Option<&'static str>> {
    Some(match determiner {
        "a" | "an" | "several" | "numerous" | "various" | "both" | "A" | "An" | "Several"
        | "Numerous" | "Various" | "Both" => None,
        "these" => Some("this"),
        "These" => Some("This"),
        "those" => Some("that"),
        "Those" => Some("That"),
        "many" => Some("much"),
        "Many" => Some("Much"),
        _ => return None,
    })
}

/// `an information`, `these evidence`: see the module documentation; `k`
/// is the mass noun. The fix puts the uncounting determiner (`this
/// evidence`, `much advice`) where there is one.
pub(super) fn counted_mass_noun(doc: &Document<'_>, k: usize) -> Option<Finding> {
    let (text, words) = (doc.text(), doc.words());
    let w = |i: usize| word_in(text, words, i);
    let d = k.checked_sub(1)?;
    if !joined_in(text, words, d) {
        return None;
    }
    let replacement = uncounted(w(d))?;
    let noun = w(k);
    // a compound's modifier (`an information desk`, `evidence-based`) or a
    // list (`research and development`)
    let (_, ne) = words[k];
    if matches!(text.as_bytes().get(ne), Some(b'-')) {
        return None;
    }
    if joined_in(text, words, k) {
        let next = w(k + 1);
        if matches!(next, "and" | "or") {
            return None;
        }
        let modifies = tags(next).is_some_and(|t| {
            (t.is_noun() || t.is_adjective()) && !t.may_be_function_word()
        });
        if modifies {
            return None;
        }
    }
    let (ds, de) = words[d];
    let message = concat(&[
        "`",
        &text[ds..ne],
        "`: `",
        noun,
        "` is a mass noun, which English does not count",
        match replacement {
            Some(_) => "",
            None => " (`a piece of`, or no determiner)",
        },
    ]);
    let finding = SEQUENCE.finding(ds..ne, message);
    Some(match replacement {
        Some(word) => finding.with_fix(Fix::unsafe_fix(Edit::new(ds..de, word))),
        None => finding,
    })
}
