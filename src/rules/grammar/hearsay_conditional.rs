//! The `grammar/hearsay-conditional` rule: `would have` and a participle for
//! what a source reports without vouching for it (`evidence that Mayor Ruiz
//! would have warned him`), the Romance conditional of hearsay (Portuguese
//! `teria avisado`, Spanish `habría avisado`, French `aurait averti`, Italian
//! `avrebbe avvisato`) carried over word for word. English reads a
//! counterfactual there (`would have warned him, had he known`); it says
//! `allegedly warned` or `reportedly warned`.
//!
//! Only a hearsay frame is taken: `according to` earlier in the sentence, or a
//! word of accusation or evidence, then `that` and a person as subject. A
//! sentence with a condition or a hypothetical anywhere in it (`if`, `unless`,
//! `otherwise`, `without`, `wish`, `could`, `probably`, a negation...) is left
//! alone: there `would have` is the counterfactual English means.

use super::words::{base_of_past, tags};
use crate::analysis::document::{joined_in, word_in, Document};
use crate::analysis::lexicon::lexicon;
use crate::finding::{Category, Edit, Finding, Fix, Severity};
use crate::rules::{Example, Rule, RuleMeta};
use crate::text::concat;

/// `would have` and a participle under a hearsay frame.
pub struct HearsayConditional;

static HEARSAY: RuleMeta = RuleMeta {
    id: "grammar/hearsay-conditional",
    category: Category::Grammar,
    severity: Severity::Warning,
    triggers: crate::Triggers::words(|| vec!["would"]),
    default_enabled: true,
    summary: "`would have` + participle for a reported fact, the Romance conditional of hearsay (`evidence that Ruiz would have warned him`)",
    flags: &[
        Example { text: "The prosecutor found evidence that Mayor Ruiz would have warned the contractor.", fixed: "The prosecutor found evidence that Mayor Ruiz allegedly warned the contractor." },
        Example { text: "According to the police, the driver would have fled on foot.", fixed: "According to the police, the driver fled on foot." },
        Example { text: "Two guards gave testimony that she would have taken the keys.", fixed: "Two guards gave testimony that she allegedly took the keys." },
        Example { text: "There are indications that the suspects would have left the country.", fixed: "There are indications that the suspects allegedly left the country." },
        Example { text: "According to the newspaper, the ministers would have been warned in May.", fixed: "According to the newspaper, the ministers had been warned in May." },
    ],
    passes: &[
        "There is evidence that Ruiz would have warned them if he had known.",
        "According to the plan, the bridge would have opened without the strike.",
        "Critics claim that the mayor could have acted and that Ruiz would have won otherwise.",
        "According to the study, the measure would have saved money.",
        "She said that she would have liked to stay.",
        "There was no evidence that Ruiz would have acted differently.",
        "According to Ruiz, the vote would probably have failed.",
        "Ruiz would have turned sixty this week.",
        "Evidence shows that it would have been cheaper to wait.",
        "He testified that he would have stopped the car had he seen the child.",
        "Polls gave evidence that Ruiz would have won the race.",
    ],
};

/// Words of accusation or evidence that open a reported claim (`evidence
/// that`, `suspected that`, `the allegation that`).
const HEARSAY_WORDS: &[&str] = &[
    "accusation",
    "accusations",
    "accused",
    "allegation",
    "allegations",
    "alleged",
    "alleges",
    "denounced",
    "denunciation",
    "evidence",
    "indicated",
    "indicates",
    "indication",
    "indications",
    "rumor",
    "rumors",
    "rumour",
    "rumours",
    "suspected",
    "suspects",
    "suspicion",
    "suspicions",
    "testified",
    "testimony",
];

/// Words that make a sentence's `would have` a counterfactual, a hypothesis or
/// a guess (in lower case): a condition, a wish, a comparison, another modal,
/// a hedge, a negation (`no evidence that it would have helped`).
const COUNTERFACTUAL_WORDS: &[&str] = &[
    "case",
    "certainly",
    "could",
    "either",
    "else",
    "even",
    "hypothetically",
    "if",
    "instead",
    "likely",
    "maybe",
    "might",
    "never",
    "no",
    "nobody",
    "none",
    "not",
    "nothing",
    "otherwise",
    "perhaps",
    "possibly",
    "probably",
    "rather",
    "should",
    "surely",
    "t",
    "than",
    "unless",
    "whether",
    "wish",
    "wished",
    "without",
];

