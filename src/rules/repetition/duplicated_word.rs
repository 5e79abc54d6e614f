//! The `repetition/duplicated-word` rule: a function word typed twice (`the the`, `could could`);
//! delete one.

use crate::analysis::document::Document;
use crate::finding::{Category, Edit, Finding, Fix, Severity};
use crate::rules::{Example, Rule, RuleMeta};

/// Function words that are never doubled in grammatical English, sorted. Words that
/// double legitimately (`that that`, `had had`, `is is`, `in in`, `for for`, `can can`,
/// `will will`, `have have`) and interjections (`he he`, `no no`) are left out.
pub(super) const NEVER_DOUBLED: &[&str] = &[
    "a", "about", "an", "and", "as", "at", "been", "by", "could", "from", "into", "its", "my",
    "of", "onto", "or", "our", "shall", "she", "should", "than", "the", "their", "they", "to",
    "we", "which", "whose", "with", "would", "your",
];

/// A word typed twice: `the the`, `of of`, `could could`.
pub struct DuplicatedWord;

static DUPLICATED: RuleMeta = RuleMeta {
    id: "repetition/duplicated-word",
    category: Category::Repetition,
    severity: Severity::Warning,
    triggers: crate::Triggers::words(|| NEVER_DOUBLED.to_vec()),
    default_enabled: true,
    summary: "a function word typed twice (`the the`, `could could`); delete one",
    flags: &[
        Example {
            text: "They met the the minister.",
            fixed: "They met the minister.",
        },
        Example {
            text: "It rained. The the talks failed.",
            fixed: "It rained. The talks failed.",
        },
        Example {
            text: "We could could not go to to the end.",
            fixed: "We could not go to the end.",
        },
        Example {
            text: "a plan of of action",
            fixed: "a plan of action",
        },
        Example {
            text: "They talked to to the press, and he wanted to to leave.",
            fixed: "They talked to the press, and he wanted to leave.",
        },
    ],
    passes: &[
        "He said that that was wrong; she had had enough.",
        "What it is is a mess; placed in in the past; waiting for for years.",
        "Walla Walla and Bora Bora, bye bye, no no no, very very good.",
        "He gave Plan A a try, and the\nthe line break in verse.",
        "The can can hold it, free will will win, the the-man hyphen.",
        "the post she applied to to gain experience, the study he referred to to build it",
        "the band they listened to to relax, and the fund she wrote to to ask for help",
    ],
};

impl Rule for DuplicatedWord {
    fn meta(&self) -> &'static RuleMeta {
        &DUPLICATED
    }

    fn check(&self, doc: &Document<'_>, out: &mut Vec<Finding>) {
        let text = doc.text();
        let bytes = text.as_bytes();
        let words = doc.words();
        // a word glued to other word chars (`don't`, `the-man`) is not a plain word
        // (digits, `_` and other scripts are kept out of `words` already)
        let glued = |k: usize| bytes.get(k).is_some_and(|&b| matches!(b, b'-' | b'\''));
        // the second of two words (and not the word right after a finding) must be
        // one of the list: the words on the rule's trigger list
        // (nor does it start with a capital: those are passed over first)
        let mut after = 0; // the word after the last finding's pair
        for k in
            (doc.trigger_words(DUPLICATED.id)).filter(|&k| !bytes[words[k].0].is_ascii_uppercase())
        {
            if k == 0 || k == after {
                continue;
            }
            let ((ps, pe), (start, end)) = (words[k - 1], words[k]);
            // cheap tests first: same length, only blanks between
            if end - start != pe - ps || !bytes[pe..start].iter().all(|b| matches!(b, b' ' | b'\t'))
            {
                continue;
            }
            if glued(end) || glued(start - 1) || glued(pe) || (ps > 0 && glued(ps - 1)) {
                continue;
            }
            let first = &text[ps..pe];
            let second = &text[start..end];
            if !first.eq_ignore_ascii_case(second) || second.bytes().any(|b| b.is_ascii_uppercase())
            {
                continue;
            }
            // (`second` has no capital, so it is its own lower case)
            let lower = second;
            let Ok(entry) = NEVER_DOUBLED.binary_search(&lower) else {
                continue;
            };
            if lower == "to" && stranded_then_infinitive(text, words, k) {
                continue;
            }
            let capital = first.as_bytes()[0].is_ascii_uppercase();
            if capital && !(matches!(lower, "the" | "a" | "an") && sentence_starts_at(text, ps)) {
                continue;
            }
            let safe = matches!(lower, "the" | "a" | "an");
            let edit = Edit::delete(pe..end);
            let fix = if safe {
                Fix::safe(edit)
            } else {
                Fix::unsafe_fix(edit)
            };
            out.push(
                DUPLICATED
                    .finding(ps..end, duplicated_message(entry))
                    .with_fix(fix),
            );
            after = k + 1;
        }
    }
}

/// Verbs whose `to` is a preposition that may be left at the end of a clause
/// (`the job she applied to`), sorted: their base forms.
pub(super) const STRANDING_VERBS: &[&str] = &[
    "adapt",
    "add",
    "adhere",
    "admit",
    "appeal",
    "apply",
    "belong",
    "cling",
    "commit",
    "compare",
    "contribute",
    "listen",
    "object",
    "point",
    "react",
    "refer",
    "relate",
    "reply",
    "respond",
    "return",
    "speak",
    "stick",
    "subscribe",
    "switch",
    "talk",
    "turn",
    "write",
];

/// Whether the `to to` ending at word `k` is a stranded preposition then an
/// infinitive (`the paper he referred to to build it`): a verb that takes the
/// preposition before, a verb's base form after.
fn stranded_then_infinitive(text: &str, words: &[(usize, usize)], k: usize) -> bool {
    let lex = crate::analysis::lexicon::lexicon();
    let spaced = |a: usize, b: usize| {
        text.as_bytes()[words[a].1..words[b].0]
            .iter()
            .all(|b| *b == b' ')
    };
    let verb_before = k >= 2 && spaced(k - 2, k - 1) && {
        let (s, e) = words[k - 2];
        let w = &text[s..e];
        STRANDING_VERBS.iter().any(|&base| {
            w == base
                || lex.verb(base).is_some_and(|v| {
                    v.third == w
                        || v.pasts().chain(v.participles()).chain(v.ings()).any(|f| f == w)
                })
        })
    };
    let verb_after = k + 1 < words.len() && spaced(k, k + 1) && {
        let (s, e) = words[k + 1];
        let w = &text[s..e];
        lex.is_bare_verb(w) || lex.verb(w).is_some()
    };
    verb_before && verb_after
}

/// The message for the word `NEVER_DOUBLED[entry]` typed twice (built once per word).
fn duplicated_message(entry: usize) -> &'static str {
    static MESSAGES: once_cell::sync::Lazy<Vec<String>> = once_cell::sync::Lazy::new(|| {
        NEVER_DOUBLED
            .iter()
            .map(|w| format!("`{w}` is typed twice; delete one"))
            .collect()
    });
    let messages: &'static Vec<String> = &MESSAGES;
    messages
        .get(entry)
        .map_or("a word is typed twice; delete one", String::as_str)
}

/// Whether a sentence starts at `i`: after `. ! ? :` or a line break and spaces
/// (optionally an opening quotation mark). The very start of the text does not
/// count, so that findings do not depend on what precedes a text.
fn sentence_starts_at(text: &str, i: usize) -> bool {
    let before = text[..i].trim_end_matches([' ', '\t', '“', '"']);
    before.ends_with(['.', '!', '?', '\n', ':'])
}
