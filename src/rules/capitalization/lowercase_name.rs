//! The `capitalization/lowercase-name` rule: a name the text writes with a
//! capital elsewhere, here in lower case: a word that is no dictionary word,
//! capitalised mid-sentence at least twice and in lower case once (`snapgram`
//! beside `Snapgram`), or a name of two to four words with some of them in lower
//! case (`the harbour Safety board` beside `the Harbour Safety Board`).
//!
//! The text is read in three linear passes: the capitalised words and runs are
//! counted, the lower-case words that may belong to them are found through a
//! [`KeyFilter`], and only those are looked up.

use super::capital_after_name::FUNCTION_WORDS;
use super::tokens::sentence_start;
use crate::analysis::document::Document;
use crate::analysis::wordlex;
use crate::finding::{Category, Edit, Finding, Fix, Severity};
use crate::rules::{Example, Rule, RuleMeta};
use crate::text::hash::{FastMap, FxHasher, KeyFilter};
use std::hash::Hasher;

/// The longest word keyed, in bytes.
const MAX_KEY: usize = 48;

/// The most words of a name.
const MAX_NAME: usize = 4;

/// A name written in lower case where the text capitalises it elsewhere.
pub struct LowercaseName;

static LOWERCASE_NAME: RuleMeta = RuleMeta {
    id: "capitalization/lowercase-name",
    category: Category::Capitalization,
    severity: Severity::Warning,
    triggers: crate::Triggers::Text,
    // off by default: its per-text tables cost about 40% (lowercase-name) and
    // 20% (mixed-case-phrase) of the CLI's time on news; turn on by id
    default_enabled: false,
    summary: "a name the text capitalises elsewhere written in lower case (`snapgram` beside `Snapgram`, `the harbour Safety board` beside `the Harbour Safety Board`)",
    flags: &[
        Example {
            text: "Pupils in Kelvory sang. Later Kelvory parents and the Kelvory school agreed, and kelvory buses ran late.",
            fixed: "Pupils in Kelvory sang. Later Kelvory parents and the Kelvory school agreed, and Kelvory buses ran late.",
        },
        Example {
            text: "Fans of Chatlio were angry. Then Chatlio said the fault was fixed, but chatlio groups stayed silent. Chatlio apologised.",
            fixed: "Fans of Chatlio were angry. Then Chatlio said the fault was fixed, but Chatlio groups stayed silent. Chatlio apologised.",
        },
        Example {
            text: "The River Transport Agency met. The River Transport Agency voted. Then the river Transport agency resigned.",
            fixed: "The River Transport Agency met. The River Transport Agency voted. Then the River Transport Agency resigned.",
        },
        Example {
            text: "In Morvala the Morvala fair opened; buyers from Morvala came, and morvala inns were full.",
            fixed: "In Morvala the Morvala fair opened; buyers from Morvala came, and Morvala inns were full.",
        },
        Example {
            text: "The Mountain Rescue Team found her. The Mountain Rescue Team said so. Then the Mountain rescue Team leader spoke.",
            fixed: "The Mountain Rescue Team found her. The Mountain Rescue Team said so. Then the Mountain Rescue Team leader spoke.",
        },
        Example {
            text: "Trains to Dravik ran late. Then Dravik said sorry, but dravik commuters were angry and dravik buses were full.",
            fixed: "Trains to Dravik ran late. Then Dravik said sorry, but Dravik commuters were angry and Dravik buses were full.",
        },
    ],
    passes: &[
        "Trains run to Dravik and from Dravik; the old spellings dravik, drawik and dravik survive in dravik songs.",
        "The Delta strain spread; delta cases rose; delta was everywhere.",
        "The Bank of Canada met. The bank cut rates.",
        "Autumn came late. In autumn the lanes flood.",
        "See www.kelvory.example for the Kelvory and Kelvory-North maps.",
        "The White House said the house was empty.",
        "He praised Chatlio and Chatlio again, then typed “chatlio rocks” as a joke.",
    ],
};

impl Rule for LowercaseName {
    fn meta(&self) -> &'static RuleMeta {
        &LOWERCASE_NAME
    }

    fn check(&self, doc: &Document<'_>, out: &mut Vec<Finding>) {
        lowercase_words(doc, out);
        lowercase_runs(doc, out);
    }
}

