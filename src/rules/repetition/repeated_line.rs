//! The `repetition/repeated-line` rule: a paragraph that repeats the one before
//! it, or opens with the same sentence (a headline or caption given twice),
//! punctuation and case aside.

use crate::analysis::document::Document;
use crate::finding::{Category, Finding, Severity};
use crate::rules::{Example, Rule, RuleMeta};
use std::ops::Range;

/// The fewest words a repeated paragraph or first sentence must have.
const MIN_WORDS: usize = 3;

/// A paragraph equal to the one before it: `Bridge closed\n\nBridge closed`.
pub struct RepeatedLine;

static REPEATED_LINE: RuleMeta = RuleMeta {
    id: "repetition/repeated-line",
    category: Category::Repetition,
    severity: Severity::Warning,
    triggers: crate::Triggers::Text,
    default_enabled: true,
    summary: "a paragraph that repeats the one before it, or opens with the same sentence (a headline or caption given twice)",
    flags: &[
        Example {
            text: "Flood shuts mountain pass\n\nFlood shuts mountain pass\n\nThe pass was closed at noon.",
            fixed: "Flood shuts mountain pass\n\nFlood shuts mountain pass\n\nThe pass was closed at noon.",
        },
        Example {
            text: "Harbour lights at dusk. Photo: L. Moreau\nHarbour lights at dusk. Credit: l moreau",
            fixed: "Harbour lights at dusk. Photo: L. Moreau\nHarbour lights at dusk. Credit: l moreau",
        },
        Example {
            text: "Rents climbed by six percent.\nRents climbed by six percent!",
            fixed: "Rents climbed by six percent.\nRents climbed by six percent!",
        },
        Example {
            text: "Imports fell in April.\n\n  imports fell in April \n",
            fixed: "Imports fell in April.\n\n  imports fell in April \n",
        },
        Example {
            text: "Three hurt in a fire.\nThree hurt in a fire.\nFirefighters are on site.",
            fixed: "Three hurt in a fire.\nThree hurt in a fire.\nFirefighters are on site.",
        },
    ],
    passes: &[
        "Flood shuts mountain pass\n\nThe pass was shut at noon after the flood.",
        "No.\nNo.",
        "Rents climbed by six percent.\nWages climbed by one percent.",
        "Harbour lights at dusk.\n\nHarbour lights at dawn are brighter.",
        "Part one\nPart two",
        "Rents climbed by six percent.\nThe mayor spoke.\nRents climbed by six percent.",
    ],
};

impl Rule for RepeatedLine {
    fn meta(&self) -> &'static RuleMeta {
        &REPEATED_LINE
    }

    fn check(&self, doc: &Document<'_>, out: &mut Vec<Finding>) {
        let text = doc.text();
        let mut previous: Option<&str> = None;
        let mut start = 0;
        let ends = doc.newlines().iter().copied().chain([text.len()]);
        for end in ends {
            let line = &text[start..end];
            let span = trimmed(start, line);
            start = end + 1;
            if span.is_empty() {
                continue;
            }
            let line = &text[span.clone()];
            if let Some(before) = previous {
                let enough = |s: &str| words(s).nth(MIN_WORDS - 1).is_some();
                let same_start = may_open_alike(before, line)
                    && words(before).next().zip(words(line).next()).is_some_and(|(x, y)| same_word(x, y));
                if !same_start {
                    // the common case: nothing to compare further
                } else if same_words(before, line) {
                    if enough(line) {
                        out.push(REPEATED_LINE.finding(span, "this paragraph repeats the one before it; delete one"));
                    }
                } else {
                    let first = first_sentence(line);
                    if same_words(first_sentence(before), first) && enough(first) {
                        out.push(REPEATED_LINE.finding(span, "this paragraph opens with the first sentence of the one before it: a headline or caption given twice?"));
                    }
                }
            }
            previous = Some(line);
        }
    }
}

/// The range of `line` (starting at byte `start`) without its outer white space.
fn trimmed(start: usize, line: &str) -> Range<usize> {
    let inner = line.trim();
    if inner.is_empty() {
        return start..start;
    }
    let lead = line.len() - line.trim_start().len();
    start + lead..start + lead + inner.len()
}

/// Whether two lines (not empty) may open with the same word: not when both open
/// with an ASCII letter or digit and these differ, case aside (most paragraphs
/// open otherwise than the one before: their words need not be found).
fn may_open_alike(a: &str, b: &str) -> bool {
    let (x, y) = (a.as_bytes()[0], b.as_bytes()[0]);
    !(x.is_ascii_alphanumeric() && y.is_ascii_alphanumeric()) || x.eq_ignore_ascii_case(&y)
}

/// The words of `s`: its runs of letters and digits.
fn words(s: &str) -> impl Iterator<Item = &str> {
    s.split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
}

/// Whether two words are the same, case aside.
fn same_word(x: &str, y: &str) -> bool {
    x.eq_ignore_ascii_case(y)
        || (!x.is_ascii()
            && (x.chars().flat_map(char::to_lowercase)).eq(y.chars().flat_map(char::to_lowercase)))
}

/// Whether `a` and `b` have the same words, case aside.
fn same_words(a: &str, b: &str) -> bool {
    let (mut xs, mut ys) = (words(a), words(b));
    loop {
        match (xs.next(), ys.next()) {
            (None, None) => return true,
            (Some(x), Some(y)) if same_word(x, y) => {}
            _ => return false,
        }
    }
}

/// The first sentence of a paragraph: up to the first `.`, `!` or `?` before
/// white space, or the whole paragraph.
fn first_sentence(line: &str) -> &str {
    let b = line.as_bytes();
    let end = (0..b.len())
        .find(|&i| matches!(b[i], b'.' | b'!' | b'?') && b.get(i + 1).is_some_and(|c| c.is_ascii_whitespace()))
        .unwrap_or(b.len());
    &line[..end]
}
