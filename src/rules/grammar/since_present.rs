//! The `grammar/since-present` rule: `since` and a point in time put first,
//! then a simple present (`Since 2019, she lives in Porto`, `Since then, the
//! file is with the court`), which MT leaves from languages that use the
//! present for a state still going on (Portuguese `desde então está`, French
//! `depuis 2019 elle habite`, Russian `с тех пор живёт`). English takes the
//! present perfect. A causal `since` (`since the law is new`) names no time.
//! And `since` before a length of time (`since three weeks`, German `seit`,
//! French `depuis`, Spanish `desde hace`), where English says `for`.

use super::words::{base_of_third, tags};
use crate::analysis::document::{joined_in, word_in, Document};
use crate::analysis::lexicon::lexicon;
use crate::finding::{Category, Edit, Finding, Fix, Severity};
use crate::rules::{Example, Rule, RuleMeta};
use crate::text::concat;

/// `Since` + a point in time, then a simple present.
pub struct SincePresent;

static SINCE: RuleMeta = RuleMeta {
    id: "grammar/since-present",
    category: Category::Grammar,
    severity: Severity::Warning,
    triggers: crate::Triggers::words(|| vec!["since"]),
    default_enabled: true,
    summary: "`since` and a point in time, then a simple present (`Since 2019, she lives in Porto`); `since` before a length of time (`since three weeks`)",
    flags: &[
        Example { text: "Since 2019, she lives in Porto.", fixed: "Since 2019, she has lived in Porto." },
        Example { text: "Since then, the file is with the court.", fixed: "Since then, the file has been with the court." },
        Example { text: "Since March the two brothers are in prison.", fixed: "Since March the two brothers have been in prison." },
        Example { text: "He was hurt, and since last year he works from home.", fixed: "He was hurt, and since last year he has worked from home." },
        Example { text: "Since 2015, we work from home.", fixed: "Since 2015, we have worked from home." },
        Example { text: "The bridge is closed since three weeks.", fixed: "The bridge is closed for three weeks." },
        Example { text: "She teaches there since 12 years, and likes it.", fixed: "She teaches there for 12 years, and likes it." },
        Example { text: "Since many years the village has no doctor.", fixed: "For many years the village has no doctor." },
        Example { text: "They wait since about a decade for the road.", fixed: "They wait for about a decade for the road." },
        Example { text: "The ferry runs twice a day since more than ten years.", fixed: "The ferry runs twice a day for more than ten years." },
        Example { text: "Since some weeks the bakery opens at six.", fixed: "For some weeks the bakery opens at six." },
        Example { text: "We have asked for a new school since long.", fixed: "We have asked for a new school for a long time." },
        Example { text: "The mine is closed since a long time, and the town shrinks.", fixed: "The mine is closed for a long time, and the town shrinks." },
    ],
    passes: &[
        "Since 2019, she has lived in Porto.",
        "Since the law is new, the court is careful.",
        "Since then, it is clear that the plan failed.",
        "Since March, prices have risen; since then there is little hope.",
        "Since you ask, the answer is no.",
        "Since then, the minister, who is ill, has stayed home.",
        "Ever since then he has been quiet.",
        "Since two years ago the bridge has been closed; since a week before the vote, no one spoke.",
        "Since three days are not enough, the visit was extended.",
        "Since some years are wetter than others, and since more than ten days passed, we wait.",
        "Since more than two people asked, and since some weeks ago, the hall has been open.",
        "Since two years of drought ruined the harvest, prices have risen.",
        "Since a year and a half ago, and since 2 years later, it has changed.",
        "Since the three weeks of the strike, the station has been quiet.",
        "She has worked there for three years, since a decade-long war ended.",
        "Since long queues formed, and since long ago, the hall opens early.",
        "It has rained since a long time ago; since a long time is needed, we wait.",
    ],
};


/// Units after `since last`: `since last year`.
const UNITS: &[&str] = &["month", "season", "summer", "week", "winter", "year"];

