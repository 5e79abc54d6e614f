//! The `punctuation/space-inside-delimiters` rule: spaces just inside brackets or quotation marks,
//! as untokenised MT leaves them (`( NSC )`, `the“ word ”`), and a straight quotation mark spaced
//! off the sentence it closes (`the club. " Then`).

use super::marks::{CLOSE_DQ, OPEN_DQ};
use crate::analysis::document::Document;
use crate::finding::{Category, Edit, Finding, Fix, Severity};
use crate::rules::{Example, Rule, RuleMeta};
use crate::text::{char_at, char_before, floor_boundary, skip_hspace, skip_hspace_back};

/// Spaces just inside brackets or quotation marks: `( text )`, `“ text ”`, `the“ word`.
pub struct SpaceInsideDelimiters;

static SPACE_INSIDE: RuleMeta = RuleMeta {
    id: "punctuation/space-inside-delimiters",
    category: Category::Punctuation,
    severity: Severity::Warning,
    triggers: crate::Triggers::Text,
    default_enabled: true,
    summary: "spaces just inside brackets or quotation marks, as untokenised MT leaves them (`( NSC )`, `the“ word ”`)",
    flags: &[
        Example { text: "The council ( NSC ) met.", fixed: "The council (NSC) met." },
        Example { text: "They called it the“ notitia criminis ” of the case.", fixed: "They called it the “notitia criminis” of the case." },
        Example { text: "He spoke of a “ peace plan ”.", fixed: "He spoke of a “peace plan”." },
        Example { text: "See the list [ below ] for more.", fixed: "See the list [below] for more." },
        Example { text: "She wrote: \"We owe it all to the club. \" Then she left.", fixed: "She wrote: \"We owe it all to the club.\" Then she left." },
        Example { text: "“The law is binding ”, the judge wrote.", fixed: "“The law is binding”, the judge wrote." },
        Example {
            text: "“It covers the “crime report” and is binding ”, wrote the judge.",
            fixed: "“It covers the “crime report” and is binding”, wrote the judge.",
        },
    ],
    passes: &[
        "The council (NSC) met; see [1] and “peace plan”.",
        "Smile :-( or ( ; or the ( ) button.",
        "Vote (yes / no) or ( ) for blank.",
        "An empty pair “” or () stays.",
        "The meeting ended. \" Then we left,\" she said.",
        "Type a comma, \" and a quote to close it.",
        "“Go,” he said. “Please wait. ”\nShe demanded: “ We go now”.",
    ],
};

