//! One pass over the words that sorts out which of them the word rules must
//! look at: an auxiliary for the verb-form rules, a calque's key word, `the`
//! before an outlet, a capitalised word... Each rule then visits its own list
//! instead of every word of the text.

use crate::names::Names;
use once_cell::sync::Lazy;

/// What a word may be, as far as one rule or another is concerned.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Tag {
    /// May be an auxiliary (`is`, `could`...; data/auxiliaries.txt).
    Auxiliary = 0,
    /// May be one of [`REPORTING_VERBS`].
    Reporting = 1,
    /// May be the key word of a calque entry.
    CalqueKey = 2,
    /// May be `the`.
    The = 3,
    /// Starts with an ASCII capital.
    Capitalised = 4,
    /// May start a multiword name of the name data (in any case).
    NameStart = 5,
    /// May be the title that ends an appositive (`spokesman`, `minister`...).
    AppositiveRole = 6,
    /// May be a word the duplicated-word rule looks for (`the`, `of`...).
    NeverDoubled = 7,
}

// every tag is a bit of a byte
const _: () = assert!((Tag::NeverDoubled as u8) < 8);

/// The reporting verbs whose constructions grammar/reporting-verb checks.
pub(crate) const REPORTING_VERBS: &[&str] = &[
    "explain",
    "explained",
    "explains",
    "inform",
    "informed",
    "informs",
    "said",
    "say",
    "says",
];

/// For each word signature (length up to 16, low five bits of the first and
/// of the last byte, so that ASCII case does not count), the tags one of whose
/// key words has that signature. A word whose signature has no tag is surely
/// none of the key words; one with a tag still has to be checked by its rule.
static SIGNATURES: Lazy<Vec<u8>> = Lazy::new(|| {
    let mut table = vec![0u8; 17 << 10];
    let mut add = |word: &str, tag: Tag| {
        if let Some(at) = signature(word.as_bytes()) {
            table[at] |= 1 << tag as u8;
        }
    };
    for w in crate::lexicon::lexicon().auxiliary_words() {
        add(w, Tag::Auxiliary);
    }
    for w in REPORTING_VERBS {
        add(w, Tag::Reporting);
    }
    for w in crate::rules::grammar::key_words() {
        add(w, Tag::CalqueKey);
    }
    add("the", Tag::The);
    for w in crate::rules::punctuation::appositive_roles() {
        add(w, Tag::AppositiveRole);
    }
    for w in crate::rules::repetition::NEVER_DOUBLED {
        add(w, Tag::NeverDoubled);
    }
    table
});

/// The index of a word's signature in [`SIGNATURES`].
#[inline]
fn signature(word: &[u8]) -> Option<usize> {
    let (&first, &last) = (word.first()?, word.last()?);
    Some(word.len().min(16) << 10 | usize::from(first & 31) << 5 | usize::from(last & 31))
}

/// The tags of every word, one bit per tag.
#[derive(Debug, Default)]
pub(crate) struct Tagged {
    bits: Vec<u8>,
}

impl Tagged {
    /// The tag byte of every word, in order.
    pub(crate) fn bits(&self) -> &[u8] {
        &self.bits
    }

    /// The indices of the words with `tag`, in order (found a block of words
    /// at a time, so a rare tag costs little more than a pass over the bytes).
    #[inline]
    pub(crate) fn get(&self, tag: Tag) -> TagIter<'_> {
        self.get_unless(tag, None)
    }

    /// [`get`](Tagged::get) less the words that also have tag `unless`.
    #[inline]
    pub(crate) fn get_unless(&self, tag: Tag, unless: Option<Tag>) -> TagIter<'_> {
        // each byte's `unless` bit moved to where its `tag` bit is (within the byte)
        let (t, u) = (tag as u32, unless.map_or(tag as u32, |u| u as u32));
        TagIter {
            bits: &self.bits,
            mask: u64::from_ne_bytes([1u8 << tag as u8; 8]),
            unless_mask: unless.map_or(0, |u| u64::from_ne_bytes([1u8 << u as u8; 8])),
            shr: u.saturating_sub(t),
            shl: t.saturating_sub(u),
            base: 0,
            pending: 0,
            next_chunk: 0,
        }
    }
}

/// The words with a tag ([`Tagged::get_unless`]): eight tag bytes at a time,
/// `pending` holding the tag's bits among the eight from `base`, one bit per
/// byte, cleared as they are visited.
pub(crate) struct TagIter<'a> {
    bits: &'a [u8],
    mask: u64,
    unless_mask: u64,
    shr: u32,
    shl: u32,
    base: usize,
    pending: u64,
    next_chunk: usize,
}

impl Iterator for TagIter<'_> {
    type Item = usize;

    #[inline]
    fn next(&mut self) -> Option<usize> {
        while self.pending == 0 {
            let rest = self.bits.get(self.next_chunk..).filter(|r| !r.is_empty())?;
            let chunk = crate::text::load_le(rest);
            let veto = (chunk & self.unless_mask) >> self.shr << self.shl;
            self.pending = chunk & self.mask & !veto;
            self.base = self.next_chunk;
            self.next_chunk += 8;
        }
        let k = self.base + self.pending.trailing_zeros() as usize / 8;
        self.pending &= self.pending - 1;
        Some(k)
    }
}

/// Tags the `words` (byte ranges into `text`, as [`crate::Document::words`]):
/// one byte per word, written without a branch.
#[cfg(test)]
pub(crate) fn tag_words(text: &str, words: &[(usize, usize)], names: &Names) -> Tagged {
    tag_words_into(text, words, names, Vec::new())
}

