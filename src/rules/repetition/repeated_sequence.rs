//! The `repetition/repeated-sequence` rule: the same word or run of up to six
//! words twice in a row (`will open will open`, `every vote, every vote`), the
//! loop of a translation engine. A function word typed twice (`the the`) is
//! `repetition/duplicated-word`'s, with its own guards; this rule takes content
//! words and longer runs.

use super::duplicated_word::NEVER_DOUBLED;
use crate::analysis::document::Document;
use crate::analysis::wordlex;
use crate::finding::{Category, Edit, Finding, Fix, Severity};
use crate::rules::{Example, Rule, RuleMeta};

/// The longest run of words looked for.
const MAX_RUN: usize = 6;

/// Words people double on purpose: emphasis, interjections, calls and sounds,
/// sorted. A run made only of these (`come on, come on`) is left alone too.
pub(super) const EMPHATIC: &[&str] = &[
    "again", "bang", "bit", "bla", "blah", "boo", "boom", "by", "bye", "chop", "come", "day", "ding", "dum", "far", "go", "ha", "haha", "hear", "hee", "hey", "hi", "hip", "hmm", "ho", "hurry", "hush", "knock", "la", "little", "long", "many", "more", "much", "na", "night", "no", "now", "off", "oh", "ok", "okay", "on", "one", "over", "please", "pom", "quick", "really", "round", "run", "side", "so", "step", "there", "tick", "tock", "tom", "too", "tsk", "tut", "uh", "um", "very", "wait", "well", "wow", "yeah", "yes",
];

/// Possessives and articles before a run repeated after a comma: an address or
/// an apposition (`my friend, my friend`), sorted.
pub(super) const ADDRESS_OPENERS: &[&str] = &[
    "a", "an", "her", "his", "its", "my", "our", "the", "their", "this", "your",
];

/// The same word or run of words twice in a row: `will open will open`.
pub struct RepeatedSequence;

static REPEATED: RuleMeta = RuleMeta {
    id: "repetition/repeated-sequence",
    category: Category::Repetition,
    severity: Severity::Warning,
    triggers: crate::Triggers::Text,
    default_enabled: true,
    summary: "the same word or run of words twice in a row (`will open will open`, `every vote, every vote`): a translation loop; delete the second copy",
    flags: &[
        Example {
            text: "The harvest was decisive decisive for the valley.",
            fixed: "The harvest was decisive for the valley.",
        },
        Example {
            text: "The ferry will sail will sail at dawn.",
            fixed: "The ferry will sail at dawn.",
        },
        Example {
            text: "Behind each ballot, each ballot stands a voter.",
            fixed: "Behind each ballot stands a voter.",
        },
        Example {
            text: "The museum reopened the east wing the east wing last week.",
            fixed: "The museum reopened the east wing last week.",
        },
        Example {
            text: "Fans cheered the King King Harald at the quay.",
            fixed: "Fans cheered the King Harald at the quay.",
        },
        Example {
            text: "The delegates of the municipal, municipal, district councils met.",
            fixed: "The delegates of the municipal, district councils met.",
        },
        Example {
            text: "The law covers the economic, economic, social and cultural rights.",
            fixed: "The law covers the economic, social and cultural rights.",
        },
        Example {
            text: "Officials said the tunnel is closed is closed until June.",
            fixed: "Officials said the tunnel is closed until June.",
        },
        Example {
            text: "Protesters waved slogans slogans slogans slogans at the gate.",
            fixed: "Protesters waved slogans at the gate.",
        },
        Example {
            text: "The council cut the budget budget budget.",
            fixed: "The council cut the budget.",
        },
        Example {
            text: "The ferry sank off the coast of Norway Norway.",
            fixed: "The ferry sank off the coast of Norway.",
        },
        Example {
            text: "Frost killed every seedling seedling.",
            fixed: "Frost killed every seedling.",
        },
        Example {
            text: "The mayor thanked them them.",
            fixed: "The mayor thanked them.",
        },
    ],
    passes: &[
        "It was very very late, and she had had enough.",
        "The crowd shouted no no no, and ha ha ha came the reply.",
        "It was the best season the club had had.",
        "She waved bye bye. The band Duran Duran played in Walla Walla.",
        "The poster said WORK WORK WORK; Work Work Work Was Her Hit",
        "The pianist Lang Lang played, and the tuk tuk waited.",
        "The river Ouse Ouse-side path and the Wagga Wagga show.",
        "They knocked again and again and again.",
        "What a terrible, terrible storm.",
        "The general Cao Cao and the town of Walla Walla.",
        "We climbed step by step, faster and faster.",
        "Oh my friend, my friend, where are you?",
        "Thank you, thank you all for coming.",
        "The song New York, New York played twice.",
        "Prices rose, rose again, then fell.",
        "He waited for for years; the the-man.",
        "With the training I had, I had no trouble.",
        "Desk Lamp Reading Lamp Reading Light for students",
        "It was a terrible, terrible, lonely winter for the village.",
        "The talk was about taxes, taxes, and more taxes.",
        "He walked slowly, slowly, carefully across the ice.",
        "The regional, national and local papers all ran the story.",
        "Workers, workers, everywhere, the poster said in red.",
    ],
};