/// A capitalised word of the text, with what is known about its lower case.
struct Seen {
    /// Mid-sentence capitalised occurrences.
    capitalised: u32,
    /// The first of them.
    first: (usize, usize),
    /// Whether the capitalised occurrences differ (`WeChat`, `Wechat`).
    forms_differ: bool,
    /// Lower-case occurrences, and the first [`MAX_LOWER`] of them.
    lower: u32,
    lower_at: [(usize, usize); MAX_LOWER],
}

/// The most lower-case occurrences of a name flagged: more are a second spelling the
/// text keeps (`covid` beside `Covid`), not slips.
const MAX_LOWER: usize = 2;

/// The hash of a word's ASCII lower case; `None` for a word too long.
fn word_key(word: &[u8]) -> Option<u64> {
    if word.len() > MAX_KEY {
        return None;
    }
    let mut buf = [0u8; MAX_KEY];
    let buf = &mut buf[..word.len()];
    buf.copy_from_slice(word);
    buf.make_ascii_lowercase();
    let mut h = FxHasher::default();
    h.write(buf);
    Some(h.finish())
}

/// Whether the word at `s..e` stands alone: not part of a compound, an address,
/// a number, a hashtag or a possessive.
pub(super) fn stands_alone(b: &[u8], s: usize, e: usize) -> bool {
    let before = if s > 0 { b[s - 1] } else { b' ' };
    let after = b.get(e).copied().unwrap_or(b' ');
    let after2 = b.get(e + 1).copied().unwrap_or(b' ');
    let glued_before = matches!(before, b'-' | b'.' | b'/' | b'@' | b'\'' | b'#' | b'_')
        || before.is_ascii_digit()
        || before >= 0x80;
    let glued_after = matches!(after, b'-' | b'/' | b'@' | b'\'' | b'_')
        || after.is_ascii_digit()
        || after >= 0x80
        || (after == b'.' && after2.is_ascii_alphanumeric());
    !glued_before && !glued_after
}

/// Whether byte `i` lies inside a quotation that opens on its line.
fn in_quotes(doc: &Document<'_>, i: usize) -> bool {
    let line = doc.line_at(i);
    let before = &doc.text()[line.start..i];
    before.matches('“').count() > before.matches('”').count() || before.matches('"').count() % 2 == 1
}

/// Single words: capitalised mid-sentence twice or more, in lower case once or twice.
fn lowercase_words(doc: &Document<'_>, out: &mut Vec<Finding>) {
    let text = doc.text();
    let b = text.as_bytes();
    let mut seen: FastMap<u64, Seen> = FastMap::default();
    for &s in doc.word_capitals() {
        let e = s + b[s..].iter().take_while(|c| c.is_ascii_alphabetic()).count();
        // a name of three letters or more, not all capitals
        if e - s < 3 || !b[s + 1..e].iter().any(u8::is_ascii_lowercase) {
            continue;
        }
        if !stands_alone(b, s, e) || sentence_start(text, s) {
            continue;
        }
        let Some(key) = word_key(&b[s..e]) else {
            continue;
        };
        let entry = seen.entry(key).or_insert(Seen {
            capitalised: 0,
            first: (s, e),
            forms_differ: false,
            lower: 0,
            lower_at: [(0, 0); MAX_LOWER],
        });
        entry.capitalised += 1;
        if b[entry.first.0..entry.first.1] != b[s..e] {
            entry.forms_differ = true;
        }
    }
    seen.retain(|_, seen| {
        seen.capitalised >= 2 && {
            let lower = text[seen.first.0..seen.first.1].to_ascii_lowercase();
            wordlex::lookup(&lower).is_none()
        }
    });
    if seen.is_empty() {
        return;
    }
    let filter: KeyFilter = seen
        .values()
        .map(|seen| &text[seen.first.0..seen.first.1])
        .collect();
    for &(s, e) in doc.words() {
        if !b[s].is_ascii_lowercase() || !filter.may_contain_bytes(&b[s..e]) {
            continue;
        }
        let Some(entry) = word_key(&b[s..e]).and_then(|key| seen.get_mut(&key)) else {
            continue;
        };
        if b[s..e].iter().all(u8::is_ascii_lowercase) {
            if let Some(at) = entry.lower_at.get_mut(entry.lower as usize) {
                *at = (s, e);
            }
            entry.lower += 1;
        }
    }
    for seen in seen.values() {
        // a slip: fewer lower-case occurrences than capitalised ones, and at most two
        if seen.lower == 0 || seen.lower as usize > MAX_LOWER || seen.lower > seen.capitalised / 2 + 1 {
            continue;
        }
        let name = &text[seen.first.0..seen.first.1];
        for &(s, e) in &seen.lower_at[..seen.lower as usize] {
            if !b[s..e].eq_ignore_ascii_case(name.as_bytes())
                || !stands_alone(b, s, e)
                || in_quotes(doc, s)
                || doc.is_protected(s..e)
            {
                continue;
            }
            let edit = Edit::new(s..e, name.to_string());
            // a name with capitals past its first letter (`AuF`, `McKay`) may be
            // another word in lower case, or its capitals may be spelled two ways
            let fix = if seen.forms_differ || has_inner_capital(name) {
                Fix::unsafe_fix(edit)
            } else {
                Fix::safe(edit)
            };
            out.push(
                LOWERCASE_NAME
                    .finding(
                        s..e,
                        format!("`{}` is written `{name}` elsewhere in this text", &text[s..e]),
                    )
                    .with_fix(fix),
            );
        }
    }
}

