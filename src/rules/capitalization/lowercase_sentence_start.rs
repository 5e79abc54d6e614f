//! The `capitalization/lowercase-sentence-start` rule: a sentence that starts in lower case
//! after a full stop (`The storm passed. the roads reopened`), where the word is one that
//! starts sentences (an article, a pronoun, a conjunction) or one the text capitalises
//! mid-sentence (a name); the trace of a sentence break MT made without the capital.

use crate::analysis::document::Document;
use crate::analysis::wordlex;
use crate::finding::{Category, Edit, Finding, Fix, Severity};
use crate::rules::{Example, Rule, RuleMeta};
use crate::text::hash::{FastSet, KeyFilter};

/// A sentence or paragraph that starts in lower case: `It rained. in the north`.
pub struct LowercaseSentenceStart;

static LOWERCASE_START: RuleMeta = RuleMeta {
    id: "capitalization/lowercase-sentence-start",
    category: Category::Capitalization,
    severity: Severity::Warning,
    triggers: crate::Triggers::Text,
    default_enabled: true,
    summary: "a sentence that starts in lower case with a word that starts sentences or a name the text capitalises (`The storm passed. the roads reopened`)",
    flags: &[
        Example { text: "The ferry was late. the passengers waited on the pier.", fixed: "The ferry was late. The passengers waited on the pier." },
        Example { text: "Farmers were furious. they blamed the drought on the dam.", fixed: "Farmers were furious. They blamed the drought on the dam." },
        Example { text: "People in Ostravel marched on Sunday. ostravel has no hospital.", fixed: "People in Ostravel marched on Sunday. Ostravel has no hospital." },
        Example { text: "The talks broke down.\n\nthe union said it would strike again next month unless the offer improved.", fixed: "The talks broke down.\n\nThe union said it would strike again next month unless the offer improved." },
        Example { text: "The port reopened on Monday. It had been shut for a week. Dock workers had been on strike over pay.\n\nshipping costs\n\nFreight rates fell by a third, the ministry said in a statement. Traders welcomed the fall. More ships are due this week.", fixed: "The port reopened on Monday. It had been shut for a week. Dock workers had been on strike over pay.\n\nShipping costs\n\nFreight rates fell by a third, the ministry said in a statement. Traders welcomed the fall. More ships are due this week." },
        Example { text: "The mayor put it simply: “we have no money left for the bridge.”", fixed: "The mayor put it simply: “We have no money left for the bridge.”" },
        Example { text: "It snowed all night. in the valley, roads closed.", fixed: "It snowed all night. In the valley, roads closed." },
        Example { text: "Will the bridge open? but nobody could say when.", fixed: "Will the bridge open? But nobody could say when." },
        Example { text: "the ferry left the harbour two hours late because of thick fog.", fixed: "The ferry left the harbour two hours late because of thick fog." },
        Example { text: "The strike ended.\n\nin the morning the first trains ran again on time. Commuters cheered the drivers.", fixed: "The strike ended.\n\nIn the morning the first trains ran again on time. Commuters cheered the drivers." },
    ],
    passes: &[
        "The ticket is 20 euros excl. tax for children.",
        "He bought the new iPhone. eBay sold it for less.",
        "ok thanks\nwhen does it ship?",
        "The banner read: “we, the people” in red letters.",
        "Two words stood out: “they” and “them”, both in capitals.",
        "Add these to the bowl and stir them well before you bake the cake.\n\nflour and sugar\n\nthen two eggs, beaten, and a pinch of salt for the taste.",
        "The port reopened on Monday. It had been shut for a week. Dock workers had been on strike over pay.\n\nkelvory\n\nFreight rates fell by a third, the ministry said in a statement. Traders welcomed the fall. More ships are due this week.",
        "The port reopened on Monday. It had been shut for a week. Dock workers had been on strike over pay.\n\nupdate: 3 pm\n\nFreight rates fell by a third, the ministry said in a statement. Traders welcomed the fall. More ships are due this week.",
        "She hesitated... then she signed.",
        "He was tired . . . and a little cross, he said.",
        "It must never, never! be about money, as Let It Be says.",
        "Walt Jr. is not happy with the roof.",
        "The wall was painted. grey paint was all they had.",
        "see you. thanks for the tip. great stuff. the box came. it works. love it.",
        "“Who pays for this?” she asked, and “Never!” he replied (loudly!) to all.",
        "of the vote, the party won forty seats in the new parliament, the count showed.",
        "The crew had a checklist.\n\nin the morning, check the pumps and the valves at the gate.\n\nat night, lock the gate and switch the floodlights on again.",
        "eBay sold the old lamp for less than the shop had asked for it.",
    ],
};

