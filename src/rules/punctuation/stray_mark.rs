//! The `punctuation/stray-mark` rule: a mark glued to the end of a word in the middle of a
//! sentence where English never puts one (`the harvest~ was late`, `the: harbour`,
//! `the cargo' was lost`, `the ferry" left`): a keystroke or a token the translation
//! pipeline left behind.

use crate::analysis::document::Document;
use crate::finding::{Category, Edit, Finding, Fix, Severity};
use crate::rules::{Example, Rule, RuleMeta};

/// A mark glued to a word mid-sentence where English puts none: `the harvest~ was late`.
pub struct StrayMark;

static STRAY_MARK: RuleMeta = RuleMeta {
    id: "punctuation/stray-mark",
    category: Category::Punctuation,
    severity: Severity::Warning,
    triggers: crate::Triggers::Text,
    default_enabled: true,
    summary: "a mark glued to a word mid-sentence where English puts none (`the harvest~ was late`, `the: harbour`, `the cargo' was lost`, `the ferry\" left`, `organic- matter`)",
    flags: &[
        Example {
            text: "The harvest~ was late this year.",
            fixed: "The harvest~ was late this year.",
        },
        Example {
            text: "Farmers sold their grain_ at the market.",
            fixed: "Farmers sold their grain at the market.",
        },
        Example {
            text: "The mayor^ opened the new bridge.",
            fixed: "The mayor opened the new bridge.",
        },
        Example {
            text: "Workers repaired the roof@ before the storm.",
            fixed: "Workers repaired the roof before the storm.",
        },
        Example {
            text: "Police closed the: harbour road overnight.",
            fixed: "Police closed the harbour road overnight.",
        },
        Example {
            text: "She bought an; orchard near the river.",
            fixed: "She bought an orchard near the river.",
        },
        Example {
            text: "The whole cargo' was lost at sea.",
            fixed: "The whole cargo' was lost at sea.",
        },
        Example {
            text: "The night ferry\" left without its passengers.",
            fixed: "The night ferry left without its passengers.",
        },
        Example {
            text: "Fans cheered the Giants\" new coach at the airport.",
            fixed: "Fans cheered the Giants' new coach at the airport.",
        },
        Example {
            text: "The dam opened in 1962~ and still stands.",
            fixed: "The dam opened in 1962~ and still stands.",
        },
        Example {
            text: "Volunteers planted native- trees along the road.",
            fixed: "Volunteers planted native- trees along the road.",
        },
    ],
    passes: &[
        "She wrote _very_ slowly and ~roughly~ twice; x^ 2 is a power.",
        "Mail info@ example.org or tweet @harbour today.",
        "The players' union and Mr. Hernandez' plan met the Jones' approval.",
        "They were goin' fishing, rock 'n' roll was playing, and 'the cargo' was lost.",
        "The band played Ol' Man River and an old rock an' roll tune.",
        "He said \"the ferry\" left early, and \"we stay\" was the answer.",
        "The word \"the\" is short; the - and the + keys.",
        "The ferry left.\" she said. Then \"Night ferry\" sailed.",
        "It was 5\" long and the o' clock joke.",
        "A stray mark in a name: the_ferry_log and snake_case are code.",
        "Both pre- and post-war homes, short- to long-term loans, and full- or part-time staff.",
        "Wages rose, and, as usual, prices followed; the U.S. team won.",
    ],
};