impl Rule for RepeatedSequence {
    fn meta(&self) -> &'static RuleMeta {
        &REPEATED
    }

    fn check(&self, doc: &Document<'_>, out: &mut Vec<Finding>) {
        let text = doc.text();
        let b = text.as_bytes();
        let words = doc.words();
        // a copy starts with a word of the same length, first and last letter:
        // each word's three of those, packed, is all the first test reads
        let keys: Vec<u32> = words
            .iter()
            .map(|&(s, e)| {
                // (ASCII letters: the 0x20 bit makes them lower case)
                let (first, last) = (b[s] | 0x20, b[e - 1] | 0x20);
                ((e - s).min(0xFFFF) as u32) << 16 | u32::from(first) << 8 | u32::from(last)
            })
            .collect();
        // the run lengths `n` (bit `n - 1`) after which a word of the same
        // shape comes again: most words have none among the next six
        let again = crate::text::repeats::repeat_distances(&keys, MAX_RUN);
        let mut k = 0;
        while k + 1 < words.len() {
            let lengths = again[k];
            if lengths == 0 {
                k += 1;
                continue;
            }
            // one word three times or more, by bare spaces (`food food food`)
            if lengths & 1 == 1 {
                let copies = copies_of(text, words, k);
                if copies >= 3 {
                    let (start, end) = (words[k].0, words[k + copies - 1].1);
                    if is_word_loop(text, words, k, copies) && !doc.is_protected(start..end) {
                        let word = &text[start..words[k].1];
                        out.push(
                            REPEATED
                                .finding(
                                    start..end,
                                    format!("`{word}` {copies} times in a row: a translation loop; keep one"),
                                )
                                .with_fix(Fix::safe(Edit::delete(words[k].1..end))),
                        );
                    }
                    k += copies;
                    continue;
                }
            }
            // the longest run that the next words repeat
            let found = (1..=MAX_RUN).rev().filter(|n| lengths >> (n - 1) & 1 == 1).find_map(|n| {
                if k + 2 * n > words.len() {
                    return None;
                }
                // the copies meet at a space or a comma; their second words agree
                let meet = words[k + n - 1].1;
                if !matches!(b[meet], b' ' | b',') || (n >= 2 && keys[k + 1] != keys[k + n + 1]) {
                    return None;
                }
                repeats(text, words, k, n).map(|comma| (n, comma))
            });
            let Some((n, comma)) = found else {
                k += 1;
                continue;
            };
            let (start, end) = (words[k].0, words[k + 2 * n - 1].1);
            if !is_loop(text, words, k, n, comma) || doc.is_protected(start..end) {
                k += 2 * n;
                continue;
            }
            let first_end = words[k + n - 1].1;
            let first = &text[start..first_end];
            let second = &text[words[k + n].0..end];
            let edit = Edit::delete(first_end..end);
            // a comma or another case: which copy the writer meant is not certain;
            // nor is a name's (`Italy Italy`: a few names are doubled on purpose)
            let name = n == 1 && first.as_bytes()[0].is_ascii_uppercase() && !single_word_loop(first, second, comma);
            let fix = if !comma && first == second && !name {
                Fix::safe(edit)
            } else {
                Fix::unsafe_fix(edit)
            };
            out.push(
                REPEATED
                    .finding(
                        start..end,
                        format!("`{first}` twice in a row: a translation loop; delete the second copy"),
                    )
                    .with_fix(fix),
            );
            k += 2 * n;
        }
    }
}

