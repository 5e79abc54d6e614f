//! The `boilerplate/metadata-line` rule: a scraped page's date stamp, byline fragment, hashtag
//! line or feed marker left in the text (`2023-04-02 3 By`, `#vote #city #tax`, `… said. StoryEnd`).

use super::lines::{plain, shared_lines, trimmed};
use super::page_debris::DATE_LABEL;
use crate::analysis::document::Document;
use crate::analysis::wordlex;
use crate::finding::{Category, Edit, Finding, Fix, Severity};
use crate::rules::{Example, Rule, RuleMeta};
use once_cell::sync::Lazy;
use regex::Regex;

/// A line of page metadata: a date or time stamp with byline or counter scraps,
/// hashtags only, a date glued to a paragraph's start, a feed marker.
pub struct MetadataLine;

static METADATA_LINE: RuleMeta = RuleMeta {
    id: "boilerplate/metadata-line",
    category: Category::Boilerplate,
    severity: Severity::Warning,
    triggers: crate::Triggers::Text,
    default_enabled: true,
    summary: "a date stamp, byline scrap, hashtag line or feed marker left from a scraped page (`2023-04-02 3 By`, `#vote #city`); remove it",
    flags: &[
        Example { text: "The council met on Monday.\n\n2023-04-02 3 By\n\nThe vote was close.", fixed: "The council met on Monday.\n\n2023-04-02 3 By\n\nThe vote was close." },
        Example { text: "Rain fell.\nposted 2021-11-09 The mayor opened the new library on Tuesday.", fixed: "Rain fell.\nThe mayor opened the new library on Tuesday." },
        Example { text: "#election #vote #council #results", fixed: "#election #vote #council #results" },
        Example { text: "12/05/2022 14:30 | admin", fixed: "12/05/2022 14:30 | admin" },
        Example { text: "The vote was close.\n#budget #city #tax", fixed: "The vote was close.\n#budget #city #tax" },
        Example { text: "The talks will continue next week, the envoy said. StoryEnd", fixed: "The talks will continue next week, the envoy said. StoryEnd" },
    ],
    passes: &[
        "The vote on 2023-04-02 was close, the clerk said.",
        "Meeting starts at 14:30 sharp.",
        "Join us with #ClimateAction this week to plant trees in the park.",
        "#Product1# costs 20 euros.",
        "Spring sale\n#FreshLook #SummerGlow",
        "9:30 am Opening remarks",
        "The company makes phones. It also owns YouTube",
        "The race was won by McLaren",
        "Rain fell.\nThe date 2022-06-29 was set for the vote.",
    ],
};

/// A date or time stamp: `2022-06-14`, `14/6/2022`, `14:30`.
static STAMP: Lazy<Regex> = Lazy::new(|| {
    Regex::new(r"\b\d{4}-\d{2}-\d{2}\b|\b\d{1,2}/\d{1,2}/\d{4}\b|\b\d{1,2}:\d{2}\b").expect("stamp regex")
});

/// An ISO date (with a one-word label and a time, maybe) glued to a paragraph's start.
static GLUED_DATE: Lazy<Regex> = Lazy::new(|| {
    Regex::new(r"^(?:[A-Za-z]{2,9}:?\s+)?\d{4}-\d{2}-\d{2}(?:[ T]\d{1,2}:\d{2}(?::\d{2})?)?\s+[A-Z]")
        .expect("glued date regex")
});

/// Whether an ISO date's `dddd-` may start within the first label word of a
/// line: the cheap test before [`GLUED_DATE`].
fn starts_with_date(line: &str) -> bool {
    let b = line.as_bytes();
    let Some(d) = b.iter().take(12).position(u8::is_ascii_digit) else {
        return false;
    };
    b.get(d + 4) == Some(&b'-')
}

/// A CamelCase token ending a paragraph after a sentence: `… said. StoryEnd`.
static FEED_MARKER: Lazy<Regex> = Lazy::new(|| {
    Regex::new(r"[.!?”] ([A-Z][a-z]+(?:[A-Z][a-z]+)+)$").expect("feed marker regex")
});

