//! The detector: a configured set of rules, and the scan that runs them.

pub(crate) mod fix;
pub(crate) mod order;
pub(crate) mod score;
pub(crate) mod suppress;

use crate::analysis::document::{Document, Scratch};
use crate::analysis::names::{self, Names};
use crate::analysis::word_index::IndexPlan;
use crate::error::{closest, Error};
use crate::finding::{Finding, Severity};
use crate::rules::{self, Rule};
use crate::text::hash::FastMap;
use std::sync::{Arc, Mutex, PoisonError};

/// A configured set of rules. Build one with [`Detector::builder`] (or
/// [`Detector::new`] for the default English rule set), then call
/// [`scan`](Detector::scan) as often as you like, from any thread.
///
/// A detector keeps the memory of its finished scans' tables (words, marks,
/// the findings before they are ordered...) and the next scan builds its own
/// in it: one set per thread scanning at once, each at most 256 MiB (about
/// what a text of 30 MB of prose or 1 MB dense with artifacts needs). Drop
/// the detector to give the memory back.
pub struct Detector {
    rules: Vec<(&'static dyn Rule, Severity)>,
    names: Data<Names>,
    idioms: Data<crate::analysis::lexicon::Idioms>,
    /// Which words each enabled rule visits (from their triggers).
    plan: Arc<IndexPlan>,
    /// Words and phrases never flagged.
    accepted: Vec<String>,
    /// The memory of finished scans' tables, for the next scans to reuse.
    scratch: Mutex<Vec<ScanMemory>>,
}

// A detector is shared between threads: the memory it keeps (behind a mutex)
// must not change that.
const _: fn() = || {
    fn shareable<T: Send + Sync>() {}
    shareable::<Detector>();
};

/// How many sets of tables a detector keeps for reuse: one per thread
/// scanning at the same time, up to this many.
const KEPT_SCRATCH: usize = 16;

/// The largest set of tables a detector keeps (bytes): enough for texts of
/// tens of megabytes; the memory of a larger text's scan is given back.
const KEPT_SCRATCH_BYTES: usize = 256 << 20;

impl std::fmt::Debug for Detector {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Detector")
            .field("rules", &self.rule_ids().collect::<Vec<_>>())
            .finish()
    }
}

impl Default for Detector {
    fn default() -> Self {
        Detector::new()
    }
}

impl Detector {
    /// The default English rule set: every built-in rule that is enabled by
    /// default ([`RuleMeta::default_enabled`](crate::RuleMeta::default_enabled)),
    /// at its default severity.
    pub fn new() -> Detector {
        let rules: Vec<_> = rules::registry()
            .iter()
            .filter(|r| r.meta().default_enabled)
            .map(|r| (*r, r.meta().severity))
            .collect();
        let names = names::builtin();
        Detector {
            plan: plan_for(&rules, names, true),
            rules,
            names: Data::Builtin(names),
            idioms: Data::Builtin(crate::analysis::lexicon::builtin_idioms()),
            accepted: Vec::new(),
            scratch: Mutex::new(Vec::new()),
        }
    }

    /// Builds now what the enabled rules otherwise build in the first scan that
    /// needs it (word tables, patterns), by running each rule on its own examples.
    /// A caller with a core to spare can call this on another thread while it
    /// lists and reads its inputs, so that the first scans do not wait for it.
    /// The rules are taken in the reverse of the order a scan runs them, so that
    /// a scan started meanwhile builds from the other end. Changes no result.
    pub fn warm_up(&self) {
        let mut sample = String::new();
        let mut sink = Vec::new();
        for (rule, _) in self.rules.iter().rev() {
            let meta = rule.meta();
            sample.clear();
            for text in meta
                .flags
                .iter()
                .map(|e| e.text)
                .chain(meta.passes.iter().copied())
            {
                sample.push_str(text);
                sample.push_str("\n\n");
            }
            let mut doc = Document::with_markup_and_scratch(
                &sample,
                &self.names,
                Some(&self.plan),
                crate::Markup::Plain,
                Scratch::default(),
            );
            doc.set_idioms(&self.idioms);
            rule.check(&doc, &mut sink);
            sink.clear();
        }
    }