/// Whether two words are the same, ASCII case aside.
fn same_word(text: &str, a: (usize, usize), b: (usize, usize)) -> bool {
    a.1 - a.0 == b.1 - b.0 && text[a.0..a.1].eq_ignore_ascii_case(&text[b.0..b.1])
}

/// What lies between words `a` and `a + 1`.
fn gap<'t>(text: &'t str, words: &[(usize, usize)], a: usize) -> &'t str {
    &text[words[a].1..words[a + 1].0]
}

/// Whether the `n` words from `k` are repeated by the next `n`, the two copies
/// joined by a space or a comma and a space, each copy's words by the same
/// spaces, apostrophes or hyphens: `Some(joined by a comma)`.
fn repeats(text: &str, words: &[(usize, usize)], k: usize, n: usize) -> Option<bool> {
    let comma = match gap(text, words, k + n - 1) {
        " " => false,
        ", " => true,
        _ => return None,
    };
    for j in 0..n {
        if !same_word(text, words[k + j], words[k + n + j]) {
            return None;
        }
        if j + 1 < n {
            let inner = gap(text, words, k + j);
            if !matches!(inner, " " | "'" | "’" | "-") || inner != gap(text, words, k + n + j) {
                return None;
            }
        }
    }
    // whole words: not glued to a hyphen, apostrophe, path or address
    let b = text.as_bytes();
    let (start, end) = (words[k].0, words[k + 2 * n - 1].1);
    let glue = |c: u8| matches!(c, b'-' | b'\'' | b'/' | b'@' | b'_');
    let before = text[..start].chars().next_back();
    let after = text[end..].chars().next();
    if before.is_some_and(|c| c == '’' || c.is_alphanumeric() || (c.is_ascii() && glue(c as u8)))
        || after.is_some_and(|c| c == '’' || c.is_alphanumeric() || (c.is_ascii() && glue(c as u8)))
        || (b.get(end) == Some(&b'.') && b.get(end + 1).is_some_and(u8::is_ascii_alphanumeric))
    {
        return None;
    }
    Some(comma)
}

/// Whether the repetition of the `n` words from `k` is a loop rather than
/// rhetoric, a name or grammar.
fn is_loop(text: &str, words: &[(usize, usize)], k: usize, n: usize, comma: bool) -> bool {
    let word = |j: usize| &text[words[j].0..words[j].1];
    let lower = |j: usize| word(j).to_ascii_lowercase();
    let list_gap = |a: usize| matches!(gap(text, words, a), " " | ", ");
    // three copies or more (`again and again and again`) is rhetoric
    let third_after = k + 2 * n < words.len()
        && list_gap(k + 2 * n - 1)
        && same_word(text, words[k], words[k + 2 * n]);
    let third_before = k > 0 && list_gap(k - 1) && same_word(text, words[k - 1], words[k + n - 1]);
    if third_after || third_before {
        return false;
    }
    // a run that is itself a repetition (`bye bye bye bye`)
    let periodic = (1..n).any(|p| {
        n % p == 0 && (p..n).all(|j| same_word(text, words[k + j], words[k + j - p]))
    });
    if periodic {
        return false;
    }
    if (0..n).all(|j| EMPHATIC.binary_search(&lower(k + j).as_str()).is_ok()) {
        return false;
    }
    if n == 1 {
        return single_word_loop(word(k), word(k + 1), comma)
            || listed_twice(text, words, k)
            || (!comma && (ends_sentence_twice(text, words, k) || name_twice(text, words, k)));
    }
    if n == 2 && matches!(lower(k + 1).as_str(), "and" | "or" | "by" | "to" | "after") {
        return false; // `step by step by`, `faster and faster and`
    }
    if (0..n).all(|j| word(j + k).len() < 3) {
        return false; // letters and initials
    }
    // `New York, New York`, `Pocket Lamp Reading Lamp Reading Aid`: names and
    // title-case keyword lists
    if (0..n).all(|j| text.as_bytes()[words[k + j].0].is_ascii_uppercase()) {
        return false;
    }
    if comma {
        // `I had, I had no choice`: one clause ending, the next starting alike
        if (0..n).all(|j| is_function_word(word(k + j))) {
            return false;
        }
        // `my friend, my friend`: an address
        if ADDRESS_OPENERS.binary_search(&lower(k).as_str()).is_ok() {
            return false;
        }
        // `Thank you, thank you`: an exclamation opening a sentence
        let before = text[..words[k].0].trim_end_matches([' ', '"', '“', '‘', '\'']);
        if before.is_empty() || before.ends_with(['.', '!', '?', '\n', ':', '—', '-']) {
            return false;
        }
    }
    true
}

