//! The `names/name-consistency` rule: one name spelled two ways in a text (`Zelensky` and
//! `Zelenskyy`); use the more frequent spelling.

use crate::analysis::document::Document;
use crate::finding::{Category, Edit, Finding, Fix, Severity};
use crate::rules::{Example, Rule, RuleMeta};
use crate::text::hash::FastMap;

/// The comparison key of a name: lower case, no diacritics, doubled letters and
/// common transliteration variants folded (`Zelenskyy`, `Zelenskiy` -> `zelensky`).
pub(super) fn fold_name(word: &str) -> String {
    if word.is_ascii() {
        fold_ascii_name(word.as_bytes())
    } else {
        fold_any_name(word)
    }
}

/// A word without its accents, in lower case: decomposed (NFD), without the
/// combining marks.
pub(super) fn unaccented_lower(word: &str) -> String {
    use unicode_normalization::UnicodeNormalization;
    word.nfd()
        .filter(|c| !unicode_normalization::char::is_combining_mark(*c))
        .flat_map(char::to_lowercase)
        .collect()
}

/// The Latin letters U+00C0 to U+017F, each as [`unaccented_lower`] makes it
/// when that is one character (`\0` otherwise): the accented letters of most
/// names, looked up instead of decomposed one by one.
static LATIN_UNACCENTED: once_cell::sync::Lazy<Vec<char>> = once_cell::sync::Lazy::new(|| {
    (0xC0u32..0x180)
        .map(|u| {
            let one = char::from_u32(u).map(|c| unaccented_lower(c.encode_utf8(&mut [0; 4])));
            let mut chars = one.as_deref().unwrap_or("").chars();
            match (chars.next(), chars.next()) {
                (Some(c), None) => c,
                _ => '\0',
            }
        })
        .collect()
});

/// [`unaccented_lower`], from the table where every letter is ASCII or in it
/// (the same result: decomposing and lower-casing go letter by letter, and the
/// marks are dropped whatever their order).
pub(super) fn unaccented_lower_fast(word: &str) -> String {
    let mut out = String::with_capacity(word.len());
    for c in word.chars() {
        let mapped = if c.is_ascii() {
            c.to_ascii_lowercase()
        } else {
            match LATIN_UNACCENTED.get((c as usize).wrapping_sub(0xC0)) {
                Some(&m) if m != '\0' => m,
                _ => return unaccented_lower(word),
            }
        };
        out.push(mapped);
    }
    out
}

/// [`fold_name`] of any word.
pub(super) fn fold_any_name(word: &str) -> String {
    let base = unaccented_lower_fast(word);
    let base = base.replace("sch", "sh").replace('w', "v");
    let mut out = String::with_capacity(base.len());
    for c in base.chars() {
        if !out.ends_with(c) {
            out.push(c);
        }
    }
    if let Some(stem) = out.strip_suffix("iy").or_else(|| out.strip_suffix("ij")) {
        out = format!("{stem}y");
    }
    out
}

/// [`fold_name`] of an ASCII word, with one allocation.
fn fold_ascii_name(word: &[u8]) -> String {
    let mut out: Vec<u8> = Vec::with_capacity(word.len());
    fold_ascii_name_into(word, &mut out);
    String::from_utf8(out).unwrap_or_default()
}

/// [`fold_name`] of an ASCII word, into `out` (cleared first).
fn fold_ascii_name_into(word: &[u8], out: &mut Vec<u8>) {
    // lower case, `sch` -> `sh`, `w` -> `v`, then each run of one letter kept once
    out.clear();
    let mut i = 0;
    while i < word.len() {
        let c = word[i].to_ascii_lowercase();
        let sch = c == b's'
            && word.get(i + 1).map(u8::to_ascii_lowercase) == Some(b'c')
            && word.get(i + 2).map(u8::to_ascii_lowercase) == Some(b'h');
        let (pieces, step): (&[u8], usize) = if sch {
            (b"sh", 3)
        } else if c == b'w' {
            (b"v", 1)
        } else {
            (std::slice::from_ref(&word[i]), 1)
        };
        for &p in pieces {
            let p = p.to_ascii_lowercase();
            if out.last() != Some(&p) {
                out.push(p);
            }
        }
        i += step;
    }
    if out.ends_with(b"iy") || out.ends_with(b"ij") {
        out.pop();
        out.pop();
        out.push(b'y');
    }
}

