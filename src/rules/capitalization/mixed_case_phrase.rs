//! The `capitalization/mixed-case-phrase` rule: a phrase of two or three
//! content words that the text capitalises in several mixed ways (`the water
//! Supply office`, `the Water supply Office`): a name whose capitals the
//! translation scattered. Which form is right is the editor's call: no fix.

use super::capital_after_name::FUNCTION_WORDS;
use super::tokens::sentence_start;
use crate::analysis::document::Document;
use crate::finding::{Category, Finding, Severity};
use crate::rules::{Example, Rule, RuleMeta};
use crate::text::hash::{FastMap, FxHasher};
use std::hash::Hasher;

/// The fewest mixed occurrences of a phrase: two spellings once each are too
/// little to call one a slip.
const MIN_OCCURRENCES: usize = 3;

/// A phrase capitalised in several mixed ways in one text.
pub struct MixedCasePhrase;

static MIXED: RuleMeta = RuleMeta {
    id: "capitalization/mixed-case-phrase",
    category: Category::Capitalization,
    severity: Severity::Warning,
    triggers: crate::Triggers::Text,
    // off by default: its per-text tables cost about 40% (lowercase-name) and
    // 20% (mixed-case-phrase) of the CLI's time on news; turn on by id
    default_enabled: false,
    summary: "a phrase of two or three words capitalised in several mixed ways in one text (`the water Supply office`, `the Water supply Office`)",
    flags: &[
        Example {
            text: "The town Waste collection Office said so. Later the town waste Collection office denied it. The Waste collection Office apologised.",
            fixed: "The town Waste collection Office said so. Later the town waste Collection office denied it. The Waste collection Office apologised.",
        },
        Example {
            text: "The Rent Appeals board met. The rent appeals Board adjourned. The Rent appeals Board left.",
            fixed: "The Rent Appeals board met. The rent appeals Board adjourned. The Rent appeals Board left.",
        },
        Example {
            text: "Members of the regional Sports council voted. The Regional sports Council disagreed. The regional Sports council left.",
            fixed: "Members of the regional Sports council voted. The Regional sports Council disagreed. The regional Sports council left.",
        },
        Example {
            text: "The Flood Warning service called. The flood Warning Service left at noon. The Flood warning Service came back.",
            fixed: "The Flood Warning service called. The flood Warning Service left at noon. The Flood warning Service came back.",
        },
        Example {
            text: "The lake Ferry authority sailed. Then the Lake ferry Authority stopped. The lake Ferry Authority sailed again.",
            fixed: "The lake Ferry authority sailed. Then the Lake ferry Authority stopped. The lake Ferry Authority sailed again.",
        },
    ],
    passes: &[
        "The Waste Collection Office said so. Later the Waste Collection Office denied it.",
        "Waste collection stopped. The waste collection resumed later.",
        "The Regional Sports Council voted. The council disagreed.",
        "The Green Room opened. A green room was free. Green rooms are rare.",
        "Flood warnings spread. The flood warnings ended. Flood warnings came back.",
        "The town Waste collection Office said so. Later the town waste Collection office denied it.",
    ],
};

impl Rule for MixedCasePhrase {
    fn meta(&self) -> &'static RuleMeta {
        &MIXED
    }

    fn check(&self, doc: &Document<'_>, out: &mut Vec<Finding>) {
        let b = doc.text().as_bytes();
        let words = doc.words();
        // the mixed occurrences of each phrase, longer phrases first
        let mut phrases: Phrases = FastMap::default();
        // the capitals of the last three words, one bit each (the newest lowest)
        let mut capitals = 0u8;
        for k in 0..words.len() {
            capitals = (capitals << 1 | u8::from(b[words[k].0].is_ascii_uppercase())) & 0b111;
            for n in [3, 2] {
                let mask = (1u8 << n) - 1;
                let count = (capitals & mask).count_ones() as usize;
                // one consistent form (the common case), or too few words yet
                if count == 0 || count == n || k + 1 < n {
                    continue;
                }
                add_window(doc, &mut phrases, k + 1 - n, n);
            }
        }
        report(doc, &MIXED, phrases, out);
    }
}

