//! The `punctuation/unbalanced-delimiter` rule: a bracket or a curly quotation mark left
//! open or closed without opening in its paragraph (`the company (founded in 1990 lost`,
//! `Saint Ilyas.s) said`, `“it was “a trick`), as MT leaves them when it drops or splits a mark.

use super::marks::{CLOSE_DQ, OPEN_DQ};
use crate::analysis::document::Document;
use crate::finding::{Category, Finding, Severity};
use crate::rules::{Example, Rule, RuleMeta};

/// A bracket or a curly double quote left unbalanced in its paragraph.
pub struct UnbalancedDelimiter;

static UNBALANCED: RuleMeta = RuleMeta {
    id: "punctuation/unbalanced-delimiter",
    category: Category::Punctuation,
    severity: Severity::Warning,
    triggers: crate::Triggers::Text,
    default_enabled: true,
    summary: "a bracket or a curly quote left open or closed without opening in its paragraph (`the firm (set up in 1990 lost`, `Ilyas.s) said`)",
    flags: &[
        Example { text: "The bakery (opened by two brothers in 1987 closed last winter.", fixed: "The bakery (opened by two brothers in 1987 closed last winter." },
        Example { text: "Pilgrims visit the tomb of Saint Ilyas.s) every spring.", fixed: "Pilgrims visit the tomb of Saint Ilyas.s) every spring." },
        Example { text: "The coach said “we were “unlucky and walked off.", fixed: "The coach said “we were “unlucky and walked off." },
        Example { text: "Grants for farms (small and large were cut by a third.", fixed: "Grants for farms (small and large were cut by a third." },
        Example { text: "The tribunal.s) verdict was read out in the afternoon.", fixed: "The tribunal.s) verdict was read out in the afternoon." },
        Example { text: "Sales rose in the north region) while the south fell back.", fixed: "Sales rose in the north region) while the south fell back." },
    ],
    passes: &[
        "The bakery (opened by two brothers in 1987) closed last winter.",
        "Pick one: a) the bus, b) the train, iv) the ferry.",
        "Lovely hosts :) we will come back. Sad to leave :(",
        "“It is over,” she said, “at least for now.”",
        "1) Fill the kettle. 2) Boil the water.",
        "He spoke for an hour (and then,\nafter a pause, went on) about taxes.",
        "The survey (first round:\nthree towns.\nsecond round: five towns) ended.",
        "“We will rebuild the pier.\n“And the school,” the mayor added.",
        "Thanks a lot)) See you soon) Bye)",
    ],
};

impl Rule for UnbalancedDelimiter {
    fn meta(&self) -> &'static RuleMeta {
        &UNBALANCED
    }

    fn check(&self, doc: &Document<'_>, out: &mut Vec<Finding>) {
        let text = doc.text();
        let bytes = text.as_bytes();
        // each line's brackets, counted in one pass over the brackets and line ends
        let mut lines = vec![Line::default()];
        for i in memchr::memchr3_iter(b'(', b')', b'\n', bytes) {
            match bytes[i] {
                b'\n' => lines.push(Line {
                    start: i + 1,
                    ..Line::default()
                }),
                b'(' => lines.iter_mut().last().into_iter().for_each(|l| l.opens += 1),
                _ => lines.iter_mut().last().into_iter().for_each(|l| l.closes += 1),
            }
        }
        let quotes = memchr::memmem::find(bytes, OPEN_DQ.to_string().as_bytes()).is_some();
        let brackets_anywhere = lines.iter().any(|l| l.opens + l.closes > 0);
        if !quotes && !brackets_anywhere {
            return;
        }
        let line_text = |k: usize| {
            let end = lines.get(k + 1).map_or(text.len(), |l| l.start - 1);
            &text[lines[k].start..end]
        };
        let blank = |k: usize| line_text(k).trim().is_empty();
        // brackets the lines before left open, within a block of lines (a bracketed
        // passage a segmenter split over lines)
        let mut carried: isize = 0;
        for k in 0..lines.len() {
            let line = line_text(k);
            let start = lines[k].start;
            if quotes {
                nested_opening_quotes(doc, start, line, out);
            }
            if lines[k].opens + lines[k].closes > 0 {
                // closed within the next three lines of the block
                let mut ahead = 0;
                let next_closes = (k + 1..lines.len().min(k + 4))
                    .take_while(|&j| !blank(j))
                    .any(|j| {
                        ahead += lines[j].balance();
                        ahead < 0
                    });
                brackets(doc, start, line, carried > 0, next_closes, out);
            }
            carried = if blank(k) {
                0
            } else {
                (carried + lines[k].balance()).max(0)
            };
        }
    }
}

/// A line's start and how many round brackets it opens and closes.
#[derive(Default)]
struct Line {
    start: usize,
    opens: usize,
    closes: usize,
}

impl Line {
    fn balance(&self) -> isize {
        self.opens as isize - self.closes as isize
    }
}

