//! The `locale/bracketed-date` rule: a date in brackets after a weekday or a relative day (`on
//! Wednesday (22)`, `Sunday (3/9)`, `Today (Friday)`), and a day of "this month" with no month
//! (`on the 9th of this month`): conventions of Portuguese, Arabic, Korean and Chinese news.

use crate::analysis::document::Document;
use crate::finding::{Category, Finding, Severity};
use crate::rules::{Example, Rule, RuleMeta, WEEKDAYS};
use crate::text::floor_boundary;
use once_cell::sync::Lazy;
use regex::Regex;

/// A weekday or relative day followed by its date in brackets, and a day of
/// "this month" with no month: `on Wednesday (22)`, `on the 9th of this month`.
pub struct BracketedDate;

static BRACKETED_DATE: RuleMeta = RuleMeta {
    id: "locale/bracketed-date",
    category: Category::Locale,
    severity: Severity::Warning,
    triggers: crate::Triggers::Text,
    default_enabled: true,
    summary: "a date in brackets after a weekday (`on Wednesday (22)`, `Sunday (3/9)`, `Today (Friday)`) or a day of `this month` with no month, conventions of other languages' news",
    flags: &[
        Example { text: "They were arrested last Wednesday (22) in the capital.", fixed: "They were arrested last Wednesday (22) in the capital." },
        Example { text: "He asked the court on Tuesday (5th) to act.", fixed: "He asked the court on Tuesday (5th) to act." },
        Example { text: "Today (Friday), videos spread online.", fixed: "Today (Friday), videos spread online." },
        Example { text: "The ferry sailed again last Saturday (2/8) after repairs.", fixed: "The ferry sailed again last Saturday (2/8) after repairs." },
        Example { text: "Officials confirmed it this morning (14th) at the port.", fixed: "Officials confirmed it this morning (14th) at the port." },
        Example { text: "Checks will run on the 3rd and 4th of this month.", fixed: "Checks will run on the 3rd and 4th of this month." },
        Example { text: "The office stays shut until the 20th of next month.", fixed: "The office stays shut until the 20th of next month." },
    ],
    passes: &[
        "They met on Wednesday, June 22, in the capital.",
        "The Friday (and Saturday) sessions were long.",
        "On Monday (see above) the vote (22 to 3) passed.",
        "The minister spoke on Monday (June 14) in the town hall.",
        "She turned 40 on the 3rd of May.",
        "Sunday (the holiday) was quiet for once.",
        "The fair opens on Friday (weather permitting).",
        "Rents fell by the 9th month of the crisis.",
    ],
};

/// A day of a month named only as this, last or next month, read backwards from
/// the word `month` (the window ends just after it).
static MONTHLESS: Lazy<Regex> = Lazy::new(|| {
    Regex::new(r"\b(?:[Oo]n|[Ff]rom|[Uu]ntil|[Ss]ince|[Bb]y) the \d{1,2}(?:st|nd|rd|th)(?: (?:and|to|-) (?:the )?\d{1,2}(?:st|nd|rd|th))? (?:of )?(?:this|last|next|the current) month$")
        .expect("monthless date regex")
});

/// Whether the word before ` (` names a day: a weekday, `today`, `last night`,
/// `this morning`...; and whether it is a relative day.
fn day_before(text: &str, p: usize) -> Option<(usize, bool)> {
    let bytes = text.as_bytes();
    let mut s = p;
    while s > 0 && bytes[s - 1].is_ascii_alphabetic() {
        s -= 1;
    }
    if s > 0 && bytes[s - 1].is_ascii_alphanumeric() {
        return None;
    }
    let day = &text[s..p];
    if WEEKDAYS.binary_search(&day).is_ok() {
        return Some((s, false));
    }
    if matches!(
        day,
        "Today" | "today" | "Yesterday" | "yesterday" | "Tomorrow" | "tomorrow" | "Tonight" | "tonight"
    ) {
        return Some((s, true));
    }
    // `last night`, `this morning`: the word before the part of the day
    let first = match day {
        "night" => &["last", "Last"][..],
        "morning" | "afternoon" | "evening" => &["this", "This"][..],
        _ => return None,
    };
    let before = text[..s].strip_suffix(' ')?;
    first
        .iter()
        .find(|w| {
            before.ends_with(**w)
                && !before[..before.len() - w.len()]
                    .bytes()
                    .next_back()
                    .is_some_and(|b| b.is_ascii_alphanumeric())
        })
        .map(|w| (s - 1 - w.len(), true))
}

/// Whether the text inside the brackets is a bare date: `22`, `5th`, `3/9`, `3/9/2021`.
fn is_bare_date(inner: &str) -> bool {
    let mut parts = inner.split('/');
    let day = parts.next().unwrap_or("");
    let digits = day.bytes().take_while(u8::is_ascii_digit).count();
    if !(1..=2).contains(&digits) {
        return false;
    }
    let rest: Vec<&str> = parts.collect();
    if rest.is_empty() {
        return matches!(&day[digits..], "" | "st" | "nd" | "rd" | "th");
    }
    let all_digits = |s: &str, n: std::ops::RangeInclusive<usize>| {
        n.contains(&s.len()) && s.bytes().all(|b| b.is_ascii_digit())
    };
    digits == day.len()
        && all_digits(rest[0], 1..=2)
        && (rest.len() == 1 || (rest.len() == 2 && all_digits(rest[1], 2..=4)))
}

impl Rule for BracketedDate {
    fn meta(&self) -> &'static RuleMeta {
        &BRACKETED_DATE
    }

    fn check(&self, doc: &Document<'_>, out: &mut Vec<Finding>) {
        let text = doc.text();
        let bytes = text.as_bytes();
        for p in memchr::memmem::find_iter(bytes, " (") {
            let Some((s, relative)) = day_before(text, p) else {
                continue;
            };
            let Some(close) = text[p + 2..floor_boundary(text, p + 16)]
                .find(')')
                .map(|k| p + 2 + k)
            else {
                continue;
            };
            let inner = &text[p + 2..close];
            let weekday = relative && WEEKDAYS.binary_search(&inner).is_ok();
            if !(is_bare_date(inner) || weekday) || doc.is_protected(s..close + 1) {
                continue;
            }
            out.push(BRACKETED_DATE.finding(
                s..close + 1,
                "a date in brackets after a day is another language's news convention; write `on Wednesday, June 22` or `on Friday`",
            ));
        }
        for p in memchr::memmem::find_iter(bytes, " month") {
            let e = p + " month".len();
            if bytes.get(e).is_some_and(|b| b.is_ascii_alphanumeric()) {
                continue;
            }
            // `this month`, `last month`, `next month` or `the current month`
            // (a word of another kind before `month` spares the pattern)
            let before = &text[..p];
            if ![" this", " last", " next", " the current"]
                .iter()
                .any(|w| before.ends_with(w))
            {
                continue;
            }
            let window = floor_boundary(text, p.saturating_sub(60));
            let Some(m) = MONTHLESS.find(&text[window..e]) else {
                continue;
            };
            let r = window + m.start()..e;
            if doc.is_protected(r.clone()) {
                continue;
            }
            out.push(BRACKETED_DATE.finding(
                r,
                "a day of `this month` with no month is another language's news convention; name the month",
            ));
        }
    }
}
