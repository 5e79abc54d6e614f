//! What the grammar rules ask of a word: its tags in the word lexicon
//! (`crate::analysis::wordlex`), and the forms they propose as fixes.

use crate::analysis::lexicon::lexicon;
use crate::analysis::wordlex::{lookup, WordTags};

/// The word's tags, `None` for a word the lexicon lacks.
pub(super) fn tags(word: &str) -> Option<WordTags> {
    lookup(word)
}

/// Whether the word starts with a lower-case ASCII letter (a common word as
/// written, not a name or a sentence start).
pub(super) fn is_lower(word: &str) -> bool {
    word.as_bytes().first().is_some_and(u8::is_ascii_lowercase)
}

/// Whether the word is a plural noun only: `governments`, `talks` (also a
/// verb), not `sheep`, `news`, `series` (singular too) or `data` (mass).
pub(super) fn is_plural_only_noun(word: &str) -> bool {
    tags(word).is_some_and(|t| {
        t.is_plural_noun() && !t.is_singular_noun() && !t.is_mass_noun() && !t.is_proper_noun()
    }) && !word.ends_with("ics")
        && !PLURAL_FORM_SINGULAR.contains(&word)
}

/// Nouns plural in form that take a singular verb (or either).
const PLURAL_FORM_SINGULAR: &[&str] = &[
    "barracks",
    "crossroads",
    "diabetes",
    "headquarters",
    "means",
    "measles",
    "odds",
    "series",
    "species",
    "whereabouts",
];

/// Whether the word is a countable singular noun that takes a singular verb
/// only: `minister`, `report`; not a collective (`team`, `police`), a mass
/// noun (`data`), a word that is also an adjective or participle (`the rich`,
/// `the injured`), nor a quantity (`the rest`, `a dozen`).
pub(super) fn is_singular_only_noun(word: &str) -> bool {
    tags(word).is_some_and(|t| {
        t.is_singular_noun()
            && !t.is_plural_noun()
            && !t.is_collective_noun()
            && !t.is_proper_noun()
            && !t.is_participle()
            && !t.is_ing()
            && !t.is_determiner()
            && !t.is_pronoun()
            && !t.is_auxiliary()
    }) && !EITHER_NUMBER.contains(&word)
        && !TIME_NOUNS.contains(&word)
        && !NOMINAL_ADJECTIVES.contains(&word)
        && has_plural(word)
}

/// Whether the lexicon knows a plural of the noun (`country` -> `countries`):
/// a countable noun, not an adjective used as one (`the rich`, `the elderly`).
fn has_plural(word: &str) -> bool {
    let plural = |p: &str| tags(p).is_some_and(|t| t.is_plural_noun());
    plural(&format!("{word}s"))
        || plural(&format!("{word}es"))
        || word
            .strip_suffix('y')
            .is_some_and(|s| plural(&format!("{s}ies")))
}

/// Nouns of time, which end adverbial phrases (`once a month have`, `this
/// time were`) more often than they head a subject.
pub(super) const TIME_NOUNS: &[&str] = &[
    "century", "day", "decade", "evening", "hour", "minute", "month", "morning", "night", "season",
    "second", "time", "week", "weekend", "year",
];

/// Adjectives that stand for a plural group of people (`the rich are`, `the
/// elderly have`) or that refer back to nouns (`the former were`).
const NOMINAL_ADJECTIVES: &[&str] = &[
    "blind",
    "brave",
    "dead",
    "deaf",
    "elderly",
    "faithful",
    "few",
    "first",
    "former",
    "guilty",
    "homeless",
    "innocent",
    "last",
    "latter",
    "living",
    "many",
    "needy",
    "next",
    "old",
    "other",
    "poor",
    "powerful",
    "rich",
    "same",
    "sick",
    "strong",
    "vulnerable",
    "wealthy",
    "weak",
    "wounded",
    "young",
];

/// Singular nouns that may head a plural subject: quantities (`the rest are`,
/// `a third have`), numbers, and groups and institutions the lexicon does not
/// mark collective (British English: `the firm have`).
pub(super) const EITHER_NUMBER: &[&str] = &[
    "administration",
    "agency",
    "alliance",
    "army",
    "assembly",
    "association",
    "authority",
    "band",
    "bank",
    "billion",
    "brand",
    "bulk",
    "bunch",
    "cast",
    "cattle",
    "charity",
    "church",
    "class",
    "clergy",
    "club",
    "coalition",
    "college",
    "commission",
    "community",
    "congress",
    "couple",
    "court",
    "crew",
    "department",
    "dozen",
    "duo",
    "eight",
    "electorate",
    "elite",
    "enemy",
    "faculty",
    "federation",
    "firm",
    "five",
    "four",
    "fraction",
    "half",
    "handful",
    "hospital",
    "host",
    "hundred",
    "kind",
    "label",
    "league",
    "livestock",
    "lot",
    "management",
    "maximum",
    "military",
    "million",
    "minimum",
    "ministry",
    "minority",
    "navy",
    "network",
    "nine",
    "number",
    "one",
    "opposition",
    "orchestra",
    "organisation",
    "organization",
    "pair",
    "panel",
    "parliament",
    "party",
    "percent",
    "percentage",
    "personnel",
    "population",
    "poultry",
    "press",
    "proportion",
    "quarter",
    "range",
    "regime",
    "remainder",
    "rest",
    "school",
    "score",
    "senate",
    "set",
    "seven",
    "side",
    "six",
    "sort",
    "squad",
    "studio",
    "ten",
    "third",
    "thousand",
    "three",
    "total",
    "trio",
    "twelve",
    "twenty",
    "two",
    "type",
    "union",
    "university",
    "variety",
    "workforce",
    "youth",
];

