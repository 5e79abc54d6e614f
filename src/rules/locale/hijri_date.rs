//! The `locale/hijri-date` rule: a year of the Islamic (Hijri) or Persian (Solar Hijri) calendar
//! (`1442 AH`, `1401 SH`), which English news gives as the Gregorian date.

use super::numbers::number_starts_at;
use crate::analysis::document::Document;
use crate::finding::{Category, Finding, Severity};
use crate::rules::{Example, Rule, RuleMeta};
use crate::text::skip_hspace;

/// A Hijri or Solar Hijri year: `12 Rajab 1443 AH`, `1401 SH`.
pub struct HijriDate;

static HIJRI_DATE: RuleMeta = RuleMeta {
    id: "locale/hijri-date",
    category: Category::Locale,
    severity: Severity::Warning,
    triggers: crate::Triggers::Text,
    default_enabled: true,
    summary: "a Hijri or Persian calendar year (`1442 AH`, `1401 SH`); English news gives the Gregorian date",
    flags: &[
        Example { text: "The decree of 12 Rajab 1443 AH was read aloud.", fixed: "The decree of 12 Rajab 1443 AH was read aloud." },
        Example { text: "On 3 Safar 1444 AH, matching August 30, 2022, the office opened.", fixed: "On 3 Safar 1444 AH, matching August 30, 2022, the office opened." },
        Example { text: "The year 1401 SH began on March 21.", fixed: "The year 1401 SH began on March 21." },
        Example { text: "Records from 1398 A.H. were lost.", fixed: "Records from 1398 A.H. were lost." },
        Example { text: "Sources dated the ledger to 1375 AH in the archive.", fixed: "Sources dated the ledger to 1375 AH in the archive." },
        Example { text: "The survey of 1399 H.S. counted the wells.", fixed: "The survey of 1399 H.S. counted the wells." },
    ],
    passes: &[
        "The castle was built in 1420 AD.",
        "Flight AH 1442 departs at noon.",
        "The engine makes 1400 hp at full power.",
        "In 1442 the town burned down.",
        "The shop at 1350 Ash Street closed.",
        "Model 1400 SHX ships in May.",
    ],
};

/// The era marks of the Hijri and Solar Hijri calendars.
const ERAS: &[&str] = &["A.H.", "AH", "H.S.", "SH"];

impl Rule for HijriDate {
    fn meta(&self) -> &'static RuleMeta {
        &HIJRI_DATE
    }

    fn check(&self, doc: &Document<'_>, out: &mut Vec<Finding>) {
        let text = doc.text();
        let bytes = text.as_bytes();
        for &(s, e) in doc.digit_runs() {
            // the Hijri years of modern news: 1300 to 1499
            if e - s != 4 || !matches!(&bytes[s..s + 2], b"13" | b"14") || !number_starts_at(bytes, s) {
                continue;
            }
            let a = skip_hspace(text, e);
            let Some(era) = ERAS.iter().find(|era| text[a..].starts_with(**era)) else {
                continue;
            };
            let end = a + era.len();
            // `AH` ends the word; `A.H.` may end the sentence
            if bytes.get(end).is_some_and(|b| b.is_ascii_alphanumeric()) || doc.is_protected(s..end) {
                continue;
            }
            out.push(HIJRI_DATE.finding(
                s..end,
                "a Hijri or Persian calendar year; English news gives the Gregorian date (and the other only beside it, if at all)",
            ));
        }
    }
}
