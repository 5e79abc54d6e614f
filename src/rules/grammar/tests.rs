use super::auxiliary::{FINITE, NOUN_MARKERS, WILL_ADJECTIVES};
use super::reporting_verb::{INFINITIVE_NOUNS, NOT_A_VERB, OBJECT_PRONOUNS, TIME_WORDS};

#[test]
fn word_lists_are_sorted() {
    for list in [
        FINITE,
        NOUN_MARKERS,
        WILL_ADJECTIVES,
        OBJECT_PRONOUNS,
        NOT_A_VERB,
        TIME_WORDS,
        INFINITIVE_NOUNS,
    ] {
        crate::text::assert_sorted(list);
    }
}

#[test]
fn reporting_verbs_are_sorted() {
    crate::text::assert_sorted(super::reporting_verb::REPORTING_VERBS);
}
