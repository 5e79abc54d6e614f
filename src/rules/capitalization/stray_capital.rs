//! The `capitalization/stray-capital` rule: a capitalised function word mid-sentence (`planned The
//! trip`): a lost sentence break or garbled word order; and a capitalised gerund joined by `and`/`or`
//! between lower-case words (`by reading the notes and Sharing your view`), the capital MT copied
//! from the source's own casing; the same capital on a link word before a weekday or month (`he
//! said On Monday`, `Rita Moss On Friday evening`) and on an adjective joined to a lower-case one
//! (`duties Heavy and costly`), which the word lexicon knows only as a common word.

use super::tokens::{is_lower_word, is_title_case, next_token, token_at};
use crate::analysis::wordlex;
use crate::analysis::document::Document;
use crate::finding::{Category, Edit, Finding, Fix, Severity};
use crate::rules::{Example, Rule, RuleMeta};

/// Capitalised function words that begin sentences and titles.
/// (All two to five letters long.)
pub(super) const FUNCTION_CAPS: &[&str] = &[
    "An", "And", "At", "But", "By", "For", "From", "In", "Its", "Of", "On", "Or", "Our", "That",
    "The", "Their", "These", "This", "Those", "To", "With",
];

/// What a word must pass before it is searched in [`FUNCTION_CAPS`] (most
/// capitalised words, names and sentence starts, fail it).
static FUNCTION_CAPS_FILTER: once_cell::sync::Lazy<crate::text::hash::KeyFilter> =
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

/// Words no sentence ends with (prepositions, conjunctions, determiners), sorted.
pub(super) const NO_SENTENCE_END: &[&str] = &[
    "a", "an", "and", "as", "at", "because", "but", "by", "for", "from", "if", "in", "into", "its",
    "nor", "of", "on", "onto", "or", "our", "than", "that", "the", "their", "to", "whether",
    "with", "your",
];

/// Whether `word` is a form of a listed verb (`plan`, `plans`, `planned`, `planning`).
fn is_verb_form(word: &str) -> bool {
    let lex = crate::analysis::lexicon::lexicon();
    if lex.verb(word).is_some() || lex.base_ref(word).is_some() {
        return true;
    }
    // a regular past: `planned`, `listened`, `applied`, `hoped`
    let stems = [
        word.strip_suffix("ed"),
        word.strip_suffix('d'),
        word.strip_suffix("ed")
            .and_then(|s| s.get(..s.len().saturating_sub(1))),
    ];
    let past_of = |base: &str| {
        lex.verb(base)
            .is_some_and(|v| v.pasts().chain(v.participles()).any(|f| f == word))
    };
    stems.into_iter().flatten().any(past_of)
        || word
            .strip_suffix("ied")
            .is_some_and(|s| past_of(&format!("{s}y")))
}

/// Determiners and possessives a gerund's object begins with (`Sharing your photos`).
const GERUND_OBJECT: &[&str] = &["a", "an", "her", "his", "its", "my", "our", "the", "their", "your"];