impl Rule for SpaceInsideDelimiters {
    fn meta(&self) -> &'static RuleMeta {
        &SPACE_INSIDE
    }

    fn check(&self, doc: &Document<'_>, out: &mut Vec<Finding>) {
        let text = doc.text();
        let mut pairs: Vec<std::ops::Range<usize>> = Vec::new(); // flagged pairs, in order
        for q in memchr::memchr3_iter(b'(', b'[', 0xE2, text.as_bytes()) {
            let d = match text.as_bytes()[q] {
                b'(' => "(",
                b'[' => "[",
                _ if text[q..].starts_with(OPEN_DQ) => "“",
                _ => continue,
            };
            let open = d.chars().next().unwrap_or('(');
            let close = match open {
                '(' => ')',
                '[' => ']',
                _ => CLOSE_DQ,
            };
            let qe = q + d.len();
            // a pair longer than this is no `( NSC )`; the bound keeps the scan linear
            let line_end = floor_boundary(text, doc.line_at(q).end.min(qe + 1000));
            // the matching closer: the first one on the line, with no opener between
            // (the search stops at the first of either, so each byte is looked at
            // about once however many openers a line has)
            let Some(c) = first_opener_or_closer(text, qe, line_end, open, close) else {
                continue;
            };
            if !text[c..].starts_with(close) {
                continue;
            }
            let ce = c + close.len_utf8();
            let k = skip_hspace(text, qe); // first char inside
            let b = skip_hspace_back(text, c); // end of the inside
            if k >= b {
                continue; // `( )`: nothing inside
            }
            let left = k > qe && char_at(text, k).is_some_and(crate::text::is_alphanumeric);
            let right = b < c
                && char_before(text, b).is_some_and(|p| {
                    crate::text::is_alphanumeric(p) || matches!(p, '.' | '!' | '?' | '%')
                });
            if !char_before(text, q).is_none_or(|p| {
                p.is_whitespace() || crate::text::is_alphanumeric(p) || matches!(p, '"' | '“' | '‘')
            }) {
                continue; // `:-( or`: a face, not a bracket
            }
            let glued_left =
                open == OPEN_DQ && char_before(text, q).is_some_and(crate::text::is_alphanumeric);
            let after = char_at(text, ce);
            let glued_right = open == OPEN_DQ && after.is_some_and(crate::text::is_alphanumeric);
            // Spaces on both sides are untokenised output; a quotation mark whose space
            // moved to the wrong side (`the“ word`, `word ”and`) or a closer spaced off
            // its word before a comma (`binding ”, the`) is MT detokenisation. A single
            // spaced side elsewhere is left alone (a typing slip, not an MT mark).
            let word_end = char_before(text, b).is_some_and(crate::text::is_alphanumeric);
            let flag = (left && (right || glued_left))
                || (right && (glued_right || (word_end && matches!(after, Some(',' | ';' | ':')))));
            if !flag || doc.is_protected(q..ce) {
                continue;
            }
            let mut edits = Vec::new();
            if left {
                edits.push(if glued_left {
                    Edit::new(q..k, format!(" {OPEN_DQ}"))
                } else {
                    Edit::delete(qe..k)
                });
            }
            pairs.push(q..ce);
            if right {
                edits.push(if glued_right {
                    Edit::new(b..ce, format!("{CLOSE_DQ} "))
                } else {
                    Edit::delete(b..c)
                });
            }
            out.push(
                SPACE_INSIDE
                    .finding(
                        q..ce,
                        "space just inside the brackets or quotation marks; remove it",
                    )
                    .with_fix(Fix::safe(edits)),
            );
        }
        // A closing mark spaced off its word before a comma, whose opener the pairing
        // above did not reach (a quotation with a quotation inside).
        for c in memchr::memmem::find_iter(text.as_bytes(), "”") {
            let ce = c + CLOSE_DQ.len_utf8();
            let b = skip_hspace_back(text, c);
            if b == c || !char_before(text, b).is_some_and(crate::text::is_alphanumeric) {
                continue;
            }
            if !matches!(char_at(text, ce), Some(',' | ';' | ':')) {
                continue;
            }
            let k = pairs.partition_point(|p| p.end <= c);
            if pairs.get(k).is_some_and(|p| p.start <= c) || doc.is_protected(b..ce) {
                continue;
            }
            out.push(
                SPACE_INSIDE
                    .finding(b..ce, "space before the closing quotation mark; remove it")
                    .with_fix(Fix::safe(Edit::delete(b..c))),
            );
        }
        spaced_straight_closers(doc, out);
    }
}

/// A straight double quotation mark spaced off the sentence it closes (`club. " Then`): a
/// mark of punctuation, a space, then the mark, which closes a quotation opened earlier on its
/// line (an odd number of straight quotation marks before it) and stands before a space or the
/// line's end.
fn spaced_straight_closers(doc: &Document<'_>, out: &mut Vec<Finding>) {
    let text = doc.text();
    let bytes = text.as_bytes();
    for q in memchr::memmem::find_iter(bytes, " \"") {
        let c = q + 1;
        let Some(&mark) = q.checked_sub(1).and_then(|i| bytes.get(i)) else {
            continue;
        };
        if !matches!(mark, b'.' | b',' | b'!' | b'?') || !matches!(bytes.get(c + 1), None | Some(b' ' | b'\n' | b'\r')) {
            continue;
        }
        let line_start = memchr::memrchr(b'\n', &bytes[..q]).map_or(0, |i| i + 1);
        let before = memchr::memchr_iter(b'"', &bytes[line_start..q]).count();
        if before % 2 == 0 || doc.is_protected(q..c + 1) {
            continue;
        }
        out.push(
            SPACE_INSIDE
                .finding(q..c + 1, "space before the closing quotation mark; remove it")
                .with_fix(Fix::safe(Edit::delete(q..c))),
        );
    }
}

/// The offset of the first `open` or `close` in `text[from..to]`: `(`/`)`,
/// `[`/`]` or `“`/`”`.
fn first_opener_or_closer(
    text: &str,
    from: usize,
    to: usize,
    open: char,
    close: char,
) -> Option<usize> {
    let hay = text.as_bytes().get(from..to)?;
    if open.is_ascii() && close.is_ascii() {
        return memchr::memchr2(open as u8, close as u8, hay).map(|p| from + p);
    }
    // the quotation marks: E2 80 9C and E2 80 9D
    memchr::memchr_iter(0xE2, hay)
        .map(|p| from + p)
        .find(|&p| text[p..].starts_with(open) || text[p..].starts_with(close))
}
