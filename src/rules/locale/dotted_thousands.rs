//! The `locale/dotted-thousands` rule: thousands grouped with dots or spaces (`1.000.000`, `10 000
//! refugees`); English uses commas.

use super::numbers::{ascii_word_at, digits_at, number_starts_at};
use crate::analysis::document::Document;
use crate::finding::{Category, Edit, Finding, Fix, Severity, SmallList};
use crate::rules::{Example, Rule, RuleMeta};
use crate::text::{char_at, prev_ascii_word, skip_hspace};

/// Nouns counted in whole numbers, after which `25.000` must mean twenty-five thousand.
pub(super) const COUNT_NOUNS: &[&str] = &[
    "cars",
    "cases",
    "children",
    "copies",
    "deaths",
    "dollars",
    "employees",
    "euros",
    "families",
    "homes",
    "households",
    "inhabitants",
    "jobs",
    "members",
    "participants",
    "patients",
    "people",
    "pounds",
    "refugees",
    "residents",
    "signatures",
    "soldiers",
    "students",
    "tonnes",
    "troops",
    "units",
    "vehicles",
    "visitors",
    "voters",
    "votes",
    "workers",
];

/// Thousands separated by dots or spaces: `1.000.000`, `25.000 soldiers`, `10 000 refugees`.
pub struct DottedThousands;

static DOTTED: RuleMeta = RuleMeta {
    id: "locale/dotted-thousands",
    category: Category::Locale,
    severity: Severity::Warning,
    triggers: crate::Triggers::Text,
    default_enabled: true,
    summary: "thousands grouped with dots or spaces (`1.000.000`, `10 000 refugees`); English uses commas",
    flags: &[
        Example { text: "about 1.000.000 people", fixed: "about 1,000,000 people" },
        Example { text: "Some 25.000 soldiers left.", fixed: "Some 25,000 soldiers left." },
        Example { text: "It took in 10 000 refugees and 2\u{A0}500\u{A0}000 euros.", fixed: "It took in 10,000 refugees and 2,500,000 euros." },
        Example { text: "A sum of 136.069 units.", fixed: "A sum of 136,069 units." },
    ],
    passes: &[
        "Version 1.100.200 and address 192.168.100.200 are fine.",
        "On 12.03.2023 the rate was 1.500 percent; pi is 3.14159.",
        "In 2019 100 people came; 1,000,000 and 1.5 million.",
        "He ran 1.500 metres; release v2.100.300 is out.",
    ],
};

impl Rule for DottedThousands {
    fn meta(&self) -> &'static RuleMeta {
        &DOTTED
    }

    fn check(&self, doc: &Document<'_>, out: &mut Vec<Finding>) {
        let text = doc.text();
        let bytes = text.as_bytes();
        // the end of the last number looked at
        let mut i = 0;
        for &(s, e) in doc.digit_runs() {
            // (a digit after another never starts a number)
            if s < i || !number_starts_at(bytes, s) {
                continue;
            }
            i = s;
            let lead = e - s;
            let mut end = e;
            if lead > 3 {
                i = end;
                continue;
            }
            // groups: a separator then exactly three digits
            let mut seps: Vec<std::ops::Range<usize>> = Vec::new();
            let mut sep_kind: Option<bool> = None; // Some(true) dots, Some(false) spaces
            while let Some(c) = char_at(text, end) {
                let is_dot = c == '.';
                if !(is_dot || matches!(c, ' ' | '\u{A0}' | '\u{202F}' | '\u{2009}'))
                    || sep_kind.is_some_and(|d| d != is_dot)
                {
                    break;
                }
                let ds = end + c.len_utf8();
                if digits_at(bytes, ds) != 3 {
                    break;
                }
                sep_kind = Some(is_dot);
                seps.push(end..ds);
                end = ds + 3;
            }
            let start = i;
            i = end.max(i + 1);
            let Some(dots) = sep_kind else { continue };
            // the number must end here: not `1.000.5`, not `1.000,5`
            if matches!(bytes.get(end), Some(b'.' | b','))
                && bytes.get(end + 1).is_some_and(u8::is_ascii_digit)
            {
                continue;
            }
            if bytes.get(end).is_some_and(u8::is_ascii_alphanumeric) {
                continue;
            }
            let prev_word = prev_ascii_word(text, start).to_ascii_lowercase();
            if matches!(
                prev_word.as_str(),
                "version" | "release" | "v" | "build" | "ip" | "address" | "firmware"
            ) {
                continue;
            }
            let k = skip_hspace(text, end);
            let noun = ascii_word_at(text, k);
            let counted = k > end && COUNT_NOUNS.binary_search(&noun).is_ok();
            let groups = seps.len();
            let safe = if dots && groups >= 2 {
                // an IP address has four groups of at most 255
                let parts: Vec<&str> = text[start..end].split('.').collect();
                if parts.len() == 4
                    && parts
                        .iter()
                        .all(|p| p.parse::<u32>().is_ok_and(|n| n <= 255))
                {
                    continue;
                }
                true
            } else if counted {
                false
            } else {
                continue;
            };
            if doc.is_protected(start..end) {
                continue;
            }
            let edits: SmallList<Edit> = seps.into_iter().map(|r| Edit::new(r, ",")).collect();
            let fix = if safe {
                Fix::safe(edits)
            } else {
                Fix::unsafe_fix(edits)
            };
            let kind = if dots { "dots" } else { "spaces" };
            out.push(
                DOTTED
                    .finding(
                        start..end,
                        format!(
                            "thousands separated by {kind}; English separates them with commas"
                        ),
                    )
                    .with_fix(fix),
            );
        }
    }
}