/// Words that start sentences: articles, pronouns, common conjunctions and prepositions.
const STARTERS: &[&str] = &[
    "a", "after", "and", "as", "at", "before", "but", "for", "from", "he", "her", "his", "how",
    "i", "if", "in", "it", "its", "my", "on", "or", "our", "she", "so", "that", "the", "their",
    "there", "these", "they", "this", "those", "we", "what", "when", "which", "while", "who",
    "why", "with", "you", "your",
];

/// Words that open a prose paragraph: articles and possessives.
const ARTICLES: &[&str] = &[
    "a", "an", "her", "his", "its", "our", "the", "their", "these", "this", "those",
];

impl Rule for LowercaseSentenceStart {
    fn meta(&self) -> &'static RuleMeta {
        &LOWERCASE_START
    }

    fn check(&self, doc: &Document<'_>, out: &mut Vec<Finding>) {
        let text = doc.text();
        for &(start, end) in lost_capitals(doc) {
            let word = &text[start..end];
            let upper = word[..1].to_ascii_uppercase();
            out.push(
                LOWERCASE_START
                    .finding(start..end, "a sentence that starts in lower case")
                    .with_fix(Fix::safe(Edit::new(start..start + 1, upper))),
            );
        }
    }
}

/// The lower-case words (byte ranges) that start a sentence and should be capitalised,
/// in order. `punctuation/stray-period` leaves these to this rule. (Found once
/// per document, for both rules.)
pub(crate) fn lost_capitals<'d>(doc: &'d Document<'_>) -> &'d [(usize, usize)] {
    doc.lost_capitals(|| find_lost_capitals(doc))
}

/// [`lost_capitals`], found.
fn find_lost_capitals(doc: &Document<'_>) -> Vec<(usize, usize)> {
    let text = doc.text();
    let mut spaced_marks = Vec::new();
    let candidates = candidates(doc, &mut spaced_marks);
    if candidates.is_empty() || mostly_lower_case_starts(text, &spaced_marks, doc.newlines()) {
        return Vec::new();
    }
    let wanted: FastSet<&str> = candidates.iter().map(|&(s, e, _)| &text[s..e]).collect();
    let capitalised = capitalised_mid_sentence(doc, &wanted);
    candidates
        .into_iter()
        .filter(|&(s, e, line_start)| {
            let word = &text[s..e];
            // a name: capitalised elsewhere and no common word (`Be` in a title is no name)
            let name = capitalised.contains(word) && wordlex::lookup(word).is_none();
            if !line_start {
                return name || STARTERS.contains(&word);
            }
            if name {
                return true;
            }
            // only long prose opening with an article (or with a word that starts sentences,
            // when the paragraph holds more than one), or a subheading between prose
            // paragraphs: a list item may be lower case
            let line = &text[doc.line_at(s)];
            (ARTICLES.contains(&word) && is_prose(line))
                || (STARTERS.contains(&word) && is_prose(line) && has_sentence_break(line))
                || is_lowercase_subheading(doc, s, word)
        })
        .map(|(s, e, _)| (s, e))
        .collect()
}

