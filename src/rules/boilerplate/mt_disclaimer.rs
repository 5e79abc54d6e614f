//! The `boilerplate/mt-disclaimer` rule: a line declaring the text machine-translated (`this page
//! has been robot translated`); remove it.

use super::lines::{remove_block, shared_lines, trimmed};
use crate::analysis::document::Document;
use crate::finding::{Category, Finding, Fix, Severity};
use crate::rules::{Example, Rule, RuleMeta};
use crate::text::literals::{CaselessLiterals, Literals};
use once_cell::sync::Lazy;
use regex::Regex;

/// Phrases that declare a text machine-translated (or machine-written), each a
/// case-insensitive regex over one line.
pub(super) const DISCLAIMERS: &[&str] = &[
    r"programmatic technology",
    r"\brobot(?:ically)?[- ]translated\b",
    r"\bnot (?:from|by) a human (?:editor|translator)\b",
    r"\bwe (?:transmit|publish|post|republish|share|distribute) (?:this|these|the|all) (?:news|articles?|content|stories|posts)(?: \w+){0,3} automatically\b",
    r"\bnot all news on (?:the|this|our) (?:site|website) expresses\b",
    r"\b(?:this|the|our) (?:article|page|post|story|news|text|content|report|website|site|item)(?: \w+){0,3} (?:was|has been|is|were|have been|are) (?:automatically |machine[- ]|robot[- ]|auto[- ]|computer[- ]|google[- ]|ai[- ])translated\b",
    r"\b(?:automatically|machine|auto)[- ]translated (?:from|by|into|with|using)\b",
    r"\btranslated (?:automatically|by (?:a )?machine|by (?:google|deepl|bing|yandex|microsoft|ai|artificial intelligence|a computer|software|a bot|a robot)\b)",
    r"\btranslated (?:with|using|via|through) (?:google translate|deepl|bing translator|yandex|machine translation|automatic translation|automated translation|artificial intelligence|ai\b|translation software)",
    r"\b(?:powered|provided) by (?:google translate|deepl|bing translator|yandex\.?translate|microsoft translator)\b",
    r"\bgoogle translate (?:was|is|has been) used\b",
    r"\b(?:automatic|machine|automated|computer|ai)[- ]translation (?:provided|powered|performed|done|generated) by\b",
    r"^\(?(?:machine|automatic|automated|auto|ai|google|computer)[- ]translat(?:ion|ed)\)?[.:]?$",
    r"^translated by (?:google|deepl|bing|yandex|a machine|machine|ai)\.?$",
    r"\bsorry for (?:any |the )?(?:typos|errors|mistakes|inaccuracies)(?: in (?:the )?translation)?,? if any\b",
    r"\b(?:this|the|our|automatic|machine) translation (?:may|might|could|can) (?:contain|include|have) (?:errors|inaccuracies|mistakes)\b",
    r"\b(?:this|the) (?:translation|text|content|article) (?:was|is|has been) (?:generated|produced|created|done|made) (?:automatically|by (?:a )?machine|by ai\b|by artificial intelligence|with ai\b|using ai\b)",
    r"\bthis (?:content|article|text|story) was translated by (?:ai|artificial intelligence|a machine|software)\b",
    r"\b(?:has|have) not been (?:reviewed|checked|edited|proofread) by (?:a )?(?:human|editor|translator|our editors)\b",
    r"\bwithout (?:human )?(?:review|editing|proofreading) by (?:a )?(?:human|editor|translator)\b",
    r"\b(?:is|was|has been) (?:published|posted|generated) (?:automatically )?from (?:a |an )?(?:syndicated|rss|news|automated) feed\b",
    r"\bauto[- ]?generated from (?:a |an )?(?:syndicated|rss) feed\b",
    r"\bautomatically (?:translated|generated) (?:from|by|using|with)\b",
    r"\bin case of (?:any )?(?:discrepancy|discrepancies),? the (?:original|\w+ version)\b",
    r"\bthe (?:original|\w+) version (?:of this (?:article|text|page) )?(?:shall )?prevails?\b",
    r"\bas an ai language model\b",
    r"\bi cannot (?:fulfill|complete|comply with) (?:this|your) (?:request|prompt)\b",
    r"\bmy knowledge cut-?off\b",
    r"^certainly! here(?: is|'s)\b",
    r"^(?:okay|sure|ok), here(?: is|'s) (?:a|the|your) (?:summary|rewritten|translated|news)\b",
    r"^regenerate response$",
    r"\bthis (?:article|story|page) (?:was|has been) (?:written|generated|created) (?:with the help of|by|using) (?:ai|artificial intelligence|an ai)\b",
];

