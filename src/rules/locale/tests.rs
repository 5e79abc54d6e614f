use super::decimal_comma::DECIMAL_UNITS;
use super::dotted_thousands::COUNT_NOUNS;
use crate::rules::WEEKDAYS;

#[test]
fn word_lists_are_sorted() {
    for list in [DECIMAL_UNITS, COUNT_NOUNS, WEEKDAYS] {
        crate::text::assert_sorted(list);
    }
}