/// A capitalised gerund after a lower-case word and `and`/`or`, its object a
/// lower-case determiner (`opening the app and Sharing your photos`): pushes the
/// finding and returns true. The lexicon must know the word as an `-ing` form and
/// not as a name (`Oxford and Reading the`, `Bill and Manning the` pass).
fn capital_gerund(doc: &Document<'_>, i: usize, e: usize, out: &mut Vec<Finding>) -> bool {
    let text = doc.text();
    let bytes = text.as_bytes();
    let word = &text[i..e];
    if word.len() < 6 || !word.ends_with("ing") || !is_lower_word(&word[1..]) {
        return false;
    }
    // before: `x and ` / `x or ` with `x` a lower-case word
    let before = &text[..i];
    let Some(rest) = before
        .strip_suffix(" and ")
        .or_else(|| before.strip_suffix(" or "))
    else {
        return false;
    };
    let mut prev_start = rest.len();
    while prev_start > 0 && (bytes[prev_start - 1].is_ascii_lowercase() || bytes[prev_start - 1] == b'-')
    {
        prev_start -= 1;
    }
    let prev = &rest[prev_start..];
    if prev.is_empty() || !is_lower_word(prev) || (prev_start > 0 && bytes[prev_start - 1] != b' ') {
        return false;
    }
    // after: a determiner, then a lower-case word (not a title's capital)
    let Some((ns, ne)) = next_token(text, e) else {
        return false;
    };
    if !GERUND_OBJECT.contains(&&text[ns..ne]) {
        return false;
    }
    match next_token(text, ne) {
        Some((ts, te)) if is_lower_word(&text[ts..te]) => {}
        _ => return false,
    }
    let Some(tags) = crate::analysis::wordlex::lookup(word) else {
        return false;
    };
    if !tags.is_ing() || tags.is_proper_noun() || doc.is_protected(i..e) {
        return false;
    }
    let lower = word.to_ascii_lowercase();
    out.push(
        STRAY
            .finding(
                i..e,
                format!("capitalised `{word}` in the middle of a sentence, joined by `{}` to what comes before; `{lower}`?", &before[rest.len() + 1..before.len() - 1]),
            )
            .with_fix(Fix::unsafe_fix(Edit::new(i..e, lower))),
    );
    true
}

/// Prepositions and determiners that begin a phrase of time (`On Tuesday`,
/// `Since March`), sorted.
pub(super) const TIME_LINKS: &[&str] = &[
    "At", "By", "During", "From", "In", "Last", "Next", "On", "Since", "This", "Until",
];

/// What a word must pass before it is searched in [`TIME_LINKS`] (most
/// capitalised words before another, names, fail it).
static TIME_LINKS_FILTER: once_cell::sync::Lazy<crate::text::hash::KeyFilter> =
    once_cell::sync::Lazy::new(|| TIME_LINKS.iter().copied().collect());

/// A capitalised link word (`i..e`) before a weekday or a month, after a word
/// that ends in a lower-case letter (`he said On Tuesday the envoy`, `Rita Moss
/// On Friday evening`): the source's own capital, or a sentence start MT moved.
/// Pushes the finding and returns true. A line in title case (a headline) passes.
fn capital_time_phrase(doc: &Document<'_>, i: usize, e: usize, out: &mut Vec<Finding>) -> bool {
    let text = doc.text();
    let bytes = text.as_bytes();
    // a short word, then a capitalised one
    if !(2..=6).contains(&(e - i))
        || bytes.get(e) != Some(&b' ')
        || !bytes.get(e + 1).is_some_and(u8::is_ascii_uppercase)
    {
        return false;
    }
    let word = &text[i..e];
    if !TIME_LINKS_FILTER.may_contain(word) || TIME_LINKS.binary_search(&word).is_err() {
        return false;
    }
    let Some((ds, de)) = next_token(text, e) else {
        return false;
    };
    let day = &text[ds..de];
    if crate::rules::WEEKDAYS.binary_search(&day).is_err()
        && crate::rules::MONTHS.binary_search(&day).is_err()
    {
        return false;
    }
    // the sentence goes on after the day: a comma or a lower-case word (not a
    // title's `On Friday Night Live`, nor a byline's date `On May 5, 2021`)
    let goes_on = match bytes.get(de) {
        Some(b',') => true,
        Some(b' ') => next_token(text, de).is_some_and(|(ts, _)| bytes[ts].is_ascii_lowercase()),
        _ => false,
    };
    if !goes_on {
        return false;
    }
    if doc.is_protected(i..e) || is_title_case(text, doc.line_at(i)) {
        return false;
    }
    let lower = word.to_ascii_lowercase();
    out.push(
        STRAY
            .finding(
                i..e,
                format!("capitalised `{word} {day}` in the middle of a sentence: the source's capital or a moved sentence start; `{lower} {day}`?"),
            )
            .with_fix(Fix::unsafe_fix(Edit::new(i..e, lower))),
    );
    true
}

/// Words English capitalises as names of peoples and identities (`Black and
/// brown voters`), which a writer may capitalise beside a lower-case word.
const IDENTITY_WORDS: &[&str] = &["Aboriginal", "Black", "Brown", "Deaf", "Indigenous", "Native", "White"];

