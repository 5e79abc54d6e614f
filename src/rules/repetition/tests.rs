use super::duplicated_word::{NEVER_DOUBLED, STRANDING_VERBS};

#[test]
fn word_list_is_sorted() {
    crate::text::assert_sorted(NEVER_DOUBLED);
    crate::text::assert_sorted(STRANDING_VERBS);
}
