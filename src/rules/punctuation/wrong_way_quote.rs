//! The `punctuation/wrong-way-quote` rule: a quotation mark facing the wrong way, as
//! untokenised MT leaves it: an opener closing a quotation (`deal. “, he said`), a closer
//! opening one (`said ”Hello`) or spaced from its sentence onto the next word (`rise, ”Moreau`),
//! and an opening single quote typed for an apostrophe after a spaced letter (`o ‘clock`).

use super::marks::{CLOSE_DQ, OPEN_DQ};
use crate::analysis::document::Document;
use crate::finding::{Category, Edit, Finding, Fix, Severity};
use crate::rules::{Example, Rule, RuleMeta};
use crate::text::{char_at, char_before, skip_hspace, skip_hspace_back};

/// An opening quotation mark used to close a quotation (`cooperation. “, Mr. Wang`),
/// a closing one used to open it (`said ”Hello`) or glued to the next word (`rise, ”Moreau`),
/// or `‘` for an apostrophe (`o ‘clock`).
pub struct WrongWayQuote;

static WRONG_WAY: RuleMeta = RuleMeta {
    id: "punctuation/wrong-way-quote",
    category: Category::Punctuation,
    severity: Severity::Warning,
    triggers: crate::Triggers::Text,
    default_enabled: true,
    summary:
        "a quotation mark facing the wrong way (`deal. “, he said`, `rise, ”Moreau said`, `o ‘clock`)",
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
        Example {
            text: "“Rents will rise, ”Lindqvist said on Friday.",
            fixed: "“Rents will rise,” Lindqvist said on Friday.",
        },
        Example {
            text: "“Nobody told us. ”The tenants left.",
            fixed: "“Nobody told us.” The tenants left.",
        },
        Example {
            text: "The shop opens at ten o ‘clock every day.",
            fixed: "The shop opens at ten o’clock every day.",
        },
    ],
    passes: &[
        "“We want a fair deal,” Ms. Okafor said.",
        "He said: “\nThe next line starts the quote.",
        "“…and then nothing,” she said. “... Or so I thought.”",
        "He read “The Hobbit”, “Dune” and “Emma”.",
        "Quotes such as “ are typographic; ” too.",
        "German style „wie hier“, or glued “like this“, is another rule’s.",
        "“Rents will rise,” Lindqvist said on Friday.",
        "The shop opens at ten o’clock every day.",
        "It was a ‘fair deal’ for all, said the x ‘expert’.",
        "I ‘love’ this, she wrote; a ‘new start’ at last.",
        "The band played rock ‘n’ roll; “yes, ” he said, “fine”.",
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
                _ if text[q..].starts_with('‘') => {
                    if let Some(f) = quote_for_apostrophe(doc, q) {
                        out.push(f);
                    }
                    continue;
                }
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
                if let Some(f) = closer_on_next_word(text, q, qe) {
                    out.push(f);
                } else if opened <= closed {
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

/// `rise, ”Moreau said`: a closing quote spaced away from the mark that ends its
/// quotation and glued to the next word. The fix moves it back to the mark.
fn closer_on_next_word(text: &str, q: usize, qe: usize) -> Option<Finding> {
    let b = skip_hspace_back(text, q);
    if b == q || !matches!(char_before(text, b), Some(',' | '.' | ';' | ':' | '!' | '?')) {
        return None;
    }
    if !char_at(text, qe).is_some_and(crate::text::is_alphabetic) {
        return None;
    }
    if b >= 2 && text.as_bytes()[b - 2] == b'.' {
        return None; // an ellipsis before the quote
    }
    Some(
        WRONG_WAY
            .finding(
                b - 1..qe + char_at(text, qe).map_or(0, char::len_utf8),
                "closing quotation mark spaced from its sentence and glued to the next word",
            )
            .with_fix(Fix::unsafe_fix(Edit::new(b..qe, format!("{CLOSE_DQ} ")))),
    )
}

/// `o ‘clock`: an opening single quote after a spaced one-letter word, glued to a
/// lower-case word and never closed on its line: an apostrophe typed as `‘`.
fn quote_for_apostrophe(doc: &Document<'_>, q: usize) -> Option<Finding> {
    let text = doc.text();
    let bytes = text.as_bytes();
    if q < 2 || bytes[q - 1] != b' ' || !bytes[q - 2].is_ascii_lowercase() {
        return None;
    }
    if matches!(bytes[q - 2], b'a' | b'i') || (q >= 3 && !matches!(bytes[q - 3], b' ' | b'\n')) {
        return None; // `a ‘term’`: an article before a quotation
    }
    let qe = q + '‘'.len_utf8();
    let word = bytes[qe..].iter().take_while(|b| b.is_ascii_lowercase()).count();
    if word < 3 {
        return None;
    }
    let line_end = doc.line_at(q).end;
    if text[qe..line_end].contains('’') {
        return None; // closed later on the line: a quotation
    }
    Some(
        WRONG_WAY
            .finding(q - 2..qe + word, "an opening single quote where an apostrophe belongs")
            .with_fix(Fix::unsafe_fix(Edit::new(q - 1..qe, "’"))),
    )
}
