//! The `punctuation/space-before-punctuation` rule: a space before `, ; : ! ? .` in running
//! prose (`as the minister said .`), each one on its own.

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
        Example {
            text: "Only one mark is spaced here . The rest are fine, as usual.",
            fixed: "Only one mark is spaced here. The rest are fine, as usual.",
        },
        Example {
            text: "The talks (held in May) failed ; nobody was surprised.",
            fixed: "The talks (held in May) failed; nobody was surprised.",
        },
    ],
    passes: &[
        "He stopped . . . and then went on.",
        "A score of 3 : 1 at 10 : 30, with .5 seconds left.",
        "“Nice :) see you ;) tomorrow :P”",
        "Open the file .bashrc or type ? for help.",
        "He typed ',' and ';' as separators.",
        "“Are you serious ? !” she wrote back.",
    ],
};

impl Rule for SpaceBeforePunctuation {
    fn meta(&self) -> &'static RuleMeta {
        &SPACE_BEFORE
    }

    fn check(&self, doc: &Document<'_>, out: &mut Vec<Finding>) {
        let text = doc.text();
        let bytes = text.as_bytes();
        for &i in doc.marks() {
            let p = bytes[i];
            if i == 0 || !matches!(p, b',' | b';' | b':' | b'!' | b'?' | b'.') {
                continue;
            }
            // the last byte of a space: ' ', tab, or of U+00A0, U+2007, U+2009, U+200A, U+202F
            if !matches!(
                bytes[i - 1],
                b' ' | b'\t' | 0xA0 | 0x87 | 0x89 | 0x8A | 0xAF
            ) {
                continue;
            }
            let b = skip_hspace_back(text, i);
            if b == i || b == 0 {
                continue;
            }
            let Some(prev) = char_before(text, b) else {
                continue;
            };
            // after a word, a number (not a ratio `2 : 1` nor a decimal `.5`), a closing
            // quote or bracket, or a percentage
            let word_before =
                prev.is_alphabetic() || (prev.is_ascii_digit() && !matches!(p, b':' | b'.'));
            if !(word_before || matches!(prev, '”' | '’' | ')' | '%')) {
                continue;
            }
            // the mark ends there: a space, the end, a closing quote or bracket follows
            let rest = &text[i + 1..];
            let ends = match rest.chars().next() {
                None | Some(' ' | '\t' | '\n' | '\r' | '"' | '”' | '’' | '\u{A0}') => true,
                Some(')') => !matches!(p, b':' | b';'), // an emoticon `:)`
                Some(_) => false,
            };
            if !ends || (p == b'.' && spaced_dot_after(text, i + 1)) {
                continue; // an ellipsis `. . .`
            }
            if matches!(p, b'?' | b'!') {
                if rest.starts_with(" ?") || rest.starts_with(" !") {
                    continue; // chat typography `why ? !`
                }
                if bytes.get(i + 1) == Some(&b' ')
                    && bytes.get(i + 2).is_some_and(u8::is_ascii_lowercase)
                {
                    continue; // `type ? for help`: the mark is named, not used
                }
            }
            if doc.is_protected(b..i + 1) {
                continue;
            }
            let mark = p as char;
            // `Label : value` is sometimes a heading style; the other marks have one place
            let fix = if p == b':' {
                Fix::unsafe_fix(Edit::delete(b..i))
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
