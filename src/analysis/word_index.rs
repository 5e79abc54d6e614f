//! The words each rule visits, found in one pass over the text for every
//! enabled rule.
//!
//! A rule that looks at a few kinds of word (auxiliaries, `the`, a calque's key
//! words...) declares them in its metadata as [`Triggers`]. A detector turns
//! the triggers of its enabled rules into an [`IndexPlan`]; a scan then visits
//! each word once, and a word whose shape (length, first and last byte) matches
//! a rule's trigger words goes on that rule's list. The lists are a superset of
//! the words a rule looks for: each rule still checks the word itself.

use crate::analysis::names::Names;
use crate::text::hash::{FastMap, KeyFilter};

/// The words a rule's check visits, declared in its metadata.
#[derive(Debug, Clone, Copy)]
pub enum Triggers {
    /// The rule scans the text (or every word) itself.
    Text,
    /// The rule visits only the words that may be one of `words` (ASCII case
    /// aside), plus, when asked, every capitalised word and every word that may
    /// start a multiword name of the name data.
    Words {
        /// The trigger words.
        words: fn() -> Vec<&'static str>,
        /// Whether every word starting with an ASCII capital triggers the rule.
        capitalised: bool,
        /// Whether every word that may start a multiword name triggers the rule.
        name_starts: bool,
    },
}

impl Triggers {
    /// Triggered by the given words only.
    pub const fn words(words: fn() -> Vec<&'static str>) -> Triggers {
        Triggers::Words {
            words,
            capitalised: false,
            name_starts: false,
        }
    }
}

