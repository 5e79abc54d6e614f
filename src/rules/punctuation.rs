//! Punctuation and typography: doubled or conflicting marks, quotes facing the
//! wrong way, spaces before marks and inside brackets, sentences glued together,
//! and quotation marks of other languages.

use std::borrow::Cow;

use crate::document::Document;
use crate::finding::{Category, Edit, Finding, Fix, Severity};
use crate::hash::FastSet;
use crate::rules::{Example, Rule, RuleMeta};
use crate::text::{
    char_at, char_before, floor_boundary, is_abbreviation_before, skip_hspace, skip_hspace_back,
};
use once_cell::sync::Lazy;
use regex::Regex;

const OPEN_DQ: char = '“';
const CLOSE_DQ: char = '”';

/// Doubled or conflicting sentence punctuation: `soil. .`, `,,`, `said Lee.,`, `end,.`.
pub struct DoubledPunctuation;

static DOUBLED: RuleMeta = RuleMeta {
    id: "punctuation/doubled-punctuation",
    category: Category::Punctuation,
    severity: Severity::Warning,
    default_enabled: true,
    summary: "two sentence marks in a row where English has one (`. .`, `,,`, `.,`, `,.`, `?.`)",
    flags: &[
        Example {
            text: "They left the island. .\nNext day",
            fixed: "They left the island.\nNext day",
        },
        Example {
            text: "However,, the plan failed.",
            fixed: "However, the plan failed.",
        },
        Example {
            text: "said Okafor., who led the team",
            fixed: "said Okafor, who led the team",
        },
        Example {
            text: "The talks ended,. Nobody spoke.",
            fixed: "The talks ended. Nobody spoke.",
        },
        Example {
            text: "Was it worth it?. Nobody knows.",
            fixed: "Was it worth it? Nobody knows.",
        },
        Example {
            text: "the new rules;. Then",
            fixed: "the new rules; Then",
        },
    ],
    passes: &[
        "He paused... and went on. Then: “Well…”",
        "Troops from the U.S., Britain and France, e.g., the 5th Army, etc.) left.",
        "She wrote to Acme Inc., and to Mr. Wang, in Jan., asking why . . . nothing came.",
        "Visit example.com,.net and .org domains: see https://x.org/?a=1,,2 for details.",
        "Wait.. what? That was odd.. really.",
    ],
};

impl Rule for DoubledPunctuation {
    fn meta(&self) -> &'static RuleMeta {
        &DOUBLED
    }

    fn check(&self, doc: &Document<'_>, out: &mut Vec<Finding>) {
        let text = doc.text();
        let bytes = text.as_bytes();
        let mut next = 0; // marks before this are part of a finding
        for &i in doc.marks() {
            let p1 = bytes[i];
            if i < next || !matches!(p1, b'.' | b',' | b';' | b'?' | b'!') {
                continue;
            }
            let j = skip_hspace(text, i + 1);
            let Some(&p2) = bytes.get(j) else { break };
            if !matches!(p2, b'.' | b',' | b';') {
                continue;
            }
            let spaced = j > i + 1;
            let after = bytes.get(j + 1).copied();
            let dot_before = i > 0 && bytes[i - 1] == b'.';
            let ends = after.is_none_or(|b| matches!(b, b' ' | b'\t' | b'\n' | b'\r'));
            // (delete range, message, safe)
            let verdict: Option<(std::ops::Range<usize>, &str, bool)> = match (p1, p2) {
                // `. .` — but not a spaced ellipsis `. . .`, nor `.. `
                (b'.', b'.')
                    if spaced
                        && !dot_before
                        && after != Some(b'.')
                        && !spaced_dot_after(text, j + 1)
                        && !preceded_by_spaced_dot(text, i) =>
                {
                    Some((i + 1..j + 1, "stray second period; keep one", true))
                }
                (b',', b',') => Some((i + 1..j + 1, "doubled comma; keep one", true)),
                (b'.', b',')
                    if !dot_before
                        && !is_abbreviation_before(text, i)
                        && letters_before(bytes, i) >= 4 =>
                {
                    let lower_next = bytes
                        .get(skip_hspace(text, j + 1))
                        .is_some_and(u8::is_ascii_lowercase);
                    Some((
                        i..j,
                        "period before a comma; the sentence goes on, keep the comma",
                        lower_next && ends,
                    ))
                }
                (b',', b'.') if ends && !spaced => {
                    Some((i..j, "comma before a period; keep the period", true))
                }
                (b'?' | b'!', b'.') if !spaced && after != Some(b'.') => Some((
                    i + 1..j + 1,
                    "period after a question or exclamation mark; drop it",
                    true,
                )),
                (b';', b'.') if !spaced && ends => {
                    Some((j..j + 1, "period after a semicolon; keep one mark", false))
                }
                (b';', b';') => Some((i + 1..j + 1, "doubled semicolon; keep one", true)),
                _ => None,
            };
            if let Some((del, msg, safe)) = verdict {
                if !doc.is_protected(i..j + 1) {
                    let fix = if safe {
                        Fix::safe(Edit::delete(del))
                    } else {
                        Fix::review(Edit::delete(del))
                    };
                    out.push(DOUBLED.finding(i..j + 1, msg).with_fix(fix));
                }
                next = j + 1;
            }
        }
    }
}

