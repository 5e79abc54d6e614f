//! The `names/glued-name` rule: a known multiword name, or one the text spells with spaces
//! elsewhere, glued together (`FinancialTimes`).

use crate::analysis::document::Document;
use crate::analysis::names::NameKind;
use crate::finding::{Category, Edit, Finding, Fix, Severity};
use crate::rules::{Example, Rule, RuleMeta};
use crate::text::hash::FastMap;

/// CamelCase tokens of two or more `Xxxx` parts: (start, end).
pub(super) fn camel_tokens(text: &str, capitals: &[usize]) -> Vec<(usize, usize)> {
    let b = text.as_bytes();
    let mut out = Vec::new();
    let mut next = 0; // the end of the last token looked at
    for &start in capitals {
        if start < next || (start > 0 && (b[start - 1].is_ascii_digit() || b[start - 1] >= 0x80)) {
            continue;
        }
        let mut i = start;
        let s = i;
        let mut parts = 0;
        let mut ok = true;
        while i < b.len() && b[i].is_ascii_uppercase() {
            let p = i;
            i += 1;
            while i < b.len() && b[i].is_ascii_lowercase() {
                i += 1;
            }
            if i - p < 2 {
                ok = false;
            }
            parts += 1;
        }
        let glued_on = b
            .get(i)
            .is_some_and(|c| c.is_ascii_alphanumeric() || *c >= 0x80);
        if ok && parts >= 2 && !glued_on {
            out.push((s, i));
        }
        while i < b.len() && b[i].is_ascii_alphanumeric() {
            i += 1;
        }
        next = i;
    }
    out
}

/// A multiword name written without its spaces: `FinancialTimes`, `NewYorkTimes`.
pub struct GluedName;

static GLUED: RuleMeta = RuleMeta {
    id: "names/glued-name",
    category: Category::Names,
    severity: Severity::Warning,
    triggers: crate::Triggers::Text,
    default_enabled: true,
    summary: "a known multiword name, or one the text spells with spaces elsewhere, glued together (`FinancialTimes`)",
    flags: &[
        Example { text: "The FinancialTimes reported it.", fixed: "The Financial Times reported it." },
        Example { text: "A NewYorkTimes story ran.", fixed: "A New York Times story ran." },
        Example { text: "Talks in SaudiArabia went on.", fixed: "Talks in Saudi Arabia went on." },
        Example { text: "The Harbour Gazette wrote first; the HarbourGazette wrote again.", fixed: "The Harbour Gazette wrote first; the Harbour Gazette wrote again." },
        Example { text: "He quoted TheWallStreetJournal twice.", fixed: "He quoted The Wall Street Journal twice." },
    ],
    passes: &[
        "Her iPhone, PayPal and YouTube accounts, JPMorgan and AstraZeneca shares.",
        "McDonald, MacArthur, DiCaprio and LeBron met at DaimlerChrysler.",
        "Follow @FinancialTimes and #WhiteHouse online.",
        "See https://ex.com/NewYorkTimes for the link.",
        "The Financial Times and the New York Times agreed.",
        "The watchmaker GlobalTimes grew fast; GlobalTimes now sells in ten countries.",
    ],
};

impl Rule for GluedName {
    fn meta(&self) -> &'static RuleMeta {
        &GLUED
    }

    fn check(&self, doc: &Document<'_>, out: &mut Vec<Finding>) {
        let text = doc.text();
        let tokens = camel_tokens(text, doc.word_capitals());
        let mut counts: FastMap<&str, usize> = FastMap::default();
        for &(s, e) in &tokens {
            *counts.entry(&text[s..e]).or_default() += 1;
        }
        for (s, e) in tokens {
            if s > 0 && matches!(text.as_bytes()[s - 1], b'@' | b'#' | b'/' | b'_') {
                continue;
            }
            let token = &text[s..e];
            let spaced = match doc.names().by_glued(token) {
                // a name the text glues again and again and never spaces is its
                // own spelling there (a brand: `PowerPage`), not a lost space
                Some(_) if counts.get(token) > Some(&1) && doc.spaced_name(token).is_none() => {
                    continue;
                }
                Some(entry) => {
                    let the = if token.len() > entry.name.len() - entry.name.matches(' ').count() {
                        "The "
                    } else {
                        ""
                    };
                    format!("{the}{}", entry.name)
                }
                None => {
                    if doc
                        .names()
                        .get(token)
                        .is_some_and(|n| n.kind == NameKind::Brand)
                    {
                        continue;
                    }
                    // the text spells it with spaces, and glues it only this once
                    // (a name glued throughout, `KitKat`, is its own spelling)
                    // (the count first: the spaced names are indexed on first use)
                    if counts.get(token) != Some(&1) {
                        continue;
                    }
                    match doc.spaced_name(token) {
                        Some(sp) if sp.contains(' ') => sp.to_string(),
                        _ => continue,
                    }
                }
            };
            if doc.is_protected(s..e) {
                continue;
            }
            out.push(
                GLUED
                    .finding(
                        s..e,
                        format!("`{token}` is `{spaced}` with its spaces lost"),
                    )
                    .with_fix(Fix::safe(Edit::new(s..e, spaced))),
            );
        }
    }
}