/// One list to fill: the words of its filter's shapes, and capitalised words
/// when `capitalised`.
#[derive(Debug, Clone)]
struct ListSpec {
    filter: KeyFilter,
    capitalised: bool,
    /// The words the filter was built from, and whether it takes the name
    /// starts: two rules declaring the same share one list.
    key: (Vec<&'static str>, bool, bool),
}

/// How a scan sorts the words into the enabled rules' lists: built once per
/// detector from its rules' [`Triggers`] and its name data.
#[derive(Debug, Clone, Default)]
pub(crate) struct IndexPlan {
    /// For each word shape ([`crate::text::hash::shape`]), its group: the lists a
    /// word of that shape goes on.
    by_shape: Vec<u16>,
    /// For each group, the group of a capitalised word of the same shape.
    capitalised: Vec<u16>,
    /// For each group, where its lists are: `ids[spans[g].0..spans[g].1]`
    /// (both ends in one load).
    spans: Vec<(u32, u32)>,
    ids: Vec<u16>,
    /// The list of each rule id.
    rule_list: FastMap<&'static str, usize>,
    lists: usize,
    /// For the shapes of the common words whose lists are fewer than their
    /// shape's (`by_shape` gives them as [`EXACT`] and an index here): the
    /// shape's group and, for each such word (packed in lower case), its group
    /// in lower case and with a capital.
    exact: Vec<ExactShape>,
}

/// A shape's group, and its common words with their own groups: (the word
/// packed in lower case, its group in lower case, its group with a capital).
type ExactShape = (u16, Vec<(u64, u16, u16)>);

/// The bit of a `by_shape` entry that stands for an index into `exact`.
const EXACT: u16 = 1 << 15;

/// Frequent English words: a word of a list's shapes that is one of these and
/// not one of the list's words (ASCII case aside) is left off the list (its
/// rule would only find that it is not one of its words). `the` alone has the
/// shape of a calque key (`tie`...) more than 10,000 times in 1 MB of news.
const COMMON: &[&str] = &[
    "a", "about", "after", "again", "all", "also", "always", "an", "and", "any", "are", "as", "at",
    "back", "be", "because", "been", "before", "being", "but", "by", "can", "could", "days", "do",
    "does", "don", "even", "every", "first", "for", "from", "had", "has", "have", "he", "her",
    "here", "him", "his", "home", "how", "i", "if", "in", "into", "is", "it", "its", "just",
    "like", "made", "many", "may", "me", "more", "most", "my", "new", "next", "no", "not", "now",
    "of", "on", "one", "only", "or", "other", "our", "out", "over", "people", "place", "please",
    "said", "see", "she", "should", "so", "some", "still", "take", "than", "that", "the", "their",
    "them", "then", "there", "these", "they", "things", "this", "those", "time", "to", "two", "up",
    "use", "very", "was", "we", "well", "were", "what", "when", "where", "which", "while", "who",
    "will", "with", "world", "would", "year", "years", "you", "your",
];

/// `word` packed in ASCII lower case when it has at most 8 bytes (see
/// [`crate::text::pack_word`]): setting bit 5 of each byte lower-cases a
/// letter and makes no other byte a letter, so a word packs like a common
/// word only when it is that word in some case.
#[inline]
fn pack_lower(word: &[u8]) -> Option<u64> {
    let n = word.len();
    (n <= 8)
        .then(|| crate::text::load_le(word) | (0x2020_2020_2020_2020 & (u64::MAX >> (8 * (8 - n)))))
}

impl IndexPlan {
    /// The plan for the rules `(id, triggers)` with the name data `names`.
    pub(crate) fn new(
        rules: impl IntoIterator<Item = (&'static str, Triggers)>,
        names: &Names,
    ) -> IndexPlan {
        let mut specs: Vec<ListSpec> = Vec::new();
        let mut rule_list = FastMap::default();
        for (id, triggers) in rules {
            let Triggers::Words {
                words,
                capitalised,
                name_starts,
            } = triggers
            else {
                continue;
            };
            let mut words = words();
            words.sort_unstable();
            words.dedup();
            let key = (words, capitalised, name_starts);
            let at = match specs.iter().position(|s| s.key == key) {
                Some(at) => at,
                None => {
                    let mut filter: KeyFilter = key.0.iter().copied().collect();
                    if name_starts {
                        filter.union_with(names.first_word_filter());
                    }
                    specs.push(ListSpec {
                        filter,
                        capitalised,
                        key,
                    });
                    specs.len() - 1
                }
            };
            rule_list.insert(id, at);
        }
        // a group is a set of lists, kept as bits (`set_words` words, list `i`
        // at bit `i % 64` of word `i / 64`); the first group is empty
        let set_words = specs.len().div_ceil(64).max(1);
        let mut groups: Vec<Vec<u64>> = vec![vec![0; set_words]];
        let mut known: FastMap<Vec<u64>, u16> = FastMap::default();
        known.insert(vec![0; set_words], 0);
        let mut group_of = |groups: &mut Vec<Vec<u64>>, set: &[u64]| -> u16 {
            if let Some(&g) = known.get(set) {
                return g;
            }
            groups.push(set.to_vec());
            let g = u16::try_from(groups.len() - 1).expect("fewer than 65,536 groups of lists");
            known.insert(set.to_vec(), g);
            g
        };
        // the lists of each shape, filled from each list's shapes (most shapes
        // are on no list, and go to the empty group)
        let mut sets = vec![0u64; crate::text::hash::SHAPES * set_words];
        for (i, spec) in specs.iter().enumerate() {
            for shape in spec.filter.shapes() {
                sets[shape * set_words + i / 64] |= 1 << (i % 64);
            }
        }
        let mut by_shape: Vec<u16> = sets
            .chunks(set_words)
            .map(|set| {
                if set.iter().all(|&w| w == 0) {
                    0
                } else {
                    group_of(&mut groups, set)
                }
            })
            .collect();
        let mut capital_set = vec![0u64; set_words];
        for (i, spec) in specs.iter().enumerate() {
            if spec.capitalised {
                capital_set[i / 64] |= 1 << (i % 64);
            }
        }
        // (each group's capitalised twin; the twins' own twins are themselves)
        let mut capitalised = Vec::new();
        let mut g = 0;
        while g < groups.len() {
            let twin: Vec<u64> = groups[g]
                .iter()
                .zip(&capital_set)
                .map(|(a, b)| a | b)
                .collect();
            capitalised.push(group_of(&mut groups, &twin));
            g += 1;
        }
        // the common words that are not on every list of their shape
        let mut exact: Vec<ExactShape> = Vec::new();
        let mut exact_at: FastMap<usize, usize> = FastMap::default();
        for &common in COMMON {
            let Some(shape) = crate::text::hash::shape(common.as_bytes()) else {
                continue;
            };
            let group = by_shape[shape];
            // a list takes the word when it is one of its words, or may be a
            // name start (its shape), or (with a capital) takes capitalised words
            let takes = |i: usize, capital: bool| {
                let spec = &specs[i];
                spec.key.2
                    || (capital && spec.capitalised)
                    || spec.key.0.iter().any(|w| w.eq_ignore_ascii_case(common))
            };
            let mut twins = [0u16; 2];
            for (capital, twin) in [false, true].into_iter().zip(&mut twins) {
                let shaped = if capital {
                    capitalised[usize::from(group)]
                } else {
                    group
                };
                let set: Vec<u64> = (0..set_words)
                    .map(|w| {
                        let mut bits = groups[usize::from(shaped)][w];
                        for b in 0..64 {
                            let i = w * 64 + b;
                            if bits >> b & 1 == 1 && !takes(i, capital) {
                                bits &= !(1 << b);
                            }
                        }
                        bits
                    })
                    .collect();
                *twin = group_of(&mut groups, &set);
            }
            if twins != [group, capitalised[usize::from(group)]] {
                let key = pack_lower(common.as_bytes()).expect("common words are short");
                let at = *exact_at.entry(shape).or_insert_with(|| {
                    exact.push((group, Vec::new()));
                    exact.len() - 1
                });
                exact[at].1.push((key, twins[0], twins[1]));
            }
        }
        for (&shape, &at) in &exact_at {
            by_shape[shape] = EXACT | u16::try_from(at).expect("fewer than 32,768 shapes");
        }
        assert!(
            groups.len() < usize::from(EXACT),
            "fewer than 32,768 groups of lists"
        );
        // (the groups made for the common words have no twins of their own)
        while capitalised.len() < groups.len() {
            capitalised.push(u16::try_from(capitalised.len()).expect("fewer than 65,536 groups"));
        }
        let groups = groups.iter().map(|set| {
            (0..specs.len())
                .filter(|&i| set[i / 64] >> (i % 64) & 1 == 1)
                .map(list_id)
        });
        let mut spans = Vec::new();
        let mut ids = Vec::new();
        for lists in groups {
            let start = ids.len() as u32;
            ids.extend(lists);
            spans.push((start, ids.len() as u32));
        }
        IndexPlan {
            by_shape,
            capitalised,
            spans,
            ids,
            rule_list,
            lists: specs.len(),
            exact,
        }
    }

    /// The lists the word `b[s..e]` goes on (see [`crate::text::hash::shape`]).
    #[inline]
    fn lists_at(&self, b: &[u8], s: usize, e: usize) -> &[u16] {
        let Some(shape) = crate::text::hash::shape_at(b, s, e) else {
            return &[];
        };
        let entry = self.by_shape[shape];
        let capital = b[s].is_ascii_uppercase();
        let group = if entry & EXACT == 0 {
            if capital {
                self.capitalised[usize::from(entry)]
            } else {
                entry
            }
        } else {
            let (group, words) = &self.exact[usize::from(entry & !EXACT)];
            let key = pack_lower(&b[s..e]);
            match words.iter().find(|w| Some(w.0) == key) {
                Some(&(_, lower, upper)) => {
                    if capital {
                        upper
                    } else {
                        lower
                    }
                }
                None if capital => self.capitalised[usize::from(*group)],
                None => *group,
            }
        };
        let g = usize::from(group);
        let (start, end) = self.spans[g];
        &self.ids[start as usize..end as usize]
    }
}

/// Whether `word` is a [`COMMON`] word, ASCII case aside (for the tests' plain
/// version of the lists).
#[cfg(test)]
pub(crate) fn is_common(word: &str) -> bool {
    COMMON.iter().any(|c| c.eq_ignore_ascii_case(word))
}

/// A list's number.
fn list_id(i: usize) -> u16 {
    u16::try_from(i).expect("fewer than 65,536 lists")
}

/// The words of a text on each list of an [`IndexPlan`], in order.
#[derive(Debug, Default)]
pub(crate) struct WordIndex {
    lists: Vec<Vec<u32>>,
}

impl WordIndex {
    /// Sorts the `words` (byte ranges into `text`) into the lists of `plan`,
    /// in the memory of `lists` (cleared first).
    pub(crate) fn build(
        text: &str,
        words: &[(usize, usize)],
        plan: &IndexPlan,
        mut lists: Vec<Vec<u32>>,
    ) -> WordIndex {
        lists.resize_with(plan.lists.max(lists.len()), Vec::new);
        lists.iter_mut().for_each(Vec::clear);
        let b = text.as_bytes();
        for (k, &(s, e)) in words.iter().enumerate() {
            for &l in plan.lists_at(b, s, e) {
                lists[usize::from(l)].push(k as u32);
            }
        }
        WordIndex { lists }
    }

