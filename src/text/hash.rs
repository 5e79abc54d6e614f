//! A fast, non-cryptographic hasher for the word tables (the Fx hash of the Rust
//! compiler): lookups of short words dominate the scan, and SipHash's
//! flooding resistance buys nothing for tables built from the crate's own data.

use std::collections::{HashMap, HashSet};
use std::hash::{BuildHasherDefault, Hasher};

/// The Fx hash: one multiply and rotate per word of input.
#[derive(Debug, Default, Clone, Copy)]
pub struct FxHasher {
    hash: u64,
}

const SEED: u64 = 0x51_7c_c1_b7_27_22_0a_95;

impl FxHasher {
    #[inline]
    fn add(&mut self, word: u64) {
        self.hash = (self.hash.rotate_left(5) ^ word).wrapping_mul(SEED);
    }
}

impl Hasher for FxHasher {
    #[inline]
    fn write(&mut self, bytes: &[u8]) {
        let mut chunks = bytes.chunks_exact(8);
        for c in &mut chunks {
            let mut w = [0u8; 8];
            w.copy_from_slice(c);
            self.add(u64::from_le_bytes(w));
        }
        let rest = chunks.remainder();
        if !rest.is_empty() {
            self.add(crate::text::load_le(rest));
        }
    }

    #[inline]
    fn write_u8(&mut self, i: u8) {
        self.add(u64::from(i));
    }

    #[inline]
    fn write_usize(&mut self, i: usize) {
        self.add(i as u64);
    }

    #[inline]
    fn finish(&self) -> u64 {
        self.hash
    }
}

/// A `HashMap` with the Fx hash.
pub type FastMap<K, V> = HashMap<K, V, BuildHasherDefault<FxHasher>>;
/// A `HashSet` with the Fx hash.
pub type FastSet<K> = HashSet<K, BuildHasherDefault<FxHasher>>;

/// The number of word shapes: [`shape`] is below it.
pub(crate) const SHAPES: usize = 33 << 10;

/// A word's shape: its length (32 standing for 32 and more) and the low five
/// bits of its first and last bytes (so that ASCII case does not count), as one
/// number below [`SHAPES`]; `None` for an empty word. Two spellings of a word
/// have one shape; most other words have another.
#[inline]
pub(crate) fn shape(word: &[u8]) -> Option<usize> {
    let (&first, &last) = (word.first()?, word.last()?);
    Some(word.len().min(32) << 10 | usize::from(first & 31) << 5 | usize::from(last & 31))
}

/// [`shape`] of the word `b[s..e]`, read in place (no slice made, one bounds
/// test for each end); `None` when the range is empty or not in `b`.
#[inline]
pub(crate) fn shape_at(b: &[u8], s: usize, e: usize) -> Option<usize> {
    let last = *b.get(e.checked_sub(1)?)?;
    let first = b[..e].get(s).copied().filter(|_| s < e)?;
    Some((e - s).min(32) << 10 | usize::from(first & 31) << 5 | usize::from(last & 31))
}

/// A test a word must pass before a table lookup is worth its hashing: the
/// table holds a key of this length whose first and last bytes agree in their
/// low five bits with the word's (so ASCII case is ignored). Most words of a
/// text fail it at the cost of two loads.
#[derive(Debug, Clone)]
pub struct KeyFilter {
    /// For each length (32 standing for 32 and more), 1,024 bits: one per
    /// (first byte class, last byte class).
    by_len: [[u64; 16]; 33],
}

impl Default for KeyFilter {
    fn default() -> Self {
        KeyFilter {
            by_len: [[0; 16]; 33],
        }
    }
}

impl KeyFilter {
    #[inline]
    fn slot(b: &[u8]) -> Option<(usize, usize, u64)> {
        shape(b).map(|s| (s >> 10, (s & 1023) >> 6, 1 << (s & 63)))
    }

    /// Whether some key has the [`shape`] `shape` (the plain reference
    /// [`shapes`](KeyFilter::shapes) is tested against).
    #[cfg(test)]
    pub(crate) fn has_shape(&self, shape: usize) -> bool {
        self.has_class(shape >> 10, shape & 1023)
    }