impl Rule for StrayMark {
    fn meta(&self) -> &'static RuleMeta {
        &STRAY_MARK
    }

    fn check(&self, doc: &Document<'_>, out: &mut Vec<Finding>) {
        let text = doc.text();
        let b = text.as_bytes();
        for &i in doc.marks() {
            // one table read sorts the marks: commas and periods, most of them, are left
            // to the rules that read them; `;:!?` count only after `the` or `an`
            let candidate = match MARK_KIND[usize::from(b[i])] {
                SYMBOL => i >= 2,
                CLAUSE_MARK => {
                    i >= 4
                        && match b[i - 1] {
                            b'e' => &b[i - 4..i] == b" the",
                            b'n' => &b[i - 3..i] == b" an",
                            _ => false,
                        }
                }
                _ => false,
            };
            // the mark is followed by a space and a word: the sentence goes on
            if !candidate || b.get(i + 1) != Some(&b' ') || !b.get(i + 2).is_some_and(u8::is_ascii_alphanumeric) {
                continue;
            }
            let (prev, lower_next) = (b[i - 1], b[i + 2].is_ascii_lowercase());
            let stray = if prev.is_ascii_alphabetic() {
                match b[i] {
                    b'_' | b'~' | b'^' | b'@' => symbol_after_word(b, i),
                    b'\'' => apostrophe_after_word(b, i) && !b[i + 2].is_ascii_digit(),
                    b'"' => quote_after_word(b, i) && !b[i + 2].is_ascii_digit(),
                    b'-' => lower_next && dangling_hyphen(b, i),
                    b';' | b':' | b'!' | b'?' => mark_after_closed_word(b, i),
                    _ => false,
                }
            } else {
                match b[i] {
                    // after a number or a comma: `in 1985~ and`, `,_ which`
                    b'_' | b'~' | b'^' | b'@' => {
                        (prev.is_ascii_digit() || prev == b',') && !b[i + 2].is_ascii_digit()
                    }
                    _ => false,
                }
            };
            if !stray || !next_is_word(b, i + 2) || doc.is_protected(i - 1..i + 2) {
                continue;
            }
            let span = i..i + 1;
            let delete = Edit::delete(i..i + 1);
            out.push(match b[i] {
                // a symbol no sentence uses, or an abbreviation's period doubled: certain
                b'_' | b'^' | b'@' => STRAY_MARK
                    .finding(span, format!("a stray `{}` glued to a word mid-sentence; delete it", char::from(b[i])))
                    .with_fix(Fix::safe(delete)),
                // a tilde may stand for a sentence break (`the shoot~ he was`)
                b'~' => STRAY_MARK.finding(
                    span,
                    "a stray `~` glued to a word mid-sentence; delete it, or end the sentence there if it stood for a break",
                ),
                // `it' inevitable`, `men' or`: a letter may be lost with it
                b'\'' => STRAY_MARK.finding(
                    span,
                    "a stray apostrophe after a word no possessive or elision ends; delete it, or restore the lost letter (`it's`)",
                ),
                // `fighter- decent`, `above- mentioned`: a dash that lost its space, a split
                // compound, or a stray hyphen
                b'-' => STRAY_MARK.finding(
                    span,
                    "a hyphen glued to a word before a space: a stray hyphen, a compound split by a space (`above- mentioned`), or a dash missing its space",
                ),
                // `the Lakers" official site`: an apostrophe turned into a quote
                b'"' if prev == b's' => STRAY_MARK
                    .finding(
                        span,
                        "a double quote after a plural that opens and closes nothing: a possessive apostrophe mangled into a quote",
                    )
                    .with_fix(Fix::unsafe_fix(Edit::new(i..i + 1, "'"))),
                _ => STRAY_MARK
                    .finding(span, format!("a stray `{}` glued to a word mid-sentence; delete it", char::from(b[i])))
                    .with_fix(Fix::unsafe_fix(delete)),
            });
        }
    }
}

/// What a byte is to this rule: a symbol or quote looked at after any word, a mark that
/// counts only after a word that ends no phrase, or nothing.
const SYMBOL: u8 = 1;
const CLAUSE_MARK: u8 = 2;
static MARK_KIND: [u8; 256] = {
    let mut kind = [0u8; 256];
    let mut k = 0;
    let symbols = b"_~^@'\"-";
    while k < symbols.len() {
        kind[symbols[k] as usize] = SYMBOL;
        k += 1;
    }
    let clause = b";:!?";
    k = 0;
    while k < clause.len() {
        kind[clause[k] as usize] = CLAUSE_MARK;
        k += 1;
    }
    kind
};

/// The start of the run of ASCII letters that ends at `i`.
fn word_start(b: &[u8], i: usize) -> usize {
    let mut s = i;
    while s > 0 && b[s - 1].is_ascii_alphabetic() {
        s -= 1;
    }
    s
}

/// Whether the byte before `s` ends a plain word boundary: the start, a space, or an
/// opening bracket (not a path, a name with underscores or an address).
fn plain_boundary(b: &[u8], s: usize) -> bool {
    s == 0 || matches!(b[s - 1], b' ' | b'\n' | b'\t' | b'(')
}

/// Whether the run of letters from `at` (lower-case after its first) is a whole word of
/// two letters or more (not an address, a path or a code name).
fn next_is_word(b: &[u8], at: usize) -> bool {
    let mut e = at + usize::from(b.get(at).is_some_and(u8::is_ascii_uppercase));
    while e < b.len() && b[e].is_ascii_lowercase() {
        e += 1;
    }
    let glued = match b.get(e) {
        Some(c) if c.is_ascii_alphanumeric() || matches!(c, b'_' | b'@' | b'/') => true,
        Some(b'.') => b.get(e + 1).is_some_and(u8::is_ascii_alphanumeric),
        _ => false,
    };
    e - at >= 2 && !glued
}

