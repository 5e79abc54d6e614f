//! The `untranslated/transliterated-word` rule: a word of a Slavic source language left
//! untranslated and only romanised (`the plan of vykonannya was late`): letter groups English
//! words never have (`nny` before a vowel, `yy`, `shch`, `stv`, `ts` before `i`/`y` and a
//! vowel), in a word the lexicon does not know.

use crate::analysis::document::Document;
use crate::analysis::wordlex::lookup;
use crate::finding::{Category, Finding, Severity};
use crate::rules::{Example, Rule, RuleMeta};
use crate::text::{char_at, char_before};

/// A romanised Ukrainian, Russian, Bulgarian or Serbian word in an English sentence:
/// `the report on vykonannya of the plan`.
pub struct TransliteratedWord;

static TRANSLITERATED_WORD: RuleMeta = RuleMeta {
    id: "untranslated/transliterated-word",
    category: Category::Untranslated,
    severity: Severity::Warning,
    triggers: crate::Triggers::Text,
    default_enabled: true,
    summary: "a romanised Slavic word left untranslated (`the report on vykonannya of the plan`)",
    flags: &[
        Example {
            text: "The council discussed the report on vykonannya of the budget.",
            fixed: "The council discussed the report on vykonannya of the budget.",
        },
        Example {
            text: "Officials praised the zakonodavchyy framework of the region.",
            fixed: "Officials praised the zakonodavchyy framework of the region.",
        },
        Example {
            text: "Rozporyadzhennyam of the governor, the roads were closed.",
            fixed: "Rozporyadzhennyam of the governor, the roads were closed.",
        },
        Example {
            text: "The committee approved the plan of derzhavnoyi support for farmers.",
            fixed: "The committee approved the plan of derzhavnoyi support for farmers.",
        },
        Example {
            text: "They reviewed the progress of ministerstvo programmes in the east.",
            fixed: "They reviewed the progress of ministerstvo programmes in the east.",
        },
        Example {
            text: "The mayor spoke about the organizatsiya of the local elections.",
            fixed: "The mayor spoke about the organizatsiya of the local elections.",
        },
    ],
    passes: &[
        "President Volodymyr Zelenskyy met Prime Minister Denys Shmyhal in Kyiv.",
        "Zelenskyy said the talks with Yermak and Khrushchev's heirs went well.",
        "The shop sold matryoshka dolls, borshch and a few superyachts models.",
        "Her novel “Shopot nochnogo dozhdya” won a prize last year.",
        "Stocks of gymnocypris przewalskii recovered in the lake.",
        "The word militsiya (police) is still heard in the east.",
        "The intelligentsia and the lawyers gathered in the switchyard.",
        "See https://example.org/vykonannya for the text.",
        "Tsuchiya said she painted the mural with her students.",
        "in the lowercased archive, president recep tayyip spoke twice.",
    ],
};

/// Loanwords English writes in these letters that the lexicon may not list.
const LOANWORDS: &[&str] = &["borshch", "zhuzh"];

impl Rule for TransliteratedWord {
    fn meta(&self) -> &'static RuleMeta {
        &TRANSLITERATED_WORD
    }

    fn check(&self, doc: &Document<'_>, out: &mut Vec<Finding>) {
        let text = doc.text();
        let b = text.as_bytes();
        let mut lines = super::EnglishLines::default();
        let mut past = 0; // the end of the last word looked at
        for cue in CUES.find_iter(text) {
            if cue.start() < past {
                continue;
            }
            // the word of ASCII letters around the cue
            let mut s = cue.start();
            while s > 0 && b[s - 1].is_ascii_alphabetic() {
                s -= 1;
            }
            let mut e = cue.end();
            while e < b.len() && b[e].is_ascii_alphabetic() {
                e += 1;
            }
            past = e;
            let glued = |c: Option<char>| c.is_some_and(|c| c.is_alphanumeric() || c == '_');
            if e - s < 5 || glued(char_before(text, s)) || glued(char_at(text, e)) {
                continue; // short, or glued to digits or letters of another script
            }
            let word = &text[s..e];
            let Some(kind) = transliteration(word) else {
                continue;
            };
            if kind == Shape::Capitalised && !(has_common_noun_ending(word) && starts_sentence(text, s)) {
                continue; // a capitalised word is a name unless it opens a sentence with a noun's ending
            }
            if (kind == Shape::Lower && lowercased_line(doc, s))
                || joined(text, s, e)
                || lookup(word).is_some()
                || LOANWORDS.contains(&word.to_ascii_lowercase().as_str())
                || !lines.at(doc, s)
                || is_mentioned(doc, s, e)
                || doc.is_protected(s..e)
            {
                continue;
            }
            out.push(TRANSLITERATED_WORD.finding(
                s..e,
                format!("`{word}` looks like a romanised word of another language: left untranslated?"),
            ));
        }
    }
}

/// The letter groups one of which every candidate holds (in lower case: a capitalised
/// candidate must end as a common noun does, in lower case): a strong group, or one of the
/// loan-only groups of which a candidate needs two (the `y` before a vowel and the ending
/// `ii`/`iy`/`yi`, the commonest, are not looked for: a word of those two alone is passed
/// over). One pass of the regex engine's literal search over the text.
static CUES: once_cell::sync::Lazy<regex::Regex> = once_cell::sync::Lazy::new(|| {
    regex::Regex::new("yy|zh|kh|vch|shch|stv|nny|ts[iy]").expect("a valid pattern")
});