/// The number of ASCII letters just before byte `i`.
fn letters_before(bytes: &[u8], i: usize) -> usize {
    bytes[..i]
        .iter()
        .rev()
        .take_while(|b| b.is_ascii_alphabetic())
        .count()
}

/// Whether a spaced `.` follows at `at` (`. .` continuing into an ellipsis).
fn spaced_dot_after(text: &str, at: usize) -> bool {
    let k = skip_hspace(text, at);
    k > at && text.as_bytes().get(k) == Some(&b'.')
}

/// Whether the period at `i` is itself preceded by `. ` (the middle of `. . .`).
fn preceded_by_spaced_dot(text: &str, i: usize) -> bool {
    let k = skip_hspace_back(text, i);
    k < i && k > 0 && text.as_bytes()[k - 1] == b'.'
}

/// An opening quotation mark used to close a quotation (`cooperation. “, Mr. Wang`),
/// or a closing one used to open it (`said ”Hello`).
pub struct WrongWayQuote;

static WRONG_WAY: RuleMeta = RuleMeta {
    id: "punctuation/wrong-way-quote",
    category: Category::Punctuation,
    severity: Severity::Warning,
    default_enabled: true,
    summary:
        "a quotation mark facing the wrong way, often with a stray period (`deal. “, he said`)",
    flags: &[
        Example {
            text: "“We want a fair deal. “, Ms. Okafor said.",
            fixed: "“We want a fair deal,” Ms. Okafor said.",
        },
        Example {
            text: "He called it “a disaster “, then left.",
            fixed: "He called it “a disaster”, then left.",
        },
        Example {
            text: "“It is over! “, she shouted.",
            fixed: "“It is over!” she shouted.",
        },
        Example {
            text: "The sign read ”Closed” all week.",
            fixed: "The sign read “Closed” all week.",
        },
        Example {
            text: "She said: “We will win. “\nThen she left.",
            fixed: "She said: “We will win.”\nThen she left.",
        },
    ],
    passes: &[
        "“We want a fair deal,” Ms. Okafor said.",
        "He said: “\nThe next line starts the quote.",
        "“…and then nothing,” she said. “... Or so I thought.”",
        "He read “The Hobbit”, “Dune” and “Emma”.",
        "Quotes such as “ are typographic; ” too.",
        "German style „wie hier“, or glued “like this“, is another rule’s.",
    ],
};

impl Rule for WrongWayQuote {
    fn meta(&self) -> &'static RuleMeta {
        &WRONG_WAY
    }

    fn check(&self, doc: &Document<'_>, out: &mut Vec<Finding>) {
        let text = doc.text();
        // quotation marks seen on the current line so far, to tell a stray space
        // before a closer from a closer used as an opener
        let (mut opened, mut closed) = (0usize, 0usize);
        for q in memchr::memchr2_iter(b'\n', 0xE2, text.as_bytes()) {
            let c = match text.as_bytes()[q] {
                b'\n' => "\n",
                _ if text[q..].starts_with(OPEN_DQ) => "“",
                _ if text[q..].starts_with(CLOSE_DQ) => "”",
                _ => continue,
            };
            let qe = q + c.len();
            if c == "\n" {
                (opened, closed) = (0, 0);
            } else if c.starts_with(OPEN_DQ) {
                if let Some(f) = opener_as_closer(text, q, qe) {
                    out.push(f);
                }
                opened += 1;
            } else {
                if opened <= closed {
                    if let Some(f) = closer_as_opener(text, q, qe) {
                        out.push(f);
                    }
                }
                closed += 1;
            }
        }
    }
}