/// Words in a line that point at the page itself or its publisher: a disclaimer
/// speaks of itself, an article about machine translation does not.
pub(super) static DEICTIC: Lazy<Regex> = Lazy::new(|| {
    Regex::new(r"(?i-u)\b(?:this|our|the) (?:page|site|website|article|news|post|story|content|text|translation|item)\b|\b(?:we|our|here|sorry|i)\b")
        .expect("deictic regex")
});

/// Words one of which every disclaimer pattern contains: a cheap literal test
/// before the pattern set (whose word boundaries make it slow).
static DISCLAIMER_HINT: Lazy<Literals> = Lazy::new(|| Literals::new(hint_words()));

/// The hint words in lower case, capitalised and upper case.
fn hint_words() -> Vec<String> {
    let words = "transl|programmatic|human|not all news|language model|knowledge cut|certainly|okay|sure,|ok,|regenerate|feed|discrepanc|prevail|artificial|written|generated|typos";
    let mut all: Vec<String> = Vec::new();
    for w in words.split('|') {
        let mut cap = w.to_string();
        cap[..1].make_ascii_uppercase();
        all.extend([w.to_string(), cap, w.to_ascii_uppercase()]);
    }
    all
}

/// Phrases one of which every disclaimer pattern holds (in its words, each line
/// here for the pattern of the same place in [`DISCLAIMERS`]), rarer in news than
/// the hint words: only a line holding one is worth the pattern set, which
/// takes longer to build than a news file to scan. A phrase starting with `\n`
/// starts the line (sought in the line after a line break).
const DISCLAIMER_PHRASES: &[&str] = &[
    "programmatic technology",
    "robot",
    "a human editor|a human translator",
    "automatically",
    "not all news on",
    "{device} translated",
    "{device} translated",
    "automatically|translated by {agent}",
    "translated with {software}|translated using {software}|translated via {software}|translated through {software}",
    "by google translate|by deepl|by bing translator|by yandex|by microsoft translator",
    "google translate was|google translate is|google translate has",
    "translation provided by|translation powered by|translation performed by|translation done by|translation generated by",
    "\n{device} translat|\n({device} translat",
    "\ntranslated by {agent}",
    "typos if any|typos, if any|errors if any|errors, if any|mistakes if any|mistakes, if any|inaccuracies if any|inaccuracies, if any|translation if any|translation, if any",
    "translation may|translation might|translation could|translation can",
    "automatically|by {agent}|with ai|using ai",
    "translated by {agent}",
    "not been reviewed|not been checked|not been edited|not been proofread",
    "review by|editing by|proofreading by",
    "syndicated feed|rss feed|news feed|automated feed",
    "syndicated feed|rss feed",
    "automatically",
    "in case of discrepanc|in case of any discrepanc",
    "version prevail|version shall prevail|article prevail|article shall prevail|text prevail|text shall prevail|page prevail|page shall prevail",
    "as an ai language model",
    "i cannot fulfill|i cannot complete|i cannot comply with",
    "knowledge cut",
    "\ncertainly! here",
    ", here is|, here's",
    "\nregenerate response",
    "by ai|by an ai|by artificial intelligence|using ai|using an ai|using artificial intelligence|help of ai|help of an ai|help of artificial intelligence",
];

/// The phrases of [`DISCLAIMER_PHRASES`], each `{name}` spelt every way it takes:
/// `{device}` what translates (`machine`, `google`, followed by a hyphen or a
/// space), `{agent}` who (`a machine`, `deepl`), `{software}` with what.
fn disclaimer_phrases() -> Vec<String> {
    let devices = [
        "machine",
        "automatic",
        "automated",
        "automatically",
        "auto",
        "ai",
        "google",
        "computer",
        "robot",
    ];
    let device: Vec<String> = devices
        .iter()
        .flat_map(|d| [format!("{d}-"), format!("{d} ")])
        .collect();
    let agent = "machine|a machine|google|deepl|bing|yandex|microsoft|ai|artificial intelligence|a computer|software|a bot|a robot";
    let software = "google translate|deepl|bing translator|yandex|machine translation|automatic translation|automated translation|artificial intelligence|ai|translation software";
    let mut all: Vec<String> = Vec::new();
    for phrase in DISCLAIMER_PHRASES.iter().flat_map(|p| p.split('|')) {
        let spelt: Vec<String> = if phrase.contains("{device} ") {
            device.iter().map(|d| phrase.replace("{device} ", d)).collect()
        } else if phrase.contains("{agent}") {
            agent.split('|').map(|a| phrase.replace("{agent}", a)).collect()
        } else if phrase.contains("{software}") {
            software.split('|').map(|w| phrase.replace("{software}", w)).collect()
        } else {
            vec![phrase.to_string()]
        };
        all.extend(spelt);
    }
    all.sort();
    all.dedup();
    all
}

