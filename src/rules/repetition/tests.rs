use super::duplicated_word::NEVER_DOUBLED;

#[test]
fn word_list_is_sorted() {
    crate::text::assert_sorted(NEVER_DOUBLED);
}