/// A hash of [`fold_name`] of `word`: equal for spellings that fold alike
/// (and, rarely, for others too). An ASCII word is folded into `buf`, without
/// allocating.
fn folded_hash(word: &str, buf: &mut Vec<u8>) -> u64 {
    use std::hash::Hasher;
    let mut h = crate::text::hash::FxHasher::default();
    if word.is_ascii() {
        fold_ascii_name_into(word.as_bytes(), buf);
        h.write(buf);
    } else {
        h.write(fold_any_name(word).as_bytes());
    }
    h.finish()
}

fn strip_marks(word: &str) -> String {
    use unicode_normalization::UnicodeNormalization;
    word.nfd()
        .filter(|c| !unicode_normalization::char::is_combining_mark(*c))
        .collect()
}

/// How far apart (in bytes) two spellings may be and still belong to one text.
const CONSISTENCY_REACH: usize = 10_000;

/// One name spelled two ways in a text: `Zelensky` and `Zelenskyy`.
pub struct NameConsistency;

static CONSISTENCY: RuleMeta = RuleMeta {
    id: "names/name-consistency",
    category: Category::Names,
    severity: Severity::Info,
    triggers: crate::Triggers::Text,
    default_enabled: true,
    summary: "one name spelled two ways in a text (`Zelensky` and `Zelenskyy`); use the more frequent spelling",
    flags: &[
        Example {
            text: "Zelensky spoke. Zelensky left. Later Zelenskyy returned.",
            fixed: "Zelensky spoke. Zelensky left. Later Zelensky returned.",
        },
        Example {
            text: "Peskov said no. Peskov repeated it, and Peskow added more.",
            fixed: "Peskov said no. Peskov repeated it, and Peskov added more.",
        },
        Example {
            text: "Shoigu came. Shoigu left. Schoigu wrote.",
            fixed: "Shoigu came. Shoigu left. Shoigu wrote.",
        },
        Example {
            text: "Kyrylo Budanov won. Budanov lost. Budanow drew.",
            fixed: "Kyrylo Budanov won. Budanov lost. Budanov drew.",
        },
        Example {
            text: "Zelenskiy met Zelenskyy and Zelenskyy.",
            fixed: "Zelenskyy met Zelenskyy and Zelenskyy.",
        },
    ],
    passes: &[
        "Zelensky spoke. Zelensky left.",
        "Zelensky spoke once and Zelenskyy once.",
        "Americans and American voters; Russia and Russian.",
        "Phillips and Phillips met Phillip.",
        "NATO and Nato; the BBC said; Müller, Müller and Muller.",
    ],
};