/// `_`, `~`, `^` or `@` after a word of two letters or more: none ends an English word. The
/// same symbol opening a word earlier on the line (`_emphasis_`, `~struck~`) closes that.
fn symbol_after_word(b: &[u8], i: usize) -> bool {
    let s = word_start(b, i);
    if i - s < 2 || !plain_boundary(b, s) {
        return false;
    }
    // an opener of the same symbol on the line before it, within reach
    let from = i.saturating_sub(200);
    let line = &b[from..s];
    let line = match line.iter().rposition(|&c| c == b'\n') {
        Some(n) => &line[n + 1..],
        None => line,
    };
    !line.contains(&b[i])
}

/// Words written with their last letter elided (`ol' man`, `rock an' roll`, `th' end`).
const ELIDED: [&[u8]; 3] = [b"ol", b"an", b"th"];

/// `'` after a word that no possessive or elision ends (`the cargo' was`): not after `s`,
/// `z` or `x` (`players'`, `Hernandez'`), nor `-in'` (`goin'`), nor a one-letter word
/// (`o'`, `n'`), nor when a single quote opens on the line before it (`'the cargo' was`).
fn apostrophe_after_word(b: &[u8], i: usize) -> bool {
    let s = word_start(b, i);
    let word = &b[s..i];
    if word.len() < 2
        || !plain_boundary(b, s)
        || matches!(word[word.len() - 1].to_ascii_lowercase(), b's' | b'z' | b'x')
        || (word.len() >= 4 && word.to_ascii_lowercase().ends_with(b"in"))
        || ELIDED.iter().any(|e| word.eq_ignore_ascii_case(e))
    {
        return false;
    }
    let from = s.saturating_sub(300);
    let before = &b[from..s];
    let before = match before.iter().rposition(|&c| c == b'\n') {
        Some(n) => &before[n + 1..],
        None => before,
    };
    // an opening single quote: `'` or `‘` at a word's start
    let opens = before
        .windows(2)
        .any(|w| matches!(w[0], b' ' | b'(' | b'"') && w[1] == b'\'')
        || before.first() == Some(&b'\'')
        || before.windows(3).any(|w| w == "\u{2018}".as_bytes());
    !opens
}

/// `"` after a word that closes no quotation (`the night ferry" left`): the nearest double
/// quote before it in its paragraph (within reach) is no opener, or there is none.
fn quote_after_word(b: &[u8], i: usize) -> bool {
    let s = word_start(b, i);
    if i - s < 2 || !plain_boundary(b, s) {
        return false;
    }
    let from = i.saturating_sub(2000);
    let mut end = s;
    // (0x9C is the last byte of an opening curly quote, `“`)
    while let Some(n) = memchr::memrchr3(b'"', b'\n', 0x9C, &b[from..end]).map(|n| from + n) {
        end = n;
        match b[n] {
            b'"' => {
                // an opener: at the start or after a space or bracket, before a non-space
                let after_gap = n == 0 || matches!(b[n - 1], b' ' | b'\n' | b'\t' | b'(');
                return !(after_gap && b.get(n + 1).is_some_and(|c| !c.is_ascii_whitespace()));
            }
            // a curly quote: quoting in another style is not this rule's to judge
            0x9C if n >= 2 && b[n - 2] == 0xE2 && b[n - 1] == 0x80 => return false,
            b'\n' if n > 0 && b[n - 1] == b'\n' => return true,
            _ => {}
        }
    }
    // no paragraph start within reach: a long paragraph is left alone
    from == 0
}

/// A mark after `the` or `an`, which end no phrase (`closed the: harbour road`).
fn mark_after_closed_word(b: &[u8], i: usize) -> bool {
    let s = word_start(b, i);
    s > 0 && b[s - 1] == b' ' && matches!(&b[s..i], b"the" | b"an")
}

/// A hyphen glued to the end of a word before a space and a lower-case word (`organic-
/// matter`), unless it is a suspended compound (`pre- and post-war`, `short- to long-term`).
fn dangling_hyphen(b: &[u8], i: usize) -> bool {
    let s = word_start(b, i);
    if i - s < 2 || !plain_boundary(b, s) {
        return false;
    }
    let mut e = i + 2;
    while e < b.len() && b[e].is_ascii_lowercase() {
        e += 1;
    }
    !matches!(&b[i + 2..e], b"and" | b"or" | b"to" | b"nor" | b"than" | b"as" | b"through" | b"vs" | b"versus" | b"rather" | b"but")
}