fn opener_as_closer(text: &str, q: usize, qe: usize) -> Option<Finding> {
    let k = skip_hspace(text, qe);
    let after = char_at(text, k);
    let follow_punct = matches!(after, Some(',' | '.' | ';' | ':' | '!' | '?'));
    let at_line_end = matches!(after, None | Some('\n' | '\r'));
    if !(follow_punct || at_line_end) || text[k..].starts_with("...") {
        return None;
    }
    let b = skip_hspace_back(text, q);
    if b == q {
        return None; // `word“,` glued: a typing slip in a German-style text, not MT spacing
    }
    let before = char_before(text, b)?;
    let prev_punct = matches!(before, '.' | '!' | '?' | ',' | ';');
    if !(crate::text::is_alphanumeric(before) || prev_punct || before == ')' || before == '’') {
        return None;
    }
    if prev_punct && b >= 2 && text.as_bytes()[b - 2] == b'.' {
        return None; // an ellipsis before the quote
    }
    if at_line_end && !prev_punct {
        return None; // `word “` at a line end: could open a quote on the next line
    }
    let (start, end, replacement) = match (prev_punct, follow_punct) {
        (true, true) => {
            let f = after.unwrap_or(',');
            let keep = if matches!(before, '?' | '!') {
                before
            } else if f == ',' {
                ','
            } else {
                before
            };
            (b - 1, k + 1, format!("{keep}{CLOSE_DQ}"))
        }
        (true, false) => (b - 1, k, format!("{before}{CLOSE_DQ}")),
        (false, _) => (b, qe, CLOSE_DQ.to_string()),
    };
    let span = start.min(q)..end.max(qe);
    Some(
        WRONG_WAY
            .finding(
                span,
                "opening quotation mark “ where the quotation ends; close it with ”",
            )
            .with_fix(Fix::safe(Edit::new(start..end, replacement))),
    )
}

fn closer_as_opener(text: &str, q: usize, qe: usize) -> Option<Finding> {
    let before = char_before(text, q);
    if !matches!(before, None | Some(' ' | '\t' | '\n' | '(' | '\u{A0}')) {
        return None;
    }
    if !char_at(text, qe).is_some_and(crate::text::is_alphanumeric) {
        return None;
    }
    Some(
        WRONG_WAY
            .finding(
                q..qe,
                "closing quotation mark ” where the quotation begins; open it with “",
            )
            .with_fix(Fix::safe(Edit::new(q..qe, "“"))),
    )
}

/// A space before `, ; : ! ? .` (`now ?`, `the market ,`, French `vraiment ?`).
pub struct SpaceBeforePunctuation;

