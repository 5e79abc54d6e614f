//! The `locale/decimal-comma` rule: a decimal comma (`150,5 billion`, `2,4%`); English writes a
//! decimal point.

use super::numbers::{ascii_word_at, digits_at, number_starts_at};
use crate::analysis::document::Document;
use crate::finding::{Category, Edit, Finding, Fix, Severity, SmallList};
use crate::rules::{Example, Rule, RuleMeta};
use crate::text::skip_hspace;

/// Units and scale words after which `3,5` must be a decimal number, sorted.
pub(super) const DECIMAL_UNITS: &[&str] = &[
    "billion",
    "billions",
    "bn",
    "cm",
    "days",
    "degrees",
    "dollars",
    "euro",
    "euros",
    "ha",
    "hours",
    "kg",
    "kilometers",
    "kilometres",
    "km",
    "liters",
    "litres",
    "m",
    "meters",
    "metres",
    "miles",
    "million",
    "millions",
    "minutes",
    "mm",
    "mn",
    "months",
    "percent",
    "points",
    "pounds",
    "rubles",
    "seconds",
    "times",
    "tonnes",
    "tons",
    "trillion",
    "weeks",
    "years",
    "yuan",
];

/// A decimal comma before a unit or scale word: `3,5 million`, `2,4%`.
pub struct DecimalComma;

static DECIMAL_COMMA: RuleMeta = RuleMeta {
    id: "locale/decimal-comma",
    category: Category::Locale,
    severity: Severity::Warning,
    triggers: crate::Triggers::Text,
    default_enabled: true,
    summary: "a decimal comma (`150,5 billion`, `2,4%`); English writes a decimal point",
    flags: &[
        Example {
            text: "a loan of 150,5 billion dollars",
            fixed: "a loan of 150.5 billion dollars",
        },
        Example {
            text: "Inflation reached 7,9 % in May.",
            fixed: "Inflation reached 7.9% in May.",
        },
        Example {
            text: "It is 12,75 km away and took 1,5 hours.",
            fixed: "It is 12.75 km away and took 1.5 hours.",
        },
        Example {
            text: "The firm lost 3,2bn last year, or 0,4 per cent.",
            fixed: "The firm lost 3.2bn last year, or 0.4 per cent.",
        },
    ],
    passes: &[
        "They sold 1,000 km of cable and 3,500 tonnes of steel.",
        "A 3,500-strong force; chapters 1,2 and 3.",
        "In 2019,20 people died; the score was 2,1 after extra time.",
        "Between 1,5 and 2 of them; 1,234,56 million.",
    ],
};

impl Rule for DecimalComma {
    fn meta(&self) -> &'static RuleMeta {
        &DECIMAL_COMMA
    }

    fn check(&self, doc: &Document<'_>, out: &mut Vec<Finding>) {
        let text = doc.text();
        let bytes = text.as_bytes();
        for c in memchr::memchr_iter(b',', bytes) {
            if c == 0 || !bytes[c - 1].is_ascii_digit() {
                continue;
            }
            let mut s = c;
            while s > 0 && bytes[s - 1].is_ascii_digit() {
                s -= 1;
            }
            let right = digits_at(bytes, c + 1);
            if !(1..=3).contains(&(c - s))
                || !(1..=2).contains(&right)
                || !number_starts_at(bytes, s)
            {
                continue;
            }
            let e = c + 1 + right;
            if bytes.get(e) == Some(&b',') && bytes.get(e + 1).is_some_and(u8::is_ascii_digit) {
                continue;
            }
            let k = skip_hspace(text, e);
            if k > e + 3 {
                continue;
            }
            let percent = text[k..].starts_with('%');
            let unit_end = if percent {
                k + 1
            } else if text[k..].starts_with("per cent") {
                k + "per cent".len()
            } else {
                let w = ascii_word_at(text, k);
                if DECIMAL_UNITS.binary_search(&w).is_err() || (w == "m" && k > e) {
                    continue;
                }
                k + w.len()
            };
            if doc.is_protected(s..unit_end) {
                continue;
            }
            let mut edits = SmallList::one(Edit::new(c..c + 1, "."));
            if percent && k > e {
                edits.push(Edit::delete(e..k)); // `2,4 %`: the space is French too
            }
            out.push(
                DECIMAL_COMMA
                    .finding(s..unit_end, "decimal comma; English uses a decimal point")
                    .with_fix(Fix::safe(edits)),
            );
        }
    }
}