impl Rule for NameConsistency {
    fn meta(&self) -> &'static RuleMeta {
        &CONSISTENCY
    }

    fn check(&self, doc: &Document<'_>, out: &mut Vec<Finding>) {
        let text = doc.text();
        // capitalised words of 5+ letters: an id per spelling, and every
        // occurrence in one list (no list per spelling)
        let mut ids: FastMap<&str, u32> = FastMap::default();
        // (a word of up to 8 bytes is its own key, packed into an integer)
        let mut short_ids: FastMap<u64, u32> = FastMap::default();
        let mut spellings: Vec<&str> = Vec::new();
        let mut all: Vec<(u32, usize, usize)> = Vec::new();
        crate::text::capitalised_runs_at(text, doc.capitals_and_leads(), true, |s, e| {
            let word = &text[s..e];
            let b = word.as_bytes();
            if e - s < 5 {
                return;
            }
            let rest_lower = if word.is_ascii() {
                !b[1..].iter().any(u8::is_ascii_uppercase)
            } else {
                word.chars().skip(1).all(|c| !crate::text::is_uppercase(c))
            };
            let prev = crate::text::char_before(text, s);
            if rest_lower
                && word.chars().count() >= 5
                && !prev.is_some_and(|p| crate::text::is_alphanumeric(p) || p == '-')
            {
                let fresh = spellings.len() as u32;
                let id = match crate::text::pack_word(b) {
                    Some(key) => *short_ids.entry(key).or_insert(fresh),
                    None => *ids.entry(word).or_insert(fresh),
                };
                if id == fresh {
                    spellings.push(word);
                }
                all.push((id, s, e));
            }
        });
        // the spellings of each key; only keys spelled two ways are looked at further.
        // The keys are hashed first, without building them: only the spellings
        // whose hash another spelling shares are folded and grouped.
        let mut first_with: FastMap<u64, u32> = FastMap::default();
        let mut shared = vec![false; spellings.len()];
        let mut buf = Vec::with_capacity(32);
        for (id, &word) in spellings.iter().enumerate() {
            let first = *first_with
                .entry(folded_hash(word, &mut buf))
                .or_insert(id as u32);
            if first != id as u32 {
                shared[first as usize] = true;
                shared[id] = true;
            }
        }
        let mut groups: FastMap<String, Vec<u32>> = FastMap::default();
        for (id, &word) in spellings.iter().enumerate().filter(|&(id, _)| shared[id]) {
            groups.entry(fold_name(word)).or_default().push(id as u32);
        }
        let mut keys: Vec<(&String, &Vec<u32>)> =
            groups.iter().filter(|(_, ids)| ids.len() >= 2).collect();
        keys.sort();
        // the occurrences of each such key, gathered in one pass
        let mut group_of = vec![u32::MAX; spellings.len()];
        for (g, (_, ids)) in keys.iter().enumerate() {
            for &id in ids.iter() {
                group_of[id as usize] = g as u32;
            }
        }
        let mut occurrences: Vec<Vec<(usize, usize)>> = vec![Vec::new(); keys.len()];
        for &(id, s, e) in &all {
            if let Some(list) = occurrences.get_mut(group_of[id as usize] as usize) {
                list.push((s, e));
            }
        }
        for mut occ in occurrences {
            occ.sort_unstable();
            let occ = &occ;
            let mut spellings: Vec<(&str, usize, usize)> = Vec::new(); // (spelling, count, first)
            for &(s, e) in occ {
                let w = &text[s..e];
                match spellings.iter_mut().find(|x| x.0 == w) {
                    Some(x) => x.1 += 1,
                    None => spellings.push((w, 1, s)),
                }
            }
            if spellings.len() < 2 {
                continue;
            }
            spellings.sort_by(|a, b| b.1.cmp(&a.1).then(a.2.cmp(&b.2)));
            let (canon, count, _) = spellings[0];
            if count < 2 || spellings[1].1 == count {
                continue; // no clear majority
            }
            for &(s, e) in occ {
                let w = &text[s..e];
                // a spelling that differs only in diacritics (`Srncova`) is a house-style
                // choice human editors make too; transliteration variants are the MT mark
                if w == canon || strip_marks(w) == strip_marks(canon) {
                    continue;
                }
                // the canonical spelling within reach, by binary search in the sorted occurrences
                let from = occ.partition_point(|&(cs, _)| cs + CONSISTENCY_REACH < s);
                let near = occ[from..]
                    .iter()
                    .take_while(|&&(cs, _)| cs <= s + CONSISTENCY_REACH)
                    .any(|&(cs, ce)| &text[cs..ce] == canon);
                if !near || doc.is_protected(s..e) {
                    continue;
                }
                out.push(
                    CONSISTENCY
                        .finding(s..e, format!("`{w}` is spelled `{canon}` elsewhere in the text ({count} times); use one spelling"))
                        .with_fix(Fix::unsafe_fix(Edit::new(s..e, canon.to_string()))),
                );
            }
        }
    }
}
