//! The `names/translated-surname` rule: a surname that machine translation turned into the
//! English word it resembles, at the head of a sentence or after a title (`Lemons then said`,
//! `Prime Minister Lemons` where the text names `Anna Lemoni`): a surname that is a common
//! word of its own language (it `Meloni` melons, es `Castillo`) gets translated like one,
//! most often where it stands alone as a sentence's subject.

use crate::analysis::document::Document;
use crate::analysis::wordlex::lookup;
use crate::finding::{Category, Edit, Finding, Fix, Severity};
use crate::rules::{Example, Rule, RuleMeta};
use crate::text::{char_at, floor_boundary, starts_sentence};
use once_cell::sync::Lazy;

/// How far (in bytes) from the common word the name may be written: one article.
const REACH: usize = 3_000;

/// A surname translated as the common word it resembles: `Lemons then said` for `Lemoni`.
pub struct TranslatedSurname;

static TRANSLATED_SURNAME: RuleMeta = RuleMeta {
    id: "names/translated-surname",
    category: Category::Names,
    severity: Severity::Info,
    // the words of a plural's shape (5 to 16 letters ending in `s`); the rule turns the
    // lower-case ones away at once
    triggers: crate::Triggers::Words {
        words: plural_shapes,
        capitalised: false,
        name_starts: false,
    },
    default_enabled: true,
    summary: "a surname translated as the English word it resembles at a sentence's head (`Lemons then said` beside `Anna Lemoni`)",
    flags: &[
        Example {
            text: "Minister Anna Lemoni visited the port. Lemons then said the plan would go ahead.",
            fixed: "Minister Anna Lemoni visited the port. Lemoni then said the plan would go ahead.",
        },
        Example {
            text: "The talks were led by Mario Ferri. Ferries now expects a deal by June.",
            fixed: "The talks were led by Mario Ferri. Ferri now expects a deal by June.",
        },
        Example {
            text: "The mayor, Giulia Lemoni, took office in May. Lemons told reporters she would stay.",
            fixed: "The mayor, Giulia Lemoni, took office in May. Lemoni told reporters she would stay.",
        },
        Example {
            text: "Prime Minister Paola Ferri landed at noon. Reporters asked Prime Minister Ferries about the strike.",
            fixed: "Prime Minister Paola Ferri landed at noon. Reporters asked Prime Minister Ferri about the strike.",
        },
        Example {
            text: "Our guest was Carla Lemoni, a judge. We thanked Mrs. Lemons for her time.",
            fixed: "Our guest was Carla Lemoni, a judge. We thanked Mrs. Lemoni for her time.",
        },
    ],
    passes: &[
        "Minister Anna Lemoni visited the port. Lemoni then said the plan would go ahead.",
        "Mayor Luca Parini spoke on Monday. Parks reopened the next day.",
        "The grocer, Anna Lemoni, sells lemons and limes. Lemons are cheap this year.",
        "Officials met Marco Ferri in Rome. Officials then said the talks went well.",
        "Ferries now run every hour. Nobody named Ferri works here.",
        "Anna Lemoni sells fruit. Lemonade is cheap here.",
        "Lemons then fell off the cart. Lemoni is a village.",
        "The minister, Anna Ferri, left early. Ferries and buses stopped running.",
        "Mayor Tom Parks opened the square. Mayor Parks then thanked the crowd.",
        "Carla Lemoni grows fruit. The Minister Lemoni praised her.",
    ],
};

impl Rule for TranslatedSurname {
    fn meta(&self) -> &'static RuleMeta {
        &TRANSLATED_SURNAME
    }

    fn check(&self, doc: &Document<'_>, out: &mut Vec<Finding>) {
        let text = doc.text();
        let b = text.as_bytes();
        let words = doc.words();
        for k in doc.trigger_words(TRANSLATED_SURNAME.id) {
            let (s, e) = words[k];
            // (most words on the list are lower case: one load turns them away)
            if !b[s].is_ascii_uppercase() {
                continue;
            }
            let Some(common) = common_subject(text, s, e) else {
                continue;
            };
            let Some(name) = name_nearby(text, doc.word_capitals(), s, common) else {
                continue;
            };
            if !is_plural_common_noun(common) || lowercase_nearby(text, s, common) || doc.is_protected(s..e) {
                continue; // the common word is the text's topic (`lemons` in lower case)
            }
            out.push(
                TRANSLATED_SURNAME
                    .finding(
                        s..e,
                        format!(
                            "`{common}` stands where a surname would, but the text names `{name}` nearby: a surname translated as the word it resembles?"
                        ),
                    )
                    .with_fix(Fix::unsafe_fix(Edit::new(s..e, name.to_string()))),
            );
        }
    }
}

/// The trigger words: one word of each shape a candidate may have (5 to 16 letters, the
/// last an `s`); the word index lists every word of these shapes, whatever its letters.
fn plural_shapes() -> Vec<&'static str> {
    static SHAPES: Lazy<Vec<String>> = Lazy::new(|| {
        let mut shapes = Vec::new();
        for len in 5..=16 {
            for first in b'a'..=b'z' {
                let mut word = String::with_capacity(len);
                word.push(char::from(first));
                word.extend(std::iter::repeat_n('x', len - 2));
                word.push('s');
                shapes.push(word);
            }
        }
        shapes
    });
    SHAPES.iter().map(String::as_str).collect()
}