static SPACE_BEFORE: RuleMeta = RuleMeta {
    id: "punctuation/space-before-punctuation",
    category: Category::Punctuation,
    severity: Severity::Warning,
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

/// Spaces just inside brackets or quotation marks: `( text )`, `“ text ”`, `the“ word`.
pub struct SpaceInsideDelimiters;

static SPACE_INSIDE: RuleMeta = RuleMeta {
    id: "punctuation/space-inside-delimiters",
    category: Category::Punctuation,
    severity: Severity::Warning,
    default_enabled: true,
    summary: "spaces just inside brackets or quotation marks, as untokenised MT leaves them (`( NSC )`, `the“ word ”`)",
    flags: &[
        Example { text: "The council ( NSC ) met.", fixed: "The council (NSC) met." },
        Example { text: "They called it the“ notitia criminis ” of the case.", fixed: "They called it the “notitia criminis” of the case." },
        Example { text: "He spoke of a “ peace plan ”.", fixed: "He spoke of a “peace plan”." },
        Example { text: "See the list [ below ] for more.", fixed: "See the list [below] for more." },
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

/// Two sentences glued without a space: `website.He said`.
pub struct MissingSpaceAfterSentence;

static MISSING_SPACE: RuleMeta = RuleMeta {
    id: "punctuation/missing-space-after-sentence",
    category: Category::Punctuation,
    severity: Severity::Warning,
    default_enabled: false,
    summary: "no space between a sentence end and the next sentence (`website.He said`)",
    flags: &[
        Example {
            text: "It was on the website.He said so.",
            fixed: "It was on the website. He said so.",
        },
        Example {
            text: "Prices rose again!The bank stayed calm.",
            fixed: "Prices rose again! The bank stayed calm.",
        },
        Example {
            text: "Who knew?However, nothing changed.",
            fixed: "Who knew? However, nothing changed.",
        },
    ],
    passes: &[
        "Install Node.js from nodejs.org and open index.html.",
        "The U.S.A. and One.Tel and Halo.Bungie.Org agreed.",
        "Mail me at first.last@example.com. See https://ex.com/page.The end.",
        "He wrote ASP.NET code and read the file.IO docs.",
        "See fig.The graph?",
    ],
};

/// Capitalised words that begin sentences and rarely follow a period inside a name.
const SENTENCE_STARTERS: &[&str] = &[
    "A",
    "According",
    "After",
    "Also",
    "Although",
    "An",
    "And",
    "As",
    "At",
    "Because",
    "Before",
    "But",
    "Despite",
    "During",
    "Even",
    "For",
    "From",
    "Furthermore",
    "He",
    "Her",
    "Here",
    "His",
    "However",
    "I",
    "If",
    "In",
    "It",
    "Its",
    "Meanwhile",
    "Moreover",
    "My",
    "Now",
    "On",
    "Our",
    "She",
    "Since",
    "So",
    "That",
    "The",
    "Their",
    "Then",
    "There",
    "These",
    "They",
    "This",
    "Those",
    "Though",
    "Today",
    "We",
    "What",
    "When",
    "Where",
    "While",
    "Who",
    "Why",
    "With",
    "Yesterday",
    "Yet",
    "You",
];

impl Rule for MissingSpaceAfterSentence {
    fn meta(&self) -> &'static RuleMeta {
        &MISSING_SPACE
    }

    fn check(&self, doc: &Document<'_>, out: &mut Vec<Finding>) {
        let text = doc.text();
        let bytes = text.as_bytes();
        for &i in doc.marks() {
            if !matches!(bytes[i], b'.' | b'!' | b'?')
                || !bytes.get(i + 1).is_some_and(u8::is_ascii_uppercase)
            {
                continue;
            }
            // left: a lower-case word of at least 3 letters, not part of a dotted name
            let mut s = i;
            while s > 0 && bytes[s - 1].is_ascii_lowercase() {
                s -= 1;
            }
            if i - s < 3
                || crate::text::ABBREVIATIONS
                    .binary_search(&&text[s..i])
                    .is_ok()
                || (s > 0
                    && (bytes[s - 1].is_ascii_alphanumeric()
                        || matches!(bytes[s - 1], b'.' | b'@' | b'/' | b'_' | b'-')))
            {
                continue;
            }
            // right: a sentence-starting word followed by a space
            let mut e = i + 1;
            while e < bytes.len() && bytes[e].is_ascii_alphabetic() {
                e += 1;
            }
            if bytes.get(e) != Some(&b' ') && bytes.get(e) != Some(&b',') {
                continue;
            }
            if SENTENCE_STARTERS.binary_search(&&text[i + 1..e]).is_err() || doc.is_protected(s..e)
            {
                continue;
            }
            out.push(
                MISSING_SPACE
                    .finding(i..e, "no space after the end of a sentence; add one")
                    .with_fix(Fix::safe(Edit::insert(i + 1, " "))),
            );
        }
    }
}

/// Quotation marks of other languages in English prose: `«paix»`, `„Frieden“`, `»so«`.
pub struct ForeignQuotes;

static FOREIGN_QUOTES: RuleMeta = RuleMeta {
    id: "punctuation/foreign-quotes",
    category: Category::Punctuation,
    severity: Severity::Warning,
    default_enabled: true,
    summary: "guillemets or low-9 quotation marks around English text; English uses “ ”",
    flags: &[
        Example {
            text: "He called it « a historic step » on Monday.",
            fixed: "He called it “a historic step” on Monday.",
        },
        Example {
            text: "The paper said „nothing will change“ soon.",
            fixed: "The paper said “nothing will change” soon.",
        },
        Example {
            text: "They wanted «peace» and »bread« now.",
            fixed: "They wanted “peace” and “bread” now.",
        },
        Example {
            text: "A ‹small› word.",
            fixed: "A ‘small’ word.",
        },
    ],
    passes: &[
        "The motto « Liberté, égalité, fraternité » is French; so is « je ne regrette rien ».",
        "Russians call it «спецоперация» in print.",
        "Home » News » World",
        "She shouted „Wir sind das Volk“ with them.",
        "He called it “a historic step” on Monday.",
    ],
};

/// Function words of French, German, Spanish, Italian and Portuguese that are not English words.
/// Compared case-sensitively: these are lower-case in running text (`Le Monde` is a name).
const FOREIGN_STOPWORDS: &[&str] = &[
    "auf", "aux", "ce", "cette", "che", "como", "das", "del", "dem", "der", "du", "ein", "eine",
    "el", "elle", "es", "est", "et", "für", "gli", "ich", "il", "ils", "ist", "je", "la", "las",
    "le", "les", "los", "mit", "ne", "nicht", "nous", "não", "os", "para", "pas", "por", "pour",
    "que", "qui", "sind", "sont", "sur", "una", "und", "une", "uno", "vous", "wir", "zu", "è", "é",
];

fn looks_foreign(s: &str) -> bool {
    if s.chars()
        .any(|c| crate::text::is_alphabetic(c) && !crate::text::is_latin(c))
    {
        return true;
    }
    let (mut foreign, mut accented, mut words) = (0, 0, 0);
    for w in s.split(|c: char| !crate::text::is_alphanumeric(c) && c != '\'') {
        if w.is_empty() {
            continue;
        }
        words += 1;
        if is_foreign_stopword(w) {
            foreign += 1;
        }
        if !w.is_ascii() {
            accented += 1;
        }
    }
    // function words of another language, or mostly accented words (`Liberté, égalité`)
    foreign >= 1 || (accented >= 2 && accented * 2 >= words)
}

impl Rule for ForeignQuotes {
    fn meta(&self) -> &'static RuleMeta {
        &FOREIGN_QUOTES
    }

    fn check(&self, doc: &Document<'_>, out: &mut Vec<Finding>) {
        let text = doc.text();
        let mut from = 0;
        let mut foreign_line_cache: Option<(usize, bool)> = None;
        let b = text.as_bytes();
        let opener_from = |from: usize| {
            memchr::memchr2_iter(0xC2, 0xE2, b.get(from..)?)
                .map(|p| from + p)
                // « and » are C2 AB and C2 BB; „ ‹ ‚ are E2 80 9E, B9 and 9A (a
                // test of the bytes: most E2 are the common curly quotes)
                .find(|&q| {
                    matches!(
                        (b[q], b.get(q + 1), b.get(q + 2)),
                        (0xC2, Some(0xAB | 0xBB), _) | (0xE2, Some(0x80), Some(0x9E | 0xB9 | 0x9A))
                    )
                })
        };
        while let Some(q) = opener_from(from) {
            let open = char_at(text, q).unwrap_or(' ');
            let qe = q + open.len_utf8();
            from = qe;
            let (closers, single): (&[char], bool) = match open {
                '«' => (&['»'], false),
                '»' => (&['«'], false),
                '„' => (&['“', '”'], false),
                '‹' => (&['›'], true),
                _ => (&['‘', '’'], true),
            };
            let line = doc.line_at(q);
            // a quotation of more than 400 chars is no `« word »`; the bound keeps the scan linear
            let window_end = floor_boundary(text, line.end.min(qe + 1600));
            let Some(crel) = text[qe..window_end].find(closers) else {
                continue;
            };
            let c = qe + crel;
            let close = char_at(text, c).unwrap_or(' ');
            let ce = c + close.len_utf8();
            let inner_start = skip_hspace(text, qe);
            let inner_end = skip_hspace_back(text, c);
            if inner_end <= inner_start || text[inner_start..inner_end].chars().count() > 400 {
                continue;
            }
            // `Home » News »` is a breadcrumb: a `»` opener must hug its word
            if open == '»' && inner_start != qe {
                continue;
            }
            if looks_foreign(&text[inner_start..inner_end]) {
                continue;
            }
            // whether the line is in another language, computed once per line
            let foreign_line = match foreign_line_cache {
                Some((start, v)) if start == line.start => v,
                _ => {
                    let v = looks_foreign_line(&text[line.clone()]);
                    foreign_line_cache = Some((line.start, v));
                    v
                }
            };
            if foreign_line {
                continue;
            }
            let (o, cl) = if single {
                ("‘", "’")
            } else {
                ("“", "”")
            };
            let fix = Fix::safe([Edit::new(q..inner_start, o), Edit::new(inner_end..ce, cl)]);
            out.push(
                FOREIGN_QUOTES
                    .finding(q..ce, foreign_quotes_message(open, close))
                    .with_fix(fix),
            );
            from = ce;
        }
    }
}

/// Whether `w` is one of [`FOREIGN_STOPWORDS`] (a key filter first: most words are not).
fn is_foreign_stopword(w: &str) -> bool {
    static FILTER: once_cell::sync::Lazy<crate::hash::KeyFilter> =
        once_cell::sync::Lazy::new(|| FOREIGN_STOPWORDS.iter().copied().collect());
    FILTER.may_contain(w) && FOREIGN_STOPWORDS.binary_search(&w).is_ok()
}

/// The message for a pair of foreign quotation marks (a constant for each pair the rule finds).
fn foreign_quotes_message(open: char, close: char) -> Cow<'static, str> {
    Cow::Borrowed(match (open, close) {
        ('«', '»') => "`«…»` are not English quotation marks; use `“…”`",
        ('»', '«') => "`»…«` are not English quotation marks; use `“…”`",
        ('„', '“') => "`„…“` are not English quotation marks; use `“…”`",
        ('„', '”') => "`„…”` are not English quotation marks; use `“…”`",
        ('‹', '›') => "`‹…›` are not English quotation marks; use `‘…’`",
        ('‚', '‘') => "`‚…‘` are not English quotation marks; use `‘…’`",
        ('‚', '’') => "`‚…’` are not English quotation marks; use `‘…’`",
        _ => return Cow::Owned(format!("`{open}…{close}` are not English quotation marks")),
    })
}