/// Subject pronouns a present can follow (`it`, `this`, `there` open
/// statements that a present may follow: `since then, it is clear that`).
const PRONOUNS: &[&str] = &["I", "he", "she", "they", "we", "you"];

/// Words that open a noun subject.
const DETERMINERS: &[&str] = &["a", "an", "her", "his", "its", "my", "our", "the", "their", "this", "your"];

impl Rule for SincePresent {
    fn meta(&self) -> &'static RuleMeta {
        &SINCE
    }

    fn check(&self, doc: &Document<'_>, out: &mut Vec<Finding>) {
        let (text, words) = (doc.text(), doc.words());
        let w = |k: usize| word_in(text, words, k);
        let joined = |k: usize| joined_in(text, words, k);
        for k in doc.trigger_words(SINCE.id) {
            if !w(k).eq_ignore_ascii_case("since") {
                continue;
            }
            if let Some(end) = length_of_time_after(text, words, k) {
                let span = words[k].0..words[end].1;
                if !doc.is_protected(span.clone()) {
                    let for_ = if w(k) == "since" { "for" } else { "For" };
                    // `since long` -> `for a long time`
                    let (edit_end, for_) = if end == k + 1 && w(end) == "long" {
                        (words[end].1, concat(&[for_, " a long time"]))
                    } else {
                        (words[k].1, for_.to_string())
                    };
                    out.push(
                        SINCE
                            .finding(
                                span,
                                "`since` names a point in time, not a length of time: English says `for` + the length (`for three weeks`), and the verb of a state still going on takes the present perfect",
                            )
                            .with_fix(Fix::unsafe_fix(Edit::new(words[k].0..edit_end, for_))),
                    );
                }
                continue;
            }
            if !opens_clause(text, words, k) {
                continue;
            }
            // the point in time: a year (not a word: digits), or words
            // `k+1..=end`, then the subject at word `end + 1`
            let gap_after = |j: usize| words.get(j + 1).map_or("", |n| &text[words[j].1..n.0]);
            let next = w(k + 1);
            let end = if let Some(rest) = year_then(gap_after(k)) {
                // `since 2019, she`: the year stands between the words
                if !matches!(rest, " " | ", ") {
                    continue;
                }
                k
            } else if joined(k) && next == "then"
                || joined(k) && crate::rules::MONTHS.contains(&next)
                || joined(k) && next == "last" && joined(k + 1) && UNITS.contains(&w(k + 2))
            {
                let end = if next == "last" { k + 2 } else { k + 1 };
                // `since March 2020,`: the year in the gap
                let gap = gap_after(end);
                let rest = year_then(gap).filter(|_| next != "then").unwrap_or(gap);
                if !matches!(rest, " " | ", ") {
                    continue;
                }
                end
            } else {
                continue;
            };
            let Some(verb_k) = present_after_subject(text, words, end + 1) else {
                continue;
            };
            let verb = w(verb_k);
            let perfect = match verb {
                "is" => Some("has been".to_string()),
                "are" | "am" => Some("have been".to_string()),
                _ if tags(verb).is_some_and(|t| t.is_verb_base()) && !verb.ends_with('s') => {
                    Some(concat(&["have ", &lexicon().participle(verb)]))
                }
                _ => base_of_third(verb)
                    .map(|b| concat(&["has ", &lexicon().participle(&b)])),
            };
            let Some(perfect) = perfect else {
                continue;
            };
            let span = words[k].0..words[verb_k].1;
            if doc.is_protected(span.clone()) {
                continue;
            }
            out.push(
                SINCE
                    .finding(
                        span,
                        concat(&[
                            "after `since` and a point in time, a state still going on takes the present perfect: `",
                            &perfect,
                            "`",
                        ]),
                    )
                    .with_fix(Fix::unsafe_fix(Edit::new(
                        words[verb_k].0..words[verb_k].1,
                        perfect,
                    ))),
            );
        }
    }
}

