//! The `punctuation/mark-outside-quote` rule: a quoted full sentence whose comma or full
//! stop stands outside the closing quote (`“We are ready”, he said`, a paragraph that is one
//! quotation ending `late”.`), the placement of Portuguese, German or Spanish; English, in
//! both its American and its British style, puts them inside a quoted sentence.

use crate::analysis::document::Document;
use crate::finding::{Category, Edit, Finding, Fix, Severity};
use crate::rules::{Example, Rule, RuleMeta};

/// A quoted full sentence closed by `”,` before its attribution or by `”.` at its end.
pub struct MarkOutsideQuote;

static MARK_OUTSIDE_QUOTE: RuleMeta = RuleMeta {
    id: "punctuation/mark-outside-quote",
    category: Category::Punctuation,
    severity: Severity::Warning,
    triggers: crate::Triggers::Text,
    default_enabled: true,
    summary: "a quoted full sentence with its comma or full stop outside the closing quote (`“We are ready”, he said`), a convention of other languages",
    flags: &[
        Example {
            text: "“We will open the bridge in May”, the mayor said.",
            fixed: "“We will open the bridge in May,” the mayor said.",
        },
        Example {
            text: "She told us: “Nobody called the office”, added Ms Lind.",
            fixed: "She told us: “Nobody called the office,” added Ms Lind.",
        },
        Example {
            text: "\"The harvest came early this year\", he wrote on his blog.",
            fixed: "\"The harvest came early this year,\" he wrote on his blog.",
        },
        Example {
            text: "The coach was calm.\n“We lost the ball too often and paid for it”.\nThe club plays again on Sunday.",
            fixed: "The coach was calm.\n“We lost the ball too often and paid for it.”\nThe club plays again on Sunday.",
        },
        Example {
            text: "The driver spoke first.\n\n\"The brakes failed twice on that hill\".\n\nPolice are looking into it.",
            fixed: "The driver spoke first.\n\n\"The brakes failed twice on that hill.\"\n\nPolice are looking into it.",
        },
        Example {
            text: "It was late. “Stay with us tonight”, said the host.",
            fixed: "It was late. “Stay with us tonight,” said the host.",
        },
        Example {
            text: "“That is all I can say for now”, he said\nThe talks resume on Monday.",
            fixed: "“That is all I can say for now,” he said\nThe talks resume on Monday.",
        },
    ],
    passes: &[
        "“We will open the bridge in May,” the mayor said.",
        "The mayor called the plan “a fair deal”, and the council agreed.",
        "He described the talks as “Very Productive”, said a spokesman.",
        "The lawyers spoke of “a mistake”.",
        "“It was a mistake,” she said. The fine was “too high”.",
        "“Is it over?”, she asked.",
        "“We are ready,” he said, “and the fans are too”.",
        "The sign read “Closed for lunch”, so we waited outside.",
        "“Well”, she said.",
    ],
};

/// Verbs that attribute a quotation (`he said`, `added the minister`).
const SPEECH_VERBS: &[&str] = &[
    "added", "adds", "admits", "admitted", "announced", "answered", "argued", "asked", "asks",
    "assured", "claimed", "clarified", "commented", "concluded", "confirmed", "continued",
    "declared", "emphasised", "emphasized", "explained", "explains", "insisted", "noted", "notes",
    "opined", "posted", "recalled", "remarked", "replied", "said", "says", "shouted", "stated",
    "states", "stressed", "told", "tweeted", "warned", "wrote", "writes",
];

/// How far back (in bytes) the line of a closing quote is read.
const LONGEST: usize = 2000;

