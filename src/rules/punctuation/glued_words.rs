//! The `punctuation/glued-words` rule: two words glued where a link or a tag was stripped
//! (`the press releasethe`, `a file pictureThe`, `Okaforwhose office`): a token that is no
//! word but splits into a word and a function word, or a name the text writes alone
//! glued to the next word.

use crate::analysis::document::Document;
use crate::analysis::wordlex;
use crate::finding::{Category, Edit, Finding, Fix, Severity};
use crate::rules::{Example, Rule, RuleMeta};
use crate::text::endings::Endings;
use crate::text::hash::WordCounts;

/// Two words glued together: `releasethe`, `pictureThe`, `Okaforwhose`.
pub struct GluedWords;

static GLUED_WORDS: RuleMeta = RuleMeta {
    id: "punctuation/glued-words",
    category: Category::Punctuation,
    severity: Severity::Warning,
    triggers: crate::Triggers::Text,
    default_enabled: true,
    summary: "two words glued where a link or tag was stripped (`the statementthe next day`, `pictureThe`, `Okaforwhose`)",
    flags: &[
        Example { text: "The mayor signed the decreethe same evening.", fixed: "The mayor signed the decree the same evening." },
        Example { text: "They ended the strike by announcingfrom today all lines run.", fixed: "They ended the strike by announcing from today all lines run." },
        Example { text: "Archive pictureThe harbour froze over on Tuesday.", fixed: "Archive picture The harbour froze over on Tuesday." },
        Example { text: "Senator Halvorsen spoke first. Later Halvorsenwhose aides leaked the plan said nothing.", fixed: "Senator Halvorsen spoke first. Later Halvorsen whose aides leaked the plan said nothing." },
        Example { text: "In Tromsø, Okonkwo met the press. The minister Okonkwois expected to quit.", fixed: "In Tromsø, Okonkwo met the press. The minister Okonkwo is expected to quit." },
        Example { text: "Rain hit LisbonHalvorsen cancelled the trip; Halvorsen stayed home.", fixed: "Rain hit Lisbon Halvorsen cancelled the trip; Halvorsen stayed home." },
        Example { text: "The harbour reopened at dawnwhich surprised the crews.", fixed: "The harbour reopened at dawn which surprised the crews." },
        Example { text: "The talks went on. Marta Kowalczykpointing out the delays, left early.", fixed: "The talks went on. Marta Kowalczyk pointing out the delays, left early." },
        Example { text: "Baker spoke in Lyon. On a visit to LyonBaker praised the port, and Baker left.", fixed: "Baker spoke in Lyon. On a visit to Lyon Baker praised the port, and Baker left." },
    ],
    passes: &[
        "She bought a new PlayStation and a MacBook for her son.",
        "Coach Tom Manning and Anna Pickering met Sir Brian Wellbeloved at the Sterling hotel.",
        "The keynote by Dana Wunderkinding closed the day.",
        "The handover took place at the border; they bathe in the river.",
        "Tests showed the protein was underreported by the lab.",
        "Francis met Franc at the station; Francis paid, Franc watched.",
        "The startup uses LinkedIn and YouTube for its ads.",
        "A YouTuber filmed it; Tuber soup and Gamer tags are unrelated.",
        "Visit www.oldtownthe.example or mail info@harbourthe.example today.",
        "The thousand islanders demand a grandstand; Nelson met Nels.",
        "Harper sold books to Baker; HarperBaker is their shop, and a baker came by.",
        "Sony makes the PlayStation; Station staff and Station Road met.",
    ],
};

/// Function words a stripped link leaves glued after a word.
const GLUE: &[&str] = &[
    "and", "are", "at", "by", "for", "from", "he", "her", "his", "in", "is", "its", "of", "on",
    "she", "that", "the", "their", "these", "they", "this", "those", "to", "was", "we", "were",
    "which", "who", "whose", "with",
];

/// Whether `w` is a function word of [`GLUE`] (matched without a walk of the list).
fn is_glue(w: &str) -> bool {
    matches!(
        w,
        "and" | "are" | "at" | "by" | "for" | "from" | "he" | "her" | "his" | "in" | "is" | "its"
            | "of" | "on" | "she" | "that" | "the" | "their" | "these" | "they" | "this"
            | "those" | "to" | "was" | "we" | "were" | "which" | "who" | "whose" | "with"
    )
}

/// The last two letters of the words of [`GLUE`] (`nd`, `re`, `at`...): a word
/// that ends otherwise ends with none of them.
static GLUE_ENDINGS: once_cell::sync::Lazy<Endings<2>> =
    once_cell::sync::Lazy::new(|| Endings::of(GLUE));