/// How a candidate word is written.
#[derive(PartialEq, Eq)]
enum Shape {
    /// All in lower case.
    Lower,
    /// A capital, then lower case.
    Capitalised,
}

/// The word's shape if it reads as a romanised Slavic word: one letter group English never
/// writes (`nny` before a vowel, `yy`, `shch`, `stv`, `tsi`/`tsy` before a vowel), or two of the
/// groups English writes only in loanwords (`zh`, `kh`, `vch`, `y` before a vowel after a
/// consonant, an ending `ii`/`iy`/`yi`).
fn transliteration(word: &str) -> Option<Shape> {
    let b = word.as_bytes();
    if b[1..].iter().any(u8::is_ascii_uppercase) {
        return None; // all capitals or a brand's inner capital
    }
    let shape = if b[0].is_ascii_uppercase() {
        Shape::Capitalised
    } else {
        Shape::Lower
    };
    let lower = word.to_ascii_lowercase();
    let l = lower.as_bytes();
    let vowel = |c: u8| matches!(c, b'a' | b'e' | b'i' | b'o' | b'u' | b'y');
    let at = |i: usize| l.get(i).copied().unwrap_or(0);
    let mut strong = false;
    let (mut zh, mut kh, mut vch, mut y_vowel) = (false, false, false, false);
    for i in 0..l.len() {
        match (at(i), at(i + 1), at(i + 2), at(i + 3)) {
            (b's', b'h', b'c', b'h') => strong = true,
            (b'n', b'n', b'y', c) if vowel(c) => strong = true,
            (b'y', b'y', _, _) => strong = true,
            (b's', b't', b'v', _) => strong = true,
            (b't', b's', b'i' | b'y', c) if vowel(c) => strong = true,
            (b'z', b'h', _, _) => zh = true,
            (b'k', b'h', _, _) => kh = true,
            (b'v', b'c', b'h', _) => vch = true,
            (c, b'y', d, _) if i > 0 && !vowel(c) && matches!(d, b'a' | b'e' | b'i' | b'u') => {
                y_vowel = true
            }
            _ => {}
        }
    }
    let ending = lower.ends_with("ii") || lower.ends_with("iy") || lower.ends_with("yi");
    let weak = [zh, kh, vch, y_vowel, ending].iter().filter(|&&w| w).count();
    (strong || weak >= 2).then_some(shape)
}

/// Whether a capitalised word ends as Slavic common nouns and adjectives do and names do not:
/// the verbal nouns in `-nnya`, the abstract nouns in `-stvo` and `-tsiya`, the adjectives in
/// `-chyy` and `-ovyy` (`Rishennya`, `Ministerstvo`, `Derzhavnyy` at a sentence start).
fn has_common_noun_ending(word: &str) -> bool {
    const ENDINGS: &[&str] = &[
        "nnya", "nnyam", "nnyu", "nnyi", "nnia", "nniam", "nnie", "stvo", "stva",
        "stvom", "stvi", "tsiya", "tsii", "tsiyi", "tsiyu", "tsiia", "chyy", "ovyy",
    ];
    let lower = word.to_ascii_lowercase();
    ENDINGS.iter().any(|ending| lower.ends_with(ending))
}

/// Whether the word at `s` opens a sentence or a line.
fn starts_sentence(text: &str, s: usize) -> bool {
    let before = text[..s].trim_end_matches([' ', '\t', '"', '“', '‘', '(']);
    before.is_empty() || before.ends_with(['.', '!', '?', '\n', ':'])
}

/// Whether the line around `s` has no capital letter at all: a text lowercased whole, where a
/// name lost its capital too.
fn lowercased_line(doc: &Document<'_>, s: usize) -> bool {
    !doc.text()[doc.line_at(s)].contains(|c: char| c.is_uppercase())
}

/// Whether the word is joined to another by a hyphen, an apostrophe or a dot (`Ivano-Frankivsk`,
/// a file name): part of a compound or a name.
fn joined(text: &str, s: usize, e: usize) -> bool {
    let joins = |c: Option<char>| c.is_some_and(|c| matches!(c, '-' | '\'' | '’' | '.' | '_' | '/' | '@'));
    joins(char_before(text, s))
        || (joins(char_at(text, e)) && char_at(text, e + 1).is_some_and(char::is_alphanumeric))
}

/// Whether the word is mentioned on purpose: inside a quotation on its line (a title, a name) or
/// glossed in brackets right after it (`militsiya (police)`).
fn is_mentioned(doc: &Document<'_>, s: usize, e: usize) -> bool {
    let text = doc.text();
    let line = doc.line_at(s);
    let before = &text[line.start..s];
    let after = &text[e..line.end];
    if after.trim_start().starts_with('(') {
        return true;
    }
    let straight = before.matches('"').count() % 2 == 1 && after.contains('"');
    let curly = match before.rfind(['“', '«']) {
        Some(o) => !before[o..].contains(['”', '»']) && after.contains(['”', '»']),
        None => false,
    };
    straight || curly
}