/// The singular of a plural noun the lexicon knows (`incidents` ->
/// `incident`, `policies` -> `policy`, `boxes` -> `box`).
pub(super) fn singular_of(plural: &str) -> Option<String> {
    let candidates = [
        plural.strip_suffix("ies").map(|s| format!("{s}y")),
        plural.strip_suffix("es").map(str::to_string),
        plural.strip_suffix('s').map(str::to_string),
    ];
    candidates
        .into_iter()
        .flatten()
        .find(|c| tags(c).is_some_and(|t| t.is_singular_noun()))
}

/// The base form of a third-person verb (`attaches` -> `attach`).
pub(super) fn base_of_third(word: &str) -> Option<String> {
    let lex = lexicon();
    if let Some(b) = lex.base_ref(word).filter(|b| *b != word) {
        return Some(b.to_string());
    }
    let candidates = [
        word.strip_suffix("ies").map(|s| format!("{s}y")),
        word.strip_suffix("es").map(str::to_string),
        word.strip_suffix('s').map(str::to_string),
    ];
    candidates
        .into_iter()
        .flatten()
        .find(|c| tags(c).is_some_and(|t| t.is_verb_base()) && lex.third_person(c) == word)
}

/// The base form of a past tense (`wrote` -> `write`, `walked` -> `walk`).
pub(super) fn base_of_past(word: &str) -> Option<String> {
    let lex = lexicon();
    if let Some(b) = lex.irregular_base(word) {
        return Some(b.to_string());
    }
    let stem = word.strip_suffix("ed")?;
    let undoubled = stem
        .as_bytes()
        .windows(2)
        .last()
        .filter(|p| p[0] == p[1])
        .map(|_| &stem[..stem.len() - 1]);
    let candidates = [
        Some(stem.to_string()),
        Some(format!("{stem}e")),
        stem.strip_suffix('i').map(|s| format!("{s}y")),
        undoubled.map(str::to_string),
    ];
    candidates
        .into_iter()
        .flatten()
        .find(|c| tags(c).is_some_and(|t| t.is_verb_base()))
}

/// The third-person form of a base verb (`say` -> `says`).
pub(super) fn third_of(base: &str) -> String {
    lexicon().third_person(base)
}

/// Words before a subject pronoun that make the pronoun follow its verb (a
/// question, `does he know`) or share it (`he and she`), or make it an
/// object (`let it go`).
pub(super) fn pronoun_not_subject_after(prev: &str) -> bool {
    let lower = prev.to_ascii_lowercase();
    let lower = lower.as_str();
    matches!(
        lower,
        "and"
            | "or"
            | "nor"
            | "than"
            | "let"
            | "lets"
            | "make"
            | "makes"
            | "made"
            | "help"
            | "helps"
            | "helped"
            | "see"
            | "saw"
            | "watch"
            | "watched"
            | "hear"
            | "heard"
            | "how"
            | "dare"
    ) || lexicon().auxiliary(lower).is_some()
        || lower == "cannot"
}

/// Whether a word among the 8 before word `k` of its sentence asks for the
/// subjunctive (`demanded that he resign`, `if the minister were`,
/// `it is vital that she attend`).
pub(super) fn subjunctive_before(text: &str, words: &[(usize, usize)], k: usize) -> bool {
    let b = text.as_bytes();
    let mut j = k;
    while j > 0 && k - j < 8 {
        let gap = &b[words[j - 1].1..words[j].0];
        if gap.iter().any(|c| matches!(c, b'.' | b'!' | b'?' | b'\n')) {
            return false;
        }
        j -= 1;
        let w = text[words[j].0..words[j].1].to_ascii_lowercase();
        if SUBJUNCTIVE_WORDS.contains(&w.as_str())
            || SUBJUNCTIVE_STEMS.iter().any(|s| w.starts_with(s))
        {
            return true;
        }
    }
    false
}

/// Words that ask for a subjunctive after them (`if he were`, `as it were`).
pub(super) const SUBJUNCTIVE_WORDS: &[&str] = &["as", "if", "lest", "though", "unless"];

/// The start of the words that ask for a subjunctive after them.
pub(super) const SUBJUNCTIVE_STEMS: &[&str] = &[
    "ask",
    "crucial",
    "demand",
    "essential",
    "imperative",
    "important",
    "insist",
    "necessary",
    "propos",
    "recommend",
    "request",
    "requir",
    "suggest",
    "urg",
    "vital",
    "wish",
];
