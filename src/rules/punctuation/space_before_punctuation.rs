//! space_before_punctuation

use super::marks::spaced_dot_after;
use crate::analysis::document::Document;
use crate::finding::{Category, Edit, Finding, Fix, Severity};
use crate::rules::{Example, Rule, RuleMeta};
use crate::text::{char_before, skip_hspace_back};

/// A space before `, ; : ! ? .` (`now ?`, `the market ,`, French `vraiment ?`).
pub struct SpaceBeforePunctuation;

static SPACE_BEFORE: RuleMeta = RuleMeta {
    id: "punctuation/space-before-punctuation",
    category: Category::Punctuation,
    severity: Severity::Warning,
    triggers: crate::Triggers::Text,
    default_enabled: true,
    summary:
        "a space before `, ; : ! ? .`, as French typography or untokenised MT output leaves it",
    flags: &[
        Example {
            text: "Why did they wait so long ?",
            fixed: "Why did they wait so long?",
        },
        Example {
            text: "The market , he said, is calm.",
            fixed: "The market, he said, is calm.",
        },
        Example {
            text: "It is true\u{A0}! We saw it ; everyone did .",
            fixed: "It is true! We saw it; everyone did.",
        },
        Example {
            text: "The reasons are as follows : cost and time.",
            fixed: "The reasons are as follows: cost and time.",
        },
    ],
    passes: &[
        "He stopped . . . and then went on.",
        "A score of 3 : 1 at 10 : 30, with .5 seconds left.",
        "“Nice :) see you ;) tomorrow :P”",
        "Open the file .bashrc or type ? for help.",
        "He typed ',' and ';' as separators.",
    ],
};

impl Rule for SpaceBeforePunctuation {
    fn meta(&self) -> &'static RuleMeta {
        &SPACE_BEFORE
    }

    fn check(&self, doc: &Document<'_>, out: &mut Vec<Finding>) {
        let text = doc.text();
        let bytes = text.as_bytes();
        let mut candidates: Vec<(usize, usize, u8, bool, usize)> = Vec::new();
        // how often each mark is glued to a word and followed by a space or the end
        let mut glued = [0usize; 6];
        for &i in doc.marks() {
            let p = bytes[i];
            if i == 0 || !matches!(p, b',' | b';' | b':' | b'!' | b'?' | b'.') {
                continue;
            }
            let before = bytes[i - 1];
            if before.is_ascii_alphanumeric() {
                if bytes.get(i + 1).is_none_or(|b| b.is_ascii_whitespace()) {
                    if let Some(k) = mark_index(p) {
                        glued[k] += 1;
                    }
                }
                continue;
            }
            // the last byte of a space: ' ', tab, or of U+00A0, U+2007, U+2009, U+200A, U+202F
            if !matches!(before, b' ' | b'\t' | 0xA0 | 0x87 | 0x89 | 0x8A | 0xAF) {
                continue;
            }
            let b = skip_hspace_back(text, i);
            if b == i || b == 0 {
                continue;
            }
            let Some(prev) = char_before(text, b) else {
                continue;
            };
            let word_before =
                prev.is_alphabetic() || (prev.is_ascii_digit() && !matches!(p, b':' | b'.'));
            if !(word_before || matches!(prev, '”' | ')' | '%')) {
                continue;
            }
            let next = bytes.get(i + 1).copied();
            let ends = match next {
                None | Some(b' ' | b'\t' | b'\n' | b'\r') => true,
                Some(b'"') => true,
                Some(_) => text[i + 1..].starts_with('”') || text[i + 1..].starts_with('\u{A0}'),
            };
            if !ends {
                continue;
            }
            if p == b'.' && (spaced_dot_after(text, i + 1)) {
                continue;
            }
            if matches!(p, b'?' | b'!')
                && bytes.get(i + 1) == Some(&b' ')
                && bytes.get(i + 2).is_some_and(u8::is_ascii_lowercase)
            {
                continue; // `type ? for help`: the mark is named, not used
            }
            if doc.is_protected(b..i + 1) {
                continue;
            }
            let typographic = text[b..i].chars().any(|c| c != ' ' && c != '\t');
            let line = doc.line_at(b).start;
            candidates.push((b, i, p, typographic, line));
        }
        // MT leaves these spaces systematically (French typography, untokenised
        // output); a single slip in an otherwise well-spaced text is a typo, not
        // an MT mark. Flag a spaced mark when the space is a typographic no-break
        // space, when its line has another spaced mark, or when the spaced form is
        // at least half of that mark's uses after a word in the document.
        let mut spaced = [0usize; 6];
        for c in &candidates {
            if let Some(k) = mark_index(c.2) {
                spaced[k] += 1;
            }
        }
        for (n, &(b, i, p, typographic, line)) in candidates.iter().enumerate() {
            let k = mark_index(p).unwrap_or(0);
            // candidates are in text order: a line-mate is a neighbour
            let same_line = (n > 0 && candidates[n - 1].4 == line)
                || candidates.get(n + 1).is_some_and(|c| c.4 == line);
            if !(typographic || same_line || spaced[k] * 2 >= spaced[k] + glued[k]) {
                continue;
            }
            let mark = p as char;
            let fix = if p == b':' {
                Fix::review(Edit::delete(b..i))
            } else {
                Fix::safe(Edit::delete(b..i))
            };
            out.push(
                SPACE_BEFORE
                    .finding(
                        b..i + 1,
                        format!(
                            "space before `{mark}`; English puts the mark right after the word"
                        ),
                    )
                    .with_fix(fix),
            );
        }
    }
}

fn mark_index(b: u8) -> Option<usize> {
    [b',', b';', b':', b'!', b'?', b'.']
        .iter()
        .position(|&m| m == b)
}
