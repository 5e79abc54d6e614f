//! The `punctuation/missing-space-after-sentence` rule: no space between a sentence end and the
//! next sentence (`website.He said`, `epidemic!Two`), or a closing bracket glued to the next
//! word (`(RN)the`).

use crate::analysis::document::Document;
use crate::finding::{Category, Edit, Finding, Fix, Severity};
use crate::rules::{Example, Rule, RuleMeta};
use crate::text::{char_at, char_before, is_abbreviation_before};

/// Two sentences glued without a space: `website.He said`.
pub struct MissingSpaceAfterSentence;

static MISSING_SPACE: RuleMeta = RuleMeta {
    id: "punctuation/missing-space-after-sentence",
    category: Category::Punctuation,
    severity: Severity::Warning,
    triggers: crate::Triggers::Text,
    default_enabled: true,
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
        Example {
            text: "We waited for the report.I did not expect much.",
            fixed: "We waited for the report. I did not expect much.",
        },
        Example {
            text: "The vote was close.Officials will count it again.",
            fixed: "The vote was close. Officials will count it again.",
        },
        Example {
            text: "The league (NBL)said nothing.",
            fixed: "The league (NBL) said nothing.",
        },
        Example {
            text: "He called it “a disaster.”Nobody argued.",
            fixed: "He called it “a disaster.” Nobody argued.",
        },
    ],
    passes: &[
        "Install Node.js from nodejs.org and open index.html.",
        "The U.S.A. and One.Tel and Halo.Bungie.Org agreed.",
        "Mail me at first.last@example.com. See https://ex.com/page.The end.",
        "He wrote ASP.NET code and read the file.IO docs.",
        "See fig.The graph?",
        "She reads Yahoo!News and Gazeta.Ru every morning.",
        "Call getValue.Then in your code, or ask Dr.Smith and Mr.Jones.",
        "He holds a Ph.D and lives on Main St.Louis Road.",
        "Version 2.Beta shipped; the (re)elected mayor and the (s)he form stayed.",
        "Open config.Json.load(path) and run app.Main_loop.",
    ],
};

impl Rule for MissingSpaceAfterSentence {
    fn meta(&self) -> &'static RuleMeta {
        &MISSING_SPACE
    }

    fn check(&self, doc: &Document<'_>, out: &mut Vec<Finding>) {
        let bytes = doc.text().as_bytes();
        for &i in doc.marks() {
            match bytes[i] {
                b'.' | b'!' | b'?' => glued_sentence(doc, i, out),
                b')' => glued_bracket(doc, i, out),
                _ => {}
            }
        }
    }
}