/// A capitalised adjective (`i..e`) joined by `and`/`or` to a lower-case one,
/// after a lower-case word (`duties Heavy and costly`, `on Fair and open terms`): the
/// source's capital, kept by MT. Pushes the finding and returns true. The
/// lexicon must know the word only in lower case (`Democratic and liberal`
/// passes), the word before must not be a determiner (`the Party and country`
/// names an institution), and the word after `and` must be an adjective.
fn capital_adjective(doc: &Document<'_>, i: usize, e: usize, out: &mut Vec<Finding>) -> bool {
    let text = doc.text();
    let bytes = text.as_bytes();
    // ` and ` or ` or ` next: the first two bytes before the whole test
    if bytes.get(e) != Some(&b' ') || !matches!(bytes.get(e + 1), Some(b'a' | b'o')) {
        return false;
    }
    let after = &text[e..];
    if !(after.starts_with(" and ") || after.starts_with(" or ")) {
        return false;
    }
    let word = &text[i..e];
    if !is_lower_word(&word[1..]) {
        return false;
    }
    let Some((cs, ce)) = next_token(text, e) else {
        return false;
    };
    let link = &text[cs..ce];
    if link != "and" && link != "or" {
        return false;
    }
    let Some((ys, ye)) = next_token(text, ce) else {
        return false;
    };
    let other = &text[ys..ye];
    if !is_lower_word(other) {
        return false;
    }
    // the word before: a lower-case word, not a determiner
    let mut ps = i - 1;
    while ps > 0 && (bytes[ps - 1].is_ascii_lowercase() || bytes[ps - 1] == b'-') {
        ps -= 1;
    }
    let prev = &text[ps..i - 1];
    if !is_lower_word(prev) || (ps > 0 && bytes[ps - 1] != b' ') {
        return false;
    }
    if IDENTITY_WORDS.contains(&word) || wordlex::lookup_as_written(word).is_some() {
        return false;
    }
    let common = |w: &str| wordlex::lookup(w).filter(|t| !t.is_proper_noun());
    let (Some(tags), Some(other_tags)) = (common(word), common(other)) else {
        return false;
    };
    if !tags.is_adjective()
        || !other_tags.is_adjective()
        || other_tags.is_determiner()
        || wordlex::lookup(prev).is_some_and(|t| t.is_determiner())
    {
        return false;
    }
    if doc.is_protected(i..e) || is_title_case(text, doc.line_at(i)) {
        return false;
    }
    let lower = word.to_ascii_lowercase();
    out.push(
        STRAY
            .finding(
                i..e,
                format!("capitalised `{word}` in the middle of a sentence, joined by `{link}` to the lower-case `{other}`: the source's capital; `{lower}`?"),
            )
            .with_fix(Fix::unsafe_fix(Edit::new(i..e, lower))),
    );
    true
}

/// A capitalised function word between lower-case words: `long rumor The visit`.
pub struct StrayCapital;