/// The word `text[s..e]` if it can be a surname translated as a common word: 5 to 16 ASCII
/// letters, a capital and then lower case, a plural's `s`, and it stands where a surname
/// does: at a sentence's head with a lower-case word after it (its verb or an adverb:
/// `Lemons then said`), or after a title (`Mr. Lemons`, `Prime Minister Lemons`).
/// (Surnames that are plurals of their language, it `Meloni`, come out as English plurals;
/// a singular rarely shares four letters with one.) The lexicon is asked later
/// ([`is_plural_common_noun`]).
fn common_subject(text: &str, s: usize, e: usize) -> Option<&str> {
    let b = text.as_bytes();
    if !(5..=16).contains(&(e - s)) || b[e - 1] != b's' || !b[s + 1..e].iter().all(u8::is_ascii_lowercase) {
        return None;
    }
    let word = &text[s..e];
    if after_title(text, s) {
        return Some(word);
    }
    // a sentence's first word follows a line break, a quotation mark or `. ` (a cheap test
    // before the exact one)
    let opens = match s.checked_sub(1).map(|i| b[i]) {
        None | Some(b'\n' | b'"' | 0x9C) => true,
        Some(b' ') => s < 2 || matches!(b[s - 2], b'.' | b'!' | b'?' | b' ' | b'"' | 0x9C | b'\n'),
        _ => false,
    };
    // (a lower-case word, but not one that goes on a noun phrase: `Ferries and buses`)
    let verb_after = b.get(e) == Some(&b' ')
        && b.get(e + 1).is_some_and(u8::is_ascii_lowercase)
        && !["and ", "or ", "of "].iter().any(|w| text[e + 1..].starts_with(w));
    (opens && verb_after && starts_sentence(text, s)).then_some(word)
}

/// Whether a title of a person stands right before `s`, one space apart: `Mr. `, `Minister `,
/// `President `.
fn after_title(text: &str, s: usize) -> bool {
    let b = text.as_bytes();
    if s < 3 || b[s - 1] != b' ' {
        return false;
    }
    let mut from = s - 1;
    while from > 0 && (b[from - 1].is_ascii_alphabetic() || b[from - 1] == b'.') {
        from -= 1;
    }
    matches!(
        &text[from..s - 1],
        "Mr." | "Mrs." | "Ms." | "Mr" | "Mrs" | "Ms" | "Dr." | "Minister" | "President" | "Premier"
            | "Chancellor" | "Senator" | "Governor" | "Mayor" | "Speaker" | "Secretary" | "Chairman"
            | "Chairwoman" | "Judge" | "Justice" | "General" | "Deputy" | "Sen." | "Gov." | "Rep."
    )
}

/// Whether the lexicon has `word` as a plural common noun, not a name.
fn is_plural_common_noun(word: &str) -> bool {
    lookup(word).is_some_and(|tags| tags.is_plural_noun() && !tags.is_proper_noun())
}

/// A name written before the common word at `s` (the text introduces a person before it
/// calls them by surname alone), within reach, that it resembles: a capitalised word inside
/// a sentence, unknown to the lexicon, sharing the common word's first letters
/// (at least four) and differing from it only in a short ending (`Lemoni` and `Lemons`,
/// `Ferri` and `Ferries`).
fn name_nearby<'t>(text: &'t str, capitals: &[usize], s: usize, common: &str) -> Option<&'t str> {
    let b = text.as_bytes();
    let head = first_four(common.as_bytes(), 0);
    let to = capitals.partition_point(|&c| c < s);
    // (the capitals before it, nearest first, until one is out of reach)
    for &c in capitals[..to].iter().rev() {
        if c + REACH < s {
            break;
        }
        if first_four(b, c) != head {
            continue;
        }
        let mut e = c + 1;
        while e < b.len() && b[e].is_ascii_lowercase() {
            e += 1;
        }
        if char_at(text, e).is_some_and(|x| x.is_alphanumeric()) {
            continue; // more letters (an accent, a capital): another shape of word
        }
        let name = &text[c..e];
        if name == common || name.len() < 5 || !resembles(name, common) {
            continue;
        }
        if starts_sentence(text, c) || lookup(name).is_some() {
            continue; // not surely a name: an English word, or a capital only for the sentence
        }
        return Some(name);
    }
    None
}

/// The four bytes of `bytes` from `at` as one number (zero past the end).
fn first_four(bytes: &[u8], at: usize) -> u32 {
    match bytes.get(at..at + 4) {
        Some(&[a, b, c, d]) => u32::from_le_bytes([a, b, c, d]),
        _ => 0,
    }
}

/// Whether `name` and `common` share their first letters (four or more) and differ only in
/// their endings: at most two letters of the name's, a plural's of the common word's
/// (`Lemoni` and `Lemons`, `Ferri` and `Ferries`).
fn resembles(name: &str, common: &str) -> bool {
    let shared = name
        .bytes()
        .zip(common.bytes())
        .take_while(|(a, b)| a == b)
        .count();
    let ending = &common[shared..];
    shared >= 4
        && name.len() - shared <= 2
        && matches!(ending, "s" | "es" | "ies")
}

/// Whether the common word at `s` is also written in lower case within reach: the text speaks
/// of the thing, and the capital is the sentence's.
fn lowercase_nearby(text: &str, s: usize, common: &str) -> bool {
    let lower = common.to_ascii_lowercase();
    let from = floor_boundary(text, s.saturating_sub(REACH));
    let to = floor_boundary(text, (s + REACH).min(text.len()));
    let b = text.as_bytes();
    memchr::memmem::find_iter(&b[from..to], lower.as_bytes())
        .map(|at| from + at)
        .any(|at| at == 0 || !b[at - 1].is_ascii_alphabetic())
}