    /// The [`shape`]s some key has, ascending: those `has_shape` accepts.
    pub(crate) fn shapes(&self) -> impl Iterator<Item = usize> + '_ {
        self.by_len.iter().enumerate().flat_map(|(len, row)| {
            row.iter().enumerate().flat_map(move |(at, &bits)| {
                // (the set bits, lowest first, without a test of each of the 64)
                let mut rest = bits;
                std::iter::from_fn(move || {
                    let bit = rest.trailing_zeros() as usize;
                    rest &= rest.wrapping_sub(1);
                    (bit < 64).then_some(len << 10 | at << 6 | bit)
                })
            })
        })
    }

    /// Adds the keys of `other`.
    pub(crate) fn union_with(&mut self, other: &KeyFilter) {
        for (mine, theirs) in self.by_len.iter_mut().zip(&other.by_len) {
            for (m, t) in mine.iter_mut().zip(theirs) {
                *m |= t;
            }
        }
    }

    /// Records `key` (its first letter counts in both cases).
    pub fn add(&mut self, key: &str) {
        if let Some((len, at, bit)) = Self::slot(key.as_bytes()) {
            self.by_len[len][at] |= bit;
        }
    }

    /// Whether some key has length `len` (32 standing for 32 and more) and the
    /// byte class `class` (low five bits of the first byte, then of the last).
    #[cfg(test)]
    pub(crate) fn has_class(&self, len: usize, class: usize) -> bool {
        self.by_len[len.min(32)][class >> 6] >> (class & 63) & 1 == 1
    }

    /// Whether `word` may be a key (false only when it surely is not).
    #[inline]
    pub fn may_contain(&self, word: &str) -> bool {
        self.may_contain_bytes(word.as_bytes())
    }

    /// [`may_contain`](KeyFilter::may_contain) for the bytes of a word.
    #[inline]
    pub fn may_contain_bytes(&self, word: &[u8]) -> bool {
        Self::slot(word).is_some_and(|(len, at, bit)| self.by_len[len][at] & bit != 0)
    }
}

/// A filter of the given keys.
impl<'a> FromIterator<&'a str> for KeyFilter {
    fn from_iter<I: IntoIterator<Item = &'a str>>(keys: I) -> Self {
        let mut f = KeyFilter::default();
        keys.into_iter().for_each(|k| f.add(k));
        f
    }
}

/// How often each word of a text occurs, exact spelling: a word of up to 8
/// bytes is kept packed into an integer ([`crate::text::pack_word`]), hashed
/// and compared without reading its bytes again; a longer one by its text.
#[derive(Debug, Default)]
pub(crate) struct WordCounts<'t> {
    short: FastMap<u64, u32>,
    long: FastMap<&'t str, u32>,
}

impl<'t> WordCounts<'t> {
    /// Counts `word` once more.
    #[inline]
    pub(crate) fn add(&mut self, word: &'t str) {
        let n = match crate::text::pack_word(word.as_bytes()) {
            Some(key) => self.short.entry(key).or_insert(0),
            None => self.long.entry(word).or_insert(0),
        };
        *n = n.saturating_add(1);
    }

    /// How often `word` was counted (0 for a word never counted).
    #[inline]
    pub(crate) fn get(&self, word: &str) -> u32 {
        match crate::text::pack_word(word.as_bytes()) {
            Some(key) => self.short.get(&key),
            None => self.long.get(word),
        }
        .copied()
        .unwrap_or(0)
    }
}

/// A list of lower-case words, looked up in any ASCII case without a
/// lower-cased copy of the word: each ASCII word of at most 16 bytes is kept as
/// its bytes packed into an integer, with its length, behind a [`KeyFilter`].
#[derive(Debug, Clone, Default)]
pub(crate) struct FoldedWords {
    keys: FastSet<(u128, u8)>,
    filter: KeyFilter,
    /// The length of the list's longest word.
    longest: usize,
}

impl FoldedWords {
    /// The words of `list` (a word with an upper-case letter is never found,
    /// as a lower-cased word is never equal to it).
    pub(crate) fn new(list: &[&str]) -> Self {
        let mut set = FoldedWords::default();
        for w in list {
            set.longest = set.longest.max(w.len());
            if w.is_ascii() && !w.bytes().any(|b| b.is_ascii_uppercase()) {
                if let Some(key) = folded_key(w.as_bytes()) {
                    set.keys.insert(key);
                    set.filter.add(w);
                }
            }
        }
        set
    }

    /// Whether `word` lower-cased is in the list; `None` when that takes the
    /// word's Unicode lower case (it is not ASCII) or it is longer than 16
    /// bytes while the list has words as long: the caller compares it itself.
    #[inline]
    pub(crate) fn contains(&self, word: &str) -> Option<bool> {
        let b = word.as_bytes();
        if !word.is_ascii() {
            return None;
        }
        if b.len() > self.longest {
            return Some(false);
        }
        let key = folded_key(b)?;
        Some(self.filter.may_contain_bytes(b) && self.keys.contains(&key))
    }
}

