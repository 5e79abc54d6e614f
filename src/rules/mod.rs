//! The built-in rules: [`all`] lists their metadata.
//!
//! A rule is a plain struct with static metadata ([`RuleMeta`]: id, category,
//! default severity, summary, examples) and a check over the scanned document. Each
//! family of rules lives in its own folder, `src/rules/<family>/`, one file a
//! rule, listed in the folder's `mod.rs` by `family!`; its ids start with
//! `<family>/`.

use crate::analysis::document::Document;
use crate::finding::{Category, Finding, Severity};
use once_cell::sync::Lazy;
use std::ops::Range;

mod boilerplate;
mod capitalization;
mod encoding;
mod grammar;
mod idiom;
mod locale;
mod names;
mod punctuation;
mod repetition;
mod untranslated;

/// The rule skeleton of CONTRIBUTING.md, compiled and run as a test so that the
/// guide's copy stays a working rule.
#[cfg(test)]
mod skeleton;
#[cfg(test)]
mod skeleton_tests;

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
    /// The words its check visits (or that it reads the text itself).
    pub(crate) triggers: crate::Triggers,
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
    pub(crate) fn finding(
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
pub(crate) trait Rule: Send + Sync {
    /// The rule's static metadata.
    fn meta(&self) -> &'static RuleMeta;
    /// Appends the rule's findings for `doc` to `out`.
    fn check(&self, doc: &Document<'_>, out: &mut Vec<Finding>);
}

/// Declares a family's rules, one `module => Rule` line each: the line brings
/// in the rule's file (`<family>/<module>.rs`) and lists the rule in the
/// family's `RULES`, from which [`registry`] is built.
/// Adding a rule is its file and this one line.
macro_rules! family {
    ($($module:ident => $rule:ident),* $(,)?) => {
        $(
            mod $module;
            pub use $module::$rule;
        )*
        /// The family's rules, in the order listed.
        pub(crate) static RULES: &[&dyn $crate::rules::Rule] = &[$(&$rule),*];
    };
}
use family;

/// Every built-in rule, sorted by id.
pub(crate) fn registry() -> &'static [&'static dyn Rule] {
    static RULES: Lazy<Vec<&'static dyn Rule>> = Lazy::new(|| {
        let families: [&[&'static dyn Rule]; 10] = [
            boilerplate::RULES,
            capitalization::RULES,
            encoding::RULES,
            grammar::RULES,
            idiom::RULES,
            locale::RULES,
            names::RULES,
            punctuation::RULES,
            repetition::RULES,
            untranslated::RULES,
        ];
        let mut rules: Vec<&'static dyn Rule> = families.concat();
        rules.sort_by_key(|rule| rule.meta().id);
        rules
    });
    &RULES
}

/// The metadata of every built-in rule, sorted by id.
///
/// ```
/// let ids: Vec<&str> = mtlint::rules::all().map(|m| m.id).collect();
/// assert!(ids.contains(&"grammar/calque"));
/// assert!(ids.windows(2).all(|w| w[0] < w[1]));
/// ```
pub fn all() -> impl ExactSizeIterator<Item = &'static RuleMeta> + Clone {
    registry().iter().map(|rule| rule.meta())
}

/// The families of the built-in rules, sorted, each once.
pub fn families() -> Vec<&'static str> {
    let mut fams: Vec<&'static str> = all().map(RuleMeta::family).collect();
    fams.dedup();
    fams
}

/// The months, in full and capitalised (sorted): `since March`, `June 4, 2019`.
pub(crate) const MONTHS: &[&str] = &[
    "April",
    "August",
    "December",
    "February",
    "January",
    "July",
    "June",
    "March",
    "May",
    "November",
    "October",
    "September",
];

/// The days of the week, capitalised (sorted): `on Tuesday`, `Monday (June 4)`.
pub(crate) const WEEKDAYS: &[&str] = &[
    "Friday",
    "Monday",
    "Saturday",
    "Sunday",
    "Thursday",
    "Tuesday",
    "Wednesday",
];

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

/// `pattern` with its Unicode `\w` and `\d` (those outside brackets) widened to
/// "an ASCII word character (digit), or any non-ASCII character", in a
/// case-sensitive group: case-folding that range is itself slow to build. On
/// ASCII text the widened pattern matches exactly where the original does; on any
/// text, at least wherever the original does.
fn widen(pattern: &str) -> String {
    let mut out = String::with_capacity(pattern.len() * 2);
    let mut chars = pattern.chars();
    let mut class_depth = 0usize;
    while let Some(c) = chars.next() {
        match c {
            '\\' => match chars.next() {
                Some('w') if class_depth == 0 => {
                    out.push_str(r"(?-i:[0-9A-Za-z_\x{80}-\x{10FFFF}])")
                }
                Some('d') if class_depth == 0 => out.push_str(r"(?-i:[0-9\x{80}-\x{10FFFF}])"),
                Some(n) => {
                    out.push('\\');
                    out.push(n);
                }
                None => out.push('\\'),
            },
            '[' => {
                class_depth += 1;
                out.push(c);
            }
            ']' if class_depth > 0 => {
                class_depth -= 1;
                out.push(c);
            }
            _ => out.push(c),
        }
    }
    out
}

/// A pattern with Unicode `\w` or `\d` run on lines: built [widened](widen),
/// which answers exactly on ASCII text, and as written only when a non-ASCII
/// haystack needs it (Unicode classes take most of such a pattern's building).
pub(crate) struct Widened {
    pattern: String,
    captures: bool,
    wide: regex_automata::meta::Regex,
    exact: once_cell::sync::OnceCell<regex_automata::meta::Regex>,
}

