//! The `capitalization/all-caps-name` rule: a name of two or more words written in capitals
//! in the middle of a prose sentence (`the visit of MARIA COSTA ended`) when the same text
//! writes it in title case elsewhere (`Maria Costa`): the source's legal or headline style
//! carried over; the fix writes it as the text does.

use super::tokens::{is_all_caps, sentence_start};
use crate::analysis::document::Document;
use crate::finding::{Category, Edit, Finding, Fix, Severity};
use crate::rules::{Example, Rule, RuleMeta};
use std::collections::HashSet;

/// A name in capitals in a prose sentence that the text writes in title case elsewhere.
pub struct AllCapsName;

static ALL_CAPS_NAME: RuleMeta = RuleMeta {
    id: "capitalization/all-caps-name",
    category: Category::Capitalization,
    severity: Severity::Warning,
    triggers: crate::Triggers::Text,
    default_enabled: true,
    summary: "a name in capitals mid-sentence that the text writes in title case elsewhere (`the visit of MARIA COSTA`)",
    flags: &[
        Example {
            text: "Maria Costa spoke first. Later the visit of MARIA COSTA to the port ended.",
            fixed: "Maria Costa spoke first. Later the visit of Maria Costa to the port ended.",
        },
        Example {
            text: "The judge heard the case against PETER WALLACE BROWN on Monday. Peter Wallace Brown denied it.",
            fixed: "The judge heard the case against Peter Wallace Brown on Monday. Peter Wallace Brown denied it.",
        },
        Example {
            text: "Senator Ana Ruiz won. Voters said that ANA RUIZ had promised new roads.",
            fixed: "Senator Ana Ruiz won. Voters said that Ana Ruiz had promised new roads.",
        },
        Example {
            text: "The mayor of Green Harbor resigned, and GREEN HARBOR will vote again in May.",
            fixed: "The mayor of Green Harbor resigned, and Green Harbor will vote again in May.",
        },
        Example {
            text: "Ana Lima spoke. The complaint names the Governor ANA LIMA in the case.",
            fixed: "Ana Lima spoke. The complaint names the Governor Ana Lima in the case.",
        },
        Example {
            text: "Tom Reed wrote the report. Critics say TOM REED ignored the figures.",
            fixed: "Tom Reed wrote the report. Critics say Tom Reed ignored the figures.",
        },
    ],
    passes: &[
        "MARIA COSTA\nMaria Costa spoke to the board on Friday.",
        "The US FDA and the UN WHO agreed on the plan.",
        "Critics say TOM REED ignored the figures, and nobody else did.",
        "Tom Reed wrote it. BREAKING NEWS: TOM REED RESIGNS TODAY",
        "Maria Costa spoke. The sign read MARIA COSTA FOR MAYOR in red.",
        "The firm Blue Line said BLUE LINE CARGO is a trade mark.",
    ],
};

impl Rule for AllCapsName {
    fn meta(&self) -> &'static RuleMeta {
        &ALL_CAPS_NAME
    }

    fn check(&self, doc: &Document<'_>, out: &mut Vec<Finding>) {
        let text = doc.text();
        let b = text.as_bytes();
        let words = doc.words();
        // the runs of capitals inside prose sentences: few, so each is then looked for in the
        // title-case pairs of the text
        let mut candidates: Vec<(usize, usize)> = Vec::new();
        let mut past = 0; // the end of the last run
        for &i in doc.word_capitals() {
            if i < past || !two_capital_words(b, i) {
                continue;
            }
            let Some(k) = word_starting_at(words, i) else {
                continue;
            };
            let run = caps_run(text, words, k);
            past = words[k + run.max(1) - 1].1;
            if run >= 2 && in_prose(doc, words, k, run) {
                candidates.push((k, run));
                if candidates.len() > MAX_CANDIDATES {
                    return; // a text that shouts throughout: no house style to hold it to
                }
            }
        }
        if candidates.is_empty() {
            return;
        }
        let titled = title_case_pairs(doc, &candidates);
        for (k, run) in candidates {
            let (start, end) = (words[k].0, words[k + run - 1].1);
            let known = (k..k + run - 1).all(|j| titled.contains(&(j, j + 1)));
            if !known || doc.is_protected(start..end) {
                continue;
            }
            let fixed = title_case(&text[start..end]);
            out.push(
                ALL_CAPS_NAME
                    .finding(
                        start..end,
                        format!(
                            "`{}` in capitals mid-sentence: the text writes it `{fixed}` elsewhere",
                            &text[start..end]
                        ),
                    )
                    .with_fix(Fix::safe(Edit::new(start..end, fixed))),
            );
        }
    }
}

/// The most runs of capitals a text may hold for the rule to look at it.
const MAX_CANDIDATES: usize = 32;

/// How many words from `k` on are all capitals (two letters or more), each joined to the
/// next by one space.
fn caps_run(text: &str, words: &[(usize, usize)], k: usize) -> usize {
    let mut n = 0;
    while k + n < words.len() {
        let (s, e) = words[k + n];
        if !is_all_caps(&text[s..e]) || (n > 0 && &text[words[k + n - 1].1..s] != " ") {
            break;
        }
        n += 1;
    }
    n
}

