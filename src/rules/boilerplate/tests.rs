use super::mt_disclaimer::{DEICTIC, DISCLAIMERS, DISCLAIMER_ANY};
use super::page_debris::{
    first_word_is_debris_start, Tailed, DEBRIS, DEBRIS_FIRST, DEBRIS_SET, DEBRIS_TAILED,
    DEBRIS_TAILED_SET, EDGE_DEBRIS, EDGE_DEBRIS_SET, EDGE_TAILED, EDGE_TAILED_SET,
};

#[test]
fn patterns_compile_and_are_many() {
    assert!(DISCLAIMERS.len() >= 30);
    assert!(DEBRIS.len() + EDGE_DEBRIS.len() >= 40);
    assert!(DISCLAIMER_ANY.is_match("Translated by Google"));
    for p in DEBRIS.iter().chain(EDGE_DEBRIS) {
        assert!(regex::Regex::new(p).is_ok(), "{p}");
    }
    assert!(DEBRIS_SET.is_match("Back to top"));
    assert!(EDGE_DEBRIS_SET.is_match("See also:"));
    assert!(DEICTIC.is_match("we"));
    crate::text::assert_sorted(DEBRIS_FIRST);
    assert!(first_word_is_debris_start("Editor’s note: none"));
}

/// A tailed list as one regex with the bound written as a counted
/// repetition: what the tailed set must answer like, slower to build.
fn counted(list: &[Tailed]) -> regex::Regex {
    let alternatives: Vec<String> = list
        .iter()
        .map(|t| format!("(?:{}){}{{{},{}}}", t.head, t.class, t.chars.0, t.chars.1))
        .collect();
    regex::Regex::new(&format!("(?i)^(?:{})$", alternatives.join("|"))).expect("counted")
}

#[test]
fn tailed_sets_keep_their_bounds() {
    let set = &*DEBRIS_TAILED_SET;
    assert!(set.is_match(&format!("Read more: {}", "x".repeat(200))));
    assert!(!set.is_match(&format!("Read more: {}", "x".repeat(201))));
    assert!(!set.is_match("Read more: "));
    assert!(set.is_match("Follow us on Twitter"));
    assert!(!set.is_match("Follow us on X"));
    assert!(!set.is_match("Follow us on Twitter!"));
    let edge = &*EDGE_TAILED_SET;
    assert!(edge.is_match(&format!("Source: {}", "é".repeat(40))));
    assert!(!edge.is_match(&format!("Source: {}", "é".repeat(41))));
    assert!(edge.is_match(&format!("Source:{}", "é".repeat(40))));
}

proptest::proptest! {
    #[test]
    fn tailed_sets_answer_as_counted_repetitions(
        head in proptest::sample::select(vec![
            "read more: ", "Read also:", "also read: ", "Follow us on ", "FOLLOW US ON",
            "please disable your ad blocker", "Please consider supporting us by disabling your adblocker",
            "Subscribe to our newsletter", "sign up to the newsletter", "Tags:", "Topics: ",
            "© 2023", "(C)2024 ", "copyright © 1999", "Source: ", "source", "SOURCE:  ",
            "ſource: ", "Posted in ", "posted in", "", "Read more",
        ]),
        unit in proptest::collection::vec(proptest::sample::select(vec![
            "a", "Z", " ", ".", "é", "ж", "1", "!", ":", "_", "\u{212a}", "word ", "\t",
        ]), 1..4),
        repeat in 0usize..70,
    ) {
        let line = format!("{head}{}", unit.concat().repeat(repeat));
        static COUNTED: once_cell::sync::Lazy<[regex::Regex; 2]> = once_cell::sync::Lazy::new(|| {
            [counted(DEBRIS_TAILED), counted(EDGE_TAILED)]
        });
        for (counted, set) in COUNTED
            .iter()
            .zip([&*DEBRIS_TAILED_SET, &*EDGE_TAILED_SET])
        {
            proptest::prop_assert_eq!(set.is_match(&line), counted.is_match(&line), "{:?}", line);
        }
    }
}

#[test]
fn furniture_and_letter_lists_are_sorted() {
    use super::fragment_line::{LABELS, NEXT};
    use super::web_ui_line::{FUNCTION_WORDS, HEADINGS, UI_WORDS};
    for list in [UI_WORDS, FUNCTION_WORDS, HEADINGS, LABELS, NEXT] {
        crate::text::assert_sorted(list);
    }
}
