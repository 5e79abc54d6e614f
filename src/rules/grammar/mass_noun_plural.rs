//! The `grammar/mass-noun-plural` rule: a mass noun given a plural
//! (`informations`, `advices`, `equipments`), which MT leaves from languages
//! where the word counts (French `informations`, Spanish `equipos`, Russian
//! `знания`).

use crate::analysis::document::{word_in, Document};
use crate::finding::{Category, Edit, Finding, Fix, Severity};
use crate::rules::{Example, Rule, RuleMeta};
use crate::text::concat;

/// A mass noun with a plural `-s`.
pub struct MassNounPlural;

static MASS: RuleMeta = RuleMeta {
    id: "grammar/mass-noun-plural",
    category: Category::Grammar,
    severity: Severity::Warning,
    triggers: crate::Triggers::words(plural_words),
    default_enabled: true,
    summary: "a mass noun given a plural (`informations`, `advices`, `equipments`)",
    flags: &[
        Example { text: "We sent them all the informations they asked for.", fixed: "We sent them all the information they asked for." },
        Example { text: "The shop sells office furnitures.", fixed: "The shop sells office furniture." },
        Example { text: "The council reviewed the legislations in force.", fixed: "The council reviewed the legislation in force." },
        Example { text: "Thanks for your feedbacks on the draft.", fixed: "Thanks for your feedback on the draft." },
        Example { text: "Informations on the route can be found online.", fixed: "Information on the route can be found online." },
    ],
    passes: &[
        "We sent them all the information they asked for.",
        "The evidences of the trial, the researches of two teams and the staffs of both firms.",
        "She advises clients; the pieces of equipment were old.",
        "The file INFORMATIONS.TXT is empty.",
    ],
};

/// Mass nouns that English does not pluralise in ordinary prose, as their
/// wrong plural and the noun itself. Left out: those whose plural is in use
/// (`evidences` and `researches` are also verbs, `trainings`, `damages`,
/// `works` and `infrastructures` occur in edited text).
const MASS_PLURALS: &[(&str, &str)] = &[
    ("advices", "advice"),
    ("baggages", "baggage"),
    ("clothings", "clothing"),
    ("equipments", "equipment"),
    ("expertises", "expertise"),
    ("feedbacks", "feedback"),
    ("furnitures", "furniture"),
    ("garbages", "garbage"),
    ("hardwares", "hardware"),
    ("homeworks", "homework"),
    ("informations", "information"),
    ("jewelleries", "jewellery"),
    ("jewelries", "jewelry"),
    ("knowledges", "knowledge"),
    ("legislations", "legislation"),
    ("luggages", "luggage"),
    ("machineries", "machinery"),
    ("rubbishes", "rubbish"),
    ("softwares", "software"),
];

/// The trigger words: the wrong plurals.
pub(super) fn plural_words() -> Vec<&'static str> {
    MASS_PLURALS.iter().map(|(p, _)| *p).collect()
}

impl Rule for MassNounPlural {
    fn meta(&self) -> &'static RuleMeta {
        &MASS
    }

    fn check(&self, doc: &Document<'_>, out: &mut Vec<Finding>) {
        let (text, words) = (doc.text(), doc.words());
        for k in doc.trigger_words(MASS.id) {
            let word = word_in(text, words, k);
            // lower case, or a capital that opens a sentence (`Informations`):
            // not a name or a heading in capitals (`INFORMATIONS`)
            let Some(&(_, singular)) = MASS_PLURALS.iter().find(|(plural, _)| {
                plural.len() == word.len()
                    && word.is_char_boundary(1)
                    && plural[..1].eq_ignore_ascii_case(&word[..1])
                    && plural[1..] == word[1..]
            }) else {
                continue;
            };
            let span = words[k].0..words[k].1;
            if doc.is_protected(span.clone()) {
                continue;
            }
            let mut fixed = singular.to_string();
            if word.starts_with(|c: char| c.is_ascii_uppercase()) {
                fixed[..1].make_ascii_uppercase();
            }
            out.push(
                MASS.finding(
                    span.clone(),
                    concat(&["`", singular, "` is a mass noun: it takes no plural"]),
                )
                .with_fix(Fix::unsafe_fix(Edit::new(span, fixed))),
            );
        }
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn mass_plurals_are_sorted_and_pair_with_their_noun() {
        let plurals: Vec<&str> = super::MASS_PLURALS.iter().map(|(p, _)| *p).collect();
        crate::text::assert_sorted(&plurals);
        for (plural, noun) in super::MASS_PLURALS {
            assert!(plural.starts_with(&noun[..noun.len() - 1]), "{plural} {noun}");
        }
    }
}
