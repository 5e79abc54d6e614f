//! The calque entries by key word, and the keys found in a text grouped by
//! entry: the two steps before any pattern runs, done for every key word of a
//! text (a plain map and a sort would do, at several times the cost).

use crate::text::hash::FastMap;
use crate::text::pack_word;

/// The entries of each key word (lower-case ASCII): a key of at most 8 bytes
/// is packed into an integer, looked up without hashing or comparing strings.
#[derive(Debug, Default)]
pub(super) struct ByKey {
    short: FastMap<u64, Vec<usize>>,
    long: FastMap<&'static [u8], Vec<usize>>,
}

impl ByKey {
    /// Files entry `i` under `key`.
    pub(super) fn add(&mut self, key: &'static str, i: usize) {
        let list = match pack_word(key.as_bytes()) {
            Some(packed) => self.short.entry(packed).or_default(),
            None => self.long.entry(key.as_bytes()).or_default(),
        };
        list.push(i);
    }

    /// The entries of `word` (lower case), if it is a key.
    #[inline]
    pub(super) fn get(&self, word: &[u8]) -> Option<&[usize]> {
        match pack_word(word) {
            Some(packed) => self.short.get(&packed),
            None => self.long.get(word),
        }
        .map(Vec::as_slice)
    }

    /// The entries of `word` in any case (`None` for a word that is not ASCII
    /// or is longer than any key can be), as [`ByKey::get`] of it lowered.
    #[inline]
    pub(super) fn get_any_case(&self, word: &str) -> Option<&[usize]> {
        let mut buf = [0u8; 16];
        let low = buf.get_mut(..word.len()).filter(|_| word.is_ascii())?;
        for (d, c) in low.iter_mut().zip(word.bytes()) {
            *d = c.to_ascii_lowercase();
        }
        self.get(low)
    }
}

/// A key found in a text: (entry, key start, key end, window start, window end).
pub(super) type Key = (usize, usize, usize, usize, usize);

/// `keys` in the order a sort gives them (by entry, then by place), in time
/// linear in their number: each entry's keys are bucketed, in the order they
/// come (the order of the text, which the sort within a bucket then only checks).
/// `entries` is more than any entry number.
pub(super) fn by_entry(mut keys: Vec<Key>, entries: usize) -> Vec<Key> {
    // a short text's few keys: sorted as they are (the buckets of every entry
    // would cost more than the sort)
    if keys.len() < entries / 8 {
        keys.sort_unstable();
        return keys;
    }
    let mut start = vec![0usize; entries + 1];
    for k in &keys {
        start[k.0 + 1] += 1;
    }
    for i in 1..start.len() {
        start[i] += start[i - 1];
    }
    let mut out = vec![(0, 0, 0, 0, 0); keys.len()];
    let mut next = start.clone();
    for k in keys {
        out[next[k.0]] = k;
        next[k.0] += 1;
    }
    for w in start.windows(2) {
        let bucket = &mut out[w[0]..w[1]];
        if !bucket.is_sorted() {
            bucket.sort_unstable();
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn by_key_finds_what_a_plain_map_finds() {
        let keys = [
            "of",
            "make",
            "attention",
            "themselves",
            "a",
            "assisted",
            "photographs",
        ];
        let mut fast = ByKey::default();
        let mut plain: FastMap<&str, Vec<usize>> = FastMap::default();
        for (i, k) in keys.iter().enumerate() {
            for j in [i, i + 10] {
                fast.add(k, j);
                plain.entry(k).or_default().push(j);
            }
        }
        let probes = keys.iter().copied().chain([
            "",
            "o",
            "ofx",
            "mak",
            "attentions",
            "themselve",
            "photograph",
        ]);
        for w in probes {
            assert_eq!(
                fast.get(w.as_bytes()),
                plain.get(w).map(Vec::as_slice),
                "{w}"
            );
        }
        // any case: as the word lowered
        let mut buf = [0u8; 16];
        let long = "x".repeat(17);
        for w in [
            "Of",
            "MAKE",
            "Attention",
            "ThemSelves",
            "Photographs",
            "Café",
            long.as_str(),
        ] {
            let lowered = crate::text::ascii_lower(w, &mut buf).and_then(|l| plain.get(l));
            assert_eq!(fast.get_any_case(w), lowered.map(Vec::as_slice), "{w}");
        }
        assert!(fast.get_any_case("PHOTOGRAPHS").is_some());
    }

    #[test]
    fn by_entry_orders_as_a_sort() {
        // in text order, and out of it
        let mut keys: Vec<Key> = Vec::new();
        for n in 0..60usize {
            let at = (n * 37) % 101;
            keys.push((n * 7 % 5, at, at + 3, at.saturating_sub(2), at + 6));
        }
        for keys in [keys.clone(), {
            let mut k = keys.clone();
            k.sort_by_key(|k| k.1);
            k
        }] {
            let mut sorted = keys.clone();
            sorted.sort_unstable();
            // (bucketed, and sorted in place as for a short text's few keys)
            for entries in [5, 1000] {
                assert_eq!(by_entry(keys.clone(), entries), sorted, "{entries}");
            }
        }
        assert!(by_entry(Vec::new(), 0).is_empty());
    }
}
