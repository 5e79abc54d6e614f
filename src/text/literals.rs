//! A set of literal strings sought together in a text.

use aho_corasick::{AhoCorasick, AhoCorasickKind, MatchKind};

/// Literal strings found as the regex alternation of them (`a|b|c`, leftmost
/// first) would find them, by an Aho-Corasick automaton: built in a fraction of
/// the time the regex takes (no syntax tree, no NFA), and searched with its
/// vector prefilter.
#[derive(Debug, Clone)]
pub(crate) struct Literals {
    automaton: AhoCorasick,
}

impl Literals {
    /// The set of `literals`; earlier ones win where two start at one place.
    pub(crate) fn new<I, P>(literals: I) -> Literals
    where
        I: IntoIterator<Item = P>,
        P: AsRef<[u8]>,
    {
        // (an NFA, not the DFA the builder picks for a few literals: the DFA
        // took most of the building time, and the prefilter does most of the
        // search either way)
        let automaton = AhoCorasick::builder()
            .match_kind(MatchKind::LeftmostFirst)
            .kind(Some(AhoCorasickKind::ContiguousNFA))
            .build(literals)
            .expect("a set of literals within the automaton's size limits");
        Literals { automaton }
    }

    /// Where each match starts, left to right, the matches not overlapping.
    pub(crate) fn starts<'h>(&'h self, hay: &'h str) -> impl Iterator<Item = usize> + 'h {
        self.automaton.find_iter(hay).map(|m| m.start())
    }

    /// Whether any literal occurs in `hay`.
    pub(crate) fn is_match(&self, hay: &str) -> bool {
        self.automaton.is_match(hay)
    }
}

/// ASCII literals sought in any letter case, as a case-insensitive regex holding
/// one of them would see them: a test that may pass where no literal occurs, but
/// never fails where the regex `(?i)` form of one does.
#[derive(Debug, Clone)]
pub(crate) struct CaselessLiterals {
    automaton: AhoCorasick,
}

/// The non-ASCII characters that Unicode case folding (the regex crate's `(?i)`)
/// equates with an ASCII letter: LONG S with `s`, KELVIN SIGN with `k`.
const FOLDING_TO_ASCII: [char; 2] = ['\u{17F}', '\u{212A}'];

impl CaselessLiterals {
    /// The set of `literals` (ASCII), sought without regard to letter case.
    pub(crate) fn new<I, P>(literals: I) -> CaselessLiterals
    where
        I: IntoIterator<Item = P>,
        P: AsRef<[u8]>,
    {
        // (a DFA: the case-insensitive literals leave the prefilter little to
        // skip, and the DFA steps through a byte in a fraction of the NFA's time)
        let automaton = AhoCorasick::builder()
            .ascii_case_insensitive(true)
            .kind(Some(AhoCorasickKind::DFA))
            .build(literals)
            .expect("a set of literals within the automaton's size limits");
        CaselessLiterals { automaton }
    }

    /// Whether a literal may occur in `hay` under Unicode case folding: false only
    /// if none does (a literal in any ASCII case, or `hay` holds a character that
    /// folds to an ASCII letter).
    pub(crate) fn may_match(&self, hay: &str) -> bool {
        self.automaton.is_match(hay) || (!hay.is_ascii() && hay.contains(FOLDING_TO_ASCII))
    }
}

#[cfg(test)]
mod tests {
    use super::{CaselessLiterals, Literals, FOLDING_TO_ASCII};

    /// Exactly these non-ASCII characters match an ASCII letter under `(?i)`.
    #[test]
    fn the_characters_folding_to_ascii_letters() {
        let letter = regex::Regex::new("(?i)^[a-z]$").unwrap();
        let folding: Vec<char> = (0x80..=0x10FFFF)
            .filter_map(char::from_u32)
            .filter(|c| letter.is_match(c.encode_utf8(&mut [0; 4])))
            .collect();
        assert_eq!(folding, FOLDING_TO_ASCII);
    }

    proptest::proptest! {
        /// Passes wherever the case-insensitive alternation of the literals
        /// matches, and only there on text without a character folding to ASCII.
        #[test]
        fn caseless_literals_pass_where_the_caseless_alternation_matches(
            hay in proptest::collection::vec(proptest::sample::select(vec![
                "ab", "A", "b", "aBc", "C", " ", "AB", "\u{17F}", "\u{212A}", "é", "x", "\n", "-",
            ]), 0..16),
        ) {
            let words = ["abc", "b a", "k-s", "x"];
            let lits = CaselessLiterals::new(words);
            let alternation = regex::Regex::new(&format!("(?i){}", words.join("|"))).unwrap();
            let hay: String = hay.concat();
            if alternation.is_match(&hay) {
                proptest::prop_assert!(lits.may_match(&hay));
            }
            if !hay.contains(FOLDING_TO_ASCII) {
                proptest::prop_assert_eq!(lits.may_match(&hay), alternation.is_match(&hay));
            }
        }
    }

    proptest::proptest! {
        /// Matches start where those of the regex alternation of the same
        /// literals start.
        #[test]
        fn literals_match_as_the_alternation(
            hay in proptest::collection::vec(proptest::sample::select(vec![
                "ab", "a", "b", "abc", "c", " ", "AB", "é", "x", "bc", "\n",
            ]), 0..16),
        ) {
            let words = ["abc", "ab", "bc", "c a", "é", "B"];
            let lits = Literals::new(words);
            let alternation = regex::Regex::new(&words.join("|")).unwrap();
            let hay: String = hay.concat();
            let starts: Vec<usize> = lits.starts(&hay).collect();
            let expected: Vec<usize> = alternation.find_iter(&hay).map(|m| m.start()).collect();
            proptest::prop_assert_eq!(starts, expected);
            proptest::prop_assert_eq!(lits.is_match(&hay), alternation.is_match(&hay));
        }
    }
}
