//! The `grammar/negative-inversion` rule: a negative adverbial put first
//! without the inversion English needs after it (`At no time, we discussed
//! it`, `Never we have seen`), which MT leaves from languages whose word order
//! stays the same (Portuguese `em nenhum momento tratamos`, French `jamais
//! nous n'avons`).

use super::words::{base_of_past, base_of_third, tags};
use crate::analysis::document::{joined_in, word_in, Document};
use crate::analysis::lexicon::lexicon;
use crate::finding::{Category, Edit, Finding, Fix, Severity};
use crate::rules::{Example, Rule, RuleMeta};
use crate::text::concat;

/// A fronted negative adverbial followed by subject and verb in their usual order.
pub struct NegativeInversion;

static INVERSION: RuleMeta = RuleMeta {
    id: "grammar/negative-inversion",
    category: Category::Grammar,
    severity: Severity::Warning,
    triggers: crate::Triggers::words(|| vec!["never", "no", "nowhere", "rarely", "seldom"]),
    default_enabled: true,
    summary: "a negative adverbial put first without inversion (`At no time, we discussed it`, `Never we have seen`)",
    flags: &[
        Example { text: "At no time, we discussed the budget.", fixed: "At no time did we discuss the budget." },
        Example { text: "Never we have seen such a crowd.", fixed: "Never have we seen such a crowd." },
        Example { text: "Under no circumstances they will accept it.", fixed: "Under no circumstances will they accept it." },
        Example { text: "He said that, at no time, he talks to the press.", fixed: "He said that, at no time does he talk to the press." },
        Example { text: "Rarely we go out at night.", fixed: "Rarely do we go out at night." },
    ],
    passes: &[
        "At no time did we discuss the budget.",
        "Never have we seen such a crowd.",
        "Never, we were told, had the river risen so fast.",
        "At no time, he said, was the plant at risk.",
        "It was at no time we could have foreseen.",
        "We never talk about it; he rarely goes out.",
        "Never again. We left the next day.",
        "In no way, shape or form is this acceptable.",
        "Never I.",
    ],
};

/// The negative adverbials made of a preposition, `no` and a noun.
const NO_ADVERBIALS: &[(&str, &[&str])] = &[
    ("at", &["moment", "point", "stage", "time"]),
    ("in", &["case", "way"]),
    ("on", &["account", "occasion"]),
    ("under", &["circumstances", "condition", "conditions"]),
];

/// The subject pronouns that keep their place after the adverbial.
const SUBJECTS: &[&str] = &["I", "he", "it", "she", "they", "we", "you"];

impl Rule for NegativeInversion {
    fn meta(&self) -> &'static RuleMeta {
        &INVERSION
    }

    fn check(&self, doc: &Document<'_>, out: &mut Vec<Finding>) {
        let (text, words) = (doc.text(), doc.words());
        let w = |k: usize| word_in(text, words, k);
        let joined = |k: usize| joined_in(text, words, k);
        for k in doc.trigger_words(INVERSION.id) {
            // the adverbial: words `first..=last`
            let (first, last) = match w(k) {
                "no" if k > 0 && joined(k - 1) && joined(k) => {
                    let prep = w(k - 1).to_ascii_lowercase();
                    let noun = w(k + 1);
                    let known = NO_ADVERBIALS
                        .iter()
                        .any(|(p, nouns)| *p == prep && nouns.contains(&noun));
                    if !known {
                        continue;
                    }
                    (k - 1, k + 1)
                }
                // a single adverb only where it opens the sentence (`we never
                // talk` is the usual order)
                "Never" | "Nowhere" | "Rarely" | "Seldom" => (k, k),
                _ => continue,
            };
            // the subject right after it, past a comma at most
            let gap = words
                .get(last + 1)
                .map_or("", |next| &text[words[last].1..next.0]);
            if !opens_clause(doc, first) || !matches!(gap, " " | ", ") || !joined(last + 1) {
                continue;
            }
            let pronoun = w(last + 1);
            if !SUBJECTS.contains(&pronoun) {
                continue;
            }
            let verb_k = last + 2;
            let verb = w(verb_k);
            // a parenthesis (`Never, we were told, had…`): a comma closes it
            // after the verb or the word after
            let comma_after = |j: usize| {
                words
                    .get(j)
                    .is_some_and(|&(_, e)| text[e..].starts_with(','))
            };
            let aside = comma_after(verb_k) || comma_after(verb_k + 1);
            if verb.is_empty() || aside || !joined(verb_k - 1) {
                continue;
            }
            let Some(inverted) = inversion(pronoun, verb) else {
                continue;
            };
            let span = words[first].0..words[verb_k].1;
            if doc.is_protected(span.clone()) {
                continue;
            }
            let adverbial = &text[words[first].0..words[last].1];
            out.push(
                INVERSION
                    .finding(
                        span,
                        concat(&[
                            "after `",
                            adverbial,
                            "` put first, the verb comes before its subject: `",
                            adverbial,
                            " ",
                            &inverted,
                            "`",
                        ]),
                    )
                    .with_fix(Fix::unsafe_fix(Edit::new(
                        words[last].1..words[verb_k].1,
                        concat(&[" ", &inverted]),
                    ))),
            );
        }
    }
}

/// Whether word `k` opens a clause: the text's first word, after a sentence
/// mark, or after a comma, colon or semicolon (`assured that, at no time,`).
fn opens_clause(doc: &Document<'_>, k: usize) -> bool {
    let (text, words) = (doc.text(), doc.words());
    k == 0
        || text[words[k - 1].1..words[k].0]
            .bytes()
            .any(|b| matches!(b, b',' | b';' | b':' | b'.' | b'!' | b'?' | b'\n' | b'"' | b'('))
        || text[words[k - 1].1..words[k].0].contains(['“', '—'])
}

/// The subject and verb inverted (`we have` -> `have we`, `we discussed` ->
/// `did we discuss`), or `None` for a word that is no finite verb.
fn inversion(pronoun: &str, verb: &str) -> Option<String> {
    let lex = lexicon();
    let third = matches!(pronoun, "he" | "she" | "it");
    if lex.auxiliary(verb).is_some() {
        // a finite auxiliary or modal moves before the subject
        let finite = matches!(
            verb,
            "am" | "are" | "is" | "was" | "were" | "has" | "have" | "had" | "do" | "does" | "did"
                | "can" | "could" | "may" | "might" | "must" | "shall" | "should" | "will"
                | "would"
        );
        return finite.then(|| concat(&[verb, " ", pronoun]));
    }
    let t = tags(verb)?;
    if !t.is_verb() {
        return None;
    }
    if t.is_past() {
        let base = base_of_past(verb)?;
        return Some(concat(&["did ", pronoun, " ", &base]));
    }
    if third && t.is_verb_3sg() {
        let base = base_of_third(verb)?;
        return Some(concat(&["does ", pronoun, " ", &base]));
    }
    if !third && pronoun != "it" && t.is_verb_base() {
        return Some(concat(&["do ", pronoun, " ", verb]));
    }
    None
}
