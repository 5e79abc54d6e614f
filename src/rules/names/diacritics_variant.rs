//! The `names/diacritics-variant` rule: one name written with and without its diacritics in a
//! text (`Dvořáček` and `Dvoracek`), as MT and copy-paste through ASCII leave it.

use crate::analysis::document::Document;
use crate::analysis::wordlex::lookup;
use crate::finding::{Category, Finding, Severity};
use crate::rules::{Example, Rule, RuleMeta};
use crate::text::hash::{FastMap, KeyFilter};

/// How far (in bytes) the other spelling may be: a page, not a file of many texts.
const REACH: usize = 10_000;

/// A name written with and without its diacritics in one text: `Dvořáček` and `Dvoracek`.
pub struct DiacriticsVariant;

static DIACRITICS_VARIANT: RuleMeta = RuleMeta {
    id: "names/diacritics-variant",
    category: Category::Names,
    severity: Severity::Info,
    triggers: crate::Triggers::Text,
    default_enabled: true,
    summary: "one name written with and without its diacritics in a text (`Dvořáček` and `Dvoracek`)",
    flags: &[
        Example {
            text: "The mayor, Radek Šimůnek, opened the bridge. Simunek cut the ribbon.",
            fixed: "The mayor, Radek Šimůnek, opened the bridge. Simunek cut the ribbon.",
        },
        Example {
            text: "Ana Ibáñez won the race. Ibanez thanked her coach, and Ibáñez left.",
            fixed: "Ana Ibáñez won the race. Ibanez thanked her coach, and Ibáñez left.",
        },
        Example {
            text: "Goalkeeper Çalışkan saved twice. Fans cheered Caliskan loudly.",
            fixed: "Goalkeeper Çalışkan saved twice. Fans cheered Caliskan loudly.",
        },
        Example {
            text: "The village of Łęczna voted. Leczna has 19,000 people.",
            fixed: "The village of Łęczna voted. Leczna has 19,000 people.",
        },
        Example {
            text: "Coach Søndergaard resigned. Sondergaard had led the club since 2019.",
            fixed: "Coach Søndergaard resigned. Sondergaard had led the club since 2019.",
        },
    ],
    passes: &[
        "The mayor, Radek Šimůnek, opened the bridge. Šimůnek cut the ribbon.",
        "Radio Warsaw and Rádio Lisboa shared the studio.",
        "Open the Resume tab, then download the Résumé template.",
        "The Café Central is next to the Cafe Sperl.",
        "Zoë and Zoe are cousins.",
        "The bistro serves crème brûlée and creme brulee, said Ana Ibáñez and Ana Ibarra.",
    ],
};