/// Whether `line` holds a sentence break: a period, a space and a capital.
fn has_sentence_break(line: &str) -> bool {
    line.as_bytes()
        .windows(3)
        .any(|w| matches!(w[0], b'.' | b'!' | b'?') && w[1] == b' ' && w[2].is_ascii_uppercase())
}

/// Whether `line` is a prose paragraph: ten words or more, ending a sentence.
fn is_prose(line: &str) -> bool {
    line.split_whitespace().count() >= 10 && line.trim_end().ends_with(['.', '!', '?', '”', '"'])
}

/// Whether the line at `s`, opening with the lower-case `word`, is a subheading that lost its
/// capital (`trade talks stall` between two paragraphs of an article): one to six plain words
/// with no closing mark, the first an English word, a blank line on each side, a finished prose
/// paragraph before and a capitalised one after.
fn is_lowercase_subheading(doc: &Document<'_>, s: usize, word: &str) -> bool {
    let text = doc.text();
    let line = doc.line_at(s);
    let heading = &text[line.clone()];
    let words = heading.split_whitespace().count();
    let plain = heading
        .chars()
        .all(|c| c.is_alphabetic() || matches!(c, ' ' | '-' | '\'' | '’'));
    if !(1..=6).contains(&words) || !plain || wordlex::lookup(word).is_none() {
        return false;
    }
    // the lines two before and two after: a blank line, then a prose paragraph
    let blank_then_prose = |blank: std::ops::Range<usize>, far: std::ops::Range<usize>| {
        text[blank].trim().is_empty() && is_prose(&text[far])
    };
    let (Some(before_nl), Some(after_nl)) = (line.start.checked_sub(1), Some(line.end)) else {
        return false;
    };
    if after_nl >= text.len() {
        return false;
    }
    let blank_before = doc.line_at(before_nl);
    let blank_after = doc.line_at(after_nl + 1);
    let (Some(far_before), far_after) = (blank_before.start.checked_sub(1), blank_after.end + 1) else {
        return false;
    };
    if far_after >= text.len() {
        return false;
    }
    let prose_before = doc.line_at(far_before);
    let prose_after = doc.line_at(far_after);
    blank_then_prose(blank_before, prose_before)
        && blank_then_prose(blank_after, prose_after.clone())
        && text[prose_after].starts_with(|c: char| c.is_uppercase())
}

/// Lower-case words after a sentence end and a space, or at a paragraph start after
/// a finished paragraph: (start, end, at a line start). The offsets of the `.!?` marks
/// a white space follows go to `spaced_marks`, in order (for [`mostly_lower_case_starts`]).
fn candidates(doc: &Document<'_>, spaced_marks: &mut Vec<usize>) -> Vec<(usize, usize, bool)> {
    let text = doc.text();
    let bytes = text.as_bytes();
    let mut out = Vec::new();
    for i in memchr::memchr3_iter(b'.', b'!', b'?', bytes) {
        if bytes.get(i + 1).is_some_and(u8::is_ascii_whitespace) {
            spaced_marks.push(i);
        }
        // the mark, maybe a closing quote, then one or two spaces; after `?”` or `!)` a
        // lower-case word goes on the sentence (`“Why?” she asked`, `(soon!) the`)
        let mut k = i + 1;
        if bytes[i] == b'.' {
            for close in ["”", "’", "\""] {
                if text[k..].starts_with(close) {
                    k += close.len();
                    break;
                }
            }
        }
        let spaces = bytes[k..].iter().take(3).take_while(|&&b| b == b' ').count();
        if !(1..=2).contains(&spaces) {
            continue;
        }
        let s = k + spaces;
        if !bytes.get(s).is_some_and(u8::is_ascii_lowercase) || !sentence_end(text, i) {
            continue;
        }
        if let Some(e) = plain_word_end(bytes, s) {
            if !doc.is_protected(i..e) {
                out.push((s, e, false));
            }
        }
    }
    for (k, &nl) in doc.newlines().iter().enumerate() {
        let s = nl + 1;
        if !bytes.get(s).is_some_and(u8::is_ascii_lowercase) {
            continue;
        }
        // the paragraph before must be finished (or a blank line between)
        let prev = doc.line_at(nl);
        let prev_text = text[prev.clone()].trim_end();
        let blank_before = prev_text.is_empty() && k > 0;
        if !blank_before && !prev_text.ends_with(['.', '!', '?', ':', '”', '"']) {
            continue;
        }
        if let Some(e) = plain_word_end(bytes, s) {
            out.push((s, e, true));
        }
    }
    // the text's own start opens a paragraph too
    if bytes.first().is_some_and(u8::is_ascii_lowercase) {
        if let Some(e) = plain_word_end(bytes, 0) {
            out.push((0, e, true));
        }
    }
    out.extend(quoted_after_colon(doc));
    out.sort_unstable();
    out
}