    /// A builder starting from the default rule set.
    pub fn builder() -> DetectorBuilder {
        DetectorBuilder::default()
    }

    /// The rule names in `text`'s `mtlint-disable…` directives that name no rule
    /// or family (a typo silences nothing; tools should report it).
    pub fn directive_problems(&self, text: &str) -> Vec<crate::DirectiveProblem> {
        let rules = crate::rules::registry();
        // (listed only for a text with a directive to check)
        let families = once_cell::unsync::Lazy::new(crate::rules::families);
        crate::detector::suppress::problems(
            text,
            |name| rules.iter().any(|r| r.meta().id == name) || families.contains(&name),
            || {
                rules
                    .iter()
                    .map(|r| r.meta().id)
                    .chain(families.iter().copied())
                    .collect()
            },
        )
    }

    /// The ids of the enabled rules, sorted.
    pub fn rule_ids(&self) -> impl Iterator<Item = &'static str> + '_ {
        self.rules.iter().map(|(r, _)| r.meta().id)
    }

    /// Scans `text` and returns the findings ordered by (start, end, rule id).
    ///
    /// Pure: no I/O, no global state; never panics and never fails. Spans and
    /// edits are UTF-8 byte ranges into `text`, on char boundaries.
    ///
    /// ```
    /// let text = "Prices rose 3,5 million times .";
    /// let findings = mtlint::Detector::new().scan(text);
    /// let rules: Vec<_> = findings.iter().map(|f| f.rule).collect();
    /// assert_eq!(rules, ["locale/decimal-comma", "punctuation/space-before-punctuation"]);
    /// assert_eq!(findings[0].text(text), "3,5 million");
    /// ```
    pub fn scan(&self, text: &str) -> Vec<Finding> {
        self.scan_markup(text, crate::Markup::Plain)
    }

    /// Scans a Markdown or HTML text (or plain text): findings that touch code,
    /// tags, attributes, URLs, link targets, front matter or (in HTML) entities are
    /// dropped; offsets are those of `text` as given.
    ///
    /// ```
    /// use mtlint::{Detector, Markup};
    /// let md = "We saw the the plan, see `the the` and [the site](https://x.org/a,,b).";
    /// let starts: Vec<_> = Detector::new().scan_markup(md, Markup::Markdown).iter().map(|f| f.span.start).collect();
    /// assert_eq!(starts, [7]);
    /// let html = "<p>AT&amp;T said. .</p>";
    /// let found = Detector::new().scan_markup(html, Markup::Html);
    /// assert_eq!(found.len(), 1);
    /// assert_eq!(found[0].rule, "punctuation/doubled-punctuation");
    /// ```
    pub fn scan_markup(&self, text: &str, markup: crate::Markup) -> Vec<Finding> {
        // (a panic elsewhere while the lock was held left the list whole)
        let ScanMemory {
            tables: spare,
            findings: mut raw,
            mut order,
        } = (self.scratch.lock())
            .unwrap_or_else(PoisonError::into_inner)
            .pop()
            .unwrap_or_default();
        raw.clear();
        let mut doc =
            Document::with_markup_and_scratch(text, &self.names, Some(&self.plan), markup, spare);
        doc.set_idioms(&self.idioms);
        // each rule's findings, and their sort keys: (start, end, the rank of
        // the rule's id among all ids, index)
        let mut misfits = false;
        order.start();
        for (rule, severity) in &self.rules {
            let before = raw.len();
            rule.check(&doc, &mut raw);
            if raw.len() == before {
                continue;
            }
            let id = rule.meta().id;
            // (every rule is ranked: else the general path)
            let rank = rule_rank(id);
            misfits |= rank.is_none();
            let rank = rank.unwrap_or(0);
            // (checked and keyed while the findings are fresh in the cache)
            for (i, f) in raw[before..].iter_mut().enumerate() {
                f.severity = *severity;
                misfits |= !fits_text(text, f);
                misfits |= order.push_key(f, id, rank, before + i, rule_rank).is_none();
            }
            order.end_run();
        }
        let ordered = if misfits {
            None
        } else {
            order.sorted(&mut raw)
        };
        let mut out = match ordered {
            Some(out) => out,
            None => {
                // A rule bug must not become a caller's panic: drop what does not fit the text.
                let mut out = std::mem::take(&mut raw);
                out.retain(|f| fits_text(text, f));
                out.sort_by(|a, b| {
                    (a.span.start, a.span.end, a.rule).cmp(&(b.span.start, b.span.end, b.rule))
                });
                out.dedup_by(|a, b| a.span == b.span && a.rule == b.rule);
                out
            }
        };
        crate::detector::suppress::apply(text, &mut out);
        drop_accepted(text, &self.accepted, &mut out);
        if doc.has_markup() {
            out.retain(|f| !doc.touches_markup(&f.span));
        }
        let spare = ScanMemory {
            tables: doc.into_scratch(),
            findings: raw,
            order,
        };
        if spare.capacity_bytes() <= KEPT_SCRATCH_BYTES {
            let mut kept = self.scratch.lock().unwrap_or_else(PoisonError::into_inner);
            if kept.len() < KEPT_SCRATCH {
                kept.push(spare);
            }
        }
        out
    }
}

