//! Capitalization: an all-caps article before a name in mixed-case prose
//! (`THE BBC`), and a capitalised function word in the middle of a sentence
//! (`long rumor The visit`), the trace of a lost sentence break or garbled order.

use crate::document::Document;
use crate::finding::{Category, Edit, Finding, Fix, Severity};
use crate::rules::{Example, Rule, RuleMeta};

/// A token: a run of ASCII letters (with inner apostrophes and hyphens).
fn token_at(bytes: &[u8], i: usize) -> usize {
    let mut e = i;
    while e < bytes.len()
        && (bytes[e].is_ascii_alphabetic()
            || (matches!(bytes[e], b'\'' | b'-')
                && e > i
                && bytes.get(e + 1).is_some_and(u8::is_ascii_alphabetic)))
    {
        e += 1;
    }
    e
}

fn is_all_caps(w: &str) -> bool {
    w.len() >= 2
        && w.bytes()
            .all(|b| b.is_ascii_uppercase() || b == b'-' || b == b'\'')
        && w.bytes().any(|b| b.is_ascii_uppercase())
}

fn is_lower_word(w: &str) -> bool {
    w.len() >= 2
        && w.bytes()
            .all(|b| b.is_ascii_lowercase() || b == b'-' || b == b'\'')
}

/// The next token after byte `i`, skipping one run of spaces: (start, end).
fn next_token(text: &str, i: usize) -> Option<(usize, usize)> {
    let bytes = text.as_bytes();
    let mut s = i;
    while s < bytes.len() && bytes[s] == b' ' {
        s += 1;
    }
    if s == i || s >= bytes.len() || !bytes[s].is_ascii_alphabetic() {
        return None;
    }
    Some((s, token_at(bytes, s)))
}

/// Whether a sentence starts at `i`: after `. ! ? :` or a line start and spaces,
/// optionally an opening quotation mark; the very start of the text does not
/// count, so findings do not depend on what precedes a text.
fn sentence_start(text: &str, i: usize) -> bool {
    let before = text[..i].trim_end_matches([' ', '\t', '“', '"', '‘']);
    before.ends_with(['.', '!', '?', '\n', ':']) || (before.is_empty() && i == 0)
}

/// `THE` before a capitalised word or acronym in mixed-case prose.
pub struct AllCapsArticle;

static ALL_CAPS: RuleMeta = RuleMeta {
    id: "capitalization/all-caps-article",
    category: Category::Capitalization,
    severity: Severity::Warning,
    default_enabled: true,
    summary:
        "an all-caps `THE` before a name in mixed-case prose (`THE BBC said`), a truecasing slip",
    flags: &[
        Example {
            text: "It rained.\nTHE BBC reported on Friday that it would stop.",
            fixed: "It rained.\nThe BBC reported on Friday that it would stop.",
        },
        Example {
            text: "Prices fell. THE Guardian said so.",
            fixed: "Prices fell. The Guardian said so.",
        },
        Example {
            text: "It rained. THE NewYorker (NY) wrote that it would.",
            fixed: "It rained. The NewYorker (NY) wrote that it would.",
        },
        Example {
            text: "A report by THE Kremlin was read.",
            fixed: "A report by the Kremlin was read.",
        },
        Example {
            text: "It ended. THE United Nations met in the evening.",
            fixed: "It ended. The United Nations met in the evening.",
        },
    ],
    passes: &[
        "THE LEGEND OF ZELDA returns this year, fans said.",
        "THE END",
        "KNIGHTS OF THE OLD REPUBLIC is a game.",
        "It topped the THE rankings (Times Higher Education, THE) again.",
        "THE STARS WHO LEFT EMPTY-HANDED\nThe gala was long.",
    ],
};

impl Rule for AllCapsArticle {
    fn meta(&self) -> &'static RuleMeta {
        &ALL_CAPS
    }

    fn check(&self, doc: &Document<'_>, out: &mut Vec<Finding>) {
        let text = doc.text();
        let bytes = text.as_bytes();
        let mut line_cache: Option<(usize, bool)> = None;
        for i in memchr::memmem::find_iter(bytes, "THE ") {
            if i > 0
                && (bytes[i - 1].is_ascii_alphanumeric() || matches!(bytes[i - 1], b'(' | b'-'))
            {
                continue;
            }
            let Some((ns, ne)) = next_token(text, i + 3) else {
                continue;
            };
            let next = &text[ns..ne];
            if !next.as_bytes()[0].is_ascii_uppercase() {
                continue; // `THE rankings`: the acronym
            }
            // headline runs: the word before, or either of the two after the next, in capitals
            let prev_caps = {
                let mut e = i;
                while e > 0 && bytes[e - 1] == b' ' {
                    e -= 1;
                }
                let mut s = e;
                while s > 0 && bytes[s - 1].is_ascii_alphabetic() {
                    s -= 1;
                }
                is_all_caps(&text[s..e])
            };
            let mut after_caps = false;
            let mut at = ne;
            for _ in 0..2 {
                match next_token(text, at) {
                    Some((s, e)) => {
                        if is_all_caps(&text[s..e]) && !(s > 0 && bytes[s - 1] == b'(') {
                            after_caps = true;
                        }
                        at = e;
                    }
                    None => break,
                }
            }
            if prev_caps || after_caps || (is_all_caps(next) && next.len() > 4) {
                continue;
            }
            // the line must be mixed-case prose
            let line = doc.line_at(i);
            let mixed = match line_cache {
                Some((s, v)) if s == line.start => v,
                _ => {
                    let v = text[line.clone()]
                        .bytes()
                        .filter(u8::is_ascii_lowercase)
                        .count()
                        >= 8;
                    line_cache = Some((line.start, v));
                    v
                }
            };
            if !mixed || doc.is_protected(i..ne) {
                continue;
            }
            let start = sentence_start(text, i);
            let fix = if start {
                Fix::safe(Edit::new(i..i + 3, "The"))
            } else {
                Fix::review(Edit::new(i..i + 3, "the"))
            };
            out.push(
                ALL_CAPS
                    .finding(
                        i..i + 3,
                        format!(
                            "all-caps `THE` before `{next}` in mixed-case text; write `{}`",
                            if start { "The" } else { "the" }
                        ),
                    )
                    .with_fix(fix),
            );
        }
    }
}

