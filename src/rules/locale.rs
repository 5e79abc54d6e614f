//! Locale leftovers: number, percent and time formats of other languages.

use crate::document::Document;
use crate::finding::{Category, Edit, Finding, Fix, Severity, SmallList};
use crate::rules::{Example, Rule, RuleMeta};
use crate::text::{
    char_at, char_before, floor_boundary, prev_ascii_word, skip_hspace, skip_hspace_back,
};

/// Whether the byte before `i` leaves `i` free to start a number (not a digit,
/// letter, `.`, `,` or currency-free symbol glued to another number).
fn number_starts_at(bytes: &[u8], i: usize) -> bool {
    i == 0
        || !(bytes[i - 1].is_ascii_alphanumeric()
            || matches!(bytes[i - 1], b'.' | b',' | b'-' | b'_' | b'/' | b':'))
}

/// The length of the run of ASCII digits at `i`.
fn digits_at(bytes: &[u8], i: usize) -> usize {
    bytes[i.min(bytes.len())..]
        .iter()
        .take_while(|b| b.is_ascii_digit())
        .count()
}

/// The word at byte `i` (ASCII letters only), or "".
fn ascii_word_at(text: &str, i: usize) -> &str {
    let bytes = text.as_bytes();
    let n = bytes[i.min(bytes.len())..]
        .iter()
        .take_while(|b| b.is_ascii_alphabetic())
        .count();
    &text[i..i + n]
}

/// Units and scale words after which `3,5` must be a decimal number, sorted.
const DECIMAL_UNITS: &[&str] = &[
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

/// Nouns counted in whole numbers, after which `25.000` must mean twenty-five thousand.
const COUNT_NOUNS: &[&str] = &[
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
                Fix::review(edits)
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

/// A space between a number and `%`: `12 %`.
pub struct SpaceBeforePercent;

static PERCENT: RuleMeta = RuleMeta {
    id: "locale/space-before-percent",
    category: Category::Locale,
    severity: Severity::Info,
    default_enabled: false,
    summary: "a space between a number and `%` (`12 %`); English writes `12%`",
    flags: &[
        Example {
            text: "Prices rose 12 % in March.",
            fixed: "Prices rose 12% in March.",
        },
        Example {
            text: "a rise of 3.5\u{A0}%, then 4\u{202F}%",
            fixed: "a rise of 3.5%, then 4%",
        },
        Example {
            text: "(40 %)",
            fixed: "(40%)",
        },
    ],
    passes: &[
        "Prices rose 12% in March.",
        "The % sign and 100 percent.",
        "Use %d or % s in format strings.",
    ],
};

impl Rule for SpaceBeforePercent {
    fn meta(&self) -> &'static RuleMeta {
        &PERCENT
    }

    fn check(&self, doc: &Document<'_>, out: &mut Vec<Finding>) {
        let text = doc.text();
        for p in memchr::memchr_iter(b'%', text.as_bytes()) {
            let b = skip_hspace_back(text, p);
            if b == p
                || !char_before(text, b).is_some_and(|c| c.is_ascii_digit())
                || doc.is_protected(b..p + 1)
            {
                continue;
            }
            // a number at the start of the run of digits
            out.push(
                PERCENT
                    .finding(
                        b..p + 1,
                        "space before `%`; English writes the sign right after the number",
                    )
                    .with_fix(Fix::safe(Edit::delete(b..p))),
            );
        }
    }
}

/// Continental time notation: `14h30`, `9 h 30`.
pub struct ContinentalTime;

static TIME: RuleMeta = RuleMeta {
    id: "locale/continental-time",
    category: Category::Locale,
    severity: Severity::Warning,
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
                .with_fix(Fix::review(Edit::new(s..e, clock)))
                .with_fix(Fix::review(Edit::new(s..e, english))),
            );
        }
    }
}

/// A weekday followed by its date in brackets, as Portuguese and Arabic news
/// write it: `on Wednesday (22)`, `Today (Friday)`.
pub struct WeekdayDateInBrackets;

static WEEKDAY_DATE: RuleMeta = RuleMeta {
    id: "locale/weekday-date-in-brackets",
    category: Category::Locale,
    severity: Severity::Warning,
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

const WEEKDAYS: &[&str] = &[
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

#[cfg(test)]
mod tests {
    #[test]
    fn word_lists_are_sorted() {
        for list in [super::DECIMAL_UNITS, super::COUNT_NOUNS, super::WEEKDAYS] {
            crate::text::assert_sorted(list);
        }
    }
}