/// A second `“` while one is open, with nothing to close either later on the line
/// and more text after it (English nests with `‘’`). A lone `”` is not flagged:
/// quotations run over paragraphs.
fn nested_opening_quotes(doc: &Document<'_>, start: usize, line: &str, out: &mut Vec<Finding>) {
    if !line.contains(OPEN_DQ) {
        return;
    }
    let last_close = line.rfind(CLOSE_DQ);
    let mut open = false;
    for (i, c) in line.char_indices() {
        if c == OPEN_DQ {
            let after = i + c.len_utf8();
            if open
                && last_close.is_none_or(|l| l < i)
                && !line[after..].trim().is_empty()
                && !doc.is_protected(start + i..start + after)
            {
                out.push(UNBALANCED.finding(
                    start + i..start + after,
                    "a quotation opened while another is open, and neither is closed",
                ));
            }
            open = true;
        } else if c == CLOSE_DQ {
            open = false;
        }
    }
}

/// `)` after `x.y` (`Ilyas.s)`): an abbreviation mark the MT took for a bracket; never a smiley.
fn after_dotted_letter(pre: &[u8]) -> bool {
    matches!(pre, [.., a, b'.', b] if a.is_ascii_alphanumeric() && b.is_ascii_alphanumeric())
}

/// Unbalanced round brackets on one line, with the guards of chat and lists.
fn brackets(
    doc: &Document<'_>,
    start: usize,
    line: &str,
    prev_open: bool,
    next_closes: bool,
    out: &mut Vec<Finding>,
) {
    let b = line.as_bytes();
    let opens = memchr::memchr_iter(b'(', b).count();
    let closes = memchr::memchr_iter(b')', b)
        .filter(|&i| !after_dotted_letter(&b[..i]))
        .count();
    if closes >= opens + 2 {
        return; // `)` as a smiley, as chat in Slavic languages writes it
    }
    let (mut depth, mut first_open) = (0usize, None);
    for i in memchr::memchr2_iter(b'(', b')', b) {
        if b[i] == b'(' {
            if depth == 0 {
                first_open = Some(i);
            }
            depth += 1;
        } else if depth > 0 {
            depth -= 1;
        } else if stray_closer(b, i, prev_open) && !doc.is_protected(start + i..start + i + 1) {
            out.push(UNBALANCED.finding(
                start + i..start + i + 1,
                "a closing bracket with no opening one",
            ));
        }
    }
    let Some(o) = first_open.filter(|_| depth > 0) else {
        return;
    };
    let rest = &line[o + 1..];
    let before = line[..o].trim_end_matches('-');
    if rest.trim().is_empty()
        || next_closes
        || rest.starts_with(['(', ';'])
        || before.ends_with([':', ';', '='])
        || (o > 0
            && b[o - 1].is_ascii_alphanumeric()
            && rest.starts_with(' ')
            && rest[1..].starts_with(|c: char| c.is_ascii_uppercase()))
        || doc.is_protected(start + o..start + o + 1)
    {
        return; // a frown `:(`, a list `((`, closed on the next line, `word( Capital`
    }
    out.push(UNBALANCED.finding(start + o..start + o + 1, "a bracket left open"));
}

/// Whether the unmatched `)` at `i` of line `b` is a stray closing bracket rather than
/// a list marker, a smiley or the end of a bracket opened on the line before.
fn stray_closer(b: &[u8], i: usize, prev_open: bool) -> bool {
    let pre = &b[..i];
    let rest = &b[i + 1..];
    let token = pre
        .iter()
        .rev()
        .take_while(|c| !c.is_ascii_whitespace())
        .count();
    let marker = &pre[i - token..];
    let list_marker = (marker.len() == 1 && marker[0].is_ascii_alphabetic())
        || (!marker.is_empty() && marker.iter().all(u8::is_ascii_digit))
        || (!marker.is_empty() && marker.iter().all(|c| matches!(c, b'i' | b'v' | b'x')));
    let smiley = match pre {
        [.., m, b'-' | b'\'' | b'o'] if b":;=8-^'".contains(m) => true,
        [.., m] => b":;=8-^'".contains(m),
        [] => false,
    };
    if list_marker || smiley || prev_open {
        return false;
    }
    let trailing = rest.iter().skip_while(|&&c| c == b')').all(u8::is_ascii_whitespace);
    if trailing
        || rest.first() == Some(&b')')
        || pre.last().is_none_or(|c| c.is_ascii_whitespace() || *c == b')')
        || matches!(pre, [.., d, b'.'] if d.is_ascii_digit())
    {
        return false; // a smiley at the end, `))`, ` )`, `1.)`
    }
    let next = rest.iter().find(|c| !c.is_ascii_whitespace());
    let before_sentence = next.is_some_and(|&c| {
        c.is_ascii_uppercase() || !(c.is_ascii_alphanumeric() || b",.;:".contains(&c))
    });
    !before_sentence || after_dotted_letter(pre)
}