/// Whether one word typed twice is a loop: a content word of the dictionary,
/// not a name (`Cao Cao`, `Walla Walla`), nor an emphatic comma (`terrible,
/// terrible`).
fn single_word_loop(first: &str, second: &str, comma: bool) -> bool {
    if comma || first.len() < 2 {
        return false;
    }
    let lower = second.to_ascii_lowercase();
    if NEVER_DOUBLED.binary_search(&lower.as_str()).is_ok() {
        return false; // `repetition/duplicated-word`'s
    }
    // a word of the dictionary in lower case, not a function word
    wordlex::lookup(&lower).is_some_and(|tags| !tags.is_empty()) && !is_function_word(&lower)
}

/// Whether word `k`, repeated after a comma, is an item listed twice in a list that goes on
/// (`regional, regional, district councils`): a classifying adjective (`regional`, `economic`,
/// `judicial`) or a plural noun, which nobody doubles for emphasis as they do `terrible,
/// terrible` or `slowly, slowly`, both copies in lower case, and a comma and a content word
/// after the second.
fn listed_twice(text: &str, words: &[(usize, usize)], k: usize) -> bool {
    let word = &text[words[k].0..words[k].1];
    if word.len() < 5
        || text[words[k + 1].0..words[k + 1].1] != *word
        || !word.bytes().all(|b| b.is_ascii_lowercase())
        || EMPHATIC.binary_search(&word).is_ok()
        || is_function_word(word)
    {
        return false;
    }
    let Some(tags) = wordlex::lookup(word) else {
        return false;
    };
    let classifying = tags.is_adjective()
        && ["al", "ic", "ary", "ian", "ese"].iter().any(|end| word.ends_with(end));
    if !(classifying || tags.is_plural_noun()) || word.ends_with("ly") {
        return false;
    }
    let Some(&(next_start, next_end)) = words.get(k + 2) else {
        return false;
    };
    let next = &text[next_start..next_end];
    &text[words[k + 1].1..next_start] == ", "
        && next.bytes().all(|b| b.is_ascii_lowercase())
        && !is_function_word(next)
        && EMPHATIC.binary_search(&next).is_err()
}

/// Whether a word is a function word: a determiner, pronoun, preposition,
/// conjunction or auxiliary (`I` included), or one `duplicated-word` lists.
fn is_function_word(word: &str) -> bool {
    word.len() == 1
        || NEVER_DOUBLED.binary_search(&word.to_ascii_lowercase().as_str()).is_ok()
        || wordlex::lookup(word).is_some_and(|tags| {
            tags.is_determiner()
                || tags.is_pronoun()
                || tags.is_preposition()
                || tags.is_conjunction()
                || tags.is_auxiliary()
        })
}

/// How many copies of word `k` follow one another from `k`, each after a single space.
fn copies_of(text: &str, words: &[(usize, usize)], k: usize) -> usize {
    let mut j = k + 1;
    while j < words.len() && gap(text, words, j - 1) == " " && same_word(text, words[k], words[j]) {
        j += 1;
    }
    j - k
}