/// Units of time, singular and plural.
const TIME_UNITS: &[(&str, &str)] = &[
    ("century", "centuries"),
    ("day", "days"),
    ("decade", "decades"),
    ("hour", "hours"),
    ("minute", "minutes"),
    ("month", "months"),
    ("week", "weeks"),
    ("year", "years"),
];

/// Words that make a length of time before them a point in time (`since two
/// years ago`, `since a week before the vote`) or a noun phrase (`since two
/// years of drought`, `since three years old`).
const TIME_POINT_AFTER: &[&str] = &[
    "after", "ago", "back", "before", "beforehand", "earlier", "later", "of", "old", "previously",
    "prior",
];

/// Hedges before a number (`since about three years`).
const HEDGES: &[&str] = &["about", "almost", "approximately", "around", "nearly", "over", "roughly"];

/// Number words that count plural units.
const COUNTS: &[&str] = &[
    "eight", "eleven", "few", "five", "four", "many", "nine", "several", "seven", "six", "some",
    "ten", "three", "twelve", "twenty", "two",
];

/// After `since` at word `k`, a length of time where English wants a point
/// (`since three weeks`, `since 3 years`, `since a decade`, `since many
/// years`, `since decades`): the index of its unit word. Not `since two years
/// ago` or `since two years of war` (see [`TIME_POINT_AFTER`]), nor a causal
/// `since` whose subject is a length (`since two days are not enough`: a verb
/// follows).
fn length_of_time_after(text: &str, words: &[(usize, usize)], k: usize) -> Option<usize> {
    let w = |j: usize| word_in(text, words, j);
    let joined = |j: usize| joined_in(text, words, j);
    let gap = |j: usize| words.get(j + 1).map_or("", |n| &text[words[j].1..n.0]);
    let number_gap = |g: &str| {
        g.len() > 2
            && g.len() <= 5
            && g.starts_with(' ')
            && g.ends_with(' ')
            && g[1..g.len() - 1].bytes().all(|b| b.is_ascii_digit())
    };
    // `since long.`: an adverb of length that ends its phrase (not `since
    // long ago`, `since long queues formed`)
    if joined(k) && w(k + 1) == "long" {
        let ends = gap(k + 1).starts_with([',', '.', ';', ':', '!', '?', ')']) || k + 2 == words.len();
        return ends.then_some(k + 1);
    }
    // an optional hedge (`since about`), then the count and the unit
    let mut j = k;
    if joined(j) && HEDGES.contains(&w(j + 1)) {
        j += 1;
    } else if joined(j) && joined(j + 1) && matches!(w(j + 1), "less" | "more") && w(j + 2) == "than" {
        // `since more than ten years` (French `depuis plus de`)
        j += 2;
    }
    let unit_k = if number_gap(gap(j)) {
        // `since 3 years`: digits between the words
        let one = gap(j).trim() == "1";
        let unit = w(j + 1);
        TIME_UNITS
            .iter()
            .any(|&(s, p)| unit == if one { s } else { p })
            .then_some(j + 1)?
    } else {
        if !joined(j) {
            return None;
        }
        let count = w(j + 1);
        let (unit_k, plural) = match count {
            "a" | "an" | "one" if joined(j + 1) && w(j + 2) == "few" => (j + 3, true),
            // `since a long time`
            "a" if joined(j + 1) && w(j + 2) == "long" => (j + 3, false),
            "a" | "an" | "one" => (j + 2, false),
            _ if COUNTS.contains(&count) => (j + 2, true),
            // `since decades`, `since years`: a bare plural unit
            _ if j == k && matches!(count, "centuries" | "decades" | "months" | "years") => (j + 1, true),
            _ => return None,
        };
        if unit_k > j + 1 && !(j + 1..unit_k).all(joined) {
            return None;
        }
        let unit = w(unit_k);
        let long_time = unit == "time" && w(unit_k - 1) == "long";
        (long_time || TIME_UNITS.iter().any(|&(s, p)| unit == if plural { p } else { s }))
            .then_some(unit_k)?
    };
    // the words after the unit: no mark of a point in time or a noun phrase,
    // no verb of a causal clause (`since two days are enough`)
    let after = gap(unit_k);
    if after.starts_with(['-', '\'', '’']) {
        return None;
    }
    if after.trim().is_empty() && unit_k + 1 < words.len() {
        let next = w(unit_k + 1);
        if TIME_POINT_AFTER.contains(&next) {
            return None;
        }
        let verb = tags(next).is_some_and(|t| {
            (t.is_verb() || t.is_auxiliary()) && !t.is_preposition() && !t.is_adverb()
        });
        if verb {
            return None;
        }
        // `since a year and a half ago`
        if (unit_k + 2..unit_k + 6).any(|i| w(i) == "ago") {
            return None;
        }
    }
    Some(unit_k)
}

