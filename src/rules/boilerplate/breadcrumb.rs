//! The `boilerplate/breadcrumb` rule: a scraped page's navigation trail (`Home » World » Europe
//! »`), and its site name or section glued to the title line (`Politics / …`, `… – Daily Post`).

use super::lines::{plain, shared_lines, trimmed};
use crate::analysis::document::Document;
use crate::finding::{Category, Finding, Severity};
use crate::rules::{Example, Rule, RuleMeta};
use once_cell::sync::Lazy;
use regex::Regex;

/// A line of short segments joined by `»`, `›` or `>`, and a section or site name
/// on the title line.
pub struct Breadcrumb;

static BREADCRUMB: RuleMeta = RuleMeta {
    id: "boilerplate/breadcrumb",
    category: Category::Boilerplate,
    severity: Severity::Warning,
    triggers: crate::Triggers::Text,
    default_enabled: true,
    summary: "a scraped page's navigation trail (`Home » World »`) or a section or site name on the title line (`Politics / …`, `… – Daily Post`); remove it",
    flags: &[
        Example { text: "Start » world » Europe » the floods return\n\nRain fell for a week.", fixed: "Start » world » Europe » the floods return\n\nRain fell for a week." },
        Example { text: "Front page › Sport › Tennis\n\nThe final was postponed.", fixed: "Front page › Sport › Tennis\n\nThe final was postponed." },
        Example { text: "Politics / Parliament debates the budget again\n\nThe debate lasted all night.", fixed: "Politics / Parliament debates the budget again\n\nThe debate lasted all night." },
        Example { text: "Daily 7 | The harbour reopens after the storm\n\nBoats returned on Monday.", fixed: "Daily 7 | The harbour reopens after the storm\n\nBoats returned on Monday." },
        Example { text: "The harbour reopens after the long storm – Coastal Herald\n\nBoats returned on Monday.", fixed: "The harbour reopens after the long storm – Coastal Herald\n\nBoats returned on Monday." },
        Example { text: "Rain fell.\nMain > Regions > North > Floods hit three villages\nRoads closed.", fixed: "Rain fell.\nMain > Regions > North > Floods hit three villages\nRoads closed." },
    ],
    passes: &[
        "The harbour reopens after the storm\n\nBoats returned on Monday.",
        "If x > 3 and y > 4 then z > 5, the proof holds.",
        "Prices rose in 2021/2022 for most goods.",
        "The talks – held in Oslo – ended early.",
        "Rain fell for a week, the paper said.",
        "Open Settings > Privacy > Cookies to clear them.",
        "He said: « yes » and left.",
        "The names «North», «South» and «East» stayed.",
    ],
};

/// A section name and a slash before the title: `Politics / …`.
static SECTION_PREFIX: Lazy<Regex> =
    Lazy::new(|| Regex::new(r"^[A-Z]\w*(?: \w+)? / ").expect("section prefix regex"));
/// A site name and a bar before the title: `Daily 7 | …`.
static SITE_PREFIX: Lazy<Regex> =
    Lazy::new(|| Regex::new(r"^[A-Z]\w*(?: \d+)? \| ").expect("site prefix regex"));
/// A site name after a dash or bar at the end of the title: `… – Coastal Herald`.
static SITE_SUFFIX: Lazy<Regex> = Lazy::new(|| {
    Regex::new(r" [–|—] (?:[A-Z]\w*|\d+)(?: (?:[A-Z]\w*|\d+)){0,2}$").expect("site suffix regex")
});

/// Where a trail's last separator ends, if the line is a trail: at least three
/// segments, two or more of those before the last of at most three words. With
/// `>`, every segment before the last is a capitalised name of at most three words
/// (`Open Settings > Privacy` is an instruction, `If x > 3` maths).
fn trail_end(line: &str) -> Option<usize> {
    // `«quoted»` and `‹quoted›` are quotation marks, not separators
    let guillemets = line.contains(['»', '›']) && !line.contains(['«', '‹']);
    if !guillemets && (!line.contains(" > ") || line.bytes().any(|b| b.is_ascii_digit())) {
        return None;
    }
    let seps: &[char] = if guillemets { &['»', '›'] } else { &['>'] };
    let segments: Vec<&str> = line.split(seps).map(str::trim).collect();
    if segments.len() < 3 {
        return None;
    }
    let before_last = &segments[..segments.len() - 1];
    // a segment names a page: a word of two letters or more, three words at most
    let short = |s: &str| {
        s.split_whitespace()
            .any(|w| w.chars().count() >= 2 && w.chars().all(char::is_alphabetic))
            && s.split_whitespace().count() <= 3
    };
    let ok = if guillemets {
        before_last.iter().filter(|s| short(s)).count() >= 2
    } else if line.ends_with(['.', '!', '?', ':']) {
        // `Open Settings > Privacy > Cookies.` is an instruction, a sentence
        false
    } else {
        before_last.iter().all(|s| {
            short(s) && s.split_whitespace().all(|w| w.starts_with(|c: char| c.is_uppercase()))
        })
    };
    ok.then(|| {
        let k = line.rfind(seps).unwrap_or(0);
        k + line[k..].chars().next().map_or(1, char::len_utf8)
    })
}

impl Rule for Breadcrumb {
    fn meta(&self) -> &'static RuleMeta {
        &BREADCRUMB
    }

    fn check(&self, doc: &Document<'_>, out: &mut Vec<Finding>) {
        let (ls, _) = shared_lines(doc);
        // a trail needs its separators somewhere in the text
        let bytes = doc.text().as_bytes();
        let trails = ["»", "›", " > "]
            .iter()
            .any(|sep| memchr::memmem::find(bytes, sep.as_bytes()).is_some());
        let mut first = true;
        for (content, _) in ls {
            if !trails && !first {
                break;
            }
            // past the title line, only a line with a separator's bytes (`>`, and
            // the last bytes of `»` and `›`) can be a trail
            if !first && memchr::memchr3(b'>', 0xBB, 0xBA, &bytes[content.clone()]).is_none() {
                continue;
            }
            let t = trimmed(doc, content);
            let plain = plain(doc, &t);
            let line: &str = &plain;
            if line.is_empty() {
                continue;
            }
            if line.len() > 300 {
                first = false;
                continue;
            }
            let mut found = trail_end(line).map(|e| t.start..t.start + e);
            if first && found.is_none() {
                // the title line: a section or site name before or after it
                // (each pattern needs its separator: a line without one spares
                // building the pattern)
                found = [(&SECTION_PREFIX, " / "), (&SITE_PREFIX, " | ")]
                    .iter()
                    .filter(|(_, sep)| line.contains(sep))
                    .find_map(|(re, _)| re.find(line))
                    .map(|m| t.start..t.start + m.end() - 1)
                    .or_else(|| {
                        [" – ", " | ", " — "]
                            .iter()
                            .any(|sep| line.contains(sep))
                            .then(|| SITE_SUFFIX.find(line))
                            .flatten()
                            .filter(|m| line[..m.start()].split_whitespace().count() >= 4)
                            .map(|m| t.start + m.start() + 1..t.end)
                    });
            }
            first = false;
            if let Some(r) = found.filter(|r| !doc.is_protected(r.clone())) {
                out.push(BREADCRUMB.finding(
                    r,
                    "the scraped page's navigation trail or site name; remove it",
                ));
            }
        }
    }
}