/// A line where other languages' function words outnumber English ones.
fn looks_foreign_line(line: &str) -> bool {
    let (mut en, mut fo) = (0, 0);
    let mut count = |w: &str| {
        let english = matches!(
            w,
            "a" | "an"
                | "and"
                | "are"
                | "as"
                | "at"
                | "be"
                | "by"
                | "for"
                | "from"
                | "in"
                | "is"
                | "it"
                | "of"
                | "on"
                | "that"
                | "the"
                | "this"
                | "to"
                | "was"
                | "with"
        );
        if english {
            en += 1;
        } else if is_foreign_stopword(w) {
            fo += 1;
        }
    };
    // the maximal runs of letters and digits (the pieces of a split at every
    // other char, less the empty ones), a byte at a time for ASCII
    let b = line.as_bytes();
    let mut start = None;
    let mut i = 0;
    while i < b.len() {
        let (alnum, len) = if b[i] < 0x80 {
            (b[i].is_ascii_alphanumeric(), 1)
        } else {
            match char_at(line, i) {
                Some(c) => (crate::text::is_alphanumeric(c), c.len_utf8()),
                None => (false, 1),
            }
        };
        match (alnum, start) {
            (true, None) => start = Some(i),
            (false, Some(s)) => {
                count(&line[s..i]);
                start = None;
            }
            _ => {}
        }
        i += len;
    }
    if let Some(s) = start {
        count(&line[s..]);
    }
    fo > en
}

