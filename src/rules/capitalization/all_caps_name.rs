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
        let words = doc.words();
        let mut titled: Option<HashSet<(String, String)>> = None;
        let mut k = 0;
        while k + 1 < words.len() {
            let run = caps_run(text, words, k);
            if run < 2 {
                k += 1;
                continue;
            }
            let (start, end) = (words[k].0, words[k + run - 1].1);
            k += run;
            if !in_prose(doc, words, k - run, run) || doc.is_protected(start..end) {
                continue;
            }
            let titled = titled.get_or_insert_with(|| title_case_pairs(text, words));
            let known = (k - run..k - 1).all(|j| {
                let pair = (
                    text[words[j].0..words[j].1].to_ascii_lowercase(),
                    text[words[j + 1].0..words[j + 1].1].to_ascii_lowercase(),
                );
                titled.contains(&pair)
            });
            if !known {
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

/// Every pair of adjacent title-case words (a capital, then lower case), in lower case.
fn title_case_pairs(text: &str, words: &[(usize, usize)]) -> HashSet<(String, String)> {
    let title = |(s, e): (usize, usize)| {
        let b = &text.as_bytes()[s..e];
        b.len() >= 2 && b[0].is_ascii_uppercase() && b[1..].iter().all(u8::is_ascii_lowercase)
    };
    words
        .windows(2)
        .filter(|w| title(w[0]) && title(w[1]) && &text[w[0].1..w[1].0] == " ")
        .map(|w| {
            (
                text[w[0].0..w[0].1].to_ascii_lowercase(),
                text[w[1].0..w[1].1].to_ascii_lowercase(),
            )
        })
        .collect()
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