/// An ASCII word of at most 16 bytes, lower-cased and packed with its length.
#[inline]
fn folded_key(word: &[u8]) -> Option<(u128, u8)> {
    if word.len() > 16 {
        return None;
    }
    let mut buf = [0u8; 16];
    for (d, c) in buf.iter_mut().zip(word) {
        *d = c.to_ascii_lowercase();
    }
    Some((u128::from_le_bytes(buf), word.len() as u8))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folded_words_find_what_a_lowered_binary_search_finds() {
        let mut list = vec![
            "a",
            "an",
            "the",
            "it's",
            "log-in",
            "whatsapp",
            "subscribe",
            "newsletter",
            "abcdefghijklmnop",
            "abcdefghijklmnopq",
            "café",
            "Upper",
        ];
        list.sort_unstable();
        let set = FoldedWords::new(&list);
        let plain = |w: &str| list.binary_search(&w.to_lowercase().as_str()).is_ok();
        let words = [
            "a",
            "A",
            "An",
            "THE",
            "th",
            "thee",
            "It's",
            "Log-in",
            "WhatsApp",
            "Subscribe",
            "newsletters",
            "ABCDEFGHIJKLMNOP",
            "abcdefghijklmnopq",
            "abcdefghijklmnopqr",
            "Café",
            "café",
            "Upper",
            "upper",
            "",
            "a\0",
            "\u{212A}",
            "zzzzzzzzzzzzzzzzzzzzzz",
        ];
        for w in words {
            match set.contains(w) {
                Some(found) => assert_eq!(found, plain(w), "{w:?}"),
                None => assert!(!w.is_ascii() || w.len() > 16, "{w:?}"),
            }
        }
        assert_eq!(set.contains("Subscribe"), Some(true));
        assert_eq!(set.contains("abcdefghijklmnopq"), None);
        let short = FoldedWords::new(&["and", "or"]);
        assert_eq!(short.contains("abcdefghijklmnopqrstu"), Some(false));
        assert_eq!(short.contains("\u{212A}"), None);
    }

    #[test]
    fn word_counts_count_as_a_map_of_strings_does() {
        let words = [
            "a",
            "a\0",
            "ab",
            "The",
            "the",
            "abcdefgh",
            "abcdefghi",
            "",
            "Wörter",
            "abcdefgh",
            "ab",
            "a",
            "a",
            "abcdefghi",
        ];
        let mut fast = WordCounts::default();
        let mut plain: std::collections::HashMap<&str, u32> = std::collections::HashMap::new();
        for w in words {
            fast.add(w);
            *plain.entry(w).or_insert(0) += 1;
        }
        for w in words
            .iter()
            .copied()
            .chain(["b", "abcdefg", "ABCDEFGH", "\0", "a\0\0"])
        {
            assert_eq!(fast.get(w), plain.get(w).copied().unwrap_or(0), "{w:?}");
        }
    }

    #[test]
    fn distinguishes_words_and_lengths() {
        let mut m: FastMap<&str, usize> = FastMap::default();
        for (i, w) in ["a", "a\0", "ab", "abcdefgh", "abcdefghi", ""]
            .iter()
            .enumerate()
        {
            m.insert(w, i);
        }
        assert_eq!(m.len(), 6);
        assert_eq!(m.get("abcdefghi"), Some(&4));
        assert_eq!(m.get("abcdefg"), None);
    }

    #[test]
    fn shape_at_is_the_shape_of_the_slice() {
        let b = b"Ab cde fGHIJ x";
        for s in 0..=b.len() + 1 {
            for e in 0..=b.len() + 1 {
                let plain = b.get(s..e).and_then(shape);
                assert_eq!(shape_at(b, s, e), plain, "{s}..{e}");
            }
        }
    }

    #[test]
    fn shapes_are_those_has_shape_accepts() {
        let mut f: KeyFilter = ["times", "BBC", "a", "é", "of"].into_iter().collect();
        f.add(&"x".repeat(80));
        let listed: Vec<usize> = f.shapes().collect();
        let plain: Vec<usize> = (0..SHAPES).filter(|&s| f.has_shape(s)).collect();
        assert_eq!(listed, plain);
        assert!(!plain.is_empty());
        assert_eq!(KeyFilter::default().shapes().count(), 0);
    }

    #[test]
    fn key_filter_passes_every_key_and_stops_others() {
        let mut f = KeyFilter::default();
        f.add("times");
        f.add("BBC");
        assert!(f.may_contain("times") && f.may_contain("Times") && f.may_contain("BBC"));
        assert!(!f.may_contain("abc") && !f.may_contain("time") && !f.may_contain(""));
        assert!(f.may_contain("TIMES") && !f.may_contain("timer"));
        let long = "x".repeat(80);
        f.add(&long);
        assert!(f.may_contain(&"x".repeat(70)));
    }
}