/// A period inside a sentence, before a lower-case word: `the crime scheme. corruption in`.
pub struct StrayPeriod;

static STRAY_PERIOD: RuleMeta = RuleMeta {
    id: "punctuation/stray-period",
    category: Category::Punctuation,
    severity: Severity::Warning,
    default_enabled: true,
    summary: "a period before a lower-case word mid-line (`the scheme. corruption in`): a stray period or a sentence that lost its capital",
    flags: &[
        Example { text: "They studied the crime scheme. corruption in the ministry grew.", fixed: "They studied the crime scheme. corruption in the ministry grew." },
        Example { text: "It became an example to follow. in the face of the crisis, it held.", fixed: "It became an example to follow. in the face of the crisis, it held." },
        Example { text: "Everyone will eat well every weekend. of the trade group, he said.", fixed: "Everyone will eat well every weekend. of the trade group, he said." },
        // multi-byte text right after: the look-ahead window must not cut a char (found by fuzzing)
        Example { text: "The spoke. on the way, €€€€€€€€€€€€€€€ here", fixed: "The spoke. on the way, €€€€€€€€€€€€€€€ here" },
    ],
    passes: &[
        "Costs, taxes etc. are extra; the set incl. primer is sold; 5 min. from the station.",
        "He won the last round. dpa\nThe next race is in May.",
        "Read the U.S. report, e.g. the annex, at 5 p.m. today.",
        "Mr. smith and Dr. jones arrived; vs. them, approx. ten.",
        "Costs etc. apply and fig. two shows it; see example.com. more",
        "Toy set: 2 rods, 3 AA batt. not incl., box.",
    ],
};

impl Rule for StrayPeriod {
    fn meta(&self) -> &'static RuleMeta {
        &STRAY_PERIOD
    }

    fn check(&self, doc: &Document<'_>, out: &mut Vec<Finding>) {
        let text = doc.text();
        let bytes = text.as_bytes();
        for i in memchr::memmem::find_iter(bytes, ". ") {
            // most sentences go on with a capital: test that first
            if !bytes.get(i + 2).is_some_and(u8::is_ascii_lowercase) {
                continue;
            }
            // left: a lower-case word of 3+ letters that is no abbreviation
            let s = i - letters_before(bytes, i);
            if i - s < 3 || !bytes[s..i].iter().all(u8::is_ascii_lowercase) {
                continue;
            }
            if s > 0
                && (bytes[s - 1].is_ascii_alphanumeric()
                    || matches!(bytes[s - 1], b'.' | b'@' | b'/' | b'_'))
            {
                continue;
            }
            if crate::text::ABBREVIATIONS
                .binary_search(&&text[s..i])
                .is_ok()
                || matches!(&text[s..i], "excl" | "min" | "max" | "ca" | "pcs")
            {
                continue;
            }
            // right: a lower-case word of 2+ letters, and the line goes on after it
            let r = i + 2;
            let mut e = r;
            while e < bytes.len() && bytes[e].is_ascii_lowercase() {
                e += 1;
            }
            if e - r < 2
                || bytes
                    .get(e)
                    .is_some_and(|b| b.is_ascii_alphanumeric() || *b >= 0x80)
            {
                continue;
            }
            let line_end = doc.line_at(i).end;
            if text[e..line_end].trim().is_empty() || doc.is_protected(s..e) {
                continue; // `round. dpa`: a lower-case credit ends the line
            }
            // a list written in abbreviations (`3 AA bat. not incl.`): another
            // abbreviation with its period follows within two words
            let ahead = &text[e..crate::text::floor_boundary(text, line_end.min(e + 24)).max(e)];
            let abbreviated = ahead.split(' ').take(3).any(|w| {
                w.strip_suffix(['.', ','])
                    .map(|w| w.trim_end_matches('.'))
                    .is_some_and(|w| crate::text::ABBREVIATIONS.binary_search(&w).is_ok())
                    && w.contains('.')
            });
            if abbreviated {
                continue;
            }
            out.push(STRAY_PERIOD.finding(i..e, "a period before a lower-case word: a stray period, or a sentence that should start with a capital"));
        }
    }
}

