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
    // a foreign word quoted, glossed in brackets or in a line that names its language is
    // mentioned on purpose (`the headline read «Порт открыт»`, `the word мир (peace)`, the
    // clean fixture `mixed-scripts.txt`) and left alone
    default_enabled: true,
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
        Example {
            text: "The decree of the regional council follows.\nвід 12.03.21 № 45\nThe decree sets the rules of the office.",
            fixed: "The decree of the regional council follows.\nвід 12.03.21 № 45\nThe decree sets the rules of the office.",
        },
        Example {
            text: "Traffic news thời sự from the city was delayed again today.",
            fixed: "Traffic news thời sự from the city was delayed again today.",
        },
    ],
    passes: &[
        "The prize site is https://премия.рф/ and the mail desk is почта@пример.рф today.",
        "The angle α and the ratio Δ/π are small in this model.",
        "Take 50 µg or 2 μl twice a day with water.",
        "The society ΦΒΚ met the Café Zoë owners in Kraków and Hà Nội.",
        "Москва и Санкт-Петербург.",
        "東京都で会議が開かれた。",
        "Prime Minister Vladimir Putin (Владимир Путин) spoke first.",
        "The poster said “Слава героям” in large letters.",
        "In Korean the greeting 안녕하세요 is polite.",
        "The word ngày means day; Hà Nội and Đà Nẵng are cities.",
        "The delegates arrived on Monday morning.\nМосква\nThe talks began at noon in the old hall.",
        "The list of the cities follows here.\nКиїв Львів\nBoth were named in the plan.",
    ],
};