/// Whether a short line is only a stamp with numbers, short words or bars:
/// `2023-04-02 3 By`, `12/05/2022 14:30 | admin`.
fn is_stamp_line(line: &str) -> bool {
    let tokens = || line.split_whitespace();
    if tokens().nth(5).is_some() || line.ends_with(['.', '!', '?']) || !STAMP.is_match(line) {
        return false;
    }
    let numeric = |t: &str| t.bytes().all(|b| b.is_ascii_digit() || b":/-.,".contains(&b));
    let short_word = |t: &str| (1..=6).contains(&t.len()) && t.bytes().all(|b| b.is_ascii_alphabetic());
    let clock_word = |t: &str| matches!(t.to_ascii_lowercase().as_str(), "am" | "pm" | "a.m." | "p.m.");
    tokens().all(|t| numeric(t) || short_word(t) || t == "|") && !tokens().any(clock_word)
}

/// Whether a line is made of hashtags: three or more, and most of its tokens
/// (two are often an advert's own slogan).
fn is_hashtag_line(line: &str) -> bool {
    let tokens: Vec<&str> = line.split_whitespace().collect();
    let tags = tokens
        .iter()
        .filter(|t| {
            t.strip_prefix('#').is_some_and(|tag| {
                tag.starts_with(|c: char| c.is_alphabetic())
                    && tag.chars().all(|c| c.is_alphanumeric() || c == '_')
            })
        })
        .count();
    tags >= 3 && tags * 5 >= tokens.len() * 3
}

/// Whether a CamelCase token is a word or brand English writes so (`YouTube`, `McLaren`).
fn is_known_camel(word: &str) -> bool {
    word.starts_with("Mc") || word.starts_with("Mac") || wordlex::lookup(word).is_some()
}

/// How many feed-marker candidates a text's scan looks up in the whole text.
const MAX_MARKERS: usize = 8;

impl Rule for MetadataLine {
    fn meta(&self) -> &'static RuleMeta {
        &METADATA_LINE
    }

    fn check(&self, doc: &Document<'_>, out: &mut Vec<Finding>) {
        let text = doc.text();
        let (ls, _) = shared_lines(doc);
        let mut first = true;
        let mut markers = 0;
        for (content, _) in ls {
            let t = trimmed(doc, content);
            let plain = plain(doc, &t);
            let line: &str = &plain;
            if line.is_empty() || doc.is_protected(t.clone()) {
                continue;
            }
            let was_first = std::mem::replace(&mut first, false);
            if line.len() <= 60 && line.bytes().any(|b| b.is_ascii_digit()) && is_stamp_line(line) {
                out.push(METADATA_LINE.finding(t, "a date stamp or byline scrap left from the page; remove it"));
                continue;
            }
            if line.len() <= 400 && line.contains('#') && is_hashtag_line(line) {
                out.push(METADATA_LINE.finding(t, "a line of hashtags left from the page; remove it"));
                continue;
            }
            if line.as_bytes()[0].is_ascii_alphanumeric() && starts_with_date(line) {
                if let Some(m) = GLUED_DATE.find(line) {
                    // page-debris already reports the title line's date field
                    if !(was_first && DATE_LABEL.is_match(line)) {
                        let r = t.start..t.start + m.end() - 1;
                        out.push(
                            METADATA_LINE
                                .finding(r.clone(), "a date stamp glued to the paragraph; remove it")
                                .with_fix(Fix::unsafe_fix(Edit::delete(r))),
                        );
                    }
                    continue;
                }
            }
            // a marker ends the line in a lower-case letter; at most a few are
            // counted through the text, which keeps the scan linear
            if !line.ends_with(|c: char| c.is_ascii_lowercase()) || markers >= MAX_MARKERS {
                continue;
            }
            // the marker is the line's last word, after a sentence's end and a
            // space (a line without that spares the pattern)
            let last_word = line.rfind(' ').map(|k| (&line[..k], &line[k + 1..]));
            if !last_word.is_some_and(|(before, word)| {
                before.ends_with(['.', '!', '?', '”']) && word.starts_with(|c: char| c.is_ascii_uppercase())
            }) {
                continue;
            }
            if let Some(c) = FEED_MARKER.captures(line) {
                markers += 1;
                let m = c.get(1).map_or(0..0, |m| m.range());
                let word = &line[m.clone()];
                if !is_known_camel(word) && memchr::memmem::find_iter(text.as_bytes(), word).nth(1).is_none() {
                    out.push(METADATA_LINE.finding(
                        t.start + m.start..t.start + m.end,
                        "a feed or template marker left in the text; remove it",
                    ));
                }
            }
        }
    }
}