/// The function words that may end a lower-case glued token: three letters or more, and
/// none that ends many real words (`-in`, `-on`, `-is`, `-for`, `-her`, `-are`).
const GLUE_AFTER_LOWER: &[&str] = &[
    "and", "from", "she", "that", "the", "these", "they", "this", "those", "was", "were", "which",
    "who", "whose", "with",
];

/// Whether `w` is a function word of [`GLUE_AFTER_LOWER`].
fn is_glue_after_lower(w: &str) -> bool {
    GLUE_AFTER_LOWER.contains(&w)
}

/// The last three letters of the words of [`GLUE_AFTER_LOWER`] (`and`, f`rom`, t`hat`,
/// w`ith`...): most words end otherwise, and are no lower-case glued token.
static GLUE_AFTER_LOWER_ENDINGS: once_cell::sync::Lazy<Endings> =
    once_cell::sync::Lazy::new(|| Endings::of(GLUE_AFTER_LOWER));

/// Whether `w` ends with a function word of [`is_glue`] (two to five letters).
fn ends_with_glue(w: &str) -> bool {
    GLUE_ENDINGS.may_end(w.as_bytes())
        && (2..=5).any(|n| w.len() > n && w.is_char_boundary(w.len() - n) && is_glue(&w[w.len() - n..]))
}

impl Rule for GluedWords {
    fn meta(&self) -> &'static RuleMeta {
        &GLUED_WORDS
    }

    fn check(&self, doc: &Document<'_>, out: &mut Vec<Finding>) {
        let text = doc.text();
        let bytes = text.as_bytes();
        let counts = Counts {
            doc,
            capitalised: once_cell::unsync::OnceCell::new(),
            all: once_cell::unsync::OnceCell::new(),
            searches: std::cell::Cell::new(0),
        };
        for &(s, e) in doc.words() {
            if e - s < 5 || glued_to_more(bytes, s, e) {
                continue;
            }
            let w = &text[s..e];
            let split = match split(w, &counts) {
                Some(at) => at,
                // (tested on the bytes here: most words are not capitalised `-ing` tokens)
                None if e - s >= 10 && bytes[s].is_ascii_uppercase() && bytes[..e].ends_with(b"ing") => {
                    match surname_then_participle(text, s, e) {
                        Some(at) => at,
                        None => continue,
                    }
                }
                None => continue,
            };
            if doc.is_protected(s..e) {
                continue;
            }
            let (a, b) = w.split_at(split);
            out.push(
                GLUED_WORDS
                    .finding(s..e, format!("`{a}` glued to `{b}`: a space lost with a link or a tag"))
                    .with_fix(Fix::unsafe_fix(Edit::insert(s + split, " "))),
            );
        }
    }
}

/// Whether the word at `s..e` goes on past its letters: an apostrophe, a hyphen, an
/// address or a number (`doesn't`, `e-mail`, `name@host`, `abc123`).
fn glued_to_more(bytes: &[u8], s: usize, e: usize) -> bool {
    (s > 0 && JOINS[usize::from(bytes[s - 1])]) || bytes.get(e).is_some_and(|&b| JOINS[usize::from(b)])
}

/// Whether byte `b` joins a word to more: a letter or digit, an apostrophe, a hyphen,
/// a character of an address or path, or part of a non-ASCII character.
const fn joins(b: u8) -> bool {
    b.is_ascii_alphanumeric() || matches!(b, b'\'' | b'-' | b'.' | b'/' | b'@' | b'_' | b'\\') || b >= 0x80
}

/// [`joins`] for each byte, looked up (it is asked of the bytes around every word).
static JOINS: [bool; 256] = {
    let mut table = [false; 256];
    let mut b = 0;
    while b < 256 {
        table[b] = joins(b as u8);
        b += 1;
    }
    table
};

/// Where to split `w` into two words, if it is two glued words.
fn split<'t>(w: &'t str, counts: &Counts<'_, 't>) -> Option<usize> {
    let b = w.as_bytes();
    let lower_rest = crate::text::letters_are_lowercase(&b[1..]); // (`w` is ASCII letters)
    if b[0].is_ascii_lowercase() && lower_rest {
        return lower_glued(w, counts);
    }
    if b[0].is_ascii_uppercase() && lower_rest {
        return name_glued(w, counts);
    }
    camel_glued(w, counts)
}

/// `releasethe`: a lower-case token that is no word, once in the text, and splits in one
/// way only into a word of three letters or more and a function word.
fn lower_glued<'t>(w: &'t str, counts: &Counts<'_, 't>) -> Option<usize> {
    if !GLUE_AFTER_LOWER_ENDINGS.may_end(w.as_bytes()) {
        return None;
    }
    let mut found = None;
    for n in 3..=5 {
        if w.len() >= n + 3 && is_glue_after_lower(&w[w.len() - n..]) {
            let at = w.len() - n;
            if is_word(&w[..at]) {
                if found.is_some() {
                    return None; // two ways to split: not certain
                }
                found = Some(at);
            }
        }
    }
    let at = found?;
    if wordlex::lookup(w).is_some() || counts.of(w) > 1 {
        return None;
    }
    Some(at)
}

