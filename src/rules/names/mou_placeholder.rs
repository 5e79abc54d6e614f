//! The `names/mou-placeholder` rule: the anonymising `mou` (某, "a certain") of Chinese news
//! left untranslated after a surname (`Liu mou Qiang`, `Zhang mou`, `xinmou`).

use crate::analysis::document::Document;
use crate::analysis::wordlex::lookup;
use crate::finding::{Category, Finding, Severity};
use crate::rules::{Example, Rule, RuleMeta};
use crate::text::{char_at, char_before};

/// The untranslated `mou` of an anonymised Chinese name: `Liu mou Qiang`.
pub struct MouPlaceholder;

static MOU_PLACEHOLDER: RuleMeta = RuleMeta {
    id: "names/mou-placeholder",
    category: Category::Names,
    severity: Severity::Warning,
    triggers: crate::Triggers::Text,
    default_enabled: true,
    summary: "the anonymising `mou` (某) of Chinese news left untranslated (`Liu mou Qiang`, `Zhang mou`)",
    flags: &[
        Example {
            text: "A driver surnamed Gao, Gao mou Wei, was questioned.",
            fixed: "A driver surnamed Gao, Gao mou Wei, was questioned.",
        },
        Example {
            text: "Police said Tang mou had shared the clip.",
            fixed: "Police said Tang mou had shared the clip.",
        },
        Example {
            text: "The rumour started in a chat group of xiamou town.",
            fixed: "The rumour started in a chat group of xiamou town.",
        },
        Example {
            text: "Deng was warned. Deng Mou Lan later apologised.",
            fixed: "Deng was warned. Deng Mou Lan later apologised.",
        },
        Example {
            text: "Neighbours named Hu mou jun as the owner of the car.",
            fixed: "Neighbours named Hu mou jun as the owner of the car.",
        },
    ],
    passes: &[
        "Mou Zongsan taught philosophy in Hong Kong.",
        "The entrepreneur Mou Lin spoke at the forum.",
        "A woman surnamed Gao was questioned.",
        "The chef served a lemon mousse and some vermouth.",
        "Hikers crossed the Mou Pass at noon.",
        "The Wang Mou Foundation funds schools.",
    ],
};

impl Rule for MouPlaceholder {
    fn meta(&self) -> &'static RuleMeta {
        &MOU_PLACEHOLDER
    }

    fn check(&self, doc: &Document<'_>, out: &mut Vec<Finding>) {
        let text = doc.text();
        let words = doc.words();
        // the words ending in `mou` or `Mou`, found by searching the text for both
        let mut ends: Vec<usize> = memchr::memmem::find_iter(text.as_bytes(), "mou")
            .chain(memchr::memmem::find_iter(text.as_bytes(), "Mou"))
            .map(|i| i + 3)
            .collect();
        if ends.is_empty() {
            return;
        }
        ends.sort_unstable();
        for end in ends {
            let k = words.partition_point(|&(_, e)| e < end);
            let Some(&(s, e)) = words.get(k).filter(|&&(_, e)| e == end) else {
                continue;
            };
            let word = &text[s..e];
            let span = if word == "mou" || word == "Mou" {
                // after a surname: `Liu mou`, `Chen Mou Ling`
                let Some(surname) = k.checked_sub(1).filter(|&p| doc.joined(p)) else {
                    continue;
                };
                let (ps, pe) = words[surname];
                if !is_syllable(&text[ps..pe])
                    || (word == "Mou" && !surname_alone(doc, &text[ps..pe], k))
                {
                    continue;
                }
                let end = match words.get(k + 1) {
                    Some(&(ns, ne)) if doc.joined(k) && is_given_syllable(&text[ns..ne]) => ne,
                    _ => e,
                };
                ps..end
            } else if word.len() >= 5
                && word.ends_with("mou")
                && word.bytes().all(|b| b.is_ascii_lowercase())
                && lookup(word).is_none()
                && is_pinyin_syllable(&word[..word.len() - 3])
            {
                s..e // `xinmou`: a place name anonymised
            } else {
                continue;
            };
            if char_before(text, span.start).is_some_and(|c| c == '-')
                || char_at(text, span.end).is_some_and(|c| c == '-')
                || doc.is_protected(span.clone())
            {
                continue;
            }
            out.push(MOU_PLACEHOLDER.finding(
                span.clone(),
                format!(
                    "`{}`: `mou` (某, \"a certain\") of an anonymised name left untranslated",
                    &text[span]
                ),
            ));
        }
    }
}

/// A capitalised Chinese syllable of up to six letters (`Liu`, `Zhang`, `Qiang`).
fn is_syllable(word: &str) -> bool {
    let mut chars = word.chars();
    chars.next().is_some_and(|c| c.is_ascii_uppercase())
        && (2..=6).contains(&word.len())
        && chars.all(|c| c.is_ascii_lowercase())
        && is_pinyin_syllable(&word.to_ascii_lowercase())
}

/// A syllable of the given name after `mou`: capitalised (`Qiang`) or, when it is no English
/// word, in lower case (`fei`).
fn is_given_syllable(word: &str) -> bool {
    is_syllable(word)
        || (word.len() <= 6
            && word.bytes().all(|b| b.is_ascii_lowercase())
            && lookup(word).is_none()
            && is_pinyin_syllable(word))
}

/// Whether `surname` occurs in the text without a `Mou` after it (`Mou` is a surname too: a
/// capitalised `Mou` is a placeholder only when the text names the person without it).
fn surname_alone(doc: &Document<'_>, surname: &str, mou: usize) -> bool {
    let text = doc.text();
    let words = doc.words();
    (0..words.len()).any(|k| {
        k + 1 != mou
            && word_is(text, words[k], surname)
            && !words
                .get(k + 1)
                .is_some_and(|&w| doc.joined(k) && word_is(text, w, "Mou"))
            && !(k > 0 && doc.joined(k - 1) && word_is(text, words[k - 1], "Mou"))
    })
}

/// Whether the word at `(s, e)` is `w`.
fn word_is(text: &str, (s, e): (usize, usize), w: &str) -> bool {
    &text[s..e] == w
}

/// Whether `s` (lower case) is a Mandarin syllable in pinyin without tones: an initial
/// (possibly none) and a final.
fn is_pinyin_syllable(s: &str) -> bool {
    const INITIALS: &[&str] = &[
        "zh", "ch", "sh", "b", "p", "m", "f", "d", "t", "n", "l", "g", "k", "h", "j", "q", "x",
        "r", "z", "c", "s", "y", "w", "",
    ];
    const FINALS: &[&str] = &[
        "a", "ai", "an", "ang", "ao", "e", "ei", "en", "eng", "er", "i", "ia", "ian", "iang",
        "iao", "ie", "in", "ing", "iong", "iu", "o", "ong", "ou", "u", "ua", "uai", "uan",
        "uang", "ue", "ui", "un", "uo", "v",
    ];
    INITIALS.iter().any(|i| {
        s.strip_prefix(i)
            .is_some_and(|rest| FINALS.contains(&rest))
    })
}
