//! The `untranslated/foreign-script` rule: a run of letters of another script inside an English
//! line (`the Премьер-Minister said`, `NewsThời sự` aside), as MT leaves an untranslated word.

use crate::analysis::document::Document;
use crate::finding::{Category, Finding, Severity};
use crate::rules::{Example, Rule, RuleMeta};
use crate::text::{char_at, char_before};

/// Letters of a non-Latin script inside an English line: `the Премьер-Minister said`.
pub struct ForeignScript;

static FOREIGN_SCRIPT: RuleMeta = RuleMeta {
    id: "untranslated/foreign-script",
    category: Category::Untranslated,
    severity: Severity::Warning,
    triggers: crate::Triggers::Text,
    // off by default: it cannot yet tell an untranslated word from a foreign word quoted or
    // glossed on purpose (`the headline read «Порт открыт»`, `the word мир (peace)`), which the
    // clean fixture `mixed-scripts.txt` holds; on clean/wmt22 its 9 findings are all real slips
    default_enabled: false,
    summary:
        "a run of letters of another script inside an English line (`the Премьер-Minister said`)",
    flags: &[
        Example {
            text: "The Премьер-Minister said the talks would go on.",
            fixed: "The Премьер-Minister said the talks would go on.",
        },
        Example {
            text: "Officials in the city 東京都 said the roads were closed.",
            fixed: "Officials in the city 東京都 said the roads were closed.",
        },
        Example {
            text: "The minister, وزير الخارجية, arrived late on Sunday.",
            fixed: "The minister, وزير الخارجية, arrived late on Sunday.",
        },
        Example {
            text: "Fans of the band 방탄소년단 queued for hours.",
            fixed: "Fans of the band 방탄소년단 queued for hours.",
        },
        Example {
            text: "The report on समाचार was published this week.",
            fixed: "The report on समाचार was published this week.",
        },
    ],
    passes: &[
        "The prize site is https://премия.рф/ and the mail desk is почта@пример.рф today.",
        "The angle α and the ratio Δ/π are small in this model.",
        "Take 50 µg or 2 μl twice a day with water.",
        "The society ΦΒΚ met the Café Zoë owners in Kraków and Hà Nội.",
        "Москва и Санкт-Петербург.",
        "東京都で会議が開かれた。",
    ],
};

impl Rule for ForeignScript {
    fn meta(&self) -> &'static RuleMeta {
        &FOREIGN_SCRIPT
    }

    fn check(&self, doc: &Document<'_>, out: &mut Vec<Finding>) {
        let text = doc.text();
        // the line last looked at, and whether it is English enough
        let mut line: Option<(std::ops::Range<usize>, bool)> = None;
        let mut past = 0; // the end of the last run
        for &i in doc.marks() {
            if i < past {
                continue;
            }
            let Some(c) = char_at(text, i) else {
                continue;
            };
            if !is_foreign_letter(c) || char_before(text, i).is_some_and(char::is_alphabetic) {
                continue; // a letter inside a word is encoding/mixed-script's
            }
            let english_line = match &line {
                Some((range, ok)) if range.contains(&i) => *ok,
                _ => {
                    let range = doc.line_at(i);
                    let ok = latin_words(&text[range.clone()]) >= 3;
                    line = Some((range, ok));
                    ok
                }
            };
            let end = run_end(text, i);
            past = end;
            if !english_line
                || is_symbol(&text[i..end])
                || doc.is_protected(i..end)
                || in_address(text, i, end)
            {
                continue;
            }
            out.push(FOREIGN_SCRIPT.finding(
                i..end,
                format!(
                    "`{}` is in another script: an untranslated word?",
                    &text[i..end]
                ),
            ));
        }
    }
}

/// Whether the run `i..end` is part of an address in a script of its own (`https://пример.рф/`,
/// `почта@пример.рф`): its whitespace-delimited token (looked at up to 100 bytes each way) holds
/// `://`, `www.` or `@`, or a `.` and a letter follow the run.
fn in_address(text: &str, i: usize, end: usize) -> bool {
    let from = crate::text::floor_boundary(text, i.saturating_sub(100));
    let to = crate::text::floor_boundary(text, (end + 100).min(text.len()));
    let start = text[from..i]
        .char_indices()
        .rfind(|(_, c)| c.is_whitespace())
        .map_or(from, |(k, c)| from + k + c.len_utf8());
    let stop = text[end..to]
        .find(char::is_whitespace)
        .map_or(to, |k| end + k);
    let token = &text[start..stop];
    token.contains("://")
        || token.contains("www.")
        || token.contains('@')
        || (text[end..].starts_with('.')
            && char_at(text, end + 1).is_some_and(char::is_alphanumeric))
}

/// A letter of neither the Latin script nor its extensions.
fn is_foreign_letter(c: char) -> bool {
    c.is_alphabetic()
        && !c.is_ascii()
        && !matches!(c, '\u{00AA}' | '\u{00BA}' | '\u{00C0}'..='\u{024F}' | '\u{1E00}'..='\u{1EFF}')
}

/// The end of the run starting at `i`: letters (and combining marks), then more words joined by
/// a space or a hyphen whose first letter is foreign too.
fn run_end(text: &str, i: usize) -> usize {
    let mut end = i;
    loop {
        while let Some(c) = char_at(text, end).filter(|c| c.is_alphanumeric() || is_mark(*c)) {
            end += c.len_utf8();
        }
        let joined = char_at(text, end)
            .filter(|c| matches!(c, ' ' | '-'))
            .and_then(|_| char_at(text, end + 1))
            .is_some_and(is_foreign_letter);
        if !joined {
            return end;
        }
        end += 1;
    }
}

/// Combining marks and joiners that live inside words of Indic and Arabic scripts.
fn is_mark(c: char) -> bool {
    matches!(c, '\u{0300}'..='\u{036F}' | '\u{0610}'..='\u{061A}' | '\u{064B}'..='\u{065F}'
        | '\u{0900}'..='\u{0DFF}' | '\u{200C}' | '\u{200D}')
}

/// Greek used as symbols: one or two letters (maths), an all-capital word (a society's or a
/// variable's name), or a micro sign before a unit (`µg`).
fn is_symbol(run: &str) -> bool {
    let greek = run
        .chars()
        .all(|c| matches!(c, '\u{0370}'..='\u{03FF}' | '\u{00B5}') || c.is_ascii_alphabetic());
    if !greek {
        return false;
    }
    let letters = run.chars().count();
    letters <= 2
        || run.chars().all(|c| !c.is_lowercase())
        || (run.starts_with(['µ', 'μ']) && letters <= 4)
}

/// The words of two or more ASCII letters in `line`.
fn latin_words(line: &str) -> usize {
    line.split(|c: char| !c.is_ascii_alphabetic())
        .filter(|w| w.len() >= 2)
        .count()
}
