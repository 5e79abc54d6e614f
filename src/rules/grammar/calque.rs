//! The `grammar/calque` rule: a construction copied word by word from the source language
//! (`assisted at the meeting`, `make a photo`, `the 25 of May`).

use super::calque_entries::{check_entries, key_words};
use crate::analysis::document::Document;
use crate::finding::{Category, Finding, Severity};
use crate::rules::{Example, Rule, RuleMeta};

/// A construction copied from the source language (`since three years`, `assisted
/// at the meeting`, `make a photo`).
pub struct Calque;

static CALQUE: RuleMeta = RuleMeta {
    id: "grammar/calque",
    category: Category::Grammar,
    severity: Severity::Warning,
    triggers: crate::Triggers::words(|| key_words(false).collect()),
    default_enabled: true,
    summary: "a construction copied word by word from the source language (`assisted at the meeting`, `make a photo`, `the 25 of May`)",
    flags: &[
        Example { text: "The minister assisted at the summit in Rome.", fixed: "The minister attended the summit in Rome." },
        Example { text: "Tourists make a photo of the bridge.", fixed: "Tourists take a photo of the bridge." },
        Example { text: "The vote is on the 25 of May.", fixed: "The vote is on 25 May." },
        Example { text: "Talks will resume in the next days, and the parties reached to an agreement.", fixed: "Talks will resume in the coming days, and the parties reached an agreement." },
        Example { text: "He has 77 years and lives alone.", fixed: "He has 77 years and lives alone." },
        Example { text: "Please close the lights and make attention.", fixed: "Please turn off the lights and pay attention." },
    ],
    passes: &[
        "The minister attended the summit and assisted the delegates.",
        "He has 20 years of experience and she had 5 years left to pay.",
        "Fans make sports cars famous; they make the most of the day.",
        "The door opened the way for talks; they took a photo.",
        "On May 25 the vote, and a sensible decision on an eventual basis.",
    ],
};

impl Rule for Calque {
    fn meta(&self) -> &'static RuleMeta {
        &CALQUE
    }

    fn check(&self, doc: &Document<'_>, out: &mut Vec<Finding>) {
        check_entries(doc, out, false, &CALQUE);
    }
}