/// Subject pronouns that open a quoted sentence.
const QUOTE_SUBJECTS: &[&str] = &["he", "i", "she", "they", "we", "you"];

/// Lower-case subject pronouns that open a quotation after a colon, a verb after them: a quoted
/// sentence that lost its capital (`she said: “we have no money”`).
fn quoted_after_colon(doc: &Document<'_>) -> Vec<(usize, usize, bool)> {
    let text = doc.text();
    let bytes = text.as_bytes();
    let mut out = Vec::new();
    for colon in memchr::memchr_iter(b':', bytes) {
        let mut k = colon + 1;
        if bytes.get(k) == Some(&b' ') {
            k += 1;
        }
        let Some(open) = ["“", "‘", "\"", "«"].iter().find(|q| text[k..].starts_with(**q)) else {
            continue;
        };
        let s = k + open.len();
        if !bytes.get(s).is_some_and(u8::is_ascii_lowercase) {
            continue;
        }
        let Some(e) = plain_word_end(bytes, s) else {
            continue;
        };
        if !QUOTE_SUBJECTS.contains(&&text[s..e]) || bytes.get(e) != Some(&b' ') {
            continue;
        }
        let next = &bytes[e + 1..];
        let next_len = next.iter().take_while(|b| b.is_ascii_lowercase()).count();
        let verb = std::str::from_utf8(&next[..next_len])
            .ok()
            .and_then(wordlex::lookup)
            .is_some_and(|tags| tags.is_verb());
        if verb && !doc.is_protected(colon..e) {
            out.push((s, e, false));
        }
    }
    out
}

/// The end of the lower-case word at `s`, unless it goes on as a name or an address
/// (`iPhone`, `eBay`, `e-mail`, `example.com`).
fn plain_word_end(bytes: &[u8], s: usize) -> Option<usize> {
    let e = s + bytes[s..].iter().take_while(|b| b.is_ascii_lowercase()).count();
    match bytes.get(e) {
        Some(b) if b.is_ascii_alphanumeric() || b"-.@/_".contains(b) || *b >= 0x80 => None,
        _ => Some(e),
    }
}

/// Whether the mark at `i` ends a sentence: not an ellipsis, an abbreviation or an initial.
fn sentence_end(text: &str, i: usize) -> bool {
    let bytes = text.as_bytes();
    if bytes[i] != b'.' {
        return true;
    }
    let spaced = crate::text::skip_hspace_back(text, i);
    if spaced > 0 && bytes[spaced - 1] == b'.' || text[..i].ends_with('…') {
        return false; // an ellipsis, spaced or not (`surprised . . . and`)
    }
    if crate::text::is_abbreviation_before(text, i) {
        return false;
    }
    let letters = bytes[..i].iter().rev().take_while(|b| b.is_ascii_alphabetic()).count();
    let word = &text[i - letters..i];
    let short_capital = word.len() <= 2 && word.starts_with(|c: char| c.is_ascii_uppercase());
    let unit = matches!(
        word.to_ascii_lowercase().as_str(),
        "approx" | "excl" | "min" | "max" | "ca" | "pp" | "p" | "ch" | "ft" | "in" | "lb" | "oz"
            | "km" | "kg" | "pcs" | "nr" | "tel" | "ref" | "ed" | "eds" | "op" | "cit" | "ibid"
    );
    !(short_capital || unit)
}

