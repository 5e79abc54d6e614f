//! The `names/translated-surname` rule: a surname that machine translation turned into the
//! English word it resembles, at the head of a sentence (`Lemons then said` where the text
//! names `Anna Lemoni`): a surname that is a common word of its own language (it `Meloni`
//! melons, es `Castillo`) gets translated like one, most often where it stands alone as a
//! sentence's subject.

use crate::analysis::document::Document;
use crate::analysis::wordlex::lookup;
use crate::finding::{Category, Edit, Finding, Fix, Severity};
use crate::rules::{Example, Rule, RuleMeta};
use crate::text::{char_at, floor_boundary, starts_sentence};

/// How far (in bytes) from the common word the name may be written: one article.
const REACH: usize = 3_000;

/// A surname translated as the common word it resembles: `Lemons then said` for `Lemoni`.
pub struct TranslatedSurname;

static TRANSLATED_SURNAME: RuleMeta = RuleMeta {
    id: "names/translated-surname",
    category: Category::Names,
    severity: Severity::Info,
    // the rule visits every capital the document lists: off by default, since that walk
    // costs more than a default rule may (about 0.6% of a scan of news)
    triggers: crate::Triggers::Text,
    default_enabled: false,
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
    ],
    passes: &[
        "Minister Anna Lemoni visited the port. Lemoni then said the plan would go ahead.",
        "Mayor Luca Parini spoke on Monday. Parks reopened the next day.",
        "The grocer, Anna Lemoni, sells lemons and limes. Lemons are cheap this year.",
        "Officials met Marco Ferri in Rome. Officials then said the talks went well.",
        "Ferries now run every hour. Nobody named Ferri works here.",
        "Anna Lemoni sells fruit. Lemonade is cheap here.",
        "Lemons then fell off the cart. Lemoni is a village.",
    ],
};

impl Rule for TranslatedSurname {
    fn meta(&self) -> &'static RuleMeta {
        &TRANSLATED_SURNAME
    }

    fn check(&self, doc: &Document<'_>, out: &mut Vec<Finding>) {
        let text = doc.text();
        let capitals = doc.word_capitals();
        // the first letters of the capitalised words inside sentences, made on first need
        let mut inner_heads: Option<HeadSet> = None;
        for &s in capitals {
            let Some(common) = common_subject(text, s) else {
                continue;
            };
            let heads = inner_heads.get_or_insert_with(|| HeadSet::of_inner_capitals(text, capitals));
            if !heads.may_hold(&common.as_bytes()[..4]) || !is_plural_common_noun(common) {
                continue;
            }
            let e = s + common.len();
            let Some(name) = name_nearby(text, capitals, s, common) else {
                continue;
            };
            if lowercase_nearby(text, s, common) || doc.is_protected(s..e) {
                continue; // the common word is the text's topic (`lemons` in lower case)
            }
            out.push(
                TRANSLATED_SURNAME
                    .finding(
                        s..e,
                        format!(
                            "`{common}` opens the sentence as a common word, but the text names `{name}` nearby: a surname translated as the word it resembles?"
                        ),
                    )
                    .with_fix(Fix::unsafe_fix(Edit::new(s..e, name.to_string()))),
            );
        }
    }
}

/// The word at `s` if it can be a surname translated as a common word: it opens a sentence,
/// has 5 to 16 ASCII letters and a plural's `s`, and a lower-case word follows it (its verb
/// or an adverb). (Surnames that are plurals of their language, it `Meloni`, come out as
/// English plurals; a singular rarely shares four letters with one.) The lexicon is asked
/// later ([`is_plural_common_noun`]).
fn common_subject(text: &str, s: usize) -> Option<&str> {
    let b = text.as_bytes();
    // a sentence's first word follows a line break, a quotation mark or `. ` (a cheap test
    // before the exact one)
    let opens = match s.checked_sub(1).map(|i| b[i]) {
        None | Some(b'\n' | b'"' | 0x9C) => true,
        Some(b' ') => s < 2 || matches!(b[s - 2], b'.' | b'!' | b'?' | b' ' | b'"' | 0x9C | b'\n'),
        _ => false,
    };
    if !opens {
        return None;
    }
    let mut e = s + 1;
    while e < b.len() && b[e].is_ascii_lowercase() {
        e += 1;
    }
    let len = e - s;
    if !(5..=16).contains(&len)
        || b[e - 1] != b's'
        || b.get(e) != Some(&b' ')
        || !b.get(e + 1).is_some_and(u8::is_ascii_lowercase)
        || !starts_sentence(text, s)
    {
        return None;
    }
    Some(&text[s..e])
}

/// Whether the lexicon has `word` as a plural common noun, not a name.
fn is_plural_common_noun(word: &str) -> bool {
    lookup(word).is_some_and(|tags| tags.is_plural_noun() && !tags.is_proper_noun())
}

/// The first four bytes of the capitalised words inside sentences (after a lower-case
/// letter, a comma or a capitalised word and one space: `Giorgia Lemoni`, `said Lemoni`), as
/// bits of a 65,536-bit set: a word whose first four bytes are not in it has no name near it
/// to resemble (a bit set may hold a few more: [`name_nearby`] checks exactly).
struct HeadSet {
    bits: Vec<u64>,
}

impl HeadSet {
    fn of_inner_capitals(text: &str, capitals: &[usize]) -> HeadSet {
        let b = text.as_bytes();
        let mut set = HeadSet {
            bits: vec![0; 1024],
        };
        for &c in capitals {
            let inner = c >= 2 && b[c - 1] == b' ' && (b[c - 2].is_ascii_alphabetic() || b[c - 2] == b',');
            if let (true, Some(head)) = (inner, b.get(c..c + 4)) {
                let bit = HeadSet::bit(head);
                set.bits[bit / 64] |= 1 << (bit % 64);
            }
        }
        set
    }

    fn may_hold(&self, head: &[u8]) -> bool {
        let bit = HeadSet::bit(head);
        self.bits[bit / 64] & (1 << (bit % 64)) != 0
    }

    /// The bit of four bytes: their multiplicative hash's top 16 bits.
    fn bit(head: &[u8]) -> usize {
        let word = u32::from_le_bytes([head[0], head[1], head[2], head[3]]);
        (word.wrapping_mul(0x9E37_79B1) >> 16) as usize
    }
}

/// A name written before the common word at `s` (the text introduces a person before it
/// calls them by surname alone), within reach, that it resembles: a capitalised word inside
/// a sentence, unknown to the lexicon, sharing the common word's first letters
/// (at least four) and differing from it only in a short ending (`Lemoni` and `Lemons`,
/// `Ferri` and `Ferries`).
fn name_nearby<'t>(text: &'t str, capitals: &[usize], s: usize, common: &str) -> Option<&'t str> {
    let b = text.as_bytes();
    let head = &common.as_bytes()[..4];
    let from = capitals.partition_point(|&c| c + REACH < s);
    let to = capitals.partition_point(|&c| c < s);
    for &c in capitals[from..to].iter().rev() {
        if b.get(c..c + 4) != Some(head) {
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