impl Rule for ForeignScript {
    fn meta(&self) -> &'static RuleMeta {
        &FOREIGN_SCRIPT
    }

    fn check(&self, doc: &Document<'_>, out: &mut Vec<Finding>) {
        let text = doc.text();
        let mut lines = super::EnglishLines::default();
        let mut past = 0; // the end of the last run
        for &i in doc.marks() {
            if i < past {
                continue;
            }
            let Some(c) = char_at(text, i) else {
                continue;
            };
            if is_vietnamese_letter(c) {
                let (start, end) = word_around(text, i);
                past = end;
                if is_vietnamese_word(&text[start..end])
                    && english_majority(doc, start)
                    && !doc.is_protected(start..end)
                {
                    out.push(FOREIGN_SCRIPT.finding(
                        start..end,
                        format!(
                            "`{}` is a Vietnamese word: left untranslated?",
                            &text[start..end]
                        ),
                    ));
                }
                continue;
            }
            if !is_foreign_letter(c) || (glued_after_letter(text, i) && !ends_word(text, i)) {
                continue; // a letter inside a word is encoding/mixed-script's
            }
            let end = run_end(text, i);
            past = end;
            let english_line = lines.at(doc, i) || lone_word_among_english(doc, i, end);
            if !english_line
                || is_symbol(&text[i..end])
                || doc.is_protected(i..end)
                || in_address(text, i, end)
                || is_mentioned(doc, i, end, c)
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

/// How far around a run its line is read, in bytes: a paragraph's worth (a
/// text of one long line is read in windows, so its cost stays linear).
const NEAR: usize = 4096;

/// Whether the run `i..end` (first letter `c`) is mentioned on purpose, not left untranslated:
/// quoted, in brackets or before a gloss in brackets (`Путин (Putin)`, `Putin (Путин)`), or in a
/// line that names its language or script (`the Korean greeting 안녕`).
fn is_mentioned(doc: &Document<'_>, i: usize, end: usize, c: char) -> bool {
    let text = doc.text();
    let line = doc.line_near(i, end, NEAR);
    let before = &text[line.start..i];
    let after = &text[end..line.end];
    let opened = |open: &[char], close: &[char]| match before.rfind(open) {
        Some(o) => !before[o..].contains(close) && after.contains(close),
        None => false,
    };
    let straight = before.matches('"').count() % 2 == 1 && after.contains('"');
    if opened(&['“', '«', '„', '「', '『', '‘'], &['”', '»', '」', '』', '’'])
        || opened(&['('], &[')'])
        || straight
        || after.trim_start().starts_with('(')
    {
        return true;
    }
    let names: &[&str] = match c {
        '\u{0400}'..='\u{052F}' => &[
            "Russian", "Ukrainian", "Belarusian", "Bulgarian", "Serbian", "Macedonian", "Kazakh",
            "Kyrgyz", "Mongolian", "Cyrillic",
        ],
        '\u{0370}'..='\u{03FF}' | '\u{1F00}'..='\u{1FFF}' => &["Greek"],
        '\u{0590}'..='\u{05FF}' => &["Hebrew", "Yiddish"],
        '\u{0600}'..='\u{06FF}' | '\u{0750}'..='\u{077F}' => &[
            "Arabic", "Persian", "Farsi", "Urdu", "Pashto", "Dari",
        ],
        '\u{0900}'..='\u{0DFF}' => &[
            "Hindi", "Sanskrit", "Nepali", "Marathi", "Bengali", "Tamil", "Telugu", "Punjabi",
            "Gujarati", "Kannada", "Malayalam", "Sinhala", "Devanagari",
        ],
        '\u{0E00}'..='\u{0EFF}' => &["Thai", "Lao"],
        '\u{1100}'..='\u{11FF}' | '\u{3130}'..='\u{318F}' | '\u{AC00}'..='\u{D7AF}' => {
            &["Korean", "Hangul"]
        }
        '\u{3040}'..='\u{30FF}' => &["Japanese", "kana", "hiragana", "katakana"],
        '\u{3400}'..='\u{9FFF}' => &[
            "Chinese", "Japanese", "Mandarin", "Cantonese", "kanji", "character", "characters",
        ],
        _ => &[],
    };
    let line_text = &text[line];
    names.iter().any(|name| {
        line_text.match_indices(name).any(|(k, _)| {
            !line_text[..k].ends_with(char::is_alphabetic)
                && !line_text[k + name.len()..].starts_with(char::is_alphabetic)
        })
    })
}

/// Whether the run `i..end` is one word alone in a line of no other letters, beside a date or a
/// number (`від 12.03.21`), between two English lines: a word left untranslated in a reference
/// line of an English text, not a line in another language (a lone word with no number, a
/// dateline or a name, is left alone).
fn lone_word_among_english(doc: &Document<'_>, i: usize, end: usize) -> bool {
    let text = doc.text();
    let line = doc.line_at(i);
    if line.len() > 2 * NEAR {
        return false; // a line of its own is short
    }
    let rest = |part: &str| part.chars().all(|c| !c.is_alphabetic());
    if text[i..end].contains(' ')
        || !rest(&text[line.start..i])
        || !rest(&text[end..line.end])
        || !text[line.clone()].contains(|c: char| c.is_ascii_digit())
    {
        return false;
    }
    let english = |line: &str| {
        let line = line.trim();
        !line.is_empty() && super::latin_words(line) >= 3 && line.chars().all(|c| !is_foreign_letter(c))
    };
    let before = text[..line.start].trim_end().rsplit('\n').next().unwrap_or("");
    let after = text[line.end..].trim_start().split('\n').next().unwrap_or("");
    english(before) && english(after)
}

/// Whether the letter at `i` follows a letter.
fn glued_after_letter(text: &str, i: usize) -> bool {
    char_before(text, i).is_some_and(char::is_alphabetic)
}

/// Whether the letters from `i` on are a whole foreign word of four letters or more that ends
/// the word (`PhotoПремьер`: a caption glued to an untranslated word), not one letter of another
/// script inside a Latin word (`WНO`), which is encoding/mixed-script's.
fn ends_word(text: &str, i: usize) -> bool {
    let mut n = 0;
    for c in text[i..].chars() {
        if is_foreign_letter(c) {
            n += 1;
        } else {
            return n >= 4 && !c.is_alphabetic();
        }
    }
    n >= 4
}

/// Letters only Vietnamese writes (horned `ơ ư`, the dotted-below and hooked vowels, `đ`), in
/// lower case.
fn is_vietnamese_letter(c: char) -> bool {
    matches!(c, 'ơ' | 'ư' | 'đ' | '\u{1EA0}'..='\u{1EF9}') && !c.is_uppercase()
}

/// The word of letters (and combining marks) around offset `i`.
fn word_around(text: &str, i: usize) -> (usize, usize) {
    let mut start = i;
    while let Some(c) = char_before(text, start).filter(|c| c.is_alphabetic() || is_mark(*c)) {
        start -= c.len_utf8();
    }
    let mut end = i;
    while let Some(c) = char_at(text, end).filter(|c| c.is_alphabetic() || is_mark(*c)) {
        end += c.len_utf8();
    }
    (start, end)
}

/// A lower-case word in Latin letters (`sự`, `thời`): a capitalised one is a name (`Hà Nội`).
fn is_vietnamese_word(word: &str) -> bool {
    word.starts_with(char::is_lowercase)
        && word
            .chars()
            .all(|c| c.is_ascii_alphabetic() || ('\u{00C0}'..='\u{024F}').contains(&c) || ('\u{1E00}'..='\u{1EFF}').contains(&c))
}

/// Whether the line around `i` is English: at least three words of the lexicon, and more words
/// of the lexicon than not.
fn english_majority(doc: &Document<'_>, i: usize) -> bool {
    let line = &doc.text()[doc.line_near(i, i, NEAR)];
    let (mut known, mut other) = (0usize, 0usize);
    for word in line.split(|c: char| !c.is_alphabetic()).filter(|w| !w.is_empty()) {
        if word.is_ascii() && word.len() >= 2 && crate::analysis::wordlex::lookup(word).is_some() {
            known += 1;
        } else {
            other += 1;
        }
    }
    if known >= 3 && known > other {
        return true;
    }
    // a short line (a heading, a menu item) in an English text
    known + other <= 5 && {
        let head = &doc.text()[..crate::text::floor_boundary(doc.text(), 3000)];
        let (mut known, mut other) = (0usize, 0usize);
        for word in head.split(|c: char| !c.is_alphabetic()).filter(|w| !w.is_empty()) {
            if word.is_ascii() && word.len() >= 2 && crate::analysis::wordlex::lookup(word).is_some() {
                known += 1;
            } else {
                other += 1;
            }
        }
        known >= 20 && known > 2 * other
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
    !c.is_ascii()
        && crate::text::is_alphabetic(c)
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
