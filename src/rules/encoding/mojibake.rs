//! The `encoding/mojibake` rule: UTF-8 text read as Windows-1252 (`donâ€™t`, `cafÃ©`); the fix
//! decodes it.

use super::cp1252::cp1252_byte;
use crate::analysis::document::Document;
use crate::finding::{Category, Edit, Finding, Fix, Severity};
use crate::rules::{Example, Rule, RuleMeta};
use crate::text::char_at;
use std::borrow::Cow;

/// Whether a decoded char is one that real text contains (guards against reading
/// legitimate accented text such as `CANCIÓ”` as mojibake).
fn plausible(c: char) -> bool {
    matches!(c as u32,
        0xA0..=0x24F | 0x370..=0x3FF | 0x400..=0x45F | 0x2000..=0x206F | 0x20A0..=0x20CF
        | 0x2100..=0x215F | 0x2190..=0x21FF | 0x3000..=0x30FF | 0x4E00..=0x9FFF | 0xAC00..=0xD7AF
        | 0xFEFF | 0x1F300..=0x1FAFF)
}

/// Decodes one mojibake sequence starting at byte `at`: returns its end and the char.
fn decode_one(text: &str, at: usize) -> Option<(usize, char)> {
    let mut chars = text[at..].char_indices();
    let (_, lead) = chars.next()?;
    let lb = lead as u32;
    let n = match lb {
        0xC2..=0xDF => 1,
        0xE0..=0xEF => 2,
        0xF0..=0xF4 => 3,
        _ => return None,
    };
    let mut bytes = [lb as u8, 0, 0, 0];
    let mut end = at + lead.len_utf8();
    for slot in bytes.iter_mut().skip(1).take(n) {
        let (i, c) = chars.next()?;
        let b = cp1252_byte(c).filter(|b| (0x80..=0xBF).contains(b))?;
        *slot = b;
        end = at + i + c.len_utf8();
    }
    let s = std::str::from_utf8(&bytes[..=n]).ok()?;
    let c = s.chars().next()?;
    plausible(c).then_some((end, c))
}

/// Decodes a whole string if every non-ASCII char in it belongs to a mojibake sequence.
fn decode_all(s: &str) -> Option<String> {
    // A first pass decides without allocating: most attempts fail.
    let mut i = 0;
    let mut any = false;
    while i < s.len() {
        if s.as_bytes()[i].is_ascii() {
            i += 1;
        } else {
            i = decode_one(s, i)?.0;
            any = true;
        }
    }
    if !any {
        return None;
    }
    let mut out = String::with_capacity(s.len());
    let mut i = 0;
    while i < s.len() {
        let c = char_at(s, i)?;
        if c.is_ascii() {
            out.push(c);
            i += 1;
        } else {
            let (end, d) = decode_one(s, i)?;
            out.push(d);
            i = end;
        }
    }
    Some(out)
}

/// UTF-8 text decoded as Windows-1252 or Latin-1: `donâ€™t`, `cafÃ©`, `Â£5`.
pub struct Mojibake;

static MOJIBAKE: RuleMeta = RuleMeta {
    id: "encoding/mojibake",
    category: Category::Encoding,
    severity: Severity::Error,
    triggers: crate::Triggers::Text,
    default_enabled: true,
    summary: "UTF-8 text read as Windows-1252 (`donâ€™t`, `cafÃ©`); the fix decodes it",
    flags: &[
        Example {
            text: "We donâ€™t know.",
            fixed: "We don’t know.",
        },
        Example {
            text: "the cafÃ© in MÃ¼nchen",
            fixed: "the café in München",
        },
        Example {
            text: "It cost Â£5 â€“ a â€œbargainâ€\u{9d}.",
            fixed: "It cost £5 – a “bargain”.",
        },
        Example {
            text: "a double Ã¢â‚¬â„¢ error",
            fixed: "a double ’ error",
        },
        Example {
            text: "the â€œpeace planâ€ again",
            fixed: "the “peace plan” again",
        },
    ],
    passes: &[
        "SÃO PAULO and CHÂTEAU LAFITE are capitals.",
        "“LA CANCIÓN” was a hit in Asunción.",
        "He paid €5 — “cheap” — at the café in München.",
        "Ãngel and Ðuro are names in other alphabets.",
    ],
};

impl Rule for Mojibake {
    fn meta(&self) -> &'static RuleMeta {
        &MOJIBAKE
    }

    fn check(&self, doc: &Document<'_>, out: &mut Vec<Finding>) {
        let text = doc.text();
        let bytes = text.as_bytes();
        // Every lead char U+00C2..U+00F4 is encoded as C3 82..C3 B4.
        let mut i = 0;
        while let Some(p) = bytes.get(i..).and_then(|rest| memchr::memchr(0xC3, rest)) {
            i += p;
            if !bytes.get(i + 1).is_some_and(|b| (0x82..=0xB4).contains(b)) {
                i += 1;
                continue;
            }
            let start = i;
            let mut end = i;
            // the first char is kept apart: most sequences decode to one char,
            // which needs no string of its own
            let mut first = None;
            let mut decoded = String::new();
            while let Some((e, c)) = decode_one(text, end) {
                match first {
                    None => first = Some(c),
                    Some(f) => {
                        if decoded.is_empty() {
                            decoded.push(f);
                        }
                        decoded.push(c);
                    }
                }
                end = e;
            }
            let lost_byte = end == start && text[start..].starts_with("â€");
            if end == start && !lost_byte {
                i += 2;
                continue;
            }
            if lost_byte {
                // `â€` whose third byte (0x9D of ”) was dropped on the way
                end = start + "â€".len();
                out.push(
                    MOJIBAKE
                        .finding(start..end, "mojibake of a UTF-8 punctuation mark whose last byte was lost; probably ”")
                        .with_fix(Fix::unsafe_fix(Edit::new(start..end, "”"))),
                );
                i = end;
                continue;
            }
            let replacement: Cow<'static, str> = match first {
                // one char never decodes again (a sequence takes two or more)
                Some(c) if decoded.is_empty() => match crate::text::char_str(c) {
                    Some(s) => Cow::Borrowed(s),
                    None => Cow::Owned(c.to_string()),
                },
                _ => {
                    // text decoded twice over: decode again while it still decodes
                    for _ in 0..2 {
                        match decode_all(&decoded) {
                            Some(again) => decoded = again,
                            None => break,
                        }
                    }
                    Cow::Owned(decoded)
                }
            };
            let (replacement, message) = if replacement == "\u{FEFF}" {
                (
                    Cow::Borrowed(""),
                    "mojibake: a byte-order mark read as Windows-1252; drop it",
                )
            } else {
                (
                    replacement,
                    "mojibake: UTF-8 read as Windows-1252; the fix restores the characters",
                )
            };
            out.push(
                MOJIBAKE
                    .finding(start..end, message)
                    .with_fix(Fix::safe(Edit::new(start..end, replacement))),
            );
            i = end;
        }
    }
}
