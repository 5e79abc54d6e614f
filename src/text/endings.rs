//! The last letters (three, or two) of the words of a short list, as a set a
//! word's ending is looked up in with one load: a quick test before a rule
//! compares a word's tail with each word of the list (most words end otherwise).

/// The `N`-letter endings of the words of a list (`N` is 2 or 3; three unless
/// told): one bit for each ending, indexed by the low five bits of each of its
/// `N` bytes (which tell the 26 ASCII letters apart, in either case).
#[derive(Debug, Clone)]
pub(crate) struct Endings<const N: usize = 3> {
    bits: Box<[u64; 512]>,
}

impl<const N: usize> Endings<N> {
    /// The endings of `words` (a word shorter than `N` letters has none).
    pub(crate) fn of(words: &[&str]) -> Endings<N> {
        const {
            assert!(
                N >= 1 && N <= 3,
                "the bits hold endings of up to three letters"
            )
        };
        let mut bits = Box::new([0u64; 512]);
        for w in words.iter().filter_map(|w| Self::slot(w.as_bytes())) {
            bits[w >> 6] |= 1 << (w & 63);
        }
        Endings { bits }
    }

    /// The bit of the last `N` bytes of `w`, if it has `N`.
    #[inline]
    fn slot(w: &[u8]) -> Option<usize> {
        let tail = w.last_chunk::<N>()?;
        Some(tail.iter().fold(0, |s, &c| s << 5 | usize::from(c & 31)))
    }

    /// Whether `w` may end like a word of the list: exact for a word of ASCII
    /// letters (ASCII case aside); for other bytes a `true` may be wrong.
    #[inline]
    pub(crate) fn may_end(&self, w: &[u8]) -> bool {
        Self::slot(w).is_some_and(|s| self.bits[s >> 6] >> (s & 63) & 1 == 1)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The plain definition: `w` ends with the last three letters of a word of
    /// the list.
    fn plain(words: &[&str], w: &str) -> bool {
        plain_n(words, w, 3)
    }

    /// The plain definition for the last `n` letters.
    fn plain_n(words: &[&str], w: &str, n: usize) -> bool {
        words
            .iter()
            .filter(|x| x.len() >= n)
            .any(|x| w.to_ascii_lowercase().ends_with(&x[x.len() - n..]))
    }

    #[test]
    fn may_end_as_a_comparison_with_each_word_says() {
        let list = ["and", "from", "the", "which", "at", "whose"];
        let endings: Endings = Endings::of(&list);
        let mut words: Vec<String> = ["", "a", "an", "the", "he", "then", "Bathe", "sandwich"]
            .iter()
            .map(|w| w.to_string())
            .collect();
        // every word of letters of up to three, from a small alphabet
        let letters = [
            "a", "c", "d", "e", "h", "i", "m", "n", "o", "r", "s", "t", "w", "z", "T", "H", "E",
        ];
        for x in letters {
            for y in letters {
                for z in letters {
                    words.push(format!("{x}{y}{z}"));
                    words.push(format!("release{x}{y}{z}"));
                }
            }
        }
        let two: Endings<2> = Endings::of(&list);
        for w in &words {
            assert_eq!(endings.may_end(w.as_bytes()), plain(&list, w), "{w}");
            assert_eq!(two.may_end(w.as_bytes()), plain_n(&list, w, 2), "{w}");
        }
        assert!(!Endings::<3>::of(&[]).may_end(b"the"));
        assert!(!Endings::<2>::of(&[]).may_end(b"he"));
    }
}
