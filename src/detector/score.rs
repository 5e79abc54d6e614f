//! A document-level score: how likely a text is to be machine-translated, from a
//! scan's findings and the text's length, with weights learned from data.
//!
//! # How the score is computed
//!
//! Every finding belongs to an evidence *kind* (`calque`, `quotes`, `debris`, ...;
//! [`evidence_kind`]) of one of three [`Signal`]s. Per kind, the findings become a
//! rate per word that saturates with the count:
//!
//! ```text
//! e[k] = ln(1 + 1000 · count[k] / (words + 200))
//! s    = Σ weight[k] · e[k]                    over the translation kinds
//! p    = 1 / (1 + exp(-(a · s + b)))           (at least 0.95 with an MT disclaimer)
//! ```
//!
//! The weights, `a`, `b`, the threshold for `machine_translated` (chosen so that at
//! most 1% of clean documents are called machine-translated on sites the weights
//! never saw) and the length under which a text is *thin* are learned by
//! `tools/score/train.py` and embedded from `data/score-weights.tsv`.
//!
//! Two signals are kept apart: *translation* evidence (what only translation
//! leaves) makes `p`; *page* evidence (debris, entities, mojibake: the page was
//! scraped or mis-encoded) is reported as [`DocumentScore::page_evidence`] and never
//! calls a text machine-translated.
//!
//! The weights were learned from scans with every rule enabled: score the findings
//! of `Detector::builder().all().build()`.

use crate::finding::{Category, Finding};
use once_cell::sync::Lazy;

/// The weights file, written by `tools/score/train.py --write`.
const WEIGHTS: &str = include_str!("../../data/score-weights.tsv");

/// What an evidence kind witnesses.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Signal {
    /// An artifact only translation leaves (a calque, a foreign convention): the
    /// score rests on these kinds alone.
    Translation,
    /// The page was scraped or mis-encoded (debris, entities, mojibake): reported
    /// apart, never a reason to call a text machine-translated.
    Page,
    /// The text says it was machine-translated: sets a floor on the score.
    Decisive,
}

/// One evidence kind in a document: its findings and what they add to the score.
#[derive(Debug, Clone, PartialEq)]
pub struct KindEvidence {
    /// The kind (`calque`, `quotes`, `debris`, ...).
    pub kind: &'static str,
    /// Its findings in the document.
    pub findings: usize,
    /// What it adds to the translation evidence `s` (0 for a page kind, and for a
    /// kind the data gave no weight).
    pub contribution: f64,
}

/// The verdict on a document.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Verdict {
    /// The score reaches the threshold, or the text says it was machine-translated.
    MachineTranslated,
    /// Long enough to judge, and under the threshold.
    NotMachineTranslated,
    /// Under the threshold but too short for the absence of evidence to mean anything.
    Thin,
}

impl Verdict {
    /// The name used in output: `machine-translated`, `not-machine-translated`, `thin`.
    pub fn as_str(self) -> &'static str {
        match self {
            Verdict::MachineTranslated => "machine-translated",
            Verdict::NotMachineTranslated => "not-machine-translated",
            Verdict::Thin => "thin",
        }
    }
}

/// The score of a document and the evidence behind it.
#[derive(Debug, Clone, PartialEq)]
pub struct DocumentScore {
    /// Words in the text (runs of letters or digits).
    pub words: usize,
    /// How many findings were scored.
    pub findings: usize,
    /// Findings per category, in category order, only categories with findings.
    pub by_category: Vec<(Category, usize)>,
    /// Findings per 1,000 words.
    pub per_1000_words: f64,
    /// Whether a machine-translation disclaimer was found.
    pub disclaimer: bool,
    /// The translation evidence `s`: the sum of the kinds' contributions.
    pub evidence: f64,
    /// The probability in [0, 1] that the text was machine-translated, at even odds
    /// (as likely MT as not before the evidence is seen).
    pub score: f64,
    /// `score` reaches the learned threshold, or a disclaimer was found.
    pub machine_translated: bool,
    /// The text is shorter than the documents the score was learned on.
    pub thin: bool,
    /// Page evidence in [0, 1): `1 - exp(-Σ e[k])` over the page kinds; never part of
    /// `score`.
    pub page_evidence: f64,
    /// The translation kinds with findings, largest contribution first.
    pub translation: Vec<KindEvidence>,
    /// The page kinds with findings, most findings first.
    pub page: Vec<KindEvidence>,
    /// Up to three findings behind the score (indices into the scored findings): a
    /// disclaimer, then those of the kinds that contribute most.
    pub top_findings: Vec<usize>,
}