/// `video.Fuzhou`: the sentence mark at `i` (the first of a run) glued to a capitalised word.
fn glued_sentence(doc: &Document<'_>, i: usize, out: &mut Vec<Finding>) {
    let text = doc.text();
    let bytes = text.as_bytes();
    if i > 0 && matches!(bytes[i - 1], b'.' | b'!' | b'?') {
        return; // not the first mark of the run
    }
    // most marks are followed by a space: the byte after first, which must be a
    // mark, a closing quote (`"`, or the lead byte of `”` / `’`) or a capital
    let next = bytes.get(i + 1).copied().unwrap_or(b' ');
    if !(matches!(next, b'.' | b'!' | b'?' | b'"' | 0xE2) || next.is_ascii_uppercase()) {
        return;
    }
    // left: a word of letters with a lower-case letter, capitalised at most at its start
    let mut s = i;
    while let Some(c) = char_before(text, s).filter(|c| c.is_alphabetic()) {
        s -= c.len_utf8();
    }
    let left = &text[s..i];
    if left.chars().count() < 2
        || !left.chars().any(char::is_lowercase)
        || left.chars().skip(1).any(char::is_uppercase)
    {
        return; // initials (`U.S.`), acronyms, camel identifiers (`getValue.Then`)
    }
    if char_before(text, s)
        .is_some_and(|c| c.is_alphanumeric() || matches!(c, '_' | '.' | '@' | '/'))
    {
        return; // part of a dotted name or a path
    }
    // the marks, then a closing quote maybe
    let mut r = i;
    while r < bytes.len() && matches!(bytes[r], b'.' | b'!' | b'?') {
        r += 1;
    }
    let marks = &text[i..r];
    if let Some(q) = char_at(text, r).filter(|c| matches!(c, '”' | '’' | '"')) {
        r += q.len_utf8();
    }
    // right: a capitalised word (`Fuzhou`, `We’re`), or `I` / `A` before a space
    if !bytes.get(r).is_some_and(u8::is_ascii_uppercase) {
        return;
    }
    let mut e = r + 1;
    while e < bytes.len() && bytes[e].is_ascii_lowercase() {
        e += 1;
    }
    if e == r + 1 {
        if !bytes.get(e).is_some_and(u8::is_ascii_whitespace) {
            return;
        }
    } else if let Some(apostrophe) = char_at(text, e).filter(|c| matches!(c, '’' | '\'')) {
        let mut f = e + apostrophe.len_utf8();
        let from = f;
        while f < bytes.len() && bytes[f].is_ascii_lowercase() {
            f += 1;
        }
        if f == from {
            return;
        }
        e = f;
    }
    let after = char_at(text, e);
    if after.is_some_and(|c| c.is_alphanumeric() || c == '_') {
        return; // not a whole word (`IOs`, `Main2`)
    }
    let right = &text[r..e];
    let capitalised = left.starts_with(|c: char| c.is_uppercase());
    if capitalised && (marks.contains('!') || left.chars().count() <= 2 || right.trim().len() <= 3)
    {
        return; // a brand or a domain (`Yahoo!News`, `Gazeta.Ru`), an abbreviation (`Ph.D`)
    }
    // domains, file names and code: `.com`, `/`, `@`, `_` or `(` after the right word
    let tail = &bytes[e..];
    if matches!(tail.first(), Some(b'('))
        || (tail.len() >= 2
            && matches!(tail[0], b'.' | b'/' | b'@' | b'\\' | b'_')
            && (tail[1].is_ascii_alphanumeric() || tail[1] == b'_'))
    {
        return;
    }
    if marks == "." && is_abbreviation_before(text, i) {
        return; // `fig.The`, `Dr.Smith`
    }
    if doc.is_protected(s..e) {
        return;
    }
    out.push(
        MISSING_SPACE
            .finding(i..e, "no space after the end of a sentence; add one")
            .with_fix(Fix::safe(Edit::insert(r, " "))),
    );
}

/// `(RN)the`: a closing bracket glued to a lower-case word.
fn glued_bracket(doc: &Document<'_>, i: usize, out: &mut Vec<Finding>) {
    let text = doc.text();
    let bytes = text.as_bytes();
    let mut e = i + 1;
    while e < bytes.len() && bytes[e].is_ascii_lowercase() {
        e += 1;
    }
    if e - (i + 1) < 2 || char_at(text, e).is_some_and(|c| c.is_alphanumeric() || c == '_') {
        return;
    }
    // the opening bracket, at most 40 bytes back on the same line, nothing nested
    let from = i.saturating_sub(41);
    let Some(open) = bytes[from..i]
        .iter()
        .rposition(|&b| matches!(b, b'(' | b')' | b'\n'))
    else {
        return;
    };
    let open = from + open;
    if bytes[open] != b'(' {
        return;
    }
    let inner = &text[open + 1..i];
    if inner.chars().count() < 2 || inner.bytes().all(|b| b.is_ascii_lowercase()) {
        return; // `(re)elected`, `(s)he`: a part of the word in brackets
    }
    if doc.is_protected(open..e) {
        return;
    }
    out.push(
        MISSING_SPACE
            .finding(
                i..e,
                "a closing bracket glued to the next word; add a space",
            )
            .with_fix(Fix::safe(Edit::insert(i + 1, " "))),
    );
}
