//! The calque entries by key word, and the keys found in a text grouped by
//! entry: the two steps before any pattern runs, done for every key word of a
//! text (a plain map and a sort would do, at several times the cost).

use crate::text::hash::FastMap;
use crate::text::load_le;

/// The entries of each key word (lower-case ASCII letters), found for a word
/// of a text in any case by its [`folded`] form: a bit of [`ByKey::seen`]
/// first (most words a rule is triggered by only share a key's length and
/// first and last letters), the map only for the few words that pass it.
#[derive(Debug)]
pub(super) struct ByKey {
    map: FastMap<(u64, u64), Vec<usize>>,
    /// One bit for each [`slot`] a key falls in.
    seen: Box<[u64; SLOTS / 64]>,
}

impl Default for ByKey {
    fn default() -> Self {
        ByKey {
            map: FastMap::default(),
            seen: Box::new([0; SLOTS / 64]),
        }
    }
}

/// How many bits [`ByKey::seen`] has (8 KB: about 1 in 50 bits set for a
/// thousand keys).
const SLOTS: usize = 1 << 16;

/// A word of 1 to 16 bytes as two integers (its first 8 bytes and the rest,
/// little-endian, zero after its end), each byte ORed with 0x20: an ASCII
/// capital reads as its lower-case letter, a lower-case letter as itself, and
/// every other byte as a byte that is no letter (so a word is a key, which is
/// all lower-case letters, exactly when it is the key in any case); no byte
/// becomes zero, so the zeros after the word tell its length.
#[inline]
fn folded(word: &[u8]) -> Option<(u64, u64)> {
    const CASE: u64 = 0x2020_2020_2020_2020;
    let n = word.len();
    let case = |len: usize| CASE >> (8 * (8 - len));
    match n {
        1..=8 => Some((load_le(word) | case(n), 0)),
        9..=16 => Some((
            load_le(&word[..8]) | CASE,
            load_le(&word[8..]) | case(n - 8),
        )),
        _ => None,
    }
}

/// The bit of [`ByKey::seen`] for a word's [`folded`] form.
#[inline]
fn slot((lo, hi): (u64, u64)) -> usize {
    let h = (lo ^ hi.rotate_left(31)).wrapping_mul(0x9E37_79B9_7F4A_7C15);
    (h >> (64 - SLOTS.trailing_zeros())) as usize
}

impl ByKey {
    /// Files entry `i` under `key` (lower-case ASCII letters, 1 to 16).
    pub(super) fn add(&mut self, key: &'static str, i: usize) {
        let Some(f) = folded(key.as_bytes()) else {
            return;
        };
        self.seen[slot(f) / 64] |= 1 << (slot(f) % 64);
        self.map.entry(f).or_default().push(i);
    }

    /// The entries of `word` (a word of a text, in any ASCII case), if it is
    /// a key.
    #[inline]
    pub(super) fn get(&self, word: &[u8]) -> Option<&[usize]> {
        let f = folded(word)?;
        if self.seen[slot(f) / 64] >> (slot(f) % 64) & 1 == 0 {
            return None;
        }
        self.map.get(&f).map(Vec::as_slice)
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
            assert_eq!(fast.get(w.as_bytes()), lowered.map(Vec::as_slice), "{w}");
        }
        assert!(fast.get(b"PHOTOGRAPHS").is_some());
    }

    /// A word is found exactly when, lowered, it is a key: every byte value
    /// put in every place of each key, and the key cut and lengthened.
    #[test]
    fn a_word_is_found_as_its_lowered_form_in_a_plain_map() {
        let keys = [
            "a",
            "of",
            "make",
            "question",
            "attention",
            "regroupment",
            "photographsabcde",
            "photographsabcdef",
        ];
        let mut fast = ByKey::default();
        let mut plain: FastMap<Vec<u8>, Vec<usize>> = FastMap::default();
        for (i, k) in keys.iter().enumerate() {
            fast.add(k, i);
            if k.len() <= 16 {
                plain.entry(k.as_bytes().to_vec()).or_default().push(i);
            }
        }
        let lookup = |w: &[u8]| plain.get(&w.to_ascii_lowercase()).map(Vec::as_slice);
        let mut probes: Vec<Vec<u8>> = Vec::new();
        for k in keys {
            let k = k.as_bytes();
            for at in 0..k.len() {
                for b in 0..=255u8 {
                    let mut w = k.to_vec();
                    w[at] = b;
                    probes.push(w);
                }
                probes.push(k[..at].to_vec());
                probes.push(k[at..].to_vec());
            }
            probes.push([k, b"s"].concat());
            probes.push([k, b"\0"].concat());
            probes.push(k.to_ascii_uppercase());
        }
        for w in &probes {
            assert_eq!(fast.get(w), lookup(w), "{:?}", String::from_utf8_lossy(w));
        }
        assert!(fast.get(b"MaKe").is_some() && fast.get(b"photographsabcdef").is_none());
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