impl DocumentScore {
    /// The verdict: machine-translated; not, on enough text; or thin.
    pub fn verdict(&self) -> Verdict {
        if self.machine_translated {
            Verdict::MachineTranslated
        } else if self.thin {
            Verdict::Thin
        } else {
            Verdict::NotMachineTranslated
        }
    }
}

#[derive(Debug, Clone, PartialEq)]
struct Kind {
    name: &'static str,
    signal: Signal,
    weight: f64,
}

#[derive(Debug, Default)]
struct Weights {
    pseudo_words: f64,
    platt_a: f64,
    platt_b: f64,
    threshold: f64,
    min_words: f64,
    disclaimer_floor: f64,
    kinds: Vec<Kind>,
    /// rule id -> index in `kinds`
    rules: Vec<(&'static str, usize)>,
    /// category name -> index in `kinds`, for a rule with no row of its own
    categories: Vec<(&'static str, usize)>,
    default: Option<usize>,
}

impl Weights {
    fn parse(text: &'static str) -> Result<Weights, String> {
        let mut w = Weights::default();
        let mut params = 0;
        for (n, line) in text.lines().enumerate() {
            if line.starts_with('#') || line.trim().is_empty() {
                continue;
            }
            let bad = |what: &str| format!("score-weights.tsv:{}: {what}", n + 1);
            let cols: Vec<&'static str> = line.split('\t').collect();
            let kind_index = |w: &Weights, name: &str| {
                w.kinds
                    .iter()
                    .position(|k| k.name == name)
                    .ok_or_else(|| bad("unknown kind"))
            };
            let number = |s: &str| s.parse::<f64>().map_err(|_| bad("not a number"));
            match cols.as_slice() {
                ["param", name, value] => {
                    let v = number(value)?;
                    let slot = match *name {
                        "pseudo_words" => &mut w.pseudo_words,
                        "platt_a" => &mut w.platt_a,
                        "platt_b" => &mut w.platt_b,
                        "threshold" => &mut w.threshold,
                        "min_words" => &mut w.min_words,
                        "disclaimer_floor" => &mut w.disclaimer_floor,
                        _ => return Err(bad("unknown parameter")),
                    };
                    *slot = v;
                    params += 1;
                }
                ["kind", name, signal, weight] => {
                    let signal = match *signal {
                        "translation" => Signal::Translation,
                        "page" => Signal::Page,
                        "decisive" => Signal::Decisive,
                        _ => return Err(bad("unknown signal")),
                    };
                    w.kinds.push(Kind {
                        name,
                        signal,
                        weight: number(weight)?,
                    });
                }
                ["rule", rule, kind] => {
                    let k = kind_index(&w, kind)?;
                    w.rules.push((rule, k));
                }
                ["category", category, kind] => {
                    let k = kind_index(&w, kind)?;
                    w.categories.push((category, k));
                }
                ["default", kind] => w.default = Some(kind_index(&w, kind)?),
                _ => return Err(bad("expected param, kind, rule, category or default")),
            }
        }
        if params != 6 {
            return Err("score-weights.tsv: six parameters expected".into());
        }
        Ok(w)
    }

    fn kind_of(&self, rule: &str, category: &str) -> Option<usize> {
        let find = |list: &[(&str, usize)], key: &str| {
            list.iter().find(|(name, _)| *name == key).map(|(_, k)| *k)
        };
        find(&self.rules, rule)
            .or_else(|| find(&self.categories, category))
            .or(self.default)
    }
}

/// Parsed once; the file is embedded and a test checks it parses (an unparsable
/// file would score every text as having no evidence, never panic).
static LEARNED: Lazy<Weights> = Lazy::new(|| Weights::parse(WEIGHTS).unwrap_or_default());

/// The evidence kind of a finding and its signal, from the learned weights: the
/// rule's own row, else its category's. `None` only if the weights file maps neither.
///
/// ```
/// use mtlint::{evidence_kind, Detector, Signal};
/// let f = &Detector::new().scan("Back to top button\n")[0];
/// assert_eq!(evidence_kind(f), Some(("debris", Signal::Page)));
/// ```
pub fn evidence_kind(f: &Finding) -> Option<(&'static str, Signal)> {
    let w = &*LEARNED;
    w.kind_of(f.rule, f.category.as_str())
        .map(|k| (w.kinds[k].name, w.kinds[k].signal))
}

/// Counts words: runs of letters and digits, where an apostrophe between letters
/// (`Zoë’s`) and a point or comma between digits (`3.5`, `1,000`) stay inside a word.
pub fn count_words(text: &str) -> usize {
    let mut n = 0;
    let mut prev: Option<char> = None;
    let mut in_word = false;
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        let next = chars.peek().copied();
        let joins = match c {
            '\'' | '’' => {
                prev.is_some_and(char::is_alphabetic) && next.is_some_and(char::is_alphabetic)
            }
            '.' | ',' => {
                prev.is_some_and(|p| p.is_ascii_digit()) && next.is_some_and(|n| n.is_ascii_digit())
            }
            _ => false,
        };
        let w = crate::text::is_alphanumeric(c) || (joins && in_word);
        if w && !in_word {
            n += 1;
        }
        in_word = w;
        prev = Some(c);
    }
    n
}

/// The score from a word count and each finding's kind (an index into the kinds):
/// the formula of `tools/score/reference.py`.
struct Scored {
    evidence: f64,
    score: f64,
    machine_translated: bool,
    thin: bool,
    page_evidence: f64,
    disclaimer: bool,
    translation: Vec<KindEvidence>,
    page: Vec<KindEvidence>,
}

fn score_counts(w: &Weights, words: usize, counts: &[usize]) -> Scored {
    let e = |n: usize| (1000.0 * n as f64 / (words as f64 + w.pseudo_words)).ln_1p();
    let mut evidence = 0.0;
    let mut page_sum = 0.0;
    let mut disclaimer = false;
    let mut translation = Vec::new();
    let mut page = Vec::new();
    for (kind, &n) in w.kinds.iter().zip(counts) {
        if n == 0 {
            continue;
        }
        match kind.signal {
            Signal::Translation => {
                let contribution = kind.weight * e(n);
                evidence += contribution;
                translation.push(KindEvidence {
                    kind: kind.name,
                    findings: n,
                    contribution,
                });
            }
            Signal::Page => {
                page_sum += e(n);
                page.push(KindEvidence {
                    kind: kind.name,
                    findings: n,
                    contribution: 0.0,
                });
            }
            Signal::Decisive => disclaimer = true,
        }
    }
    translation.sort_by(|a, b| b.contribution.total_cmp(&a.contribution));
    page.sort_by_key(|k| std::cmp::Reverse(k.findings));
    let mut score = 1.0 / (1.0 + (-(w.platt_a * evidence + w.platt_b)).exp());
    if disclaimer {
        score = score.max(w.disclaimer_floor);
    }
    Scored {
        evidence,
        score,
        machine_translated: disclaimer || score >= w.threshold,
        thin: (words as f64) < w.min_words,
        page_evidence: 1.0 - (-page_sum).exp(),
        disclaimer,
        translation,
        page,
    }
}

/// The probability threshold at which [`score`] calls a text machine-translated
/// (learned: at most 1% of clean documents reach it on sites the weights never saw).
pub fn score_threshold() -> f64 {
    LEARNED.threshold
}

/// Scores a text from the findings of scanning it with every rule enabled.
///
/// ```
/// use mtlint::{score, Detector, Verdict};
/// let detector = Detector::builder().all().build()?;
/// let text = "Rain fell.\nThis page has been robot translated, sorry for typos if any.\n";
/// let s = score(text, &detector.scan(text));
/// assert!(s.disclaimer && s.machine_translated && s.score >= 0.95);
///
/// let headline = "Rain fell on the harbour all day, and the ferries stayed in port.";
/// let s = score(headline, &detector.scan(headline));
/// assert_eq!(s.verdict(), Verdict::Thin);
/// # Ok::<(), mtlint::Error>(())
/// ```
pub fn score(text: &str, findings: &[Finding]) -> DocumentScore {
    let w = &*LEARNED;
    let words = count_words(text);
    let mut by_category: Vec<(Category, usize)> = Vec::new();
    let mut counts = vec![0usize; w.kinds.len()];
    let kinds: Vec<Option<usize>> = findings
        .iter()
        .map(|f| w.kind_of(f.rule, f.category.as_str()))
        .collect();
    for (f, k) in findings.iter().zip(&kinds) {
        if let Some(k) = k {
            counts[*k] += 1;
        }
        match by_category.iter_mut().find(|(c, _)| *c == f.category) {
            Some((_, n)) => *n += 1,
            None => by_category.push((f.category, 1)),
        }
    }
    by_category.sort();
    let s = score_counts(w, words, &counts);
    // the findings behind the score: disclaimers, then the kinds that add most
    let rank = |k: usize| -> Option<usize> {
        let kind = &w.kinds[k];
        match kind.signal {
            Signal::Decisive => Some(0),
            Signal::Translation => s
                .translation
                .iter()
                .position(|t| t.kind == kind.name && t.contribution > 0.0)
                .map(|i| i + 1),
            Signal::Page => None,
        }
    };
    let mut top: Vec<(usize, usize)> = kinds
        .iter()
        .enumerate()
        .filter_map(|(i, k)| k.and_then(rank).map(|r| (r, i)))
        .collect();
    top.sort();
    DocumentScore {
        words,
        findings: findings.len(),
        by_category,
        per_1000_words: if words == 0 {
            0.0
        } else {
            findings.len() as f64 * 1000.0 / words as f64
        },
        disclaimer: s.disclaimer,
        evidence: s.evidence,
        score: s.score,
        machine_translated: s.machine_translated,
        thin: s.thin,
        page_evidence: s.page_evidence,
        translation: s.translation,
        page: s.page,
        top_findings: top.into_iter().take(3).map(|(_, i)| i).collect(),
    }
}

/// A score with the text and findings it was computed from: what `mtlint score
/// --format json`, `mtlint stream` and the Python package write. With the `serde`
/// feature it serialises to the one JSON object all three share:
///
/// `path` (when not empty), `words`, `score` (the probability, 3 decimals),
/// `machine_translated`, `verdict`, `thin`, `evidence` (the translation evidence),
/// `translation` (`[{kind, findings, contribution}]`), `page` (`{score, kinds:
/// [{kind, findings}]}`), `disclaimer`, `top_findings` (`[{rule, line, column,
/// text}]`), `findings` (the count of scored findings), `by_category` (by name) and
/// `per_1000_words`. With [`ScoreReport::listing`], `findings` is instead the list
/// of the given findings, each the `check --format json` object, written last.
///
/// ```
/// # #[cfg(feature = "serde")] {
/// use mtlint::{score, Detector, LineIndex};
/// let text = "The soil. . is dry.";
/// let findings = Detector::builder().all().build().unwrap().scan(text);
/// let s = score(text, &findings);
/// let index = LineIndex::new(text);
/// let json = serde_json::to_string(&s.report("a.txt", text, &findings, &index)).unwrap();
/// assert!(json.starts_with(r#"{"path":"a.txt","words":4,"score":"#));
/// assert!(json.contains(r#","thin":true,"evidence":"#)); // 4 words: thin
/// assert!(json.contains(r#""top_findings":[{"rule":"punctuation/doubled-punctuation","line":1,"column":9,"text":". ."}],"findings":1,"#));
/// let listed = s.report("", text, &findings, &index).listing(&findings);
/// let json = serde_json::to_string(&listed).unwrap();
/// assert!(json.starts_with(r#"{"words":4,"#));
/// assert!(json.ends_with(r#""findings":[{"rule":"punctuation/doubled-punctuation","category":"punctuation","severity":"warning","message":"stray second period; keep one","start":8,"end":11,"line":1,"column":9,"end_line":1,"end_column":12,"text":". .","fixes":[{"applicability":"safe","edits":[{"start":9,"end":11,"replacement":""}]}]}]}"#));
/// # }
/// ```
#[derive(Debug, Clone, Copy)]
pub struct ScoreReport<'a> {
    /// The name the text is reported under; an empty name is left out.
    pub path: &'a str,
    /// The scored text.
    pub text: &'a str,
    /// Lines and columns of `text`.
    pub index: &'a crate::LineIndex<'a>,
    /// The findings the score was computed from (its `top_findings` index them).
    pub scored: &'a [Finding],
    /// The score.
    pub score: &'a DocumentScore,
    /// Findings to list in place of the count (`stream`, Python's `analyze`).
    pub listed: Option<&'a [Finding]>,
}