impl Widened {
    /// Builds the widened pattern; the one as written waits for its first use.
    pub(crate) fn new(
        pattern: String,
        captures: bool,
    ) -> Result<Widened, Box<regex_automata::meta::BuildError>> {
        Ok(Widened {
            wide: unfiltered_regex(&widen(&pattern), captures)?,
            pattern,
            captures,
            exact: once_cell::sync::OnceCell::new(),
        })
    }

    /// The pattern as written (built on first use).
    fn exact(&self) -> &regex_automata::meta::Regex {
        self.exact.get_or_init(|| {
            unfiltered_regex(&self.pattern, self.captures).expect("a pattern that built widened")
        })
    }

    /// A regex that answers as the pattern does on `hay`.
    pub(crate) fn regex_for(&self, hay: &str) -> &regex_automata::meta::Regex {
        if hay.is_ascii() {
            &self.wide
        } else {
            self.exact()
        }
    }

    /// Whether the pattern matches in `hay`.
    pub(crate) fn is_match(&self, hay: &str) -> bool {
        self.wide.is_match(hay) && (hay.is_ascii() || self.exact().is_match(hay))
    }

    /// The pattern's first match in `hay`.
    pub(crate) fn find(&self, hay: &str) -> Option<regex_automata::Match> {
        let m = self.wide.find(hay)?;
        if hay.is_ascii() {
            Some(m)
        } else {
            self.exact().find(hay)
        }
    }

    /// Whether the pattern could match in `hay`: false only if it does not.
    pub(crate) fn may_match(&self, hay: &str) -> bool {
        self.wide.is_match(hay)
    }
}

#[cfg(test)]
mod widen_tests {
    use super::{widen, Widened};

    #[test]
    fn widening_leaves_classes_and_escapes() {
        assert_eq!(widen(r"a\wb"), r"a(?-i:[0-9A-Za-z_\x{80}-\x{10FFFF}])b");
        assert_eq!(
            widen(r"[\w ]\\w\b\d"),
            r"[\w ]\\w\b(?-i:[0-9\x{80}-\x{10FFFF}])"
        );
    }

    proptest::proptest! {
        /// On ASCII text the widened pattern answers as the original; on any
        /// text it matches wherever the original does.
        #[test]
        fn widened_patterns_answer_as_written(
            hay in proptest::collection::vec(proptest::sample::select(vec![
                "a", "Z", " ", "7", "_", "-", "é", "٣", "ж", "—", "’", "K", "\u{212a}", "ſ", "x1",
            ]), 0..12),
        ) {
            static BUILT: once_cell::sync::Lazy<Vec<(Widened, regex::Regex)>> =
                once_cell::sync::Lazy::new(|| {
                    [r"(?i)\bk\w+ \d", r"(?i)^(?: \w+){0,2}$", r"(?i)s\d*\w?", r"\w\w\w"]
                        .iter()
                        .map(|p| (Widened::new(p.to_string(), false).unwrap(), regex::Regex::new(p).unwrap()))
                        .collect()
                });
            let hay: String = hay.concat();
            for (w, exact) in BUILT.iter() {
                let p = exact.as_str();
                proptest::prop_assert_eq!(w.is_match(&hay), exact.is_match(&hay), "{} on {:?}", p, hay);
                proptest::prop_assert_eq!(
                    w.find(&hay).map(|m| m.range()),
                    exact.find(&hay).map(|m| m.range())
                );
                if exact.is_match(&hay) {
                    proptest::prop_assert!(w.may_match(&hay));
                }
                if hay.is_ascii() {
                    proptest::prop_assert_eq!(w.may_match(&hay), exact.is_match(&hay));
                }
            }
        }
    }
}

#[cfg(test)]
mod trigger_tests {
    use super::registry;
    use crate::analysis::document::Document;
    use crate::analysis::word_index::{IndexPlan, WordIndex};

    /// Every rule's list holds the words it looks for, and few others.
    #[test]
    fn lists_hold_every_key_word_and_few_others() {
        let names = crate::analysis::names::builtin();
        let plan = IndexPlan::new(
            registry().iter().map(|r| (r.meta().id, r.meta().triggers)),
            names,
        );
        let text = "The minister could say that It was Informed about the Financial times.";
        let doc = Document::new(text);
        let words: Vec<&str> = doc.words().iter().map(|&(s, e)| &text[s..e]).collect();
        let index = WordIndex::build(text, doc.words(), &plan, Vec::new());
        let of = |id: &str| -> Vec<&str> {
            let list = index
                .of(&plan, id)
                .unwrap_or_else(|| panic!("{id}: no list"));
            list.iter().map(|&k| words[k as usize]).collect()
        };
        for w in ["could", "was"] {
            assert!(of("grammar/auxiliary-verb-form").contains(&w), "{w}");
            assert!(of("grammar/tense-after-auxiliary").contains(&w), "{w}");
        }
        let reporting = of("grammar/reporting-verb");
        assert!(reporting.contains(&"say") && reporting.contains(&"Informed"));
        let outlet = of("names/outlet-article");
        for w in ["The", "the", "It", "Informed", "Financial"] {
            assert!(outlet.contains(&w), "{w}");
        }
        assert!(!of("grammar/auxiliary-verb-form").contains(&"minister"));
        assert!(index.of(&plan, "encoding/mojibake").is_none());
    }
}
