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

#[cfg(test)]
mod tests {
    use super::Literals;

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