/// Data a detector reads: the built-in tables, or its own set (boxed: the
/// name data holds ~25 KB of filters inline, which a detector made for each
/// text must not copy as it is built and moved).
enum Data<T: 'static> {
    Builtin(&'static T),
    Own(Box<T>),
}

impl<T> std::ops::Deref for Data<T> {
    type Target = T;

    fn deref(&self) -> &T {
        match self {
            Data::Builtin(t) => t,
            Data::Own(t) => t,
        }
    }
}

/// Drops the findings that lie inside (or cover) an occurrence of an accepted
/// word or phrase.
fn drop_accepted(text: &str, accepted: &[String], findings: &mut Vec<Finding>) {
    if accepted.is_empty() || findings.is_empty() {
        return;
    }
    let mut ranges: Vec<std::ops::Range<usize>> = Vec::new();
    for a in accepted.iter().filter(|a| !a.is_empty()) {
        ranges.extend(text.match_indices(a.as_str()).map(|(i, m)| i..i + m.len()));
    }
    findings.retain(|f| {
        !ranges.iter().any(|r| {
            (r.start <= f.span.start && f.span.end <= r.end)
                || (f.span.start <= r.start && r.end <= f.span.end)
        })
    });
}

/// The memory of a finished scan, for the next: the document's tables, the
/// findings as the rules produce them (before they are ordered) and the
/// buffers that order them.
#[derive(Debug, Default)]
struct ScanMemory {
    tables: Scratch,
    findings: Vec<Finding>,
    order: order::Buffers,
}

impl ScanMemory {
    /// The bytes it holds on to.
    fn capacity_bytes(&self) -> usize {
        self.tables.capacity_bytes()
            + self.findings.capacity() * std::mem::size_of::<Finding>()
            + self.order.capacity_bytes()
    }
}

/// The rule ids in sorted order.
static SORTED_IDS: once_cell::sync::Lazy<Vec<&'static str>> = once_cell::sync::Lazy::new(|| {
    let mut ids: Vec<&'static str> = rules::registry().iter().map(|r| r.meta().id).collect();
    ids.sort_unstable();
    ids
});