/// The rest of a gap between two words that starts with a space and a year
/// (four digits from 1800 to 2099): `" 2019, "` -> `", "`; `None` without one.
fn year_then(gap: &str) -> Option<&str> {
    let after = gap.strip_prefix(' ')?;
    let year = after.get(..4)?;
    let is_year = year.bytes().all(|b| b.is_ascii_digit())
        && (year.starts_with("18") || year.starts_with("19") || year.starts_with("20"));
    is_year.then(|| &after[4..])
}

/// Whether word `k` opens a clause: the text's first word, after a sentence
/// mark or a comma, or after `and` / `but`.
fn opens_clause(text: &str, words: &[(usize, usize)], k: usize) -> bool {
    if k == 0 {
        return true;
    }
    let gap = &text[words[k - 1].1..words[k].0];
    gap.bytes()
        .any(|b| matches!(b, b',' | b';' | b':' | b'.' | b'!' | b'?' | b'\n' | b'"'))
        || gap.contains('“')
        || joined_in(text, words, k - 1)
            && matches!(&text[words[k - 1].0..words[k - 1].1], "and" | "but")
}

/// The simple present after a subject starting at word `s`: a subject
/// pronoun, or a determiner and up to three words, then `is` / `are` / `am`
/// or a verb that is only a third-person form (`lives`; not `talks`, also a
/// plural noun). The words must follow with single spaces (no aside).
fn present_after_subject(text: &str, words: &[(usize, usize)], s: usize) -> Option<usize> {
    let w = |k: usize| word_in(text, words, k);
    let joined = |k: usize| joined_in(text, words, k);
    let first = w(s);
    let verb_k = if PRONOUNS.contains(&first) {
        s + 1
    } else if DETERMINERS.iter().any(|d| d.eq_ignore_ascii_case(first)) {
        // the noun phrase: up to three words, none a verb form or auxiliary
        (s + 2..=s + 4).find(|&j| {
            matches!(w(j), "is" | "are") || tags(w(j)).is_some_and(|t| t.is_verb_3sg() && !t.is_noun())
        })?
    } else {
        return None;
    };
    if !(s..verb_k).all(joined) {
        return None;
    }
    let verb = w(verb_k);
    let pronoun = PRONOUNS.contains(&first);
    let third = matches!(first, "he" | "she") || !pronoun;
    // (after a pronoun, `lives` and `works` are verbs; after a noun, a word
    // that is also a plural noun may end the subject: `the bus stops`)
    let present = match verb {
        "is" => third,
        "are" => !matches!(first, "he" | "she" | "I"),
        "am" => first == "I",
        _ => tags(verb).is_some_and(|t| {
            !t.is_auxiliary()
                && (third && t.is_verb_3sg() && (pronoun || !t.is_noun())
                    || pronoun && !third && t.is_verb_base() && !t.is_adjective())
        }),
    };
    // the subject's words are no verbs (`the minister, who is ill`: an aside)
    let plain_subject = (s + 1..verb_k).all(|j| {
        tags(w(j)).is_none_or(|t| {
            let verb_only = t.is_verb() && !t.is_noun() && !t.is_adjective();
            !(t.is_auxiliary() || verb_only)
        })
    });
    (present && plain_subject).then_some(verb_k)
}