/// Whether the run of `run` words from `k` stands inside a prose sentence: not at a sentence
/// or line start, a word not in capitals before it and a lower-case word after it on its
/// line: not part of a longer stretch of capitals (a headline, a sign).
fn in_prose(doc: &Document<'_>, words: &[(usize, usize)], k: usize, run: usize) -> bool {
    let text = doc.text();
    let (start, end) = (words[k].0, words[k + run - 1].1);
    if k == 0 || sentence_start(text, start) {
        return false;
    }
    let lower = |j: usize| {
        let (s, e) = words[j];
        text[s..e].bytes().all(|b| b.is_ascii_lowercase())
    };
    let line = doc.line_at(start);
    let before_ok = words[k - 1].1 >= line.start && !is_all_caps(&text[words[k - 1].0..words[k - 1].1]);
    let after = k + run;
    let after_ok = after < words.len()
        && words[after].0 < line.end
        && lower(after)
        && text[end..words[after].0].trim().is_empty();
    before_ok && after_ok
}

/// Whether the bytes from `i` are a word of two capitals or more, one space and two more
/// capitals: the cheap first test, on the bytes at hand, before the word is looked up.
fn two_capital_words(b: &[u8], i: usize) -> bool {
    let mut e = i;
    while e < b.len() && b[e].is_ascii_uppercase() {
        e += 1;
    }
    e - i >= 2
        && b.get(e) == Some(&b' ')
        && b.get(e + 1).is_some_and(u8::is_ascii_uppercase)
        && b.get(e + 2).is_some_and(u8::is_ascii_uppercase)
}

/// The index of the word of [`Document::words`] that starts at byte `i`, if one does.
fn word_starting_at(words: &[(usize, usize)], i: usize) -> Option<usize> {
    let k = words.partition_point(|w| w.0 < i);
    (k < words.len() && words[k].0 == i).then_some(k)
}

/// The pairs of adjacent words of the candidate runs (`(j, j + 1)`, as word indices) that the
/// text also writes in title case (a capital, then lower case), one space between. Only the
/// capitals whose next letter matches a candidate word's are looked at further.
fn title_case_pairs(doc: &Document<'_>, candidates: &[(usize, usize)]) -> HashSet<(usize, usize)> {
    let text = doc.text();
    let b = text.as_bytes();
    let words = doc.words();
    let title = |(s, e): (usize, usize)| {
        e - s >= 2 && b[s].is_ascii_uppercase() && b[s + 1..e].iter().all(u8::is_ascii_lowercase)
    };
    let same = |(s, e): (usize, usize), (cs, ce): (usize, usize)| {
        e - s == ce - cs && text[s..e].eq_ignore_ascii_case(&text[cs..ce])
    };
    // the first two letters of the candidate words, as a table of capital × small letter
    let slot = |first: u8, second: u8| {
        (first.is_ascii_uppercase() && second.is_ascii_lowercase())
            .then(|| usize::from(first - b'A') * 26 + usize::from(second - b'a'))
    };
    let mut heads = [false; 26 * 26];
    for &(k, run) in candidates {
        for &(s, _) in &words[k..k + run - 1] {
            if let Some(n) = slot(b[s], b[s + 1].to_ascii_lowercase()) {
                heads[n] = true;
            }
        }
    }
    let mut found = HashSet::new();
    for &i in doc.word_capitals() {
        let Some(&second) = b.get(i + 1) else {
            continue;
        };
        if !slot(b[i], second).is_some_and(|n| heads[n]) {
            continue;
        }
        // the whole word, read from the bytes at hand, is one of a run's before it is looked up
        let mut e = i + 1;
        while e < b.len() && b[e].is_ascii_alphabetic() {
            e += 1;
        }
        let in_a_run = candidates
            .iter()
            .any(|&(c, run)| (c..c + run - 1).any(|j| same((i, e), words[j])));
        if !in_a_run {
            continue;
        }
        let Some(k) = word_starting_at(words, i) else {
            continue;
        };
        if k + 1 >= words.len()
            || !title(words[k])
            || !title(words[k + 1])
            || &text[words[k].1..words[k + 1].0] != " "
        {
            continue;
        }
        for &(c, run) in candidates {
            for j in c..c + run - 1 {
                if same(words[k], words[j]) && same(words[k + 1], words[j + 1]) {
                    found.insert((j, j + 1));
                }
            }
        }
    }
    found
}

/// `MARIA COSTA` as `Maria Costa`.
fn title_case(run: &str) -> String {
    let mut out = String::with_capacity(run.len());
    let mut first = true;
    for c in run.chars() {
        if c.is_alphabetic() {
            out.extend(if first {
                c.to_uppercase().collect::<Vec<_>>()
            } else {
                c.to_lowercase().collect::<Vec<_>>()
            });
            first = false;
        } else {
            out.push(c);
            first = true;
        }
    }
    out
}
