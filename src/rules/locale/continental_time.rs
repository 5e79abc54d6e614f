//! The `locale/continental-time` rule: a time written `14h30`; English writes `14:30` or `2:30
//! p.m.`.

use super::numbers::{digits_at, number_starts_at};
use crate::analysis::document::Document;
use crate::finding::{Category, Edit, Finding, Fix, Severity};
use crate::rules::{Example, Rule, RuleMeta};
use crate::text::{prev_ascii_word, skip_hspace};

/// Continental time notation: `14h30`, `9 h 30`.
pub struct ContinentalTime;

static TIME: RuleMeta = RuleMeta {
    id: "locale/continental-time",
    category: Category::Locale,
    severity: Severity::Warning,
    triggers: crate::Triggers::Text,
    default_enabled: true,
    summary: "a time written `14h30`; English writes `14:30` or `2:30 p.m.`",
    flags: &[
        Example {
            text: "The meeting starts at 14h30 sharp.",
            fixed: "The meeting starts at 14:30 sharp.",
        },
        Example {
            text: "Polls close at 8 h 00 tonight.",
            fixed: "Polls close at 8:00 tonight.",
        },
        Example {
            text: "From 09H15 to 17h45.",
            fixed: "From 09:15 to 17:45.",
        },
    ],
    passes: &[
        "Open 24h a day, 48h later, in a 4x4.",
        "The film runs 2h30 and the H264 codec; 1h30m.",
        "Flight AF14h is late; 25h30 is no time.",
    ],
};

impl Rule for ContinentalTime {
    fn meta(&self) -> &'static RuleMeta {
        &TIME
    }

    fn check(&self, doc: &Document<'_>, out: &mut Vec<Finding>) {
        let text = doc.text();
        let bytes = text.as_bytes();
        // every `h` worth a look follows a run of digits (and maybe a space)
        for &(s, hb) in doc.digit_runs() {
            let h = skip_hspace(text, hb);
            if !matches!(bytes.get(h), Some(b'h' | b'H')) {
                continue;
            }
            let ha = skip_hspace(text, h + 1);
            let mins = digits_at(bytes, ha);
            if !(1..=2).contains(&(hb - s)) || mins != 2 || !number_starts_at(bytes, s) {
                continue;
            }
            let e = ha + 2;
            if bytes.get(e).is_some_and(|b| b.is_ascii_alphanumeric()) || (hb != h) != (ha != h + 1)
            {
                continue;
            }
            let (Ok(hour), Ok(min)) = (text[s..hb].parse::<u32>(), text[ha..e].parse::<u32>())
            else {
                continue;
            };
            if hour > 23 || min > 59 {
                continue;
            }
            if hb - s == 1 {
                // `2h30` alone may be a duration; a one-digit hour needs a time preposition
                let prev = prev_ascii_word(text, s);
                if !matches!(
                    prev.to_ascii_lowercase().as_str(),
                    "at" | "from"
                        | "until"
                        | "till"
                        | "to"
                        | "by"
                        | "before"
                        | "after"
                        | "around"
                        | "since"
                        | "between"
                        | "and"
                ) {
                    continue;
                }
            }
            if doc.is_protected(s..e) {
                continue;
            }
            let clock = format!("{}:{}", &text[s..hb], &text[ha..e]);
            let h12 = match hour % 12 {
                0 => 12,
                x => x,
            };
            let ampm = if hour < 12 { "a.m." } else { "p.m." };
            let english = format!("{h12}:{min:02} {ampm}");
            out.push(
                TIME.finding(
                    s..e,
                    format!(
                        "continental time `{}`; write `{clock}` or `{english}`",
                        &text[s..e]
                    ),
                )
                .with_fix(Fix::unsafe_fix(Edit::new(s..e, clock)))
                .with_fix(Fix::unsafe_fix(Edit::new(s..e, english))),
            );
        }
    }
}