impl Rule for DiacriticsVariant {
    fn meta(&self) -> &'static RuleMeta {
        &DIACRITICS_VARIANT
    }

    fn check(&self, doc: &Document<'_>, out: &mut Vec<Finding>) {
        let text = doc.text();
        let b = text.as_bytes();
        // the capitalised words with a letter beyond ASCII, reached from their non-ASCII chars
        let mut runs: Vec<(usize, usize)> = Vec::new();
        let mut past = 0;
        for &i in doc.marks() {
            if i < past || b[i] < 0xC0 || !crate::text::char_at(text, i).is_some_and(crate::text::is_alphabetic) {
                continue;
            }
            let (s, e) = word_around(text, i);
            past = e.max(i + 1);
            if is_name(text, s, e) {
                runs.push((s, e));
            }
        }
        if runs.is_empty() {
            return;
        }
        // the same names in ASCII letters, among the ASCII words
        let mut accented: FastMap<&str, ()> = FastMap::default();
        for &(s, e) in &runs {
            accented.insert(&text[s..e], ());
        }
        let plains: FastMap<String, ()> = accented
            .keys()
            .map(|w| (plain(w), ()))
            .filter(|(p, _)| p.is_ascii())
            .collect();
        if plains.is_empty() {
            return; // no name with diacritics has an ASCII spelling
        }
        let mut initials = [false; 128];
        for p in plains.keys() {
            initials[usize::from(p.as_bytes()[0] & 0x7F)] = true;
        }
        // (the length and last letter tested before the word is hashed)
        let shapes: KeyFilter = plains.keys().map(String::as_str).collect();
        for &(s, e) in doc.words() {
            if b[s].is_ascii_uppercase()
                && initials[usize::from(b[s])]
                && shapes.may_contain_bytes(&b[s..e])
                && plains.contains_key(&text[s..e])
                && is_name(text, s, e)
            {
                runs.push((s, e));
            }
        }
        runs.sort_unstable();
        let mut counts: FastMap<&str, usize> = FastMap::default();
        for &(s, e) in &runs {
            *counts.entry(&text[s..e]).or_default() += 1;
        }
        // spellings grouped by their letters without marks
        let mut groups: FastMap<String, Vec<&str>> = FastMap::default();
        for &word in counts.keys() {
            groups.entry(plain(word)).or_default().push(word);
        }
        let mut flagged: FastMap<&str, &str> = FastMap::default();
        for (fold, forms) in &groups {
            if forms.len() < 2
                || fold.chars().count() < 4
                || forms.iter().all(|f| f.is_ascii())
                || is_common_word(fold)
            {
                continue;
            }
            // the spelling kept: the most frequent, the one with diacritics on a tie
            let keep = forms
                .iter()
                .copied()
                .max_by_key(|f| (counts[f], !f.is_ascii(), std::cmp::Reverse(*f)))
                .unwrap_or(forms[0]);
            for &f in forms {
                if f != keep {
                    flagged.insert(f, keep);
                }
            }
        }
        // where each kept spelling occurs, to compare only spellings near each other
        let mut kept_at: FastMap<&str, Vec<usize>> = FastMap::default();
        for &(s, e) in &runs {
            let word = &text[s..e];
            if flagged.values().any(|&k| k == word) {
                kept_at.entry(word).or_default().push(s);
            }
        }
        for &(s, e) in &runs {
            let word = &text[s..e];
            if let Some(keep) = flagged.get(word) {
                let at = kept_at.get(keep).map_or(&[][..], Vec::as_slice);
                let from = at.partition_point(|&k| k + REACH < s);
                let near = at.get(from).is_some_and(|&k| k <= s + REACH);
                if !near || doc.is_protected(s..e) {
                    continue;
                }
                out.push(DIACRITICS_VARIANT.finding(
                    s..e,
                    format!("`{word}` is written `{keep}` elsewhere in this text"),
                ));
            }
        }
    }
}

/// The word of letters (and combining marks) around offset `i`.
fn word_around(text: &str, i: usize) -> (usize, usize) {
    let part = |c: &char| c.is_alphabetic() || unicode_normalization::char::is_combining_mark(*c);
    let mut start = i;
    while let Some(c) = crate::text::char_before(text, start).filter(part) {
        start -= c.len_utf8();
    }
    let mut end = i;
    while let Some(c) = crate::text::char_at(text, end).filter(part) {
        end += c.len_utf8();
    }
    (start, end)
}

/// Whether the word at `s..e` may be a name: capitalised, four bytes or more, not the second
/// half of a compound (`Anglo-Saxon`).
fn is_name(text: &str, s: usize, e: usize) -> bool {
    let prev = crate::text::char_before(text, s);
    e - s >= 4
        && text[s..e].starts_with(char::is_uppercase)
        && !prev.is_some_and(|p| p.is_alphanumeric() || p == '-')
}

/// A word without its diacritics and with the letters that have no decomposition mapped
/// (`ł` to `l`, `ø` to `o`, `đ` to `d`, `ı` to `i`, `ß` to `ss`), case kept.
fn plain(word: &str) -> String {
    use unicode_normalization::UnicodeNormalization;
    word.nfd()
        .filter(|c| !unicode_normalization::char::is_combining_mark(*c))
        .flat_map(|c| {
            let mapped: &str = match c {
                'ł' => "l",
                'Ł' => "L",
                'ø' => "o",
                'Ø' => "O",
                'đ' => "d",
                'Đ' => "D",
                'ı' => "i",
                'ß' => "ss",
                _ => "",
            };
            let one = if mapped.is_empty() { Some(c) } else { None };
            mapped.chars().chain(one)
        })
        .collect()
}

/// Whether the plain spelling in lower case is an English word (`Radio`, `Resume`, `Cafe`): its
/// accented spelling is then a loan or a foreign word, not a name spelled two ways.
fn is_common_word(fold: &str) -> bool {
    lookup(&fold.to_lowercase()).is_some()
}
