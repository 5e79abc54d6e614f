use super::foreign_quotes::{looks_foreign_line, FOREIGN_STOPWORDS};
use super::split_name::{INSTITUTION_ADJECTIVES, INSTITUTION_NOUNS};
use super::unclosed_appositive::INTRODUCTORY;

/// [`looks_foreign_line`] as it was written first: split at every char that is
/// no letter or digit.
fn looks_foreign_line_by_split(line: &str) -> bool {
    let (mut en, mut fo) = (0, 0);
    for w in line.split(|c: char| !c.is_alphanumeric()) {
        if [
            "a", "an", "and", "are", "as", "at", "be", "by", "for", "from", "in", "is", "it", "of",
            "on", "that", "the", "this", "to", "was", "with",
        ]
        .contains(&w)
        {
            en += 1;
        } else if FOREIGN_STOPWORDS.contains(&w) {
            fo += 1;
        }
    }
    fo > en
}

proptest::proptest! {
    #[test]
    fn foreign_lines_are_counted_as_by_splitting(
        parts in proptest::collection::vec(proptest::sample::select(vec![
            "the", "la", "le", "und", "für", "é", "è", "a", " ", "«", "»", ",", "3", "Der",
            "est", "ist", "x", "то", "日本", "\u{301}", "-", "de", "l'", "no",
        ]), 0..30)
    ) {
        let line: String = parts.concat();
        proptest::prop_assert_eq!(looks_foreign_line(&line), looks_foreign_line_by_split(&line));
    }
}

#[test]
fn word_lists_are_sorted() {
    for list in [
        FOREIGN_STOPWORDS,
        INTRODUCTORY,
        INSTITUTION_NOUNS,
        INSTITUTION_ADJECTIVES,
    ] {
        crate::text::assert_sorted(list);
    }
}
