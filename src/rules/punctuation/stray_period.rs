//! The `punctuation/stray-period` rule: a period before a lower-case word mid-line (`the scheme.
//! corruption in`): a stray period or a sentence that lost its capital; and a dash left
//! dangling before a mark (`the mayor -.`) or after a dateline's comma (`HAVEN,- The`).

use super::marks::letters_before;
use crate::analysis::document::Document;
use crate::finding::{Category, Finding, Severity};
use crate::rules::{Example, Rule, RuleMeta};

/// A period inside a sentence, before a lower-case word: `the crime scheme. corruption in`.
pub struct StrayPeriod;

static STRAY_PERIOD: RuleMeta = RuleMeta {
    id: "punctuation/stray-period",
    category: Category::Punctuation,
    severity: Severity::Warning,
    triggers: crate::Triggers::Text,
    default_enabled: true,
    summary: "a period before a lower-case word mid-line (`the scheme. corruption in`), or a dash left dangling before a mark (`the mayor -.`, `HAVEN,- The`)",
    flags: &[
        Example { text: "They studied the crime scheme. corruption in the ministry grew.", fixed: "They studied the crime scheme. corruption in the ministry grew." },
        Example { text: "It became an example to follow. finance in the region held up.", fixed: "It became an example to follow. finance in the region held up." },
        Example { text: "Everyone will eat well every weekend. of the trade group, he said.", fixed: "Everyone will eat well every weekend. of the trade group, he said." },
        // multi-byte text right after: the look-ahead window must not cut a char (found by fuzzing)
        Example { text: "The spoke. of the way, €€€€€€€€€€€€€€€ here", fixed: "The spoke. of the way, €€€€€€€€€€€€€€€ here" },
        Example { text: "The mayor gave a speech to the \"dear neighbours\". made. Then he left.", fixed: "The mayor gave a speech to the \"dear neighbours\". made. Then he left." },
        Example { text: "She called it “a fair deal”. signed in May, it held.", fixed: "She called it “a fair deal”. signed in May, it held." },
        Example { text: "So said the harbour master -. Then the ferry left.", fixed: "So said the harbour master -. Then the ferry left." },
        Example { text: "The union chose its new chair -, and the vote was close.", fixed: "The union chose its new chair -, and the vote was close." },
        Example { text: "GREYPORT,- Farmers blocked the ring road at dawn.", fixed: "GREYPORT,- Farmers blocked the ring road at dawn." },
    ],
    passes: &[
        "Costs, taxes etc. are extra; the set incl. primer is sold; 5 min. from the station.",
        "He won the last round. dpa\nThe next race is in May.",
        "Read the U.S. report, e.g. the annex, at 5 p.m. today.",
        "Mr. smith and Dr. jones arrived; vs. them, approx. ten.",
        "Costs etc. apply and fig. two shows it; see example.com. more",
        "Toy set: 2 rods, 3 AA batt. not incl., box.",
        // a lost capital where the period is right: `capitalization/lowercase-sentence-start`'s
        "It rained all night. in the valley, the roads closed.",
        "The road runs north - south, then east -west.",
        "He said \"fine\". Then she said “no”. The end: “yes.” and \"5\". more",
        "She called it “a fair deal”.\nsigned copies follow.",
        "Prices: 10,- or 12,50 euros; temperatures of -5.",
        "A list:\n- first item.\n- second -- done.",
        "GREYPORT, 3 May - Farmers blocked the road.",
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
            // left: a closing quote after a word (`"boys and girls". made`), or a
            // lower-case word of 3+ letters that is no abbreviation
            let s = match closing_quote_before(bytes, i) {
                Some(q) => q,
                None => {
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
                    s
                }
            };
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
            // (the sentence starts that only lost their capital)
            let lost_capitals = crate::rules::capitalization::lost_capitals(doc);
            if lost_capitals.binary_search(&(r, e)).is_ok() {
                continue; // a sentence that lost its capital: flagged with its fix there
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
        dangling_dashes(doc, out);
    }
}

/// Where a closing double quote right before `i` starts, when a word ends inside it
/// (`girls".`, `girls”.`): a period after a quotation, as a sentence's end.
fn closing_quote_before(bytes: &[u8], i: usize) -> Option<usize> {
    let q = if bytes[..i].ends_with(b"\"") {
        i - 1
    } else if bytes[..i].ends_with("\u{201D}".as_bytes()) {
        i - 3
    } else {
        return None;
    };
    (q > 0 && bytes[q - 1].is_ascii_alphabetic()).then_some(q)
}

/// A dash left by a lost word or dateline: ` -` before a mark that ends there (`the
/// mayor -.`), or `,-` glued to a word (`HAVEN,- The`). No fix: the lost word is unknown.
fn dangling_dashes(doc: &Document<'_>, out: &mut Vec<Finding>) {
    let text = doc.text();
    let bytes = text.as_bytes();
    let ends_there = |k: usize| matches!(bytes.get(k), None | Some(b' ' | b'\n' | b'\r' | b'\t'));
    for d in memchr::memchr_iter(b'-', bytes) {
        if d < 2 || !bytes[d - 2].is_ascii_alphabetic() {
            continue;
        }
        let (start, end) = match (bytes[d - 1], bytes.get(d + 1)) {
            (b' ', Some(b'.' | b',' | b';' | b':')) if ends_there(d + 2) => (d - 1, d + 2),
            (b',', Some(b' ')) => (d - 1, d + 1),
            _ => continue,
        };
        if doc.is_protected(start..end) {
            continue;
        }
        out.push(STRAY_PERIOD.finding(
            start..end,
            "a dash left dangling by a lost word or dateline; delete it or restore what it separated",
        ));
    }
}
