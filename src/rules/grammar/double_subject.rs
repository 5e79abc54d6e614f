//! The `grammar/double-subject` rule: a subject said twice, as a noun and
//! again as a pronoun (`The spokesman he said`), which MT leaves from
//! languages that put the topic first.

use super::words::{is_lower, tags};
use crate::analysis::document::{joined_in, word_in, Document};
use crate::finding::{Category, Edit, Finding, Fix, Severity};
use crate::rules::{Example, Rule, RuleMeta};
use crate::text::concat;

/// A noun subject repeated by a pronoun before its verb.
pub struct DoubleSubject;

static DOUBLE: RuleMeta = RuleMeta {
    id: "grammar/double-subject",
    category: Category::Grammar,
    severity: Severity::Error,
    triggers: crate::Triggers::words(|| vec!["he", "she", "they"]),
    default_enabled: true,
    summary: "a subject said twice, as a noun and again as a pronoun (`The spokesman he said`)",
    flags: &[
        Example { text: "The spokesman he said the talks failed.", fixed: "The spokesman said the talks failed." },
        Example { text: "The minister she told reporters it was over.", fixed: "The minister told reporters it was over." },
        Example { text: "The residents they complained.", fixed: "The residents complained." },
        Example { text: "Our coach he explained the plan.", fixed: "Our coach explained the plan." },
        Example { text: "The farmers they say prices fell.", fixed: "The farmers say prices fell." },
    ],
    passes: &[
        "The spokesman said the talks had failed.",
        "The day he said goodbye was sad; the man she met was kind.",
        "The official he said was responsible has left.",
        "The minister, he said, would resign.",
        "The report he wrote was long; the way they spoke was odd.",
        "Vice Premier He said so.",
    ],
};

/// Nouns for people who speak for themselves or others: the subjects MT
/// repeats as a pronoun.
const PERSON_NOUNS: &[&str] = &[
    "ambassador", "analyst", "analysts", "authorities", "chairman", "chairwoman", "chief",
    "coach", "commander", "director", "doctor", "doctors", "envoy", "expert", "experts",
    "farmers", "governor", "lawyer", "leader", "leaders", "manager", "mayor", "minister",
    "ministers", "neighbor", "neighbour", "officer", "officers", "official", "officials", "police",
    "premier", "president", "prosecutor", "protesters", "residents", "scientist", "scientists",
    "secretary", "senator", "sources", "spokesman", "spokesperson", "spokeswoman", "students",
    "teacher", "teachers", "witness", "witnesses", "workers",
];

/// Words that open a noun phrase before the person noun.
const DETERMINERS: &[&str] = &["a", "her", "his", "my", "our", "the", "their", "this", "your"];

/// Verbs of saying and thinking that follow the repeated subject.
const REPORTING: &[&str] = &[
    "added", "admitted", "announced", "argued", "asked", "believe", "believes", "claimed",
    "complained", "confirmed", "declared", "denied", "emphasised", "emphasized", "explained",
    "insisted", "noted", "pointed", "recalled", "replied", "reported", "revealed", "said",
    "say", "says", "stated", "stressed", "told", "underlined", "urged", "warned",
];

impl Rule for DoubleSubject {
    fn meta(&self) -> &'static RuleMeta {
        &DOUBLE
    }

    fn check(&self, doc: &Document<'_>, out: &mut Vec<Finding>) {
        let (text, words) = (doc.text(), doc.words());
        let w = |k: usize| word_in(text, words, k);
        let joined = |k: usize| joined_in(text, words, k);
        for k in doc.trigger_words(DOUBLE.id) {
            let pronoun = w(k);
            // a lower-case pronoun after `determiner + person noun`, with no
            // mark between (`The minister, he said,` is an aside)
            if !matches!(pronoun, "he" | "she" | "they") || k < 2 || !joined(k - 1) || !joined(k - 2)
            {
                continue;
            }
            let (det, noun) = (w(k - 2), w(k - 1));
            if !DETERMINERS.iter().any(|d| d.eq_ignore_ascii_case(det))
                || !PERSON_NOUNS.contains(&noun)
                || !joined(k)
            {
                continue;
            }
            let verb = w(k + 1);
            if !REPORTING.contains(&verb) {
                continue;
            }
            // `the official he said was responsible`: a relative clause whose
            // verb follows
            let clause_verb = joined(k + 1)
                && is_lower(w(k + 2))
                && tags(w(k + 2)).is_some_and(|t| t.is_auxiliary() || (t.is_verb() && !t.is_noun()));
            if clause_verb || doc.is_protected(words[k].0..words[k + 1].1) {
                continue;
            }
            out.push(
                DOUBLE
                    .finding(
                        words[k - 1].0..words[k].1,
                        concat(&["`", noun, " ", pronoun, "`: the subject is said twice"]),
                    )
                    .with_fix(Fix::unsafe_fix(Edit::delete(words[k].0..words[k + 1].0))),
            );
        }
    }
}