impl Rule for MarkOutsideQuote {
    fn meta(&self) -> &'static RuleMeta {
        &MARK_OUTSIDE_QUOTE
    }

    fn check(&self, doc: &Document<'_>, out: &mut Vec<Finding>) {
        let text = doc.text();
        let bytes = text.as_bytes();
        for c in memchr::memchr2_iter(b'"', 0x9D, bytes) {
            let close_len = match bytes[c] {
                b'"' => 1,
                // `”` is E2 80 9D
                0x9D if c >= 2 && bytes[c - 2] == 0xE2 && bytes[c - 1] == 0x80 => 3,
                _ => continue,
            };
            let close = c + 1 - close_len;
            let after = c + 1;
            let mark = match bytes.get(after) {
                Some(&m @ (b',' | b'.')) => m,
                _ => continue,
            };
            let Some(open_end) = opening_quote_end(text, close, close_len == 1) else {
                continue;
            };
            let quoted = &text[open_end..close];
            if !full_sentence(text, open_end, quoted) {
                continue;
            }
            let outside = after + 1;
            let attributed = mark == b',' && attribution_follows(&text[outside..]);
            let ends = mark == b'.' && whole_line(text, open_end, outside);
            if !(attributed || ends) || doc.is_protected(close..outside) {
                continue;
            }
            let closing = &text[close..after];
            let (message, fixed) = if mark == b',' {
                ("the comma of a quoted sentence goes inside the closing quote", ",")
            } else {
                ("the full stop of a quoted sentence goes inside the closing quote", ".")
            };
            let edit = Edit::new(close..outside, crate::text::concat(&[fixed, closing]));
            out.push(
                MARK_OUTSIDE_QUOTE
                    .finding(close..outside, message)
                    .with_fix(Fix::safe(edit)),
            );
        }
    }
}

/// The end of the opening quote that the closing quote at `close` ends, on the same line
/// (`straight`: the quotes are `"`, paired in order along the line).
fn opening_quote_end(text: &str, close: usize, straight: bool) -> Option<usize> {
    // a quotation longer than `LONGEST` bytes is no sentence this rule checks
    let from = crate::text::floor_boundary(text, close.saturating_sub(LONGEST));
    let line_start = match text[from..close].rfind('\n') {
        Some(i) => from + i + 1,
        None if from == 0 => 0,
        None => return None,
    };
    let line = &text[line_start..close];
    if straight {
        let count = memchr::memchr_iter(b'"', line.as_bytes()).count();
        if count % 2 == 0 {
            return None; // this `"` opens a quotation
        }
        return line.rfind('"').map(|i| line_start + i + 1);
    }
    let open = line.rfind('“')?;
    if line[open..].contains('”') {
        return None;
    }
    Some(line_start + open + '“'.len_utf8())
}

/// Whether the quotation that starts at `open_end` is a full sentence: it opens a line or
/// follows a colon or a sentence's end, starts with a capital, holds two words or more and
/// has no closing mark of its own.
fn full_sentence(text: &str, open_end: usize, quoted: &str) -> bool {
    let quote_len = if text[..open_end].ends_with('"') { 1 } else { 3 };
    let before = text[..open_end - quote_len].trim_end_matches([' ', '\t']);
    let after_quote = before
        .strip_suffix(['”', '"'])
        .is_some_and(|b| b.ends_with(['.', '!', '?']));
    let opens_sentence =
        before.is_empty() || before.ends_with(['\n', ':', '.', '!', '?']) || after_quote;
    opens_sentence
        && quoted.starts_with(|c: char| c.is_uppercase())
        && quoted.trim_end().contains(' ')
        && !quoted.ends_with(['.', ',', '!', '?', ';', ':', '…', ' '])
}

/// Whether the text after `”, ` attributes the quotation: a speech verb within its next
/// few words, with no other punctuation before it (`the 30-year-old coach said`).
fn attribution_follows(rest: &str) -> bool {
    let Some(rest) = rest.strip_prefix(' ') else {
        return false;
    };
    let line = rest.split(['\n', '\r']).next().unwrap_or("");
    for word in line.split(' ').take(6) {
        let core = word.trim_end_matches(['.', ',', ';', ':']);
        if crate::text::in_list(SPEECH_VERBS, core.as_bytes()) {
            return true;
        }
        let plain = core
            .chars()
            .all(|c| c.is_alphanumeric() || matches!(c, '-' | '\'' | '’' | '.'));
        if core.is_empty() || !plain || core.len() != word.len() {
            return false;
        }
    }
    false
}

/// Whether the quotation opened before `open_end` and closed by the full stop ending at
/// `end` is its whole line (a paragraph that is one quoted sentence).
fn whole_line(text: &str, open_end: usize, end: usize) -> bool {
    let quote_len = if text[..open_end].ends_with('"') { 1 } else { 3 };
    let before = text[..open_end - quote_len].trim_end_matches([' ', '\t']);
    let rest = text[end..].trim_start_matches([' ', '\t', '\r']);
    (before.is_empty() || before.ends_with('\n')) && (rest.is_empty() || rest.starts_with('\n'))
}
