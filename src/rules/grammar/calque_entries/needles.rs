//! The literals every match of a calque pattern contains: a window of text
//! that holds none of them cannot match, and the pattern need not run there.

#[cfg(test)]
use super::literals::literals_of;
use crate::analysis::document::Document;
use memchr::memmem::Finder;

/// Strings (ASCII, lower case) one of which every match of a pattern contains.
#[derive(Debug)]
pub(super) struct Needles(Vec<Finder<'static>>);

impl Needles {
    /// Needles that look for `strings` (as [`literals_of`](super::literals::literals_of) gives them).
    pub(super) fn new<S: AsRef<[u8]>>(strings: &[S]) -> Needles {
        let finders = strings.iter().map(|n| Finder::new(n.as_ref()).into_owned());
        Needles(finders.collect())
    }

    /// The needles of `pattern` with the key words `keys`, read from its syntax
    /// (see [`literals_of`](super::literals::literals_of)); the rules read them
    /// as `build.rs` wrote them.
    #[cfg(test)]
    pub(super) fn of(pattern: &str, keys: &[&str]) -> Option<Needles> {
        literals_of(pattern, keys).map(|set| Needles::new(&set))
    }

    /// Whether `folded` (text as [`fold_into`] writes it) contains a needle.
    pub(super) fn any_in(&self, folded: &[u8]) -> bool {
        self.0.iter().any(|f| f.find(folded).is_some())
    }

    /// The needles, as strings (for the tests).
    #[cfg(test)]
    pub(super) fn strings(&self) -> Vec<String> {
        let each = self.0.iter().map(|f| String::from_utf8_lossy(f.needle()));
        each.map(String::from).collect()
    }
}

/// The two non-ASCII letters that fold to ASCII ones (see [`fold_into`]),
/// their searchers built once (not for every text).
static SHORTER: once_cell::sync::Lazy<[Finder<'static>; 2]> =
    once_cell::sync::Lazy::new(|| ["ſ", "\u{212A}"].map(|c| Finder::new(c.as_bytes())));

/// The shortest quick literal worth looking for (see [`quick`]).
const MIN_QUICK: usize = 6;

/// A literal every match of `pattern` contains, read off the pattern's text
/// without parsing it (one search, where the needles may be several; a window
/// need only build and seek them when it holds this literal): the longest run of plain
/// characters outside any group and class and not under a quantifier that
/// weighs most (see [`weight`]), in a pattern with no alternation outside
/// groups; in lower case, as [`fold_into`] writes text. `None` when there is
/// no such run of [`MIN_QUICK`] bytes weighing [`MIN_QUICK_WEIGHT`], or the
/// pattern has syntax this reading does not follow.
pub(super) fn quick(pattern: &str) -> Option<Finder<'static>> {
    let b = pattern.as_bytes();
    let (mut depth, mut i) = (0usize, 0);
    let (mut run, mut best): (Vec<u8>, Vec<u8>) = (Vec::new(), Vec::new());
    let flush = |run: &mut Vec<u8>, best: &mut Vec<u8>| {
        if (weight(run), run.len()) > (weight(best), best.len()) {
            *best = std::mem::take(run);
        }
        run.clear();
    };
    while i < b.len() {
        let c = b[i];
        match c {
            b'\\' => {
                let next = *b.get(i + 1)?;
                if next.is_ascii_alphanumeric() {
                    // an assertion or a class (`\b`, `\w`, `\d`, `\s`); any other
                    // escape of a letter is beyond this reading
                    if !b"bBwWdDsS".contains(&next) {
                        return None;
                    }
                    flush(&mut run, &mut best);
                } else if depth == 0 && next.is_ascii() {
                    run.push(next);
                } else if depth == 0 {
                    return None;
                }
                i += 2;
                continue;
            }
            b'[' => {
                flush(&mut run, &mut best);
                i += 1;
                if b.get(i) == Some(&b'^') {
                    i += 1;
                }
                if b.get(i) == Some(&b']') {
                    i += 1;
                }
                while *b.get(i)? != b']' {
                    match b[i] {
                        b'\\' => i += 2,
                        b'[' => return None,
                        _ => i += 1,
                    }
                }
            }
            b'(' => {
                flush(&mut run, &mut best);
                depth += 1;
            }
            b')' => depth = depth.checked_sub(1)?,
            b'|' if depth == 0 => return None,
            _ if depth > 0 => {}
            b'?' | b'*' | b'+' | b'{' => {
                // the quantified atom, if it is the run's last character, is optional
                run.pop();
                flush(&mut run, &mut best);
                if c == b'{' {
                    while *b.get(i)? != b'}' {
                        i += 1;
                    }
                }
            }
            b'.' | b'^' | b'$' => flush(&mut run, &mut best),
            _ if c.is_ascii() => run.push(c.to_ascii_lowercase()),
            _ => flush(&mut run, &mut best),
        }
        i += 1;
    }
    flush(&mut run, &mut best);
    let enough = best.len() >= MIN_QUICK && weight(&best) >= MIN_QUICK_WEIGHT;
    (depth == 0 && enough).then(|| Finder::new(&best).into_owned())
}

/// Words so common in news that a quick literal made of them sorts out few windows.
const COMMON: [&str; 30] = [
    "the", "of", "to", "in", "a", "an", "and", "or", "for", "with", "is", "was", "are", "were",
    "be", "been", "on", "at", "by", "from", "about", "that", "this", "it", "its", "as", "has",
    "have", "had", "not",
];

/// The fewest letters outside [`COMMON`] words a quick literal must hold.
const MIN_QUICK_WEIGHT: usize = 4;

/// How well a run of a pattern sorts windows: its letters and digits outside
/// [`COMMON`] words (`of the` weighs nothing, ` under control` twelve).
fn weight(run: &[u8]) -> usize {
    run.split(|c| !c.is_ascii_alphanumeric())
        .filter(|w| !COMMON.iter().any(|c| c.as_bytes() == *w))
        .map(<[u8]>::len)
        .sum()
}

/// A text as the needles are sought in it (see [`fold_into`]), stretch by stretch.
pub(super) struct Folded<'d, 't> {
    doc: &'d Document<'t>,
    text: &'t str,
    /// The whole text folded, when folding keeps every byte in place (the text
    /// has no `ſ` and no Kelvin sign): built on first use, then sliced; `None`
    /// until then, and empty when folding does not keep bytes in place.
    whole: Option<&'d [u8]>,
    /// The last stretch folded, when it does not.
    stretch: Vec<u8>,
}

impl<'d, 't> Folded<'d, 't> {
    pub(super) fn new(doc: &'d Document<'t>) -> Folded<'d, 't> {
        Folded {
            doc,
            text: doc.text(),
            whole: None,
            stretch: Vec::new(),
        }
    }

    /// The stretch `range` of the text, folded.
    pub(super) fn get(&mut self, range: std::ops::Range<usize>) -> &[u8] {
        let whole = *self.whole.get_or_insert_with(|| {
            let b = self.text.as_bytes();
            let shorter = SHORTER.iter().any(|f| f.find(b).is_some());
            if shorter {
                &[]
            } else {
                self.doc.ascii_lower()
            }
        });
        match whole.get(range.clone()) {
            Some(folded) => folded,
            _ => {
                fold_into(&self.text[range], &mut self.stretch);
                &self.stretch
            }
        }
    }
}

/// `text` as the needles are sought in it: ASCII in lower case, the two
/// non-ASCII letters that a case-insensitive pattern takes for ASCII ones
/// (`ſ` for `s`, the Kelvin sign for `k`) as those letters, and every other
/// non-ASCII byte as 0x80, which is in no needle.
pub(super) fn fold_into(text: &str, out: &mut Vec<u8>) {
    out.clear();
    let b = text.as_bytes();
    let mut i = 0;
    while i < b.len() {
        match b[i] {
            c if c.is_ascii() => out.push(c.to_ascii_lowercase()),
            0xC5 if b.get(i + 1) == Some(&0xBF) => {
                out.push(b's');
                i += 1;
            }
            0xE2 if b[i + 1..].starts_with(&[0x84, 0xAA]) => {
                out.push(b'k');
                i += 2;
            }
            _ => out.push(0x80),
        }
        i += 1;
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use regex_syntax::hir::{Class, HirKind};

    fn quick_of(pattern: &str) -> Option<String> {
        quick(pattern).map(|f| String::from_utf8_lossy(f.needle()).into_owned())
    }

    #[test]
    fn the_quick_literal_is_a_plain_run_outside_groups() {
        assert_eq!(
            quick_of(r"\b(?:was|were) (?:put|taken) Under Control\b").as_deref(),
            Some(" under control")
        );
        // a quantified last character is optional; a class, a group or `\b` ends a run
        assert_eq!(
            quick_of(r"\bcivil deaths?\b").as_deref(),
            Some("civil death")
        );
        assert_eq!(
            quick_of(r"\bthe owner [a-z]+ risk\b").as_deref(),
            Some("the owner ")
        );
        // the run that weighs most, not the longest; common words alone are too weak
        assert_eq!(
            quick_of(r"\bsaid in the (?:x|y) of the meeting\b").as_deref(),
            Some(" of the meeting")
        );
        assert_eq!(quick_of(r"\b(?:a|b) of the (?:x|y)\b"), None);
        assert_eq!(
            quick_of(r"\bsay (?:a|the)? quick brown\b").as_deref(),
            Some(" quick brown")
        );
        assert_eq!(quick_of(r"\bfoo\.bar\b").as_deref(), Some("foo.bar"));
        // an alternation outside groups, an escape it does not read, or a short run: none
        assert_eq!(quick_of(r"\bunder control|out of hand\b"), None);
        assert_eq!(quick_of(r"\bunder control\x41"), None);
        assert_eq!(quick_of(r"\b(?:a|b) of\b"), None);
        assert_eq!(quick_of(r"\bunder control (?:x"), None);
    }

    fn needles(pattern: &str) -> Option<Vec<String>> {
        Needles::of(pattern, &[]).map(|n| n.strings())
    }

    #[test]
    fn the_longest_literals_every_match_contains() {
        let also = r"\bthe also (?:former |ex-)?(?:minister|president|mayor)\b";
        assert_eq!(needles(also).unwrap(), ["the also "]);
        // `he has` is in `she has`: looking for the shorter suffices
        let age = r"\b(he|she) (?:has|had) ([0-9]{1,3}) years(?: old)?\b";
        assert_eq!(needles(age).unwrap(), ["he has ", "he had "]);
        let lights = r"\bclose the (lights?)\b";
        assert_eq!(needles(lights).unwrap(), ["close the light"]);
        let at_least_once = r"\b(?:very )+much\b";
        assert_eq!(needles(at_least_once).unwrap(), ["very "]);
        // a capitalised part is sought in lower case, as the text is folded
        assert_eq!(needles(r"\b(?-i:Mr) Smith\b").unwrap(), ["mr smith"]);
    }

    /// A set the key word holds with its spaces is in every window of that
    /// key: another set is sought, if the pattern has one.
    #[test]
    fn needles_the_key_word_holds_come_last() {
        let keyed = |pattern: &str, keys: &[&str]| Needles::of(pattern, keys).map(|n| n.strings());
        let question = r"\bmake (?:a|the) question\b";
        assert_eq!(needles(question).unwrap(), [" question"]);
        let both = ["make a question", "make the question"];
        assert_eq!(keyed(question, &["question"]).unwrap(), both);
        // another key leaves ` question` the best
        assert_eq!(keyed(question, &["make"]).unwrap(), [" question"]);
        // held by a key, but the only set: kept
        assert_eq!(
            keyed(r"\bministers?\b", &["minister"]).unwrap(),
            ["minister"]
        );
    }

    #[test]
    fn no_needles_where_a_match_may_hold_no_literal() {
        assert_eq!(needles(r"\b[0-9]+ x\b"), None); // ` x` is too short
        assert_eq!(needles(r"\b(?:foo|[a-z]+)\b"), None);
        assert_eq!(needles(r"\b(?:make )*attention\b").unwrap(), ["attention"]);
        assert_eq!(needles(r"\b(?:make )*at\b"), None);
        assert_eq!(needles(r"\bcafé au lait\b").unwrap(), [" au lait"]);
        assert_eq!(needles(r"\bunclosed (group\b"), None);
    }

    #[test]
    fn a_window_holds_a_needle_in_any_case() {
        let n = Needles::of(r"\bmake a photo\b", &["photo"]).unwrap();
        let mut folded = Vec::new();
        for (text, holds) in [
            ("They MAKE A Photo there", true),
            ("They make a photograph", true),
            ("They take a photo", false),
            ("They make a  photo", false),
            // a case-insensitive pattern takes `ſ` for `s` and the Kelvin sign for `k`
            ("They ma\u{212A}e a photo", true),
        ] {
            fold_into(text, &mut folded);
            assert_eq!(n.any_in(&folded), holds, "{text:?}");
        }
        fold_into("ſ\u{212A}é’x", &mut folded);
        assert_eq!(folded, b"sk\x80\x80\x80\x80\x80x");
    }

    #[test]
    fn a_text_folds_in_place_unless_a_letter_folds_shorter() {
        let plain_doc = Document::new("Make A Photo’s");
        let mut plain = Folded::new(&plain_doc);
        assert_eq!(plain.get(5..12), b"a photo");
        let text = "The Kelvin \u{212A} and Make A Photo";
        let start = text.find("Make").unwrap();
        let odd_doc = Document::new(text);
        let mut odd = Folded::new(&odd_doc);
        assert_eq!(odd.get(start..start + 12), b"make a photo");
        assert_eq!(odd.get(0..14), b"the kelvin k");
    }

    /// The folding holds for the engine's case-insensitivity: the non-ASCII
    /// characters that `(?i)` matches for an ASCII character are exactly `ſ`
    /// and the Kelvin sign.
    #[test]
    fn only_two_non_ascii_letters_fold_to_ascii() {
        let hir = regex_syntax::parse(r"(?i)[\x00-\x7F]").unwrap();
        let HirKind::Class(Class::Unicode(class)) = hir.kind() else {
            panic!("{hir:?} is not a class");
        };
        let non_ascii: Vec<char> = class
            .iter()
            .flat_map(|r| r.start()..=r.end())
            .filter(|c| !c.is_ascii())
            .collect();
        assert_eq!(non_ascii, ['ſ', '\u{212A}']);
    }
}
