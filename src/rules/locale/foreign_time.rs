//! The `locale/foreign-time` rule: a time given again in the source country's zone (`9.00 am
//! (11.00 MSK)`), and a date written with dots (`14.03.2021`, `05.28.91`), where English names the
//! month.

use super::numbers::number_starts_at;
use crate::analysis::document::Document;
use crate::finding::{Category, Finding, Severity};
use crate::rules::{Example, Rule, RuleMeta};
use crate::text::{floor_boundary, prev_ascii_word};
use once_cell::sync::Lazy;
use regex::Regex;

/// A time with its equivalent in another zone in brackets, and a dotted date.
pub struct ForeignTime;

static FOREIGN_TIME: RuleMeta = RuleMeta {
    id: "locale/foreign-time",
    category: Category::Locale,
    severity: Severity::Warning,
    triggers: crate::Triggers::Text,
    default_enabled: true,
    summary: "a time repeated in the source country's zone (`9.00 am (11.00 MSK)`) or a date with dots (`14.03.2021`), another language's conventions",
    flags: &[
        Example { text: "The session opens at 10.00 am (12.00 MSK) on Friday.", fixed: "The session opens at 10.00 am (12.00 MSK) on Friday." },
        Example { text: "Voting ends at 8:00 pm (15:00 WIB) tomorrow.", fixed: "Voting ends at 8:00 pm (15:00 WIB) tomorrow." },
        Example { text: "The decree was signed on 14.03.2021 in the capital.", fixed: "The decree was signed on 14.03.2021 in the capital." },
        Example { text: "He was born on 07.11.85 in a small town.", fixed: "He was born on 07.11.85 in a small town." },
        Example { text: "The order dated 28.02.2022 was cancelled.", fixed: "The order dated 28.02.2022 was cancelled." },
        Example { text: "The match starts at 19.30 (21.30 Kyiv time).", fixed: "The match starts at 19.30 (21.30 Kyiv time)." },
    ],
    passes: &[
        "The session opens at 10 a.m. on Friday.",
        "Install version 12.04.2 of the driver.",
        "The price rose 12.5 percent.",
        "Update to v 22.04.1 before Monday.",
        "Scores were 45.67.89 in the table.",
        "Trading opens at 9:30 a.m. (13:30 GMT) in New York.",
        "See section 10.12.15 of the code.",
    ],
};

/// A time, then in brackets the same time in a named zone, the window starting at the bracket.
static ZONE_TIME: Lazy<Regex> = Lazy::new(|| {
    Regex::new(r"^\(\d{1,2}[.:]\d{2}\s*(?:[ap]\.?m\.?)?\s*(?:([A-Z]{2,5})|[A-Z][a-z]+ time)\)")
        .expect("zone time regex")
});

/// A time before the bracket: `10.00 am `, `15:00 `.
static TIME_BEFORE: Lazy<Regex> = Lazy::new(|| {
    Regex::new(r"(?:^|[^\d.:])\d{1,2}[.:]\d{2}\s*(?:[ap]\.?m\.?)?\s*$").expect("time before regex")
});

/// The zones English news itself gives a second time in.
const ENGLISH_ZONES: &[&str] = &["GMT", "UTC"];

/// Words after which a dotted number is a version or a section, not a date.
const NUMBERED: &[&str] = &["article", "chapter", "clause", "para", "paragraph", "rule", "section", "v", "ver", "version"];

impl ForeignTime {
    fn zone_times(doc: &Document<'_>, out: &mut Vec<Finding>) {
        let text = doc.text();
        let bytes = text.as_bytes();
        for p in memchr::memmem::find_iter(bytes, " (") {
            let o = p + 1;
            if !bytes.get(o + 1).is_some_and(u8::is_ascii_digit) {
                continue;
            }
            let Some(c) = ZONE_TIME.captures(&text[o..floor_boundary(text, o + 40)]) else {
                continue;
            };
            if c.get(1).is_some_and(|z| ENGLISH_ZONES.contains(&z.as_str())) {
                continue;
            }
            let window = floor_boundary(text, o.saturating_sub(16));
            let Some(t) = TIME_BEFORE.find(&text[window..o]) else {
                continue;
            };
            let s = window + t.start() + usize::from(!t.as_str().starts_with(|c: char| c.is_ascii_digit()));
            let e = o + c[0].len();
            if doc.is_protected(s..e) {
                continue;
            }
            out.push(FOREIGN_TIME.finding(
                s..e,
                "a time given again in the source country's zone; give the time where the news happens (or GMT)",
            ));
        }
    }

    fn dotted_dates(doc: &Document<'_>, out: &mut Vec<Finding>) {
        let text = doc.text();
        let bytes = text.as_bytes();
        let two = |i: usize| -> Option<u32> {
            let d = bytes.get(i..i + 2)?;
            (d.iter().all(u8::is_ascii_digit) && !bytes.get(i + 2).is_some_and(u8::is_ascii_digit))
                .then(|| u32::from(d[0] - b'0') * 10 + u32::from(d[1] - b'0'))
        };
        for &(s, e) in doc.digit_runs() {
            if e - s != 2 || bytes.get(e) != Some(&b'.') || !number_starts_at(bytes, s) {
                continue;
            }
            let (Some(a), Some(b)) = (two(s), two(s + 3)) else {
                continue;
            };
            if bytes.get(s + 5) != Some(&b'.') {
                continue;
            }
            let y = s + 6;
            let year = bytes[y.min(bytes.len())..].iter().take_while(|b| b.is_ascii_digit()).count();
            if year != 2 && year != 4 {
                continue;
            }
            let end = y + year;
            // not a longer dotted number (`22.04.1.3`); a full stop may follow
            let after = bytes.get(end).copied();
            if after.is_some_and(|b| b.is_ascii_alphanumeric())
                || (after == Some(b'.') && bytes.get(end + 1).is_some_and(u8::is_ascii_alphanumeric))
            {
                continue;
            }
            let valid = |d: u32, m: u32| (1..=31).contains(&d) && (1..=12).contains(&m);
            if !(valid(a, b) || valid(b, a)) {
                continue;
            }
            let before = prev_ascii_word(text, s).to_ascii_lowercase();
            if NUMBERED.contains(&before.as_str()) || doc.is_protected(s..end) {
                continue;
            }
            out.push(FOREIGN_TIME.finding(
                s..end,
                "a date written with dots; English names the month (`March 14, 2021`)",
            ));
        }
    }
}

impl Rule for ForeignTime {
    fn meta(&self) -> &'static RuleMeta {
        &FOREIGN_TIME
    }

    fn check(&self, doc: &Document<'_>, out: &mut Vec<Finding>) {
        Self::zone_times(doc, out);
        Self::dotted_dates(doc, out);
    }
}
