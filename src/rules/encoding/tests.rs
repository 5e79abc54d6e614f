use super::cp1252::{cp1252_byte, CP1252_HIGH};
use super::html_entity::{HtmlEntity, ENTITIES, ENTITY_KEYS};
use crate::analysis::document::Document;
use crate::rules::Rule;

#[test]
fn entity_table_is_sorted() {
    for w in ENTITIES.windows(2) {
        assert!(w[0].0 < w[1].0, "{} before {}", w[0].0, w[1].0);
    }
    // The packed keys are searched instead of the names: they must sort the same
    // way, and no name may be longer than the eight bytes a key holds.
    for w in ENTITY_KEYS.windows(2) {
        assert!(w[0] < w[1]);
    }
    for (name, _) in ENTITIES {
        assert!((1..=8).contains(&name.len()), "{name}");
    }
}

#[test]
fn escaped_entities_decode_all_the_way() {
    let text = "a &amp;amp;quot;b&amp;#39; c &amp; d &amp;zzz; &#38;amp;";
    let found: Vec<(&str, String)> = {
        let doc = Document::new(text);
        let mut out = Vec::new();
        HtmlEntity.check(&doc, &mut out);
        out.iter()
            .map(|f| (f.text(text), f.fixes[0].edits[0].replacement.to_string()))
            .collect()
    };
    assert_eq!(
        found,
        [
            ("&amp;amp;quot;", "\"".to_string()),
            ("&amp;#39;", "'".to_string()),
            ("&amp;", "&".to_string()),
            ("&amp;", "&".to_string()),
            ("&#38;amp;", "&".to_string()),
        ]
    );
}

#[test]
fn a_reference_out_of_place_between_letters_is_only_a_review_fix() {
    use crate::finding::Applicability;
    let text = "Mrs Adeyemi&#146;s plan, the mayor&#191;s answer, a caf&#233; and Tom&#191;x";
    let doc = Document::new(text);
    let mut out = Vec::new();
    HtmlEntity.check(&doc, &mut out);
    let found: Vec<(&str, &str, Applicability)> = out
        .iter()
        .map(|f| {
            let fix = &f.fixes[0];
            (f.text(text), &*fix.edits[0].replacement, fix.applicability)
        })
        .collect();
    assert_eq!(
        found,
        [
            ("&#146;", "’", Applicability::Safe),
            ("&#191;", "’", Applicability::Unsafe),
            ("&#233;", "é", Applicability::Safe),
            ("&#191;", "¿", Applicability::Unsafe),
        ]
    );
}

#[test]
fn cp1252_round_trip() {
    for (c, b) in CP1252_HIGH {
        assert_eq!(cp1252_byte(c), Some(b));
    }
    assert_eq!(cp1252_byte('é'), Some(0xE9));
    assert_eq!(cp1252_byte('a'), None);
}
