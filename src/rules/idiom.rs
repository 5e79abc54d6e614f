//! Idioms: a possessive idiom whose possessive does not agree with its subject
//! (`whose representatives … roll your eyes`), the generic "you" of a source
//! language's impersonal construction.

use crate::document::Document;
use crate::finding::{Category, Edit, Finding, Fix, Severity};
use crate::lexicon::lexicon;
use crate::rules::{Example, Rule, RuleMeta};
use crate::text::ascii_words;

/// Words that make a second-person reading possible in the sentence.
const SECOND_PERSON: &[&str] = &[
    "you",
    "your",
    "yours",
    "yourself",
    "yourselves",
    "ya",
    "y'all",
];
/// Sentence openings of an imperative or a generic instruction.
const IMPERATIVE_OPENERS: &[&str] = &[
    "don", "dont", "do", "never", "please", "always", "just", "try", "stop",
];

/// A possessive idiom with `your` after a third-person subject.
pub struct WrongPerson;

static WRONG_PERSON: RuleMeta = RuleMeta {
    id: "idiom/wrong-person",
    category: Category::Idiom,
    severity: Severity::Warning,
    default_enabled: true,
    summary: "a possessive idiom with `your` after a third-person subject (`the ministers rolled your eyes`)",
    flags: &[
        Example { text: "Its officials appear to fight the urge to roll your eyes.", fixed: "Its officials appear to fight the urge to roll their eyes." },
        Example { text: "He could not hold your breath any longer.", fixed: "He could not hold his breath any longer." },
        Example { text: "She bit your tongue and said nothing.", fixed: "She bit her tongue and said nothing." },
        Example { text: "The ministers shrugged your shoulders at the news.", fixed: "The ministers shrugged their shoulders at the news." },
        Example { text: "They finally made up your mind.", fixed: "They finally made up their mind." },
        Example { text: "The workers shook your heads at the offer.", fixed: "The workers shook their heads at the offer." },
    ],
    passes: &[
        "You roll your eyes when he talks.",
        "Don't roll your eyes at me.",
        "He said: “Hold your breath and jump.”",
        "Her hit song Dry Your Eyes topped the charts.",
        "He asked to pick your brain; they wanted to hold your hand.",
        "Masks, hand washing and keeping your distance help, officials say.",
    ],
};

impl Rule for WrongPerson {
    fn meta(&self) -> &'static RuleMeta {
        &WRONG_PERSON
    }

    fn check(&self, doc: &Document<'_>, out: &mut Vec<Finding>) {
        let text = doc.text();
        if !text.contains("your ") {
            return;
        }
        let lex = lexicon();
        let b = text.as_bytes();
        let words = doc.words();
        let w = |k: usize| doc.word(k);
        for (k, &(ys, ye)) in words.iter().enumerate() {
            if w(k) != "your" {
                continue;
            }
            // which idiom is this: verb [particle] your noun...
            let mut matched = None;
            'idioms: for idiom in lex.idioms() {
                let before = idiom.slot; // words between the verb and `one's`
                let after = idiom.rest.len() - idiom.slot - 1;
                if k < before + 1 || k + after >= words.len() {
                    continue;
                }
                for (i, word) in idiom.rest.iter().enumerate() {
                    let at = k - before + i;
                    // the noun after the possessive may be plural (`shook their heads`)
                    let plural =
                        i == idiom.slot + 1 && w(at).strip_suffix('s') == Some(word.as_str());
                    if i != idiom.slot && w(at) != word && !plural {
                        continue 'idioms;
                    }
                }
                let vk = k - before - 1;
                if idiom.forms.iter().any(|f| f == w(vk)) {
                    matched = Some((vk, k + after));
                    break;
                }
            }
            let Some((vk, last)) = matched else { continue };
            // a gerund is generic advice (`washing hands and keeping your distance`)
            // unless a form of `be` makes it a progressive
            if w(vk).ends_with("ing")
                && !(vk > 0 && matches!(w(vk - 1), "is" | "are" | "was" | "were" | "be" | "been"))
            {
                continue;
            }
            // the sentence around it
            let sent_start = text[..words[vk].0]
                .rfind(['.', '!', '?', '\n', ':', ';'])
                .map_or(0, |i| i + 1);
            let sent_end = text[ye..]
                .find(['.', '!', '?', '\n'])
                .map_or(text.len(), |i| ye + i);
            let sentence = &text[sent_start..sent_end];
            // quoted speech keeps its own person
            let line = doc.line_at(words[vk].0);
            let pre = &text[line.start..words[vk].0];
            if pre.matches('“').count() > pre.matches('”').count()
                || pre.matches('"').count() % 2 == 1
            {
                continue;
            }
            let before_text = &text[sent_start..words[vk].0];
            // another second-person word in the sentence: generic `you`
            let others = ascii_words(sentence)
                .iter()
                .filter(|(s, e)| {
                    SECOND_PERSON.contains(&sentence[*s..*e].to_ascii_lowercase().as_str())
                })
                .count();
            if others > 1 {
                continue;
            }
            // a title: the idiom's words capitalised
            if b[words[vk].0].is_ascii_uppercase() && b[words[last].0].is_ascii_uppercase() {
                continue;
            }
            // an imperative: the sentence starts with the verb or `don't`, `never`...
            let first_words: Vec<&str> = ascii_words(before_text)
                .iter()
                .map(|(s, e)| &before_text[*s..*e])
                .collect();
            let opener = first_words.first().map(|x| x.to_ascii_lowercase());
            if first_words.is_empty()
                || opener
                    .as_deref()
                    .is_some_and(|o| IMPERATIVE_OPENERS.contains(&o))
            {
                continue;
            }
            // the third-person subject before it
            let anchor = first_words.iter().rev().take(12).find_map(|x| {
                let l = x.to_ascii_lowercase();
                match l.as_str() {
                    "he" | "his" | "him" => Some("his"),
                    "she" | "her" => Some("her"),
                    "they" | "their" | "them" | "whose" | "who" => Some("their"),
                    _ if x.len() > 3
                        && l.ends_with('s')
                        && !l.ends_with("ss")
                        && x.bytes().all(|c| c.is_ascii_lowercase()) =>
                    {
                        Some("their")
                    }
                    _ => None,
                }
            });
            let Some(poss) = anchor else { continue };
            if doc.is_protected(ys..ye) {
                continue;
            }
            let idiom_text = &text[words[vk].0..words[last].1];
            out.push(
                WRONG_PERSON
                    .finding(words[vk].0..words[last].1, format!("`{idiom_text}`: the possessive must agree with the subject; `{poss}`, not `your`"))
                    .with_fix(Fix::review(vec![Edit::new(ys..ye, poss)])),
            );
        }
    }
}