/// `Okaforwhose`, `Bertrandis`: a capitalised token that is no word, once in the text, made
/// of a name the text writes alone (and never in lower case) and a function word or a
/// verb form (`Bayroupointing`).
fn name_glued<'t>(w: &'t str, counts: &Counts<'_, 't>) -> Option<usize> {
    let verb_ending = |t: &str| t.len() >= 5 && (t.ends_with("ing") || t.ends_with("ed"));
    // the cheap tests first: a word of the lexicon (`London`, `Following`) is no
    // glued pair, and the table of capitalised words is counted only for a split
    // whose right part is a function word or a verb form
    if !(ends_with_glue(w) || verb_ending(w)) || is_word(w) {
        return None;
    }
    let first = if w.ends_with("ing") || w.ends_with("ed") { 4 } else { w.len().saturating_sub(5).max(4) };
    let at = (first..w.len() - 1).find(|&i| {
        let (a, b) = w.split_at(i);
        (is_glue(b) || (verb_ending(b) && is_word(b))) && counts.capitalised().get(a) > 0
    })?;
    if counts.capitalised().get(w) > 1 {
        return None;
    }
    name_here(&w[..at], counts).then_some(at)
}

/// `Kowalczykpointing` after a given name (`Marta Kowalczykpointing out`): a capitalised token
/// that is no word, after a capitalised word and before a lower-case one, made of a part the
/// lexicon does not know and an `-ing` form of six letters or more, where the surname is not
/// written alone elsewhere (`name_glued` takes that case).
#[inline(never)]
fn surname_then_participle(text: &str, s: usize, e: usize) -> Option<usize> {
    let w = &text[s..e];
    let b = w.as_bytes();
    // the cheap tests first: most words fail these
    if w.len() < 10 || !w.ends_with("ing") || !b[0].is_ascii_uppercase() || !crate::text::letters_are_lowercase(&b[1..]) {
        return None;
    }
    let after_given_name = text[..s]
        .strip_suffix(' ')
        .and_then(|t| t.rsplit(' ').next())
        .is_some_and(|p| p.chars().count() >= 2 && p.starts_with(char::is_uppercase) && p.chars().skip(1).all(char::is_lowercase));
    let before_lower = text[e..].strip_prefix(' ').is_some_and(|t| t.starts_with(|c: char| c.is_ascii_lowercase()));
    if !after_given_name || !before_lower || is_word(w) {
        return None;
    }
    let at = (4..=w.len() - 6).find(|&i| wordlex::lookup(&w[i..]).is_some_and(|t| t.is_ing()))?;
    (!is_word(&w[..at])).then_some(at)
}

/// `pictureThe`, `LisbonHalvorsen`: a camel-case token written once, of a word and a function
/// word, or of a word and a name the text writes alone. Brands (`YouTube`) repeat, or
/// their parts are no name of the text.
fn camel_glued<'t>(w: &'t str, counts: &Counts<'_, 't>) -> Option<usize> {
    let b = w.as_bytes();
    let first_lower = usize::from(b[0].is_ascii_uppercase());
    let at = first_lower + b[first_lower..].iter().take_while(|c| c.is_ascii_lowercase()).count();
    if at - first_lower < 2 || at < 3 || at >= b.len() - 1 {
        return None;
    }
    // one capital, then lower case to the end
    if !b[at].is_ascii_uppercase() || !b[at + 1..].iter().all(u8::is_ascii_lowercase) {
        return None;
    }
    let (left, right) = w.split_at(at);
    let function_word = right.len() >= 3 && is_glue(&right.to_ascii_lowercase());
    if !function_word {
        // a name glued on: the text writes it alone, and the left part is a word or a name
        // (the lexicon first: the table of capitalised words only when it must)
        if right.len() < 4
            || (wordlex::lookup(right).is_some_and(|t| !t.is_proper_noun())
                && !common_word_as_name(left, right, counts))
            || counts.capitalised().get(right) == 0
            || !(wordlex::lookup(left).is_some() || counts.capitalised().get(left) > 0)
        {
            return None;
        }
    }
    if counts.of(w) > 1 {
        return None;
    }
    (function_word || name_here(right, counts)).then_some(at)
}