/// Two periods between spaces used as a separator: `in Islamabad .. A message`.
pub struct SpacedDoubleDot;

static SPACED_DOUBLE_DOT: RuleMeta = RuleMeta {
    id: "punctuation/spaced-double-dot",
    category: Category::Punctuation,
    severity: Severity::Warning,
    default_enabled: true,
    summary: "two periods used as a separator (`the vision .. preserves`), a headline convention of other languages",
    flags: &[
        Example { text: "The project in the capital .. A message of peace.", fixed: "The project in the capital — A message of peace." },
        Example { text: "Yes .. yes .. new laws.", fixed: "Yes — yes — new laws." },
        Example { text: "The plan .. and the hopes): it is good.", fixed: "The plan — and the hopes): it is good." },
    ],
    passes: &[
        "He paused... then went on. Wait.. what?",
        "Run `cd ..` twice, or ../bin/tool.",
        "The range 1..5 and a . . . spaced ellipsis.",
    ],
};

impl Rule for SpacedDoubleDot {
    fn meta(&self) -> &'static RuleMeta {
        &SPACED_DOUBLE_DOT
    }

    fn check(&self, doc: &Document<'_>, out: &mut Vec<Finding>) {
        let text = doc.text();
        let bytes = text.as_bytes();
        for i in memchr::memmem::find_iter(bytes, " ..") {
            let e = i + 3;
            if i == 0 || !bytes[i - 1].is_ascii_alphanumeric() || bytes.get(e) == Some(&b'.') {
                continue;
            }
            let k = if bytes.get(e) == Some(&b' ') {
                e + 1
            } else {
                e
            };
            if !char_at(text, k).is_some_and(crate::text::is_alphabetic) || doc.is_protected(i..k) {
                continue;
            }
            out.push(
                SPACED_DOUBLE_DOT
                    .finding(
                        i + 1..e,
                        "two periods as a separator; use a dash, a colon or a sentence break",
                    )
                    .with_fix(Fix::review(Edit::new(i..k, " — "))),
            );
        }
    }
}

/// An appositive after a name left open before the verb: `Dmitry Peskov, Kremlin
/// spokesman said` for `Dmitry Peskov, Kremlin spokesman, said`.
pub struct UnclosedAppositive;

static APPOSITIVE: RuleMeta = RuleMeta {
    id: "punctuation/unclosed-appositive",
    category: Category::Punctuation,
    severity: Severity::Warning,
    default_enabled: true,
    summary: "an appositive after a name not closed before the verb (`Dmitry Peskov, Kremlin spokesman said`)",
    flags: &[
        Example { text: "Dmitry Peskov, Kremlin spokesman said the talks went well.", fixed: "Dmitry Peskov, Kremlin spokesman, said the talks went well." },
        Example { text: "Maria Okafor, the council leader said on Monday that it was over.", fixed: "Maria Okafor, the council leader, said on Monday that it was over." },
        Example { text: "It rained. Li Wei, a senior trade official told reporters so.", fixed: "It rained. Li Wei, a senior trade official, told reporters so." },
        Example { text: "Anna Schmidt, the bank's chief economist said rates would rise.", fixed: "Anna Schmidt, the bank's chief economist, said rates would rise." },
        Example { text: "John Kirby, White House spokesman added that no date was set.", fixed: "John Kirby, White House spokesman, added that no date was set." },
    ],
    passes: &[
        "Dmitry Peskov, the Kremlin spokesman, said the talks went well.",
        "Kremlin spokesman Dmitry Peskov said the talks went well.",
        "Peter Smith, Jane Doe and the spokesman said nothing.",
        "The minister, his spokesman said, was away.",
        "Reporters asked whether Anna Schmidt, the economist said to be leaving, would stay.",
    ],
};

/// The titles an appositive ends with.
const APPOSITIVE_ROLES: &str = "spokesman|spokeswoman|spokesperson|minister|president|adviser|advisor|secretary|director|chief|head|leader|ambassador|official|analyst|professor|chairman|chairwoman|CEO|founder|governor|mayor|senator|commander|envoy|correspondent|editor|economist|researcher|expert|coach|manager|captain|representative|deputy";
/// The reporting verbs that follow it.
const APPOSITIVE_VERBS: &str =
    "said|says|told|tells|added|adds|stressed|noted|explained|stated|declared";

/// The titles of [`APPOSITIVE_ROLES`], one by one.
pub(crate) fn appositive_roles() -> impl Iterator<Item = &'static str> {
    APPOSITIVE_ROLES.split('|')
}

