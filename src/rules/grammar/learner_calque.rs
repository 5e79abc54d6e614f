//! The `grammar/learner-calque` rule: a calque human second-language writers make as often as MT
//! (`discuss about`, `since three years`, `informations`); off by default.

use super::calque_entries::{check_entries, key_words};
use crate::analysis::document::Document;
use crate::finding::{Category, Finding, Severity};
use crate::rules::{Example, Rule, RuleMeta};

/// The calques that non-native human writers produce as often as MT does
/// (`according to me`, `discuss about`, `since three years`, `informations`):
/// off by default, as clean human text has them too.
pub struct LearnerCalque;

static LEARNER: RuleMeta = RuleMeta {
    id: "grammar/learner-calque",
    category: Category::Grammar,
    severity: Severity::Info,
    triggers: crate::Triggers::words(|| key_words(true).collect()),
    default_enabled: false,
    summary: "a calque human second-language writers make as often as MT (`discuss about`, `since three years`, `informations`); off by default",
    flags: &[
        Example { text: "We discussed about the budget.", fixed: "We discussed the budget." },
        Example { text: "She lives here since three years.", fixed: "She lives here for three years." },
        Example { text: "It depends of the weather.", fixed: "It depends on the weather." },
        Example { text: "Send us your feedbacks and informations.", fixed: "Send us your feedback and information." },
        Example { text: "According to me, the plan fails.", fixed: "In my opinion, the plan fails." },
    ],
    passes: &[
        "We discussed the budget and talked about taxes.",
        "She has lived here since 2019, three years ago.",
        "It depends on the weather; the case of wind is different.",
        "The information and the advice were useful.",
        "According to the minister, the plan fails.",
    ],
};

impl Rule for LearnerCalque {
    fn meta(&self) -> &'static RuleMeta {
        &LEARNER
    }

    fn check(&self, doc: &Document<'_>, out: &mut Vec<Finding>) {
        check_entries(doc, out, true, &LEARNER);
    }
}
