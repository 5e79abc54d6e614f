//! The `locale/weekday-date-in-brackets` rule: a date in brackets after a weekday (`on Wednesday
//! (22)`, `Today (Friday)`), a convention of Portuguese and Arabic news.

use crate::analysis::document::Document;
use crate::finding::{Category, Finding, Severity};
use crate::rules::{Example, Rule, RuleMeta};
use crate::text::floor_boundary;

/// A weekday followed by its date in brackets, as Portuguese and Arabic news
/// write it: `on Wednesday (22)`, `Today (Friday)`.
pub struct WeekdayDateInBrackets;

static WEEKDAY_DATE: RuleMeta = RuleMeta {
    id: "locale/weekday-date-in-brackets",
    category: Category::Locale,
    severity: Severity::Warning,
    triggers: crate::Triggers::Text,
    default_enabled: true,
    summary: "a date in brackets after a weekday (`on Wednesday (22)`, `Today (Friday)`), a convention of Portuguese and Arabic news",
    flags: &[
        Example { text: "They were arrested last Wednesday (22) in the capital.", fixed: "They were arrested last Wednesday (22) in the capital." },
        Example { text: "He asked the court on Tuesday (5th) to act.", fixed: "He asked the court on Tuesday (5th) to act." },
        Example { text: "Today (Friday), videos spread online.", fixed: "Today (Friday), videos spread online." },
    ],
    passes: &[
        "They met on Wednesday, June 22, in the capital.",
        "The Friday (and Saturday) sessions were long.",
        "On Monday (see above) the vote (22 to 3) passed.",
    ],
};

pub(super) const WEEKDAYS: &[&str] = &[
    "Friday",
    "Monday",
    "Saturday",
    "Sunday",
    "Thursday",
    "Tuesday",
    "Wednesday",
];

impl Rule for WeekdayDateInBrackets {
    fn meta(&self) -> &'static RuleMeta {
        &WEEKDAY_DATE
    }

    fn check(&self, doc: &Document<'_>, out: &mut Vec<Finding>) {
        let text = doc.text();
        let bytes = text.as_bytes();
        for p in memchr::memmem::find_iter(bytes, " (") {
            // the word before: a weekday or today/yesterday/tomorrow
            let mut s = p;
            while s > 0 && bytes[s - 1].is_ascii_alphabetic() {
                s -= 1;
            }
            let day = &text[s..p];
            let relative = matches!(
                day,
                "Today" | "today" | "Yesterday" | "yesterday" | "Tomorrow" | "tomorrow"
            );
            if !(relative || WEEKDAYS.binary_search(&day).is_ok())
                || (s > 0 && bytes[s - 1].is_ascii_alphanumeric())
            {
                continue;
            }
            let Some(close) = text[p + 2..floor_boundary(text, p + 16)]
                .find(')')
                .map(|k| p + 2 + k)
            else {
                continue;
            };
            let inner = &text[p + 2..close];
            let digits = inner.bytes().take_while(u8::is_ascii_digit).count();
            let date = (1..=2).contains(&digits)
                && matches!(&inner[digits..], "" | "st" | "nd" | "rd" | "th");
            let weekday = relative && WEEKDAYS.binary_search(&inner).is_ok();
            if !(date || weekday) || doc.is_protected(s..close + 1) {
                continue;
            }
            out.push(WEEKDAY_DATE.finding(
                s..close + 1,
                "a date in brackets after a weekday is another language's news convention; write `on Wednesday, June 22` or `on Friday`",
            ));
        }
    }
}
