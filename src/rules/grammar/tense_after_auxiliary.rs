//! The `grammar/tense-after-auxiliary` rule: a finite `be`, a modal or `have` before the wrong
//! tense (`are know`, `could made`, `has went`); common in second-language writing too.

use super::auxiliary::{auxiliary_forms, auxiliary_words};
use crate::analysis::document::Document;
use crate::finding::{Category, Finding, Severity};
use crate::rules::{Example, Rule, RuleMeta};

/// A finite `be`, a modal or `have` followed by a past or bare form: `is send`,
/// `could made`, `has went`. Off by default: translators writing in a second
/// language leave these as often as MT does.
pub struct TenseAfterAuxiliary;

static TENSE: RuleMeta = RuleMeta {
    id: "grammar/tense-after-auxiliary",
    category: Category::Grammar,
    severity: Severity::Warning,
    triggers: crate::Triggers::words(auxiliary_words),
    default_enabled: false,
    summary: "a finite `be`, a modal or `have` before the wrong tense (`are know`, `could made`, `has went`); common in second-language writing too",
    flags: &[
        Example { text: "Seven versions are know to exist.", fixed: "Seven versions are known to exist." },
        Example { text: "She has went home.", fixed: "She has gone home." },
        Example { text: "He might left it there.", fixed: "He might leave it there." },
        Example { text: "We had saw the cases.", fixed: "We had seen the cases." },
        Example { text: "The lamp is send in March.", fixed: "The lamp is sending in March." },
    ],
    passes: &[
        "Steps have been taken; she had gone; they were known; we have gotten it and learnt it.",
        "What we must do is make a plan; what he did was brave.",
        "It has showed promise; the will was read; all systems are go.",
        "He might leave it there; they could make it.",
        "The plan is sound, and they are free.",
    ],
};

impl Rule for TenseAfterAuxiliary {
    fn meta(&self) -> &'static RuleMeta {
        &TENSE
    }

    fn check(&self, doc: &Document<'_>, out: &mut Vec<Finding>) {
        auxiliary_forms(doc, out, &TENSE, true);
    }
}