impl DocumentScore {
    /// The score with its text and the findings it was computed from, to be
    /// written out (see [`ScoreReport`]).
    pub fn report<'a>(
        &'a self,
        path: &'a str,
        text: &'a str,
        scored: &'a [Finding],
        index: &'a crate::LineIndex<'a>,
    ) -> ScoreReport<'a> {
        ScoreReport {
            path,
            text,
            index,
            scored,
            score: self,
            listed: None,
        }
    }
}

impl<'a> ScoreReport<'a> {
    /// Lists `findings` (each the `check --format json` object) in place of the
    /// count of scored findings.
    pub fn listing(mut self, findings: &'a [Finding]) -> Self {
        self.listed = Some(findings);
        self
    }

    /// The findings behind the score: (rule, line, column, flagged text).
    pub fn top_findings(&self) -> impl Iterator<Item = (&'static str, usize, usize, &'a str)> + '_ {
        self.score.top_findings.iter().filter_map(|&i| {
            let f = self.scored.get(i)?;
            let at = self.index.position(f.span.start);
            Some((f.rule, at.line, at.column, f.text(self.text)))
        })
    }
}

#[cfg(feature = "serde")]
mod serialize {
    //! `Serialize` for [`ScoreReport`]: the score's JSON contract.

    use super::ScoreReport;
    use serde::ser::{Serialize, SerializeStruct, Serializer};

