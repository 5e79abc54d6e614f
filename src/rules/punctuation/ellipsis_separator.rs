//! The `punctuation/ellipsis-separator` rule: an ellipsis joining the two halves of a
//! headline (`Floods in the north … and a new bridge for the capital`, `Talks on the
//! dam.. tomorrow`), where English writes a colon, a dash or a comma. Arabic and Persian
//! news use `…` and `..` so, and MT keeps them. Listed for review (the right mark depends on
//! the sense) only where the text around does it more than once.

use crate::analysis::document::Document;
use crate::finding::{Category, Finding, Severity};
use crate::rules::{Example, Rule, RuleMeta};

/// An ellipsis between the halves of a headline, in a text that separates so repeatedly.
pub struct EllipsisSeparator;

static ELLIPSIS_SEPARATOR: RuleMeta = RuleMeta {
    id: "punctuation/ellipsis-separator",
    category: Category::Punctuation,
    severity: Severity::Info,
    triggers: crate::Triggers::Text,
    default_enabled: true,
    summary: "an ellipsis joining the halves of a headline (`Floods in the north … and a new bridge`), where the text does so repeatedly; English uses a colon, a dash or a comma",
    flags: &[
        Example {
            text: "Floods in the north … and a new bridge for the capital\nTrade fair opens .. twenty countries take part",
            fixed: "Floods in the north … and a new bridge for the capital\nTrade fair opens .. twenty countries take part",
        },
        Example {
            text: "Council to vote on the budget.. tomorrow\nStrikes in the ports… and talks with the unions",
            fixed: "Council to vote on the budget.. tomorrow\nStrikes in the ports… and talks with the unions",
        },
        Example {
            text: "Harvest plan ... more wells for the south\nThe minister visits the dam ... and the new canal",
            fixed: "Harvest plan ... more wells for the south\nThe minister visits the dam ... and the new canal",
        },
        Example {
            text: "Winter storms … schools closed in three towns\nPort traffic … a record month",
            fixed: "Winter storms … schools closed in three towns\nPort traffic … a record month",
        },
        Example {
            text: "The league .. a new season\nRail strike ends… trains run again from Monday",
            fixed: "The league .. a new season\nRail strike ends… trains run again from Monday",
        },
    ],
    passes: &[
        "Floods in the north: a new bridge for the capital\nTrade fair opens – twenty countries take part",
        "Floods in the north … and a new bridge for the capital",
        "I waited… and waited\nYou know… the usual",
        "He said “we will see … and then decide”\nThe mayor said “maybe… later”",
        "Prices rose… and then they fell.\nWe left early… the bus was late.",
        "Receipts, tickets... etc\nNotes... etc",
        "No! Not that… he thinks so\nWait. Not yet… he said",
    ],
};

/// Pronouns of a speaker and a listener: a line with one is chat, where an ellipsis is a pause.
const CHAT_PRONOUNS: &[&str] = &["i", "me", "my", "you", "your"];

/// The longest headline, in bytes.
const HEADLINE: usize = 400;

/// How close (in bytes) a second separating ellipsis must be.
const NEARBY: usize = 1100;

impl Rule for EllipsisSeparator {
    fn meta(&self) -> &'static RuleMeta {
        &ELLIPSIS_SEPARATOR
    }

    fn check(&self, doc: &Document<'_>, out: &mut Vec<Finding>) {
        let text = doc.text();
        let bytes = text.as_bytes();
        // every ellipsis between two words, and whether it parts a headline
        let mut separators: Vec<(std::ops::Range<usize>, bool)> = Vec::new();
        let mut marks: Vec<usize> = memchr::memmem::find_iter(bytes, "..").collect();
        marks.extend(memchr::memmem::find_iter(bytes, "…").map(|i| i + 2));
        marks.sort_unstable();
        let mut last_end = 0;
        for i in marks {
            if i < last_end {
                continue;
            }
            let Some(mark) = ellipsis_at(bytes, i) else {
                continue;
            };
            last_end = mark.end;
            if !between_words(text, mark.clone()) {
                continue;
            }
            let headline = parts_headline(text, mark.clone());
            separators.push((mark, headline));
        }
        for (k, (mark, headline)) in separators.iter().enumerate() {
            let near = |j: usize| {
                j != k
                    && separators
                        .get(j)
                        .is_some_and(|(m, _)| m.start.abs_diff(mark.start) <= NEARBY)
            };
            let repeated = (k > 0 && near(k - 1)) || near(k + 1);
            if !headline || !repeated || doc.is_protected(mark.clone()) {
                continue;
            }
            out.push(ELLIPSIS_SEPARATOR.finding(
                mark.clone(),
                "an ellipsis joining the halves of a headline; English uses a colon, a dash or a comma",
            ));
        }
    }
}

