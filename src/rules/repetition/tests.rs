use super::doubled_attribution::VERBS;
use super::duplicated_word::{NEVER_DOUBLED, STRANDING_VERBS};
use super::repeated_sequence::{ADDRESS_OPENERS, EMPHATIC};

#[test]
fn word_list_is_sorted() {
    crate::text::assert_sorted(VERBS);
    crate::text::assert_sorted(NEVER_DOUBLED);
    crate::text::assert_sorted(STRANDING_VERBS);
    crate::text::assert_sorted(EMPHATIC);
    crate::text::assert_sorted(ADDRESS_OPENERS);
}