/// Capitalised function words that begin sentences and titles.
/// (All two to five letters long.)
const FUNCTION_CAPS: &[&str] = &[
    "An", "And", "At", "But", "By", "For", "From", "In", "Its", "Of", "On", "Or", "Our", "That",
    "The", "Their", "These", "This", "Those", "To", "With",
];

/// What a word must pass before it is searched in [`FUNCTION_CAPS`] (most
/// capitalised words, names and sentence starts, fail it).
static FUNCTION_CAPS_FILTER: once_cell::sync::Lazy<crate::hash::KeyFilter> =
    once_cell::sync::Lazy::new(|| FUNCTION_CAPS.iter().copied().collect());

/// The first letters of [`FUNCTION_CAPS`], one bit per letter from `A`.
const FUNCTION_CAPS_FIRST: u32 = {
    let mut mask = 0;
    let mut k = 0;
    while k < FUNCTION_CAPS.len() {
        mask |= 1 << (FUNCTION_CAPS[k].as_bytes()[0] - b'A');
        k += 1;
    }
    mask
};

/// A capitalised function word between lower-case words: `long rumor The visit`.
pub struct StrayCapital;

static STRAY: RuleMeta = RuleMeta {
    id: "capitalization/stray-capital",
    category: Category::Capitalization,
    severity: Severity::Warning,
    default_enabled: true,
    summary: "a capitalised function word mid-sentence (`planned The trip`): a lost sentence break or garbled word order",
    flags: &[
        Example { text: "The minister planned The trip for May.", fixed: "The minister planned the trip for May." },
        Example { text: "They want to deal With difficulties at home.", fixed: "They want to deal with difficulties at home." },
        Example { text: "It was a long rumor The visit would happen.", fixed: "It was a long rumor the visit would happen." },
        Example { text: "It was cold, And not for the first time.", fixed: "It was cold, and not for the first time." },
        Example { text: "The council of the region For the sake of all.", fixed: "The council of the region for the sake of all." },
    ],
    passes: &[
        "He works according to The Guardian and lives in The Hague.",
        "She starred in On the Waterfront and read The Great Gatsby.",
        "He said: The plan failed. “The end,” she said.",
        "Vitamin A deficiency and Class A shares; plan B.",
        "A Beautiful New Word and On the Spirit of Arts were published.",
    ],
};

impl Rule for StrayCapital {
    fn meta(&self) -> &'static RuleMeta {
        &STRAY
    }

    fn check(&self, doc: &Document<'_>, out: &mut Vec<Finding>) {
        let text = doc.text();
        let bytes = text.as_bytes();
        // capitals that start a word, after a space, that may start a function word
        for &i in doc.word_capitals() {
            if !(i > 0 && bytes[i - 1] == b' ' && FUNCTION_CAPS_FIRST >> (bytes[i] - b'A') & 1 == 1)
            {
                continue;
            }
            let e = token_at(bytes, i);
            let word = &text[i..e];
            let at = i;
            if !(2..=5).contains(&word.len())
                || !FUNCTION_CAPS_FILTER.may_contain(word)
                || FUNCTION_CAPS.binary_search(&word).is_err()
            {
                continue;
            }
            // before: a lower-case word, then one space (a comma may come between)
            let mut b = at;
            if b == 0 || bytes[b - 1] != b' ' {
                continue;
            }
            b -= 1;
            if b > 0 && bytes[b - 1] == b',' {
                b -= 1;
            }
            let mut s = b;
            while s > 0 && (bytes[s - 1].is_ascii_lowercase() || bytes[s - 1] == b'-') {
                s -= 1;
            }
            if !is_lower_word(&text[s..b])
                || (s > 0 && (bytes[s - 1].is_ascii_alphanumeric() || bytes[s - 1] >= 0x80))
            {
                continue;
            }
            // after: a lower-case word, and the word after that not capitalised (a title)
            let Some((ns, ne)) = next_token(text, e) else {
                continue;
            };
            if !is_lower_word(&text[ns..ne]) {
                continue;
            }
            if let Some((ts, _)) = next_token(text, ne) {
                if bytes[ts].is_ascii_uppercase() {
                    continue;
                }
            }
            if doc.is_protected(at..e) {
                continue;
            }
            let lower = word.to_ascii_lowercase();
            out.push(
                STRAY
                    .finding(at..e, format!("capitalised `{word}` in the middle of a sentence: a lost sentence break or garbled word order; `{lower}`?"))
                    .with_fix(Fix::review(Edit::new(at..e, lower))),
            );
        }
    }
}

#[cfg(test)]
mod tests {

    #[test]
    fn function_caps_are_two_to_five_letters() {
        assert!(super::FUNCTION_CAPS
            .iter()
            .all(|w| (2..=5).contains(&w.len())));
    }
    #[test]
    fn word_list_is_sorted() {
        crate::text::assert_sorted(super::FUNCTION_CAPS);
    }
}