/// The ellipsis at byte `i`: `…` (E2 80 A6 ending at `i`), or exactly two or three periods
/// starting at `i`.
fn ellipsis_at(bytes: &[u8], i: usize) -> Option<std::ops::Range<usize>> {
    if bytes[i] == 0xA6 {
        return (i >= 2 && bytes[i - 2] == 0xE2 && bytes[i - 1] == 0x80).then(|| i - 2..i + 1);
    }
    if i > 0 && bytes[i - 1] == b'.' {
        return None;
    }
    let dots = bytes[i..].iter().take_while(|&&b| b == b'.').count();
    matches!(dots, 2 | 3).then(|| i..i + dots)
}

/// Whether a word ends just before the mark (or one space before) and a space and a word
/// follow it.
fn between_words(text: &str, mark: std::ops::Range<usize>) -> bool {
    let before = text[..mark.start].strip_suffix(' ').unwrap_or(&text[..mark.start]);
    let word_before = before.ends_with(|c: char| c.is_alphanumeric());
    let word_after = text[mark.end..]
        .strip_prefix(' ')
        .is_some_and(|a| a.starts_with(|c: char| c.is_alphabetic()));
    word_before && word_after
}

/// Whether the mark parts a headline: its line ends with no closing mark, the mark is outside
/// any quotation, a lower-case word follows it (the headline goes on), and the line has no
/// speaker or listener (`I`, `you`: chat pauses so).
fn parts_headline(text: &str, mark: std::ops::Range<usize>) -> bool {
    // a headline is short: look no further than `HEADLINE` bytes for its line's ends
    let from = crate::text::floor_boundary(text, mark.start.saturating_sub(HEADLINE));
    let to = crate::text::floor_boundary(text, mark.end + HEADLINE);
    let line_start = match text[from..mark.start].rfind('\n') {
        Some(i) => from + i + 1,
        None if from == 0 => 0,
        None => return false,
    };
    let line_end = match text[mark.end..to].find('\n') {
        Some(i) => mark.end + i,
        None if to == text.len() => to,
        None => return false,
    };
    let line = &text[line_start..line_end];
    let before = &text[line_start..mark.start];
    let after = text[mark.end..line_end].trim_start();
    let open_curly = before.matches('“').count() > before.matches('”').count();
    let open_straight = before.matches('"').count() % 2 == 1;
    let next_word = after.split(|c: char| !c.is_alphanumeric()).next().unwrap_or("");
    let chat = line
        .split(|c: char| !c.is_alphanumeric())
        .any(|w| {
            let mut lower = [0u8; 8];
            let w = crate::text::ascii_lower(w, &mut lower).unwrap_or("");
            crate::text::in_list(CHAT_PRONOUNS, w.as_bytes())
        });
    // a headline is one sentence: no sentence ends before the mark
    let one_sentence = !before.contains(". ") && !before.contains("! ") && !before.contains("? ");
    one_sentence
        && line.trim_end().ends_with(|c: char| c.is_alphanumeric())
        && !open_curly
        && !open_straight
        && next_word.starts_with(|c: char| c.is_lowercase())
        && next_word != "etc"
        && !chat
}