/// Participles that make `would have` a wish, a judgement or the outcome of
/// a hypothesis (`would have liked`, `would have preferred`, `would have
/// won`), never a report.
const WISH_PARTICIPLES: &[&str] = &[
    "believed",
    "expected",
    "failed",
    "guessed",
    "hoped",
    "imagined",
    "known",
    "liked",
    "lost",
    "loved",
    "needed",
    "preferred",
    "succeeded",
    "survived",
    "thought",
    "turned",
    "wanted",
    "won",
];

/// Pronouns that may be the person a hearsay clause reports on.
const PERSON_PRONOUNS: &[&str] = &[
    "he",
    "she",
    "they",
];

/// Nouns for people that news reports on, after `the` (`the driver`, `the
/// suspects`): a thing or a measure (`the plan would have cost`) is left
/// alone, since estimates of what it would have done are counterfactuals.
const PERSON_NOUNS: &[&str] = &[
    "boy",
    "businessman",
    "coach",
    "couple",
    "daughter",
    "deputies",
    "deputy",
    "director",
    "doctor",
    "doctors",
    "driver",
    "drivers",
    "father",
    "girl",
    "governor",
    "guard",
    "guards",
    "husband",
    "judge",
    "judges",
    "lawyer",
    "lawyers",
    "leader",
    "leaders",
    "man",
    "manager",
    "mayor",
    "mayors",
    "men",
    "minister",
    "ministers",
    "mother",
    "officer",
    "officers",
    "official",
    "officials",
    "owner",
    "player",
    "players",
    "policemen",
    "president",
    "prosecutor",
    "senator",
    "soldier",
    "soldiers",
    "son",
    "spokesman",
    "spokeswoman",
    "suspect",
    "suspects",
    "victim",
    "victims",
    "wife",
    "woman",
    "women",
];

impl Rule for HearsayConditional {
    fn meta(&self) -> &'static RuleMeta {
        &HEARSAY
    }

    fn check(&self, doc: &Document<'_>, out: &mut Vec<Finding>) {
        let (text, words) = (doc.text(), doc.words());
        let w = |k: usize| word_in(text, words, k);
        let joined = |k: usize| joined_in(text, words, k);
        for k in doc.trigger_words(HEARSAY.id) {
            if w(k) != "would" || !joined(k) || w(k + 1) != "have" || !joined(k + 1) || k == 0 {
                continue;
            }
            let participle_at = k + 2;
            let participle = w(participle_at);
            if !is_participle(participle) || WISH_PARTICIPLES.contains(&participle)
            {
                continue;
            }
            let passive = participle == "been";
            if passive && !(joined(participle_at) && is_participle(w(k + 3))) {
                continue;
            }
            let Some((first, last)) = doc.word_at(k).map(|w| w.sentence_words()) else {
                continue;
            };
            let Some(frame) = hearsay_frame(text, words, first, k) else {
                continue;
            };
            if (first..=last).any(|j| counterfactual(w(j)))
                || opens_inverted_condition(w(first))
                || (first..last).any(|j| inverted_condition_at(w(j), w(j + 1)))
            {
                continue;
            }
            if !reports_on(text, words, first, k, frame) {
                continue;
            }
            let span = words[k].0..words[participle_at].1;
            if doc.is_protected(span.clone()) {
                continue;
            }
            // the fix: the simple past, `allegedly` when no `according to`
            // names the source (`had` before `been`, whose past needs the
            // subject's number)
            let hedge = if frame == Frame::AccordingTo { "" } else { "allegedly " };
            let past = base_of_past(participle)
                .filter(|_| !passive)
                .and_then(|b| lexicon().verb(&b).and_then(|v| v.pasts().next()));
            let fixed = match past {
                Some(p) => concat(&[hedge, p]),
                None => concat(&["had ", hedge, participle]),
            };
            out.push(
                HEARSAY
                    .finding(
                        span.clone(),
                        concat(&[
                            "`would have ",
                            participle,
                            "` reads as a counterfactual; for what a source reports, English says `",
                            &fixed,
                            "` (or `reportedly`), not the conditional of hearsay",
                        ]),
                    )
                    .with_fix(Fix::unsafe_fix(Edit::new(span, fixed))),
            );
        }
    }
}