/// Whether a word is capitalised: a capital, then lower-case letters.
fn is_capitalised(w: &[u8]) -> bool {
    w.len() >= 2 && w[0].is_ascii_uppercase() && w[1..].iter().all(u8::is_ascii_lowercase)
}

/// Whether a word is written in lower-case letters.
fn is_lower(w: &[u8]) -> bool {
    !w.is_empty() && w.iter().all(u8::is_ascii_lowercase)
}

/// The key of a run of words: their lower-case keys, in order.
fn run_key(b: &[u8], run: &[(usize, usize)]) -> Option<u64> {
    let mut h = FxHasher::default();
    for &(s, e) in run {
        h.write_u64(word_key(&b[s..e])?);
    }
    Some(h.finish())
}

/// Names of two to four capitalised words, written elsewhere with some words
/// in lower case.
fn lowercase_runs(doc: &Document<'_>, out: &mut Vec<Finding>) {
    let text = doc.text();
    let b = text.as_bytes();
    let words = doc.words();
    let spaced = |k: usize| &b[words[k].1..words[k + 1].0] == b" ";
    let capital = |k: usize| b[words[k].0].is_ascii_uppercase();
    let function = |k: usize| {
        let w = text[words[k].0..words[k].1].to_ascii_lowercase();
        FUNCTION_WORDS.binary_search(&w.as_str()).is_ok() || w == "later"
    };
    // the runs of capitalised words, after any leading function words
    let mut names: FastMap<u64, (u32, usize)> = FastMap::default();
    let mut k = 0;
    while k < words.len() {
        let start = k;
        while k < words.len()
            && is_capitalised(&b[words[k].0..words[k].1])
            && (k == start || spaced(k - 1))
        {
            k += 1;
        }
        if k == start {
            k += 1;
            continue;
        }
        let mut first = start;
        while first < k && function(first) {
            first += 1;
        }
        if (2..=MAX_NAME).contains(&(k - first)) {
            if let Some(key) = run_key(b, &words[first..k]) {
                names.entry(key).or_insert((0, first)).0 += 1;
            }
        }
    }
    names.retain(|_, (count, _)| *count >= 2);
    if names.is_empty() {
        return;
    }
    let mut filter = KeyFilter::default();
    for &(_, first) in names.values() {
        for &(s, e) in &words[first..] {
            if !is_capitalised(&b[s..e]) {
                break;
            }
            filter.add(&text[s..e].to_ascii_lowercase());
        }
    }
    // the runs holding a lower-case word that may belong to a name
    let mut done = 0; // the end of the last finding
    for (k, &(s, e)) in words.iter().enumerate() {
        if s < done || !is_lower(&b[s..e]) || !filter.may_contain_bytes(&b[s..e]) {
            continue;
        }
        // a variant mixes the cases of a name's words: some lower-case word of
        // it, this one, has a capitalised neighbour of the name
        let named = |j: usize| capital(j) && filter.may_contain_bytes(&b[words[j].0..words[j].1]);
        if !((k > 0 && spaced(k - 1) && named(k - 1))
            || (k + 1 < words.len() && spaced(k) && named(k + 1)))
        {
            continue;
        }
        for len in (2..=MAX_NAME).rev() {
            let Some(found) = (k.saturating_sub(len - 1)..=k).find_map(|from| {
                let to = from + len;
                if to > words.len() || words[from].0 < done || !(from..to - 1).all(spaced) {
                    return None;
                }
                // capitalised or lower-case words, two capitals when the first has one
                let capitals = (from..to).filter(|&j| capital(j)).count();
                let plain = (from..to).all(|j| {
                    let w = &b[words[j].0..words[j].1];
                    is_capitalised(w) || is_lower(w)
                });
                if !plain || capitals == 0 || (capital(from) && capitals < 2) {
                    return None;
                }
                let key = run_key(b, &words[from..to])?;
                let &(_, name) = names.get(&key)?;
                Some((from, to, name))
            }) else {
                continue;
            };
            if let Some(finding) = variant(doc, found) {
                done = finding.span.end;
                out.push(finding);
            }
            break;
        }
    }
}