    fn round(x: f64, places: i32) -> f64 {
        let m = 10f64.powi(places);
        (x * m).round() / m
    }

    /// `{kind, findings, contribution}` of a translation kind.
    struct Translation<'a>(&'a super::KindEvidence);

    impl Serialize for Translation<'_> {
        fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
            let mut o = s.serialize_struct("Kind", 3)?;
            o.serialize_field("kind", self.0.kind)?;
            o.serialize_field("findings", &self.0.findings)?;
            o.serialize_field("contribution", &round(self.0.contribution, 3))?;
            o.end()
        }
    }

    /// `{kind, findings}` of a page kind.
    struct PageKind<'a>(&'a super::KindEvidence);

    impl Serialize for PageKind<'_> {
        fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
            let mut o = s.serialize_struct("PageKind", 2)?;
            o.serialize_field("kind", self.0.kind)?;
            o.serialize_field("findings", &self.0.findings)?;
            o.end()
        }
    }

    /// `{score, kinds}`: the page evidence.
    struct Page<'a>(&'a super::DocumentScore);

    impl Serialize for Page<'_> {
        fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
            let mut o = s.serialize_struct("Page", 2)?;
            o.serialize_field("score", &round(self.0.page_evidence, 3))?;
            let kinds: Vec<PageKind> = self.0.page.iter().map(PageKind).collect();
            o.serialize_field("kinds", &kinds)?;
            o.end()
        }
    }

    /// `{rule, line, column, text}`: a finding behind the score.
    struct Top<'a>((&'static str, usize, usize, &'a str));

    impl Serialize for Top<'_> {
        fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
            let (rule, line, column, text) = self.0;
            let mut o = s.serialize_struct("TopFinding", 4)?;
            o.serialize_field("rule", rule)?;
            o.serialize_field("line", &line)?;
            o.serialize_field("column", &column)?;
            o.serialize_field("text", text)?;
            o.end()
        }
    }

    impl Serialize for ScoreReport<'_> {
        fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
            let d = self.score;
            let fields = 13 + usize::from(!self.path.is_empty());
            let mut o = s.serialize_struct("DocumentScore", fields)?;
            if self.path.is_empty() {
                o.skip_field("path")?;
            } else {
                o.serialize_field("path", self.path)?;
            }
            o.serialize_field("words", &d.words)?;
            o.serialize_field("score", &round(d.score, 3))?;
            o.serialize_field("machine_translated", &d.machine_translated)?;
            o.serialize_field("verdict", d.verdict().as_str())?;
            o.serialize_field("thin", &d.thin)?;
            o.serialize_field("evidence", &round(d.evidence, 3))?;
            let translation: Vec<Translation> = d.translation.iter().map(Translation).collect();
            o.serialize_field("translation", &translation)?;
            o.serialize_field("page", &Page(d))?;
            o.serialize_field("disclaimer", &d.disclaimer)?;
            let top: Vec<Top> = self.top_findings().map(Top).collect();
            o.serialize_field("top_findings", &top)?;
            if self.listed.is_none() {
                o.serialize_field("findings", &d.findings)?;
            }
            // by name, as a JSON object's keys are read
            let by_category: std::collections::BTreeMap<&str, usize> = d
                .by_category
                .iter()
                .map(|(c, n)| (c.as_str(), *n))
                .collect();
            o.serialize_field("by_category", &by_category)?;
            o.serialize_field("per_1000_words", &round(d.per_1000_words, 2))?;
            if let Some(listed) = self.listed {
                let located: Vec<crate::Located> = listed
                    .iter()
                    .map(|f| f.located(self.path, self.text, self.index))
                    .collect();
                o.serialize_field("findings", &located)?;
            }
            o.end()
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::Detector;

    #[test]
    fn words_are_counted() {
        assert_eq!(count_words(""), 0);
        assert_eq!(count_words("Zoë’s 12 cats, and 3.5 dogs"), 6);
        assert_eq!(count_words("a,b 1,000 x.y"), 5);
    }

    #[test]
    fn the_embedded_weights_parse() {
        let w = Weights::parse(WEIGHTS).unwrap();
        assert!(w.platt_a > 0.0 && w.threshold > 0.0 && w.threshold < 1.0);
        assert!(w.min_words > 0.0 && w.pseudo_words > 0.0);
        for k in &w.kinds {
            assert!(k.weight >= 0.0, "{k:?}");
            if k.signal != Signal::Translation {
                assert_eq!(k.weight, 0.0, "{k:?}");
            }
        }
        assert!(Weights::parse("param\tpseudo_words\tx\n").is_err());
        assert!(Weights::parse("rule\ta/b\tnowhere\n").is_err());
    }

    #[test]
    fn every_rule_is_some_kind_of_evidence() {
        let w = Weights::parse(WEIGHTS).unwrap();
        for rule in crate::rules::registry() {
            let meta = rule.meta();
            assert!(
                w.kind_of(meta.id, meta.category.as_str()).is_some(),
                "{} maps to no kind",
                meta.id
            );
        }
    }

    /// The golden values tools/score/reference.py computed from the same weights.
    #[test]
    fn the_score_is_the_reference_formula() {
        let w = Weights::parse(WEIGHTS).unwrap();
        let golden = include_str!("../../data/score-golden.tsv");
        let mut checked = 0;
        for line in golden.lines().filter(|l| !l.starts_with('#')).skip(1) {
            let c: Vec<&str> = line.split('\t').collect();
            let words: usize = c[0].parse().unwrap();
            let mut counts = vec![0; w.kinds.len()];
            for item in c[1].split(',').filter(|s| *s != "-") {
                let (key, n) = item.split_once('=').unwrap();
                let (rule, category) = key.split_once('@').unwrap_or((key, ""));
                let real = crate::rules::registry()
                    .iter()
                    .any(|r| r.meta().category.as_str() == category);
                assert!(
                    category.is_empty() || real,
                    "{line}: no category {category}"
                );
                counts[w.kind_of(rule, category).unwrap()] += n.parse::<usize>().unwrap();
            }
            let s = score_counts(&w, words, &counts);
            let close = |a: f64, b: &str| (a - b.parse::<f64>().unwrap()).abs() < 1e-5;
            assert!(close(s.evidence, c[2]), "{line}: evidence {}", s.evidence);
            assert!(close(s.score, c[3]), "{line}: score {}", s.score);
            assert_eq!(s.machine_translated.to_string(), c[4], "{line}");
            assert_eq!(s.thin.to_string(), c[5], "{line}");
            assert!(
                close(s.page_evidence, c[6]),
                "{line}: page {}",
                s.page_evidence
            );
            checked += 1;
        }
        assert!(checked >= 10);
    }

    fn all_rules() -> Detector {
        Detector::builder().all().build().unwrap()
    }

    #[test]
    fn page_evidence_alone_never_calls_a_page_machine_translated() {
        let mut text =
            "The council met on Tuesday and agreed the plan for the harbour. ".repeat(30);
        text += "\nShare this article\nBack to top button\nRelated posts\n";
        text += "Fish &amp; chips cost more this year.\n";
        let findings = all_rules().scan(&text);
        let s = score(&text, &findings);
        assert!(!s.page.is_empty() && s.page_evidence > 0.5, "{s:?}");
        assert!(!s.machine_translated, "{s:?}");
        let none = score(&text, &[]);
        assert_eq!(s.score, none.score);
        assert_eq!(s.verdict(), Verdict::NotMachineTranslated);
    }

    #[test]
    fn translation_evidence_is_explained() {
        // three different lines, so that no repetition rule speaks: the evidence is the quotes
        let text = "The minister said «the plan is ready». the talks went on, he said «we wait».\n\
                    The mayor said «the bridge is open». the works went on, she said «we hope».\n\
                    The coach said «the team is tired». the season goes on, he said «we rest».\n";
        let findings = all_rules().scan(text);
        let s = score(text, &findings);
        assert!(s.evidence > 0.0, "{s:?}");
        assert_eq!(s.translation[0].kind, "quotes");
        let total: f64 = s.translation.iter().map(|k| k.contribution).sum();
        assert!((total - s.evidence).abs() < 1e-12);
        assert!(!s.top_findings.is_empty() && s.top_findings.len() <= 3);
        for &i in &s.top_findings {
            assert_eq!(evidence_kind(&findings[i]).unwrap().1, Signal::Translation);
        }
        assert!(s.thin, "a short text");
    }

    #[test]
    fn one_finding_weighs_less_in_a_longer_text() {
        let w = &*LEARNED;
        let k = (0..w.kinds.len())
            .max_by(|&a, &b| w.kinds[a].weight.total_cmp(&w.kinds[b].weight))
            .unwrap();
        let mut counts = vec![0; w.kinds.len()];
        counts[k] = 1;
        let short = score_counts(w, 300, &counts).score;
        let long = score_counts(w, 3000, &counts).score;
        assert!(short > long, "{short} {long}");
    }

    #[test]
    fn a_short_text_without_evidence_is_thin() {
        let text = "Rain fell on the harbour all day.";
        let s = score(text, &all_rules().scan(text));
        assert!(s.thin && !s.machine_translated);
        assert_eq!(s.verdict(), Verdict::Thin);
        assert_eq!(s.verdict().as_str(), "thin");
    }
}
