//! The `grammar/auxiliary-verb-form` rule: an auxiliary followed by a form it cannot take (`be
//! fight`, `did not are`, `will goes`, `has went`, `is can go`).

use super::auxiliary::{auxiliary_forms, auxiliary_words};
use crate::analysis::document::Document;
use crate::finding::{Category, Finding, Severity};
use crate::rules::{Example, Rule, RuleMeta};

/// An auxiliary followed by a verb form it cannot take.
pub struct AuxiliaryVerbForm;

static AUX: RuleMeta = RuleMeta {
    id: "grammar/auxiliary-verb-form",
    category: Category::Grammar,
    severity: Severity::Error,
    triggers: crate::Triggers::words(auxiliary_words),
    default_enabled: true,
    summary: "an auxiliary followed by a form it cannot take (`be fight`, `did not are`, `will goes`, `has went`, `is can go`)",
    flags: &[
        Example { text: "They appear to be fight the urge.", fixed: "They appear to be fighting the urge." },
        Example { text: "if he did not are pushing hard", fixed: "if he was not pushing hard" },
        Example { text: "The talks will goes on.", fixed: "The talks will go on." },
        Example { text: "The plan can has no effect.", fixed: "The plan can have no effect." },
        Example { text: "It would be make sense to wait.", fixed: "It would be making sense to wait." },
        Example { text: "Russia does not has the money.", fixed: "Russia does not have the money." },
        Example { text: "The deal will not are signed.", fixed: "The deal will not be signed." },
        Example { text: "Farmers can to sell the grain now.", fixed: "Farmers can sell the grain now." },
        Example { text: "If the grant comes, she is can continue the survey.", fixed: "If the grant comes, she can continue the survey." },
        Example { text: "The nurses were will receive a bonus.", fixed: "The nurses will receive a bonus." },
        Example { text: "Both firms are should report their profits.", fixed: "Both firms should report their profits." },
    ],
    passes: &[
        "The political will to act was there; she ought to go and they have to leave.",
        "We must do everything we can to hold them to account, with all armed might to spare.",
        "The doors will be open and the entry free; she will be present.",
        "What we must do is make a plan; all I want to do is help.",
        "They help them fight; let it be; all systems are go.",
        "Free will is a gift, the can is empty, and the will was read.",
        "The senator's will was read aloud; the founders’ will is clear; Ms Diaz's will remains.",
        "What he did was brave, and what it does is clean.",
        "Steps have been taken; she had gone; they were known; we have gotten it and learnt it.",
        "She has went home; he might left; seven versions are know to exist.",
        "What the answer is will depend on the vote; who he was can be seen in his letters.",
        "All that is must pass, and everything that was will return.",
        "The question is, will they come? The key is will power and patience.",
        "Today is May the first, and he was May's cousin.",
    ],
};

impl Rule for AuxiliaryVerbForm {
    fn meta(&self) -> &'static RuleMeta {
        &AUX
    }

    fn check(&self, doc: &Document<'_>, out: &mut Vec<Finding>) {
        auxiliary_forms(doc, out, &AUX, false);
    }
}