/// Each rule's default: on or off, and its severity, in registry order.
static DEFAULTS: once_cell::sync::Lazy<(Vec<bool>, Vec<Severity>)> =
    once_cell::sync::Lazy::new(|| {
        let all = rules::registry();
        let on = all.iter().map(|r| r.meta().default_enabled).collect();
        let severity = all.iter().map(|r| r.meta().severity).collect();
        (on, severity)
    });

/// The registry positions of the rules each rule id and each family names.
static NAMED: once_cell::sync::Lazy<FastMap<&'static str, Vec<usize>>> =
    once_cell::sync::Lazy::new(|| {
        let mut named: FastMap<&'static str, Vec<usize>> = FastMap::default();
        for (i, rule) in rules::registry().iter().enumerate() {
            let id = rule.meta().id;
            named.entry(id).or_default().push(i);
            let family = id.split('/').next().unwrap_or(id);
            named.entry(family).or_default().push(i);
        }
        named
    });

/// The registry positions of the rules `name` names: the rule with that id,
/// or every rule of the family `name`; empty when none.
fn registry_named(name: &str) -> &'static [usize] {
    NAMED.get(name).map_or(&[], Vec::as_slice)
}

/// The position of a rule id among all the ids in sorted order: findings are
/// ordered by (start, end, rule id).
fn rule_rank(id: &str) -> Option<u32> {
    SORTED_IDS
        .binary_search(&id)
        .ok()
        .and_then(|i| u32::try_from(i).ok())
}

/// Whether a finding's span and edits are ranges of `text` on char boundaries.
fn fits_text(text: &str, f: &Finding) -> bool {
    fits(text, &f.span)
        && f.fixes
            .iter()
            .all(|x| x.edits.iter().all(|e| fits(text, &e.range)))
}

fn fits(text: &str, r: &std::ops::Range<usize>) -> bool {
    r.start <= r.end
        && r.end <= text.len()
        && text.is_char_boundary(r.start)
        && text.is_char_boundary(r.end)
}

/// Chooses the rules of a [`Detector`]. Names are rule ids (`encoding/mojibake`)
/// or families (`encoding`); they are checked when [`build`](DetectorBuilder::build)
/// is called, in the order given.
///
/// ```
/// use mtlint::{Detector, Severity};
/// let detector = Detector::builder()
///     .disable("locale")
///     .enable("locale/space-before-percent")
///     .severity("encoding", Severity::Error)
///     .build()?;
/// assert!(detector.rule_ids().any(|id| id == "locale/space-before-percent"));
/// assert!(!detector.rule_ids().any(|id| id == "locale/decimal-comma"));
///
/// let err = Detector::builder().disable("encoding/mojbake").build().unwrap_err();
/// assert!(err.to_string().contains("did you mean `encoding/mojibake`"));
/// # Ok::<(), mtlint::Error>(())
/// ```
#[derive(Debug, Clone, Default)]
pub struct DetectorBuilder {
    steps: Vec<Step>,
    names: Vec<(String, String)>,
    idioms: Vec<(String, String)>,
    accepted: Vec<String>,
}

#[derive(Debug, Clone)]
enum Step {
    // (shared strings: a builder kept as a template is cloned cheaply)
    Enable(Arc<str>),
    Disable(Arc<str>),
    Only,
    All,
    Severity(Arc<str>, Severity),
}

impl DetectorBuilder {
    /// Turns on a rule or a whole family.
    pub fn enable(mut self, name: impl Into<String>) -> Self {
        self.steps.push(Step::Enable(Arc::from(name.into())));
        self
    }

    /// Turns off a rule or a whole family.
    pub fn disable(mut self, name: impl Into<String>) -> Self {
        self.steps.push(Step::Disable(Arc::from(name.into())));
        self
    }