    /// The words on the list of rule `id`, or `None` when the plan has no list
    /// for it.
    pub(crate) fn of(&self, plan: &IndexPlan, id: &str) -> Option<&[u32]> {
        plan.rule_list.get(id).map(|&l| self.lists[l].as_slice())
    }

    /// The lists, for reuse by a later scan.
    pub(crate) fn into_lists(self) -> Vec<Vec<u32>> {
        self.lists
    }
}

/// The union of two ascending sequences, ascending, each value once.
pub(crate) fn merge(
    a: impl Iterator<Item = usize>,
    b: impl Iterator<Item = usize>,
) -> impl Iterator<Item = usize> {
    let (mut a, mut b) = (a.peekable(), b.peekable());
    std::iter::from_fn(move || match (a.peek().copied(), b.peek().copied()) {
        (Some(x), Some(y)) => {
            if x <= y {
                a.next();
            }
            if y <= x {
                b.next();
            }
            Some(x.min(y))
        }
        (Some(_), None) => a.next(),
        (None, _) => b.next(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn merge_keeps_order_and_drops_repeats() {
        let m: Vec<usize> = merge([1, 3, 5, 9].into_iter(), [0, 3, 4, 9, 12].into_iter()).collect();
        assert_eq!(m, [0, 1, 3, 4, 5, 9, 12]);
        assert_eq!(
            merge([].into_iter(), [2].into_iter()).collect::<Vec<_>>(),
            [2]
        );
    }

    fn spans(words: &[String]) -> Vec<(usize, usize)> {
        words
            .iter()
            .scan(0, |at, w| {
                let s = *at;
                *at += w.len() + 1;
                Some((s, s + w.len()))
            })
            .collect()
    }

    /// Each list holds, in order and once each, the words of its rule's
    /// shapes, capitalised words and name starts as declared: checked
    /// against a plain test of each word.
    #[test]
    fn lists_hold_the_words_each_rule_declares() {
        fn keys() -> Vec<&'static str> {
            vec!["the", "said", "minister"]
        }
        fn other() -> Vec<&'static str> {
            vec!["of", "said"]
        }
        fn ties() -> Vec<&'static str> {
            // (the shapes of `the` and `with`)
            vec!["tie", "wish"]
        }
        let rules = [
            ("a/plain", Triggers::words(keys)),
            (
                "a/names",
                Triggers::Words {
                    words: keys,
                    capitalised: true,
                    name_starts: true,
                },
            ),
            ("a/same", Triggers::words(keys)),
            ("a/other", Triggers::words(other)),
            ("a/ties", Triggers::words(ties)),
            ("a/text", Triggers::Text),
        ];
        let names = crate::analysis::names::builtin();
        let plan = IndexPlan::new(rules, names);
        let mut words: Vec<String> = names
            .entries()
            .iter()
            .flat_map(|e| e.name.split(' ').map(String::from))
            .collect();
        words.extend(
            [
                "the",
                "said",
                "minister",
                "of",
                "x",
                "Extraordinarily",
                "ab_c9",
                "é",
                "tie",
                "OF",
                "Said",
                // common words of the keys' shapes (`the`, `of`), and not
                "tie",
                "The",
                "oF",
                "if",
                "sand",
                "seed",
                "have",
                "wish",
                "with",
            ]
            .map(String::from),
        );
        words.push("a".repeat(40));
        let cased: Vec<String> = words
            .iter()
            .flat_map(|w| [w.clone(), w.to_uppercase(), w.to_lowercase()])
            .collect();
        let text = cased.join(" ");
        let index = WordIndex::build(&text, &spans(&cased), &plan, Vec::new());
        let filter = |l: fn() -> Vec<&'static str>| -> KeyFilter { l().into_iter().collect() };
        let (kf, of) = (filter(keys), filter(other));
        let expect = |test: &dyn Fn(&str) -> bool| -> Vec<u32> {
            (0..cased.len() as u32)
                .filter(|&k| test(&cased[k as usize]))
                .collect()
        };
        // a common word is on a list of its shape only as one of its words
        let listed = |l: fn() -> Vec<&'static str>, w: &str| {
            !is_common(w) || l().iter().any(|k| k.eq_ignore_ascii_case(w))
        };
        let plain = expect(&|w| kf.may_contain(w) && listed(keys, w));
        assert_eq!(index.of(&plan, "a/plain"), Some(plain.as_slice()));
        assert_eq!(index.of(&plan, "a/same"), Some(plain.as_slice()));
        let other_words = expect(&|w| of.may_contain(w) && listed(other, w));
        assert_eq!(index.of(&plan, "a/other"), Some(other_words.as_slice()));
        let tf = filter(ties);
        let tie_words = expect(&|w| tf.may_contain(w) && listed(ties, w));
        assert_eq!(index.of(&plan, "a/ties"), Some(tie_words.as_slice()));
        let on_ties: Vec<&str> = tie_words
            .iter()
            .map(|&k| cased[k as usize].as_str())
            .collect();
        assert!(on_ties.contains(&"WISH") && on_ties.contains(&"tie"));
        assert!(!on_ties
            .iter()
            .any(|w| w.eq_ignore_ascii_case("the") || w.eq_ignore_ascii_case("with")));
        let with_names = expect(&|w| {
            kf.may_contain(w)
                || w.as_bytes()[0].is_ascii_uppercase()
                || names.may_start_multiword(w.as_bytes())
        });
        assert_eq!(index.of(&plan, "a/names"), Some(with_names.as_slice()));
        assert_eq!(index.of(&plan, "a/text"), None);
        // every key word is found, whatever its case
        for w in ["the", "THE", "said", "SAID", "Said", "minister", "MINISTER"] {
            let k = cased.iter().position(|c| c == w).unwrap();
            assert!(plain.contains(&(k as u32)), "{w}");
        }
    }
}
