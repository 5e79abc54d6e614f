use super::capital_after_name::FUNCTION_WORDS;
use super::stray_capital::{FUNCTION_CAPS, NO_SENTENCE_END, TIME_LINKS};

#[test]
fn function_caps_are_two_to_five_letters() {
    assert!(FUNCTION_CAPS.iter().all(|w| (2..=5).contains(&w.len())));
}
#[test]
fn word_list_is_sorted() {
    crate::text::assert_sorted(NO_SENTENCE_END);
    crate::text::assert_sorted(FUNCTION_CAPS);
    crate::text::assert_sorted(FUNCTION_WORDS);
    crate::text::assert_sorted(TIME_LINKS);
    crate::text::assert_sorted(crate::rules::MONTHS);
    crate::text::assert_sorted(crate::rules::WEEKDAYS);
}