    /// Adds name data in the format of the built-in `data/outlets.tsv` (name, short
    /// forms, article, kind) or `data/surnames.tsv` (family name, origin); `source`
    /// names it in errors, which give the line. A `brand` entry declares a glued
    /// spelling legitimate (`PayPal`).
    ///
    /// ```
    /// use mtlint::Detector;
    /// let d = Detector::builder().names("my.tsv", "Harbour Gazette\tHG\tthe\toutlet\n").build()?;
    /// assert_eq!(d.scan("Sales fell, a source said HG that day.")[0].rule, "names/outlet-article");
    /// assert_eq!(d.scan("It was in the HarbourGazette today.")[0].rule, "names/glued-name");
    /// let err = Detector::builder().names("my.tsv", "Bad\tline\n").build().unwrap_err();
    /// assert!(err.to_string().starts_with("my.tsv:1: unknown origin"));
    /// # Ok::<(), mtlint::Error>(())
    /// ```
    pub fn names(mut self, source: impl Into<String>, text: impl Into<String>) -> Self {
        self.names.push((source.into(), text.into()));
        self
    }

    /// Adds possessive idioms (`keep one's cool`) in the format of the built-in
    /// data/idioms.txt: the verb's base form, then the words, with `one's`
    /// where the possessive goes; `source` names the data in errors.
    ///
    /// ```
    /// use mtlint::Detector;
    /// let d = Detector::builder().idioms("ours.txt", "crack one's knuckles\n").build()?;
    /// let found = d.scan("The boxers sat there and cracked your knuckles.");
    /// assert!(Detector::new().scan("The boxers sat there and cracked your knuckles.").is_empty());
    /// assert_eq!(found[0].rule, "idiom/wrong-person");
    /// let err = Detector::builder().idioms("ours.txt", "cool\n").build().unwrap_err();
    /// assert!(err.to_string().starts_with("ours.txt:1: expected a verb"));
    /// # Ok::<(), mtlint::Error>(())
    /// ```
    pub fn idioms(mut self, source: impl Into<String>, text: impl Into<String>) -> Self {
        self.idioms.push((source.into(), text.into()));
        self
    }

    /// Accepts words or phrases: a finding inside an occurrence of one (or
    /// covering one) is never reported. Matching is exact and case-sensitive.
    ///
    /// ```
    /// use mtlint::Detector;
    /// let text = "We ate a KitKat. Then a a KitKat.";
    /// assert_eq!(Detector::new().scan(text).len(), 1);
    /// let d = Detector::builder().accept(["a a"]).build()?;
    /// assert!(d.scan(text).is_empty());
    /// # Ok::<(), mtlint::Error>(())
    /// ```
    pub fn accept<S: Into<String>>(mut self, words: impl IntoIterator<Item = S>) -> Self {
        self.accepted.extend(words.into_iter().map(Into::into));
        self
    }

    /// Turns every rule on, including those off by default.
    pub fn all(mut self) -> Self {
        self.steps.push(Step::All);
        self
    }

    /// Turns every rule off, so that only rules enabled after this call run.
    pub fn none(mut self) -> Self {
        self.steps.push(Step::Only);
        self
    }

    /// Sets the severity of a rule or of every rule of a family.
    pub fn severity(mut self, name: impl Into<String>, severity: Severity) -> Self {
        self.steps
            .push(Step::Severity(Arc::from(name.into()), severity));
        self
    }

