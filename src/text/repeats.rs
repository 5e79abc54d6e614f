//! Where a key comes again a few places later: for a list of word keys, which of
//! the next few keys equal each one. A rule that looks for a word repeated
//! within a short reach asks this once for the whole text (one pass per
//! distance over two slices, which the compiler turns into wide compares)
//! instead of comparing each word with its next few.

/// For each key of `keys`, the distances `d` in `1..=reach` (bit `d - 1`) at
/// which the same key comes again: `keys[i + d] == keys[i]`. `reach` is at
/// most 32. (The bits are kept in a `u32` for each key, as wide as the keys:
/// one pass per distance is then a few wide compares and masks.)
pub(crate) fn repeat_distances(keys: &[u32], reach: usize) -> Vec<u32> {
    debug_assert!(reach <= 32);
    let mut bits = vec![0u32; keys.len()];
    for d in 1..=reach.min(32) {
        let n = keys.len().saturating_sub(d);
        let bit = 1u32 << (d - 1);
        let (here, later) = (&keys[..n], &keys[d.min(keys.len())..]);
        for ((b, &a), &c) in bits[..n].iter_mut().zip(here).zip(later) {
            *b |= if a == c { bit } else { 0 };
        }
    }
    bits
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The plain definition: each key compared with each of the next `reach`.
    fn plain(keys: &[u32], reach: usize) -> Vec<u32> {
        (0..keys.len())
            .map(|i| {
                (1..=reach)
                    .filter(|&d| keys.get(i + d) == Some(&keys[i]))
                    .fold(0u32, |bits, d| bits | 1 << (d - 1))
            })
            .collect()
    }

    #[test]
    fn repeat_distances_as_each_key_compared_with_the_next_says() {
        let keys = [3u32, 9, 3, 3, 0, 9, 7, 3, 9, 9, 0, 0, 0, 3, 7, 9, 3];
        for n in 0..=keys.len() {
            for reach in [0, 1, 2, 5, 6, 8, 16, 32] {
                assert_eq!(
                    repeat_distances(&keys[..n], reach),
                    plain(&keys[..n], reach),
                    "{n} {reach}"
                );
            }
        }
        // a key at every distance
        assert_eq!(repeat_distances(&[5; 10], 6)[0], 0b11_1111);
        assert_eq!(repeat_distances(&[5; 10], 6)[7], 0b11);
    }
}
