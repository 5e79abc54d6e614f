//! The rule framework and the registry of built-in rules.
//!
//! A rule is a plain struct with static metadata ([`RuleMeta`]: id, category,
//! default severity, summary, examples) and a check over a [`Document`]. Each
//! family of rules lives in its own file, `src/rules/<family>.rs`, and its ids
//! start with `<family>/`.

use crate::document::Document;
use crate::finding::{Category, Finding, Severity};
use std::ops::Range;

pub mod boilerplate;
pub mod calque;
pub mod capitalization;
pub mod encoding;
pub mod grammar;
pub mod idiom;
pub mod locale;
pub mod names;
pub mod punctuation;
pub mod repetition;

/// Text a rule must flag, and the text after applying the first fix of each of
/// the rule's findings.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Example {
    /// The input.
    pub text: &'static str,
    /// The input once the first fix of every finding of the rule is applied
    /// (equal to `text` when the rule can only point, not repair).
    pub fixed: &'static str,
}

/// Everything about a rule except its check: stable id, classification, examples.
#[derive(Debug, Clone, Copy)]
pub struct RuleMeta {
    /// Stable public id, `family/kebab-name`.
    pub id: &'static str,
    /// The kind of artifact it finds.
    pub category: Category,
    /// Its severity unless configured otherwise.
    pub severity: Severity,
    /// Whether the default rule set runs it. Rules whose artifact is as common a
    /// typing slip or house style in human writing as it is an MT mark are off by
    /// default and can be turned on by id.
    pub default_enabled: bool,
    /// One line saying what it finds.
    pub summary: &'static str,
    /// Texts it must flag, with the fixed text expected.
    pub flags: &'static [Example],
    /// Similar texts it must leave alone.
    pub passes: &'static [&'static str],
}

impl RuleMeta {
    /// The family: the part of the id before the `/`.
    pub fn family(&self) -> &'static str {
        self.id.split('/').next().unwrap_or(self.id)
    }

    /// A finding of this rule with its default category and severity.
    pub fn finding(
        &self,
        span: Range<usize>,
        message: impl Into<std::borrow::Cow<'static, str>>,
    ) -> Finding {
        Finding {
            rule: self.id,
            category: self.category,
            severity: self.severity,
            message: message.into(),
            span,
            fixes: crate::SmallList::new(),
        }
    }
}

/// A check over a document. Implementations must never panic and must report
/// spans and edits on char boundaries of the document's text.
pub trait Rule: Send + Sync {
    /// The rule's static metadata.
    fn meta(&self) -> &'static RuleMeta;
    /// Appends the rule's findings for `doc` to `out`.
    fn check(&self, doc: &Document<'_>, out: &mut Vec<Finding>);
}

/// Every built-in rule, sorted by id.
pub fn registry() -> &'static [&'static dyn Rule] {
    static RULES: &[&dyn Rule] = &[
        &boilerplate::MtDisclaimer,
        &boilerplate::PageDebris,
        &capitalization::AllCapsArticle,
        &capitalization::StrayCapital,
        &encoding::HtmlEntity,
        &encoding::InvisibleCharacter,
        &encoding::MixedScript,
        &encoding::Mojibake,
        &encoding::ReplacementCharacter,
        &grammar::AuxiliaryVerbForm,
        &calque::Calque,
        &calque::LearnerCalque,
        &grammar::ReportingVerb,
        &grammar::TenseAfterAuxiliary,
        &idiom::WrongPerson,
        &locale::ContinentalTime,
        &locale::DecimalComma,
        &locale::DottedThousands,
        &locale::SpaceBeforePercent,
        &locale::WeekdayDateInBrackets,
        &names::GluedName,
        &names::NameConsistency,
        &names::NameOrder,
        &names::OutletArticle,
        &punctuation::DoubledPunctuation,
        &punctuation::ForeignQuotes,
        &punctuation::MissingSpaceAfterSentence,
        &punctuation::SpaceBeforePunctuation,
        &punctuation::SpaceInsideDelimiters,
        &punctuation::SpacedDoubleDot,
        &punctuation::StrayPeriod,
        &punctuation::UnclosedAppositive,
        &punctuation::WrongWayQuote,
        &repetition::DuplicatedWord,
    ];
    RULES
}

/// The families of the built-in rules, sorted, each once.
pub fn families() -> Vec<&'static str> {
    let mut fams: Vec<&'static str> = registry().iter().map(|r| r.meta().family()).collect();
    fams.dedup();
    fams
}

/// A regex for patterns run only on a short window of text or on a line already
/// picked by a cheaper test: built without the literal prefilter, which cannot
/// pay for itself on such a haystack and takes most of the building time of a
/// case-insensitive pattern (it extracts every case variant of the literals).
/// Matches as `regex::Regex::new` would. `captures` keeps the capture groups.
pub(crate) fn unfiltered_regex(
    pattern: &str,
    captures: bool,
) -> Result<regex_automata::meta::Regex, Box<regex_automata::meta::BuildError>> {
    use regex_automata::nfa::thompson::WhichCaptures;
    let config = regex_automata::meta::Config::new()
        .auto_prefilter(false)
        .which_captures(if captures {
            WhichCaptures::All
        } else {
            WhichCaptures::Implicit
        });
    regex_automata::meta::Builder::new()
        .configure(config)
        .build(pattern)
        .map_err(Box::new)
}