    /// Builds the detector; fails on an unknown rule id or family.
    pub fn build(self) -> Result<Detector, Error> {
        let all = rules::registry();
        let (mut on, mut sev) = DEFAULTS.clone();
        for step in &self.steps {
            let name = match step {
                Step::Only => {
                    on.fill(false);
                    continue;
                }
                Step::All => {
                    on.fill(true);
                    continue;
                }
                Step::Enable(n) | Step::Disable(n) | Step::Severity(n, _) => &**n,
            };
            let named = registry_named(name);
            for &i in named {
                match step {
                    Step::Enable(_) => on[i] = true,
                    Step::Disable(_) => on[i] = false,
                    Step::Severity(_, s) => sev[i] = *s,
                    Step::Only | Step::All => {}
                }
            }
            if named.is_empty() {
                let families = rules::families();
                let names = all.iter().map(|r| r.meta().id).chain(families);
                return Err(Error::UnknownRule {
                    name: name.to_string(),
                    suggestion: closest(name, names),
                });
            }
        }
        let names = if self.names.is_empty() {
            Data::Builtin(names::builtin())
        } else {
            let mut n = names::builtin().clone();
            for (source, text) in &self.names {
                n.add(source, text)?;
            }
            Data::Own(Box::new(n))
        };
        let idioms = if self.idioms.is_empty() {
            Data::Builtin(crate::analysis::lexicon::builtin_idioms())
        } else {
            let mut set = crate::analysis::lexicon::builtin_idioms().clone();
            for (source, text) in &self.idioms {
                set.add(source, text)?;
            }
            Data::Own(Box::new(set))
        };
        let mut rules = Vec::with_capacity(on.iter().filter(|&&on| on).count());
        for (i, rule) in all.iter().enumerate() {
            if on[i] {
                rules.push((*rule, sev[i]));
            }
        }
        Ok(Detector {
            plan: plan_for(&rules, &names, matches!(names, Data::Builtin(_))),
            names,
            idioms,
            accepted: self.accepted,
            scratch: Mutex::new(Vec::new()),
            rules,
        })
    }
}

/// The word index plan of the enabled `rules` (their declared triggers) with
/// the name data `names`. With the built-in names (`builtin_names`), a plan is
/// built once per process for each set of rules and shared: a detector made
/// for each text does not build it again.
fn plan_for(
    rules: &[(&'static dyn Rule, Severity)],
    names: &Names,
    builtin_names: bool,
) -> Arc<IndexPlan> {
    /// The plans built with the built-in names, by the ids of their rules.
    static BUILT: Mutex<Vec<(Vec<&'static str>, Arc<IndexPlan>)>> = Mutex::new(Vec::new());
    /// How many plans [`BUILT`] keeps (a process uses one or two rule sets).
    const KEPT: usize = 8;
    let build = || {
        let triggers = rules.iter().map(|(r, _)| (r.meta().id, r.meta().triggers));
        Arc::new(IndexPlan::new(triggers, names))
    };
    if !builtin_names {
        return build();
    }
    let ids: Vec<&'static str> = rules.iter().map(|(r, _)| r.meta().id).collect();
    let mut built = BUILT.lock().unwrap_or_else(PoisonError::into_inner);
    // (the ids are the rules' own static strings: the same rule set gives the
    // same pointers, compared without reading the strings)
    let same = |of: &[&'static str]| {
        of.len() == ids.len() && of.iter().zip(&ids).all(|(a, b)| std::ptr::eq(*a, *b))
    };
    if let Some((_, plan)) = built.iter().find(|(of, _)| same(of)) {
        return Arc::clone(plan);
    }
    let plan = build();
    if built.len() < KEPT {
        built.push((ids, Arc::clone(&plan)));
    }
    plan
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn registry_named_is_every_rule_the_name_names() {
        let all = rules::registry();
        let mut names: Vec<String> = all.iter().map(|r| r.meta().id.to_string()).collect();
        names.extend(rules::families().iter().map(|f| f.to_string()));
        names.extend(
            ["", "/", "gram", "grammar/", "grammar/calq", "calque", "zzz"].map(String::from),
        );
        for name in &names {
            let mut got = registry_named(name).to_vec();
            got.sort_unstable();
            let plain: Vec<usize> = (0..all.len())
                .filter(|&i| {
                    let id = all[i].meta().id;
                    id == name || id.split('/').next() == Some(name.as_str())
                })
                .collect();
            assert_eq!(got, plain, "{name}");
        }
        assert!(!registry_named("grammar").is_empty());
    }

    #[test]
    fn a_detector_does_not_hold_the_name_data_inline() {
        assert!(std::mem::size_of::<Detector>() < 512);
    }
}