/// Whether `name` has a capital letter after its first character.
fn has_inner_capital(name: &str) -> bool {
    name.chars().skip(1).any(char::is_uppercase)
}

/// The finding for the run `from..to` that has the words of the name at word
/// `name`, if its capitals differ as a slip's do.
fn variant(doc: &Document<'_>, (from, to, name): (usize, usize, usize)) -> Option<Finding> {
    let text = doc.text();
    let b = text.as_bytes();
    let words = doc.words();
    let len = to - from;
    let got = |j: usize| &b[words[from + j].0..words[from + j].1];
    let want = |j: usize| &b[words[name + j].0..words[name + j].1];
    if (0..len).any(|j| !is_capitalised(want(j)) || !(is_capitalised(got(j)) || is_lower(got(j)))) {
        return None; // a collision of keys, or another spelling
    }
    let differ: Vec<usize> = (0..len).filter(|&j| got(j) != want(j)).collect();
    let capitals = (0..len).filter(|&j| is_capitalised(got(j))).count();
    // all in lower case is another word (`white house`); one generic word at an
    // end (`Kelvory council`) a description; the first alone a sentence start
    if capitals == 0
        || (is_capitalised(got(0)) && capitals < 2)
        || differ.is_empty() || (differ.len() == 1 && (differ[0] == 0 || differ[0] == len - 1)) {
        return None;
    }
    let (s, e) = (words[from].0, words[to - 1].1);
    if in_quotes(doc, s) || doc.is_protected(s..e) {
        return None;
    }
    let name_text = &text[words[name].0..words[name + len - 1].1];
    Some(
        LOWERCASE_NAME
            .finding(
                s..e,
                format!("`{}` is written `{name_text}` elsewhere in this text", &text[s..e]),
            )
            .with_fix(Fix::unsafe_fix(Edit::new(s..e, name_text.to_string()))),
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::finding::Applicability;

    fn fixes_of(text: &str) -> Vec<(String, Applicability)> {
        let doc = Document::new(text);
        let mut out = Vec::new();
        LowercaseName.check(&doc, &mut out);
        out.iter()
            .filter_map(|f| f.fixes().first())
            .map(|fix| (fix.apply(text).unwrap_or_default(), fix.applicability))
            .collect()
    }

    /// A plain capitalised name gets a safe fix; one with capitals past its first
    /// letter (an acronym in mixed case) an unsafe one.
    #[test]
    fn mixed_case_names_get_an_unsafe_fix() {
        let plain = "Trains to Dravik ran late. Then Dravik said sorry, but dravik commuters were angry.";
        assert_eq!(fixes_of(plain).iter().map(|f| f.1).collect::<Vec<_>>(), [Applicability::Safe]);
        let mixed = "The VoK union met. The VoK union voted. Later VoK members and vok members left.";
        let got = fixes_of(mixed);
        assert_eq!(got.len(), 1, "{got:?}");
        assert_eq!(got[0].1, Applicability::Unsafe);
        assert!(got[0].0.contains("VoK members and VoK members"), "{got:?}");
    }
}