/// What frames the reported claim.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Frame {
    /// `according to` earlier in the sentence.
    AccordingTo,
    /// A word of hearsay, then `that` at word `that_at`.
    That { that_at: usize },
}

/// The hearsay frame before word `k` (from word `first`), if there is one: the
/// last `that` after a word of hearsay, or `according to`.
fn hearsay_frame(text: &str, words: &[(usize, usize)], first: usize, k: usize) -> Option<Frame> {
    let w = |j: usize| word_in(text, words, j);
    let mut that_at = None;
    for j in (first..k).rev() {
        let word = w(j);
        if word.eq_ignore_ascii_case("that") && that_at.is_none() {
            that_at = Some(j);
        } else if word.eq_ignore_ascii_case("according") && w(j + 1) == "to" {
            return Some(Frame::AccordingTo);
        } else if let Some(t) = that_at {
            let lower = word.to_ascii_lowercase();
            if HEARSAY_WORDS.contains(&lower.as_str()) {
                return Some(Frame::That { that_at: t });
            }
        }
    }
    None
}

/// Whether the subject of `would` (word `k`) is one the frame reports on: a
/// person named, `he`/`she`/`they`, or `the` and a noun for people, after a
/// `that` no more than eight words back or after `according to`.
fn reports_on(text: &str, words: &[(usize, usize)], first: usize, k: usize, frame: Frame) -> bool {
    let w = |j: usize| word_in(text, words, j);
    let subject = w(k - 1);
    let named = k - 1 > first
        && subject.as_bytes()[0].is_ascii_uppercase()
        && subject != "I"
        && tags(subject).is_none_or(|t| t.is_proper_noun() || t.is_noun());
    let pronoun = PERSON_PRONOUNS.contains(&subject.to_ascii_lowercase().as_str());
    let person_noun = k >= 2 && w(k - 2).eq_ignore_ascii_case("the") && PERSON_NOUNS.contains(&subject);
    match frame {
        Frame::That { that_at } => {
            (2..=9).contains(&(k - that_at)) && (named || pronoun || person_noun)
        }
        Frame::AccordingTo => {
            named
                || pronoun
                || person_noun
        }
    }
}

/// Whether the word is a past participle (`warned`, `fled`, `taken`).
fn is_participle(word: &str) -> bool {
    let lex = lexicon();
    tags(word).is_some_and(|t| t.is_participle())
        || lex.irregular_base(word).is_some_and(|b| lex.is_participle_of(b, word))
}

/// Whether the word makes the sentence a counterfactual or hypothesis.
fn counterfactual(word: &str) -> bool {
    let lower = word.to_ascii_lowercase();
    COUNTERFACTUAL_WORDS.contains(&lower.as_str())
}

/// Whether the words `a b` are an inverted condition inside a sentence (`...
/// had he seen it`, `were they asked`).
fn inverted_condition_at(a: &str, b: &str) -> bool {
    matches!(a, "had" | "were") && matches!(b, "he" | "she" | "it" | "they" | "we" | "I" | "you")
}

/// Whether a sentence opening with the word is an inverted condition (`Had he
/// known, ...`, `Were it not for ...`).
fn opens_inverted_condition(word: &str) -> bool {
    matches!(word, "Had" | "Were" | "Should")
}

#[cfg(test)]
mod tests {
    #[test]
    fn word_lists_are_sorted() {
        for list in [super::HEARSAY_WORDS, super::COUNTERFACTUAL_WORDS, super::WISH_PARTICIPLES, super::PERSON_PRONOUNS, super::PERSON_NOUNS] {
            crate::text::assert_sorted(list);
        }
    }
}