/// The mixed occurrences (first words) of each phrase, keyed by its length
/// and the hash of its lower case.
pub(super) type Phrases = FastMap<(usize, u64), Vec<usize>>;

/// Adds the `n` words from word `from` to `phrases` if they are a phrase of
/// plain content words, joined by single spaces, with mixed capitals (not only
/// a sentence's first capital).
pub(super) fn add_window(doc: &Document<'_>, phrases: &mut Phrases, from: usize, n: usize) {
    let text = doc.text();
    let b = text.as_bytes();
    let words = doc.words();
    let word = |k: usize| &b[words[k].0..words[k].1];
    let k = from + n - 1;
    if k >= words.len() {
        return;
    }
    let count = (from..=k).filter(|&j| b[words[j].0].is_ascii_uppercase()).count();
    if count == 0 || count == n {
        return;
    }
    if !(from..=k).all(|j| plain_word(word(j)))
        || !(from..k).all(|j| doc.joined(j))
        || (from..=k).any(|j| is_function_word(word(j)))
    {
        return;
    }
    // only the sentence's first capital: the lower-case form
    let first_capital = b[words[from].0].is_ascii_uppercase();
    if count == 1 && first_capital && sentence_start(text, words[from].0) {
        return;
    }
    let mut h = FxHasher::default();
    for j in from..=k {
        h.write(&word(j).to_ascii_lowercase());
        h.write_u8(b' ');
    }
    phrases.entry((n, h.finish())).or_default().push(from);
}

/// Reports, for `meta`'s rule, every occurrence of each phrase of `phrases`
/// seen [`MIN_OCCURRENCES`] times or more in forms that differ beyond the
/// first letter (longer phrases first, no word reported twice).
pub(super) fn report(doc: &Document<'_>, meta: &'static RuleMeta, mut phrases: Phrases, out: &mut Vec<Finding>) {
    let text = doc.text();
    let words = doc.words();
    phrases.retain(|_, at| at.len() >= MIN_OCCURRENCES);
    if phrases.is_empty() {
        return;
    }
    let mut groups: Vec<((usize, u64), Vec<usize>)> = phrases.into_iter().collect();
    groups.sort_unstable_by_key(|&((n, _), ref at)| (std::cmp::Reverse(n), at[0]));
    let mut taken = vec![false; words.len()];
    for ((n, _), at) in groups {
        let form = |k: usize| &text[words[k].0..words[k + n - 1].1];
        // forms that differ beyond the first letter (a sentence start changes that one)
        let first = &form(at[0])[1..];
        if at.iter().all(|&k| &form(k)[1..] == first) {
            continue;
        }
        for &k in &at {
            if (k..k + n).any(|j| taken[j]) {
                continue;
            }
            taken[k..k + n].iter_mut().for_each(|t| *t = true);
            let (s, e) = (words[k].0, words[k + n - 1].1);
            if doc.is_protected(s..e) {
                continue;
            }
            let other = at.iter().map(|&j| form(j)).find(|f| f[1..] != form(k)[1..]).unwrap_or("");
            out.push(meta.finding(
                s..e,
                format!("`{}` is capitalised differently elsewhere in this text (`{other}`)", form(k)),
            ));
        }
    }
}

/// A word of three letters or more, in lower case or capitalised.
fn plain_word(w: &[u8]) -> bool {
    w.len() >= 3 && w[1..].iter().all(u8::is_ascii_lowercase)
}

/// Whether a word is a function word, ASCII case aside.
fn is_function_word(w: &[u8]) -> bool {
    w.len() <= 8
        && FUNCTION_WORDS
            .binary_search_by(|f| f.as_bytes().iter().map(u8::to_ascii_lowercase).cmp(w.iter().map(u8::to_ascii_lowercase)))
            .is_ok()
}