/// `BordeauxMacron`: a right part the lexicon knows as a common word (`macron`) glued
/// to a place or person the lexicon knows by name, where the text writes the right part
/// as a name, capitalised again and again and never in lower case. Brands pair a common
/// word on the left (`PlayStation`, `BlackRock`) or are written as one word throughout.
fn common_word_as_name(left: &str, right: &str, counts: &Counts<'_, '_>) -> bool {
    left.len() >= 4
        && wordlex::lookup(left).is_some_and(|t| t.is_proper_noun())
        && counts.capitalised().get(right) >= 2
        && name_here(right, counts)
}

/// A word of the lexicon in lower case (not only a name).
fn is_word(w: &str) -> bool {
    wordlex::lookup(w).is_some()
}

/// Whether the text writes `x` capitalised on its own and never in lower case: a name.
fn name_here(x: &str, counts: &Counts<'_, '_>) -> bool {
    if !x.starts_with(|c: char| c.is_ascii_uppercase()) || counts.capitalised().get(x) == 0 {
        return false;
    }
    counts.of(&x.to_ascii_lowercase()) == 0
}

/// How often the text writes each word (exact spelling): the capitalised words, counted
/// when a candidate first needs them, and all words, counted only for a candidate that
/// passed every other test.
struct Counts<'d, 't> {
    doc: &'d Document<'t>,
    capitalised: once_cell::unsync::OnceCell<WordCounts<'t>>,
    all: once_cell::unsync::OnceCell<WordCounts<'t>>,
    /// How many words were counted by a search of the text, before the table of all words.
    searches: std::cell::Cell<usize>,
}

impl<'t> Counts<'_, 't> {
    fn capitalised(&self) -> &WordCounts<'t> {
        self.capitalised
            .get_or_init(|| self.count(|first| first.is_ascii_uppercase()))
    }

    /// How often the text writes `w` as a whole word: a search of the text for the first
    /// few candidates (most texts have none or one), then a table of all words.
    fn of(&self, w: &str) -> u32 {
        if self.all.get().is_none() && self.searches.get() < 8 {
            self.searches.set(self.searches.get() + 1);
            let bytes = self.doc.text().as_bytes();
            let whole = |i: &usize| {
                let e = i + w.len();
                (*i == 0 || !bytes[i - 1].is_ascii_alphanumeric())
                    && bytes.get(e).is_none_or(|b| !b.is_ascii_alphanumeric())
            };
            let n = memchr::memmem::find_iter(bytes, w.as_bytes()).filter(whole).count();
            return u32::try_from(n).unwrap_or(u32::MAX);
        }
        let all = self.all.get_or_init(|| self.count(|_| true));
        all.get(w)
    }

    /// The words whose first byte `keep` takes, counted.
    fn count(&self, keep: impl Fn(u8) -> bool) -> WordCounts<'t> {
        let text = self.doc.text();
        let bytes = text.as_bytes();
        let mut counts = WordCounts::default();
        // (the first byte tested before the word is taken out of the text)
        for &(s, e) in self.doc.words() {
            if keep(bytes[s]) {
                counts.add(&text[s..e]);
            }
        }
        counts
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The function words of `GLUE_AFTER_LOWER` are function words of `is_glue`, and
    /// the quick test of a word's last three letters passes every word that ends
    /// with one of them (the plain test) and fails common words.
    /// `GLUE` lists the words `is_glue` takes, and the quick test of the last
    /// two letters passes each (so `ends_with_glue` loses none).
    #[test]
    fn glue_words_are_is_glue_and_pass_the_two_letter_test() {
        assert_eq!(GLUE.len(), 30);
        for g in GLUE {
            assert!(is_glue(g), "{g}");
            for head in ["", "Okafor", "Bertrand"] {
                let w = format!("{head}{g}");
                assert!(GLUE_ENDINGS.may_end(w.as_bytes()), "{w}");
                assert!(w.len() <= g.len() || ends_with_glue(&w), "{w}");
            }
        }
        for w in ["London", "Putin", "Okafor", "Bertrandis"] {
            assert!(ends_with_glue(w), "{w}");
        }
        for w in ["Gonzales", "Paul", "Merkel", "Moscow"] {
            assert!(!GLUE_ENDINGS.may_end(w.as_bytes()) && !ends_with_glue(w), "{w}");
        }
    }

    #[test]
    fn the_quick_tail_test_passes_every_glue_ending() {
        assert!(GLUE_AFTER_LOWER.iter().all(|w| is_glue(w) && w.len() >= 3));
        for g in GLUE_AFTER_LOWER {
            for head in ["", "x", "release", "partner"] {
                let w = format!("{head}{g}");
                assert!(GLUE_AFTER_LOWER_ENDINGS.may_end(w.as_bytes()), "{w}");
            }
        }
        for w in ["government", "people", "said", "president", "to", ""] {
            assert!(!GLUE_AFTER_LOWER_ENDINGS.may_end(w.as_bytes()), "{w}");
        }
    }
}
