//! The `repetition/stem-echo` rule: a noun echoed by its own verb in the relative clause that
//! follows it (`the inspection that inspects the mines`, `the prosecution that has been
//! prosecuting`): a translation that said one thing twice.

use crate::analysis::document::Document;
use crate::analysis::wordlex::lookup;
use crate::finding::{Category, Finding, Severity};
use crate::rules::{Example, Rule, RuleMeta};

/// The shortest stem the noun and the verb share (`inspect`): shorter ones (`govern`,
/// `report`) make ordinary phrases (`a government that governs`).
const MIN_STEM: usize = 7;

/// A noun, `that` or `which`, and the noun's own verb: `the inspection that inspects`.
pub struct StemEcho;

static STEM_ECHO: RuleMeta = RuleMeta {
    id: "repetition/stem-echo",
    category: Category::Repetition,
    severity: Severity::Warning,
    triggers: crate::Triggers::words(|| vec!["that", "which"]),
    default_enabled: true,
    summary: "a noun echoed by its own verb in the clause after it (`the inspection that inspects the mines`)",
    flags: &[
        Example {
            text: "The inspection that inspects the mines found nothing.",
            fixed: "The inspection that inspects the mines found nothing.",
        },
        Example {
            text: "Residents said the consultation which consulted them was too short.",
            fixed: "Residents said the consultation which consulted them was too short.",
        },
        Example {
            text: "The prosecution that has been prosecuting the case asked for time.",
            fixed: "The prosecution that has been prosecuting the case asked for time.",
        },
        Example {
            text: "They praised the organisation that organises the fair every year.",
            fixed: "They praised the organisation that organises the fair every year.",
        },
        Example {
            text: "The administration that is administering the funds was replaced.",
            fixed: "The administration that is administering the funds was replaced.",
        },
    ],
    passes: &[
        "The government that governs least governs best, he wrote.",
        "The investigation that followed was thorough.",
        "The investigation which investigators opened in May is closed.",
        "The report that reporters saw was leaked.",
        "The translation that translators use most is old.",
        "The inspection, that inspects nothing, is a farce said nobody.",
    ],
};

impl Rule for StemEcho {
    fn meta(&self) -> &'static RuleMeta {
        &STEM_ECHO
    }

    fn check(&self, doc: &Document<'_>, out: &mut Vec<Finding>) {
        let text = doc.text();
        let words = doc.words();
        for k in doc.trigger_words(STEM_ECHO.id) {
            // the noun's length first: it is read from the word list, not from the text
            if k == 0 || words[k - 1].1 - words[k - 1].0 < MIN_STEM {
                continue;
            }
            if !matches!(doc.word(k), "that" | "which") || !spaced(text, words, k - 1) {
                continue;
            }
            let noun = doc.word(k - 1);
            if noun.len() < MIN_STEM || !is_lower(noun) {
                continue;
            }
            // up to three auxiliaries or adverbs between (`that has been`, `that still`)
            let mut j = k + 1;
            while j < words.len() && j <= k + 3 && is_between_word(doc.word(j)) && spaced(text, words, j - 1) {
                j += 1;
            }
            if j >= words.len() || !spaced(text, words, j - 1) {
                continue;
            }
            let verb = doc.word(j);
            // the cheap tests first: the lexicon only for the pairs that share a stem
            if verb == noun
                || shared_stem(noun, verb) < MIN_STEM
                || !is_lower(verb)
                || !lookup(noun).is_some_and(|t| t.is_noun())
                || !lookup(verb).is_some_and(|t| t.is_verb())
            {
                continue;
            }
            let (start, end) = (words[k - 1].0, words[j].1);
            if doc.is_protected(start..end) {
                continue;
            }
            out.push(STEM_ECHO.finding(
                start..end,
                format!(
                    "`{}`: the noun echoed by its own verb, a translation saying one thing twice",
                    &text[start..end]
                ),
            ));
        }
    }
}

/// Whether words `k` and `k + 1` are separated by one space.
fn spaced(text: &str, words: &[(usize, usize)], k: usize) -> bool {
    k + 1 < words.len() && &text[words[k].1..words[k + 1].0] == " "
}

/// Whether a word is all lower case.
fn is_lower(word: &str) -> bool {
    word.bytes().all(|b| b.is_ascii_lowercase())
}

/// A word that may stand between `that` and its verb: an auxiliary of the
/// clause (`has`, `been`, `will`) or an adverb of time (`also`, `now`, `still`).
fn is_between_word(word: &str) -> bool {
    matches!(
        word,
        "has" | "have" | "had" | "is" | "are" | "was" | "were" | "be" | "been" | "being" | "will"
            | "would" | "can" | "could" | "may" | "might" | "should" | "must" | "also" | "now"
            | "still"
    )
}

/// The length of the prefix two words share.
fn shared_stem(a: &str, b: &str) -> usize {
    a.bytes().zip(b.bytes()).take_while(|(x, y)| x == y).count()
}