/// [`tag_words`] into `bits` (cleared first), whose memory a later scan reuses.
pub(crate) fn tag_words_into(
    text: &str,
    words: &[(usize, usize)],
    names: &Names,
    mut bits: Vec<u8>,
) -> Tagged {
    let b = text.as_bytes();
    let table = names.tag_table();
    bits.clear();
    bits.extend(words.iter().map(|&(s, e)| {
        let word = b.get(s..e).unwrap_or_default();
        match (word.first(), word.last()) {
            (Some(&first), Some(&last)) => {
                let at = word.len().min(32) << 10
                    | usize::from(first & 31) << 5
                    | usize::from(last & 31);
                table.get(at).copied().unwrap_or(0)
                    | u8::from(first.is_ascii_uppercase()) << Tag::Capitalised as u8
            }
            _ => 0,
        }
    }));
    Tagged { bits }
}

/// The tags a word may have by its length (32 standing for 32 and more) and
/// the low five bits of its first and last bytes: the key words' tags
/// ([`SIGNATURES`]) and [`Tag::NameStart`] where a multiword name's first word
/// (`first_words`) has that shape. One lookup a word.
pub(crate) fn table_for(first_words: &crate::hash::KeyFilter) -> Vec<u8> {
    let mut table = vec![0u8; 33 << 10];
    for (at, tags) in table.iter_mut().enumerate() {
        let (len, class) = (at >> 10, at & 1023);
        *tags = SIGNATURES[len.min(16) << 10 | class]
            | u8::from(len > 0 && first_words.has_class(len, class)) << Tag::NameStart as u8;
    }
    table
}

impl Tagged {
    /// The tag bytes, for reuse by a later scan.
    pub(crate) fn into_bits(self) -> Vec<u8> {
        self.bits
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

    #[test]
    fn get_visits_the_tagged_words_in_order() {
        // every length around the 8-byte chunks, sparse and dense tags
        for len in 0..40usize {
            for seed in 0..20usize {
                let bits: Vec<u8> = (0..len)
                    .map(|i| (i.wrapping_mul(2654435761).wrapping_add(seed * 97) >> 3) as u8)
                    .collect();
                let tagged = Tagged { bits: bits.clone() };
                for tag in [Tag::Auxiliary, Tag::Capitalised, Tag::AppositiveRole] {
                    let bit = 1u8 << tag as u8;
                    let naive: Vec<usize> = (0..len).filter(|&i| bits[i] & bit != 0).collect();
                    assert_eq!(tagged.get(tag).collect::<Vec<_>>(), naive, "{bits:?}");
                    // less the words with another tag, above or below this one
                    for unless in [Tag::Auxiliary, Tag::Capitalised, Tag::NeverDoubled] {
                        let no = 1u8 << unless as u8;
                        let naive: Vec<usize> = (0..len)
                            .filter(|&i| bits[i] & bit != 0 && bits[i] & no == 0)
                            .collect();
                        let got: Vec<usize> = tagged.get_unless(tag, Some(unless)).collect();
                        assert_eq!(got, naive, "{bits:?} {tag:?} unless {unless:?}");
                    }
                }
            }
        }
    }

    #[test]
    fn table_tags_are_the_signature_capital_and_name_start_tags() {
        // the key words, the names' first words and others, in three cases
        let names = crate::names::builtin();
        let mut words: Vec<String> = crate::rules::grammar::key_words()
            .map(String::from)
            .collect();
        words.extend(
            crate::lexicon::lexicon()
                .auxiliary_words()
                .map(String::from),
        );
        words.extend(
            names
                .entries()
                .iter()
                .flat_map(|e| e.name.split(' ').map(String::from)),
        );
        words.extend(
            [
                "the",
                "said",
                "minister",
                "x",
                "Extraordinarily",
                "ab_c9",
                "é",
            ]
            .map(String::from),
        );
        words.push("a".repeat(40));
        let cased: Vec<String> = words
            .iter()
            .flat_map(|w| [w.clone(), w.to_uppercase(), w.to_lowercase()])
            .collect();
        let text = cased.join(" ");
        let spans: Vec<(usize, usize)> = cased
            .iter()
            .scan(0, |at, w| {
                let s = *at;
                *at += w.len() + 1;
                Some((s, s + w.len()))
            })
            .collect();
        let tagged = tag_words(&text, &spans, names);
        for (k, w) in cased.iter().enumerate() {
            let b = w.as_bytes();
            let expected = signature(b).map_or(0, |at| SIGNATURES[at])
                | u8::from(b.first().is_some_and(u8::is_ascii_uppercase)) << Tag::Capitalised as u8
                | u8::from(names.may_start_multiword(b)) << Tag::NameStart as u8;
            assert_eq!(tagged.bits()[k], expected, "{w}");
        }
    }

    #[test]
    fn reporting_verbs_are_sorted() {
        crate::text::assert_sorted(REPORTING_VERBS);
    }

    #[test]
    fn tags_every_key_word_and_few_others() {
        let text = "The minister could say that It was Informed about the Financial times.";
        let doc = crate::Document::new(text);
        let words: Vec<&str> = doc.words().iter().map(|&(s, e)| &text[s..e]).collect();
        let tagged = tag_words(text, doc.words(), crate::names::builtin());
        let of = |t: Tag| -> Vec<&str> { tagged.get(t).map(|k| words[k]).collect() };
        for w in ["could", "was"] {
            assert!(of(Tag::Auxiliary).contains(&w), "{w}");
        }
        assert!(of(Tag::Reporting).contains(&"say") && of(Tag::Reporting).contains(&"Informed"));
        assert!(of(Tag::The).contains(&"The") && of(Tag::The).contains(&"the"));
        assert_eq!(of(Tag::Capitalised), ["The", "It", "Informed", "Financial"]);
        assert!(of(Tag::NameStart).contains(&"Financial"));
        assert!(!of(Tag::Auxiliary).contains(&"minister"));
    }
}
