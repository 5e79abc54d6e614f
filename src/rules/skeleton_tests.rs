//! The skeleton of "Adding a rule" (CONTRIBUTING.md) is the file `skeleton.rs`
//! word for word, and it works as a rule: it flags its examples with their fixes
//! and passes its look-alikes.

use super::skeleton::DoubledComma;
use super::Rule;
use crate::analysis::document::Document;

#[test]
fn the_guide_shows_the_compiled_skeleton() {
    let guide = include_str!("../../CONTRIBUTING.md");
    assert!(
        guide.contains(include_str!("skeleton.rs")),
        "CONTRIBUTING.md's skeleton differs from src/rules/skeleton.rs"
    );
}

#[test]
fn the_skeleton_flags_its_examples_and_passes_its_look_alikes() {
    let meta = DoubledComma.meta();
    for example in meta.flags {
        let mut found = Vec::new();
        DoubledComma.check(&Document::new(example.text), &mut found);
        assert!(!found.is_empty(), "not flagged: {:?}", example.text);
        let mut fixed = example.text.to_string();
        for finding in found.iter().rev() {
            fixed = finding.fixes[0].apply(&fixed).expect("the fix applies");
        }
        assert_eq!(fixed, example.fixed);
    }
    for text in meta.passes {
        let mut found = Vec::new();
        DoubledComma.check(&Document::new(text), &mut found);
        assert!(found.is_empty(), "flagged: {text:?}");
    }
}