static APPOSITIVE_RE: Lazy<Regex> = Lazy::new(|| {
    Regex::new(&format!(
        r"([A-Z][a-z]+(?: [A-Z][a-z]+){{1,2}}), ((?:[A-Za-z'’-]+ ){{0,4}}?(?:{APPOSITIVE_ROLES})) (?:{APPOSITIVE_VERBS})(?-u:\b)"
    ))
    .expect("appositive regex")
});

/// The titles and the verbs, as sets.
static APPOSITIVE_WORDS: Lazy<(FastSet<&str>, FastSet<&str>)> = Lazy::new(|| {
    (
        APPOSITIVE_ROLES.split('|').collect(),
        APPOSITIVE_VERBS.split('|').collect(),
    )
});

impl Rule for UnclosedAppositive {
    fn meta(&self) -> &'static RuleMeta {
        &APPOSITIVE
    }

    fn check(&self, doc: &Document<'_>, out: &mut Vec<Finding>) {
        let text = doc.text();
        if !text.contains(", ") {
            return;
        }
        // Every match ends with a title, a space and a verb (then a word boundary):
        // the titles are found among the tagged words. Each ends at most one
        // match; the full pattern runs only on the start of its line, at most 400
        // bytes back (the name and the appositive are a few words).
        let (roles, verbs) = &*APPOSITIVE_WORDS;
        let b = text.as_bytes();
        let words = doc.words();
        let hints = doc
            .tagged(crate::tags::Tag::AppositiveRole)
            .filter_map(|k| {
                let (rs, re) = words[k];
                if b.get(re) != Some(&b' ') || !roles.contains(&text[rs..re]) {
                    return None;
                }
                let vs = re + 1;
                let ve = vs
                    + b[vs..]
                        .iter()
                        .take_while(|c| c.is_ascii_alphabetic())
                        .count();
                let boundary = b
                    .get(ve)
                    .is_none_or(|c| !(c.is_ascii_digit() || *c == b'_'));
                (boundary && verbs.contains(&text[vs..ve])).then_some(rs..ve)
            });
        let matches = hints.filter_map(|hint| {
            let from = doc
                .line_at(hint.start)
                .start
                .max(floor_boundary(text, hint.start.saturating_sub(400)));
            APPOSITIVE_RE
                .captures_iter(&text[from..hint.end])
                .find(|c| c.get(0).is_some_and(|m| from + m.end() == hint.end))
                .and_then(|c| {
                    Some((
                        from + c.get(1)?.start(),
                        from + c.get(2)?.start()..from + c.get(2)?.end(),
                    ))
                })
        });
        for (name_start, role) in matches {
            // the name starts a sentence; the appositive is no list (`A, B and C said`)
            let before = text[..name_start].trim_end_matches([' ', '“', '"']);
            // a tag just before (`<p>Dmitry Peskov, ...`) also starts a sentence
            let after_tag = !before.is_empty() && doc.markup_at(before.len() - 1).is_some();
            let starts = crate::text::starts_sentence(text, name_start) || after_tag;
            let middle = &text[role.clone()];
            if !starts
                || middle.contains(" and ")
                || middle.contains(" or ")
                || doc.is_protected(name_start..role.end)
            {
                continue;
            }
            out.push(
                APPOSITIVE
                    .finding(
                        name_start..role.end,
                        format!(
                            "the appositive `{middle}` is not closed: put a comma before the verb"
                        ),
                    )
                    .with_fix(Fix::review(Edit::insert(role.end, ","))),
            );
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// [`looks_foreign_line`] as it was written first: split at every char that is
    /// no letter or digit.
    fn looks_foreign_line_by_split(line: &str) -> bool {
        let (mut en, mut fo) = (0, 0);
        for w in line.split(|c: char| !c.is_alphanumeric()) {
            if [
                "a", "an", "and", "are", "as", "at", "be", "by", "for", "from", "in", "is", "it",
                "of", "on", "that", "the", "this", "to", "was", "with",
            ]
            .contains(&w)
            {
                en += 1;
            } else if FOREIGN_STOPWORDS.contains(&w) {
                fo += 1;
            }
        }
        fo > en
    }

    proptest::proptest! {
        #[test]
        fn foreign_lines_are_counted_as_by_splitting(
            parts in proptest::collection::vec(proptest::sample::select(vec![
                "the", "la", "le", "und", "für", "é", "è", "a", " ", "«", "»", ",", "3", "Der",
                "est", "ist", "x", "то", "日本", "\u{301}", "-", "de", "l'", "no",
            ]), 0..30)
        ) {
            let line: String = parts.concat();
            proptest::prop_assert_eq!(looks_foreign_line(&line), looks_foreign_line_by_split(&line));
        }
    }

    #[test]
    fn word_lists_are_sorted() {
        for list in [super::SENTENCE_STARTERS, super::FOREIGN_STOPWORDS] {
            crate::text::assert_sorted(list);
        }
    }
}