static STRAY: RuleMeta = RuleMeta {
    id: "capitalization/stray-capital",
    category: Category::Capitalization,
    severity: Severity::Warning,
    triggers: crate::Triggers::Text,
    default_enabled: true,
    summary: "a capitalised function word mid-sentence (`planned The trip`, `said On Monday`): a lost sentence break or garbled word order; a capitalised gerund or adjective joined by `and`/`or` to a lower-case word (`the app and Sharing your photos`, `duties Heavy and costly`)",
    flags: &[
        Example { text: "The minister planned The trip for May.", fixed: "The minister planned the trip for May." },
        Example { text: "They want to deal With difficulties at home.", fixed: "They want to deal with difficulties at home." },
        Example { text: "It was a long rumor The visit would happen.", fixed: "It was a long rumor. The visit would happen." },
        Example { text: "It was cold, And not for the first time.", fixed: "It was cold, and not for the first time." },
        Example { text: "The council of the region For the sake of all.", fixed: "The council of the region. For the sake of all." },
        Example { text: "Staff were handing out At the end of the day, nobody was left.", fixed: "Staff were handing out. At the end of the day, nobody was left." },
        Example { text: "Aid came from the council and Their partners abroad.", fixed: "Aid came from the council and their partners abroad." },
        Example { text: "It means opening the app and Sharing your photos with strangers.", fixed: "It means opening the app and sharing your photos with strangers." },
        Example { text: "They spent the day cooking or Cleaning the house for guests.", fixed: "They spent the day cooking or cleaning the house for guests." },
        Example { text: "Prices will rise again, the minister said On Monday a rise was likely.", fixed: "Prices will rise again, the minister said on Monday a rise was likely." },
        Example { text: "The envoy Rita Moss On Friday evening, the talks resumed.", fixed: "The envoy Rita Moss on Friday evening, the talks resumed." },
        Example { text: "The two firms carry duties Heavy and costly for years.", fixed: "The two firms carry duties heavy and costly for years." },
        Example { text: "They will settle the dispute on Fair and open terms.", fixed: "They will settle the dispute on fair and open terms." },
    ],
    passes: &[
        "He works according to The Guardian and lives in The Hague.",
        "She starred in On the Waterfront and read The Great Gatsby.",
        "He said: The plan failed. “The end,” she said.",
        "Vitamin A deficiency and Class A shares; plan B.",
        "A Beautiful New Word and On the Spirit of Arts were published.",
        "Trains run between Oxford and Reading the whole day.",
        "She read Singing and Dancing the Night Away, then slept.",
        "Coaches like Bill and Manning the previous year won titles.",
        "Le café and Sharing the bill were his habits.",
        "The show Live On Sunday Nights returns.",
        "Rangers Beat Rovers On Saturday",
        "Posted by staff On May 5, 2021 in news",
        "The minister said on Monday a rise was likely.",
        "The poll asked Black and brown voters what they thought.",
        "Votes went to Democratic and liberal candidates.",
        "It was a success for the Party and country alike.",
        "He gave a talk on Special and General Relativity.",
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
            let e = token_at(bytes, i);
            if capital_gerund(doc, i, e, out) {
                continue;
            }
            // after a word that ends in a lower-case letter: `said On Monday`, `duties Heavy and`
            if i >= 2
                && bytes[i - 1] == b' '
                && bytes[i - 2].is_ascii_lowercase()
                && (capital_time_phrase(doc, i, e, out) || capital_adjective(doc, i, e, out))
            {
                continue;
            }
            if !(i > 0 && bytes[i - 1] == b' ' && FUNCTION_CAPS_FIRST >> (bytes[i] - b'A') & 1 == 1)
            {
                continue;
            }
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
            // Two guesses, the likelier first: after a verb (`planned The trip`)
            // the word belongs to the sentence, lower-case it; after anything else
            // (`handing out At the end`) a sentence ended, its period lost. After a
            // comma (`cold, And`) or a word no sentence ends with (`of The`), only
            // the lower case.
            let lower = word.to_ascii_lowercase();
            let prev = &text[s..b];
            let lower_case = Fix::unsafe_fix(Edit::new(at..e, lower.clone()));
            let finding = if bytes[b] == b',' || NO_SENTENCE_END.binary_search(&prev).is_ok() {
                STRAY
                    .finding(at..e, format!("capitalised `{word}` in the middle of a sentence: a lost sentence break or garbled word order; `{lower}`?"))
                    .with_fix(lower_case)
            } else {
                let period = Fix::unsafe_fix(Edit::insert(b, "."));
                let after_verb = is_verb_form(prev);
                let message = if after_verb {
                    format!("capitalised `{word}` in the middle of a sentence: garbled word order or a lost sentence break; `{lower}` or `{prev}. {word}`?")
                } else {
                    format!("capitalised `{word}` in the middle of a sentence: a lost sentence break or garbled word order; `{prev}. {word}` or `{lower}`?")
                };
                let (first, second) = if after_verb {
                    (lower_case, period)
                } else {
                    (period, lower_case)
                };
                STRAY
                    .finding(at..e, message)
                    .with_fix(first)
                    .with_fix(second)
            };
            out.push(finding);
        }
    }
}