/// Whether `copies` copies of word `k` in a row (three or more) are a loop: a word of
/// two letters or more, written alike each time, not an interjection (`ha ha ha`, `no no
/// no`), whole (not glued to a hyphen or an address), and, for a capitalised word, in
/// running text: after a lower-case word, or before a mark or a lower-case word (not a
/// title).
fn is_word_loop(text: &str, words: &[(usize, usize)], k: usize, copies: usize) -> bool {
    let word = &text[words[k].0..words[k].1];
    let b = word.as_bytes();
    if word.len() < 2 || !word.is_ascii() || b.iter().all(u8::is_ascii_uppercase) {
        return false;
    }
    if (1..copies).any(|j| text[words[k + j].0..words[k + j].1] != *word) {
        return false;
    }
    if EMPHATIC.binary_search(&word.to_ascii_lowercase().as_str()).is_ok() {
        return false;
    }
    let (start, end) = (words[k].0, words[k + copies - 1].1);
    let glue = |c: char| c.is_alphanumeric() || matches!(c, '-' | '\'' | '’' | '/' | '@' | '_');
    if text[..start].chars().next_back().is_some_and(glue) || text[end..].chars().next().is_some_and(glue) {
        return false;
    }
    if b[0].is_ascii_uppercase() {
        let bytes = text.as_bytes();
        let after_lower = k > 0 && gap(text, words, k - 1) == " " && bytes[words[k - 1].0].is_ascii_lowercase();
        let goes_on = match bytes.get(end) {
            Some(b'.' | b',' | b';' | b':' | b'!' | b'?') => true,
            Some(b' ') => bytes.get(end + 1).is_some_and(u8::is_ascii_lowercase),
            _ => false,
        };
        return after_lower || goes_on;
    }
    true
}

/// Whether word `k`, doubled by a space, ends its sentence (`the down of a hatchling
/// hatchling.`): a lower-case word (a known one, or one of five letters or more) that no
/// sentence ends on twice; `had had.` (`the best year they had had.`) and interjections
/// (`bye bye.`, left out before) are English, and the words `duplicated-word` takes are its.
fn ends_sentence_twice(text: &str, words: &[(usize, usize)], k: usize) -> bool {
    let word = &text[words[k].0..words[k].1];
    if word.len() < 2 || !word.bytes().all(|c| c.is_ascii_lowercase()) || text[words[k + 1].0..words[k + 1].1] != *word {
        return false;
    }
    let after = &text.as_bytes()[words[k + 1].1..];
    let ends = matches!(after.first(), Some(b'.' | b'!' | b'?'))
        && after.get(1).is_none_or(|c| c.is_ascii_whitespace() || matches!(c, b'"' | b'\'' | b')'));
    if !ends || matches!(word, "had" | "that") || NEVER_DOUBLED.binary_search(&word).is_ok() {
        return false;
    }
    word.len() >= 5 || wordlex::lookup(word).is_some()
}

/// Names that are doubled on purpose (`Duran Duran`, `Sirhan Sirhan`), sorted.
const DOUBLED_NAMES: &[&str] = &["Baden", "Bora", "Duran", "Humbert", "Major", "Pago", "Sirhan", "Wagga", "Walla"];

/// Whether word `k` is a name doubled in running text (`the capital of Italy Italy.`): a
/// capitalised word of five letters or more that the lexicon knows capitalised (a
/// country, a city, a day, a well-known name), after a lower-case word and before a
/// mark or a lower-case word. The few names doubled on purpose are left out.
fn name_twice(text: &str, words: &[(usize, usize)], k: usize) -> bool {
    let word = &text[words[k].0..words[k].1];
    let b = word.as_bytes();
    if word.len() < 5
        || !b[0].is_ascii_uppercase()
        || !b[1..].iter().all(u8::is_ascii_lowercase)
        || text[words[k + 1].0..words[k + 1].1] != *word
        || DOUBLED_NAMES.binary_search(&word).is_ok()
    {
        return false;
    }
    let bytes = text.as_bytes();
    if k == 0 || gap(text, words, k - 1) != " " || !bytes[words[k - 1].0].is_ascii_lowercase() {
        return false;
    }
    let after = &bytes[words[k + 1].1..];
    let goes_on = match after.first() {
        Some(b'.' | b',' | b';' | b':' | b'!' | b'?') => true,
        Some(b' ') => after.get(1).is_some_and(u8::is_ascii_lowercase),
        _ => false,
    };
    goes_on && wordlex::lookup_as_written(word).is_some_and(|tags| !tags.is_empty())
}
