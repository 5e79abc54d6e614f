use super::glued_name::camel_tokens;
use super::name_consistency::{fold_any_name, fold_name, unaccented_lower, unaccented_lower_fast};
use super::name_order::{ENGLISH_GIVEN, NOT_NAME_PARTS};
use super::outlet_article::{is_reporting, OUTLET_VERBS, REPORTING, SERVICES};

use proptest::strategy::Strategy as _;

proptest::proptest! {
    /// The table gives what decomposing gives, for any mix of letters.
    #[test]
    fn unaccented_from_the_table_as_decomposed(
        word in proptest::collection::vec(proptest::prop_oneof![
            (0xC0u32..0x180).prop_map(|u| char::from_u32(u).unwrap_or('x')),
            proptest::sample::select(vec!['a', 'Z', 'ß', '\u{301}', 'İ', 'ı', 'Ǆ', 'Ω', 'Ж', 'ǅ', 'ẞ', '\u{130}', 'ŉ', 'ſ']),
        ], 0..8),
    ) {
        let word: String = word.into_iter().collect();
        proptest::prop_assert_eq!(unaccented_lower_fast(&word), unaccented_lower(&word));
    }
}

#[test]
fn ascii_names_fold_as_the_general_path_does() {
    for w in [
        "Zelenskyy",
        "Zelenskiy",
        "Zelenskij",
        "Schmidt",
        "SCHWARZ",
        "Woww",
        "Aaron",
        "Iy",
        "Sschh",
        "Wschodni",
        "Kiyiy",
        "Mississippi",
        "Q",
    ] {
        assert_eq!(fold_name(w), fold_any_name(w), "{w}");
    }
}
#[test]
fn reporting_words_are_known_in_any_case_and_nothing_else_is() {
    for r in REPORTING {
        assert!(is_reporting(r), "{r}");
        assert!(is_reporting(&r.to_uppercase()), "{r}");
        assert!(
            !is_reporting(&format!("{r}s")) || REPORTING.contains(&format!("{r}s").as_str()),
            "{r}"
        );
    }
    for w in [
        "",
        "A",
        "A A",
        "sai",
        "saidd",
        "tolds",
        "told\u{301}",
        "fromage",
        "in to",
    ] {
        assert!(!is_reporting(w), "{w}");
    }
}

#[test]
fn word_lists_are_sorted() {
    for list in [
        REPORTING,
        SERVICES,
        OUTLET_VERBS,
        ENGLISH_GIVEN,
        NOT_NAME_PARTS,
    ] {
        crate::text::assert_sorted(list);
    }
}

#[test]
fn names_fold() {
    assert_eq!(fold_name("Zelenskyy"), "zelensky");
    assert_eq!(fold_name("Zelenskiy"), "zelensky");
    assert_eq!(fold_name("Peskow"), fold_name("Peskov"));
    assert_eq!(fold_name("Müller"), "muler");
}

#[test]
fn camel_case_tokens() {
    let t = "FinancialTimes iPhone JPMorgan McDonald NewYorkTimes2 ABC";
    let doc = crate::Document::new(t);
    let toks: Vec<&str> = camel_tokens(t, doc.word_capitals())
        .into_iter()
        .map(|(s, e)| &t[s..e])
        .collect();
    assert_eq!(toks, ["FinancialTimes", "McDonald"]);
}
