//! The `locale/five-digit-year` rule: a year of five digits in a written-out date (`on March 3,
//! 20191`, `3 March 20191`): a footnote mark, a caption's counter or a stray key glued to the
//! year when a page was copied or translated.

use crate::analysis::document::Document;
use crate::finding::{Category, Finding, Severity};
use crate::rules::{Example, Rule, RuleMeta};
use std::ops::Range;

/// A written-out date whose year has five digits: `March 3, 20191`.
pub struct FiveDigitYear;

static FIVE_DIGIT_YEAR: RuleMeta = RuleMeta {
    id: "locale/five-digit-year",
    category: Category::Locale,
    severity: Severity::Warning,
    triggers: crate::Triggers::words(|| crate::rules::MONTHS.to_vec()),
    default_enabled: true,
    summary: "a year of five digits in a date (`March 3, 20191`): a digit glued to the year",
    flags: &[
        Example {
            text: "The photo was taken at the palace on March 3, 20191 (Photo: agency).",
            fixed: "The photo was taken at the palace on March 3, 20191 (Photo: agency).",
        },
        Example {
            text: "The law took effect on 12 June 20182, after a long debate.",
            fixed: "The law took effect on 12 June 20182, after a long debate.",
        },
        Example {
            text: "Signed in Lisbon on 1 October 19991.",
            fixed: "Signed in Lisbon on 1 October 19991.",
        },
    ],
    passes: &[
        "The photo was taken at the palace on March 3, 2019 (Photo: agency).",
        "On March 3, 20,191 people voted in the city.",
        "By June 12, 20185 tickets had been sold.",
        "In May 2020, 12500 people moved away.",
        "Order no. 20191 of March 3 is void.",
        "On 12 June 20182 people signed the petition.",
    ],
};


impl Rule for FiveDigitYear {
    fn meta(&self) -> &'static RuleMeta {
        &FIVE_DIGIT_YEAR
    }

    fn check(&self, doc: &Document<'_>, out: &mut Vec<Finding>) {
        let text = doc.text();
        for k in doc.trigger_words(FIVE_DIGIT_YEAR.id) {
            // the list takes any case of the months' shapes (`may`): a month is capitalised
            let word = doc.word(k);
            if !word.starts_with(|c: char| c.is_ascii_uppercase()) || !crate::rules::MONTHS.contains(&word) {
                continue;
            }
            let (s, e) = doc.words()[k];
            let Some(year) = after_month_day(text, e).or_else(|| after_day_month(text, s, e)) else {
                continue;
            };
            if doc.is_protected(year.clone()) {
                continue;
            }
            out.push(FIVE_DIGIT_YEAR.finding(
                year.clone(),
                format!("`{}` is no year: a digit glued to it?", &text[year]),
            ));
        }
    }
}

/// The run of digits at `at` in `text`: its end.
fn digits_end(text: &str, at: usize) -> usize {
    at + text.as_bytes()[at..].iter().take_while(|b| b.is_ascii_digit()).count()
}

/// Whether `text[s..e]` is a year of five digits (`19…`, `20…`) that ends its phrase: a mark,
/// a bracket or the line's end after it (`20191 (Photo…)`, `20191.`), not a count (`20185
/// tickets`).
fn five_digit_year(text: &str, s: usize, e: usize) -> bool {
    let year = &text[s..e];
    let rest = &text[e..];
    let ends = rest.is_empty()
        || rest.starts_with(['\n', ')', ';', ':', '(', '\r'])
        || rest.starts_with(" (")
        || [",", "."].iter().any(|m| rest.strip_prefix(m).is_some_and(|r| !r.starts_with(|c: char| c.is_ascii_digit())));
    year.len() == 5 && (year.starts_with("19") || year.starts_with("20")) && ends
}

/// The year after `Month D, ` (`March 3, 20191`), the month ending at `e`.
fn after_month_day(text: &str, e: usize) -> Option<Range<usize>> {
    let day = e + text[e..].strip_prefix(' ').map(|_| 1)?;
    let day_end = digits_end(text, day);
    if !(1..=2).contains(&(day_end - day)) || !text[day_end..].starts_with(", ") {
        return None;
    }
    let year = day_end + 2;
    let year_end = digits_end(text, year);
    five_digit_year(text, year, year_end).then_some(year..year_end)
}

/// The year after `D Month ` (`3 March 20191`), the month at `s..e`.
fn after_day_month(text: &str, s: usize, e: usize) -> Option<Range<usize>> {
    let before = text[..s].strip_suffix(' ')?;
    let day = before.bytes().rev().take_while(u8::is_ascii_digit).count();
    if !(1..=2).contains(&day) || before[..before.len() - day].ends_with(|c: char| c.is_alphanumeric()) {
        return None;
    }
    let year = e + text[e..].strip_prefix(' ').map(|_| 1)?;
    let year_end = digits_end(text, year);
    five_digit_year(text, year, year_end).then_some(year..year_end)
}