/// A line holding none of these holds no disclaimer.
pub(super) static DISCLAIMER_WORDS: Lazy<CaselessLiterals> =
    Lazy::new(|| CaselessLiterals::new(disclaimer_phrases()));

/// Whether a line holds any disclaimer pattern: one alternation, as only whether
/// any matches counts (a set would also track which, at twice the building time).
pub(super) static DISCLAIMER_ANY: Lazy<crate::rules::Widened> = Lazy::new(|| {
    // ASCII word boundaries: the patterns are English words, and Unicode ones
    // keep the regex engine from its fast automaton
    let all: Vec<String> = DISCLAIMERS
        .iter()
        .map(|p| format!("(?:{})", p.replace(r"\b", r"(?-u:\b)")))
        .collect();
    crate::rules::Widened::new(format!("(?i){}", all.join("|")), false)
        .expect("disclaimer patterns")
});

/// A line declaring the text machine-translated: `This page has been robot translated`.
pub struct MtDisclaimer;

static DISCLAIMER: RuleMeta = RuleMeta {
    id: "boilerplate/mt-disclaimer",
    category: Category::Boilerplate,
    severity: Severity::Warning,
    triggers: crate::Triggers::Text,
    default_enabled: true,
    summary: "a line declaring the text machine-translated (`this page has been robot translated`); remove it",
    flags: &[
        Example {
            text: "Rain fell.\nThis article was automatically translated from Spanish.\n",
            fixed: "Rain fell.\n",
        },
        Example {
            text: "Rain fell.\nWe publish this news automatically and translate it with programmatic technology, not by a human editor.",
            fixed: "Rain fell.",
        },
        Example {
            text: "(Machine translation)\nRain fell.",
            fixed: "Rain fell.",
        },
        Example {
            text: "This page has been robot translated, sorry for typos if any.\n\nRain fell.",
            fixed: "\nRain fell.",
        },
        Example {
            text: "Rain fell.\nThe text of this story was generated by AI and has not been reviewed by an editor.",
            fixed: "Rain fell.",
        },
    ],
    passes: &[
        "Studies show that text translated by Google often contains errors in the middle of long documents, experts say.\nRain fell.\nWind rose.\nIt cleared.\nThen snow.\nThe end.",
        "Machine translation has improved quickly since neural networks replaced phrase tables.",
        "The ministry said the report was translated into English by its own staff.",
        "She works on machine-translated subtitles for a streaming service.",
        "He said the automatic translation of legal texts needs review.",
    ],
};

impl Rule for MtDisclaimer {
    fn meta(&self) -> &'static RuleMeta {
        &DISCLAIMER
    }

    fn check(&self, doc: &Document<'_>, out: &mut Vec<Finding>) {
        let text = doc.text();
        let (ls, edge) = shared_lines(doc);
        // the lines holding a hint word, from one pass of the hint over the text
        let mut candidates: Vec<usize> = DISCLAIMER_HINT
            .starts(text)
            .map(|start| ls.partition_point(|(_, full)| full.end <= start))
            .filter(|&i| i < ls.len())
            .collect();
        candidates.dedup();
        for i in candidates {
            let (content, full) = &ls[i];
            let t = trimmed(doc, content);
            let line = &text[t.clone()];
            if line.is_empty()
                || line.len() > 800
                || !DISCLAIMER_HINT.is_match(line)
                || !DISCLAIMER_WORDS.may_match(&format!("\n{line}"))
                || !DISCLAIMER_ANY.is_match(line)
            {
                continue;
            }
            // a disclaimer speaks of its own page, or stands short at the page's edge
            let short = line.split_whitespace().count() <= 8;
            if !(DEICTIC.is_match(line) || (edge[i] && short)) {
                continue;
            }
            let edit = remove_block(doc, full, &t);
            let finding = DISCLAIMER.finding(
                t,
                "machine-translation disclaimer left in the text; remove the line",
            );
            out.push(match edit {
                Some(edit) => finding.with_fix(Fix::unsafe_fix(edit)),
                None => finding,
            });
        }
    }
}
