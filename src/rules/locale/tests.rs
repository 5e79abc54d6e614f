use super::bracketed_date::WEEKDAYS;
use super::decimal_comma::DECIMAL_UNITS;
use super::dotted_thousands::COUNT_NOUNS;

#[test]
fn word_lists_are_sorted() {
    for list in [DECIMAL_UNITS, COUNT_NOUNS, WEEKDAYS] {
        crate::text::assert_sorted(list);
    }
}