/// Whether the text starts more than 30% of its five or more sentences in lower case
/// (chat written in lower case). `spaced_marks`: the offsets of the `.!?` marks a white
/// space follows, in order.
fn mostly_lower_case_starts(text: &str, spaced_marks: &[usize], newlines: &[usize]) -> bool {
    let bytes = text.as_bytes();
    let (mut lower, mut all) = (0usize, 0usize);
    let mut count = |at: usize| {
        let k = at + bytes[at..].iter().take_while(|b| b.is_ascii_whitespace()).count();
        if let Some(c) = crate::text::char_at(text, k).filter(|c| crate::text::is_alphabetic(*c)) {
            all += 1;
            lower += usize::from(c.is_lowercase());
        }
    };
    count(0);
    for &i in spaced_marks {
        count(i + 1);
    }
    for &nl in newlines {
        if nl == 0 || !matches!(bytes[nl - 1], b'.' | b'!' | b'?') {
            count(nl + 1);
        }
    }
    all >= 5 && lower * 10 > all * 3
}

/// The words of `wanted` that the text writes capitalised mid-sentence (a name).
fn capitalised_mid_sentence<'w>(doc: &Document<'_>, wanted: &FastSet<&'w str>) -> FastSet<&'w str> {
    let text = doc.text();
    let bytes = text.as_bytes();
    let longest = wanted.iter().map(|w| w.len()).max().unwrap_or(0);
    // (a word of another length or other first and last letters than every
    // wanted word fails this at the cost of two loads)
    let shapes: KeyFilter = wanted.iter().copied().collect();
    let mut found = FastSet::default();
    let mut buf = [0u8; 64];
    for &(s, e) in doc.words() {
        if e - s > longest.min(buf.len())
            || !bytes[s].is_ascii_uppercase()
            || !shapes.may_contain_bytes(&bytes[s..e])
        {
            continue;
        }
        if bytes[s + 1..e].iter().all(u8::is_ascii_uppercase) && e - s > 1 {
            continue; // all capitals: a heading or an acronym
        }
        let before = crate::text::skip_hspace_back(text, s);
        let at_start = before == 0
            || matches!(
                crate::text::char_before(text, before),
                Some('.' | '!' | '?' | ':' | '\n' | '"' | '“' | '”' | '‘')
            );
        if at_start {
            continue;
        }
        let lower = &mut buf[..e - s];
        lower.copy_from_slice(&bytes[s..e]);
        lower.make_ascii_lowercase();
        if let Ok(lower) = std::str::from_utf8(lower) {
            if let Some(&w) = wanted.get(lower) {
                found.insert(w);
            }
        }
    }
    found
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The candidate pass hands on every `.!?` mark a white space follows, as a plain
    /// search of the text finds them, so the lower-case count sees every sentence start.
    #[test]
    fn candidates_keep_the_marks_a_space_follows() {
        for text in [
            "we met. then we left! why? ok.\nnext line. Last.",
            "A line.\n\nanother one?\tyes... no .",
            "No mark here",
        ] {
            let doc = Document::new(text);
            let mut marks = Vec::new();
            candidates(&doc, &mut marks);
            let b = text.as_bytes();
            let plain: Vec<usize> = (0..b.len())
                .filter(|&i| matches!(b[i], b'.' | b'!' | b'?') && b.get(i + 1).is_some_and(u8::is_ascii_whitespace))
                .collect();
            assert_eq!(marks, plain, "{text:?}");
        }
    }
}
