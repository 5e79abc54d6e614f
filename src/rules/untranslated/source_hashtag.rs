//! The `untranslated/source-hashtag` rule: a hashtag of the source language copied into the English
//! text with no gloss (`… on that trip. #SempreJuntosNaLuta”, wrote the minister`): MT leaves a
//! hashtag as it is, and the reader gets a slogan in another language.

use crate::analysis::document::Document;
use crate::analysis::wordlex::lookup;
use crate::finding::{Category, Finding, Severity};
use crate::rules::{Example, Rule, RuleMeta};

/// A hashtag in the source language with no English gloss: `#SempreJuntosNaLuta`.
pub struct SourceHashtag;

static SOURCE_HASHTAG: RuleMeta = RuleMeta {
    id: "untranslated/source-hashtag",
    category: Category::Untranslated,
    severity: Severity::Info,
    triggers: crate::Triggers::Text,
    default_enabled: true,
    summary: "a hashtag in the source language with no gloss (`#SempreJuntosNaLuta`); give its meaning",
    flags: &[
        Example {
            text: "“We will keep going. #SempreJuntosNaLuta”, the governor wrote on Twitter.",
            fixed: "“We will keep going. #SempreJuntosNaLuta”, the governor wrote on Twitter.",
        },
        Example {
            text: "Thousands shared the slogan #TodosConLaMarea after the vote.",
            fixed: "Thousands shared the slogan #TodosConLaMarea after the vote.",
        },
        Example {
            text: "The club closed its post with #ImmerWeiterMitDerMannschaft and a photo of the team.",
            fixed: "The club closed its post with #ImmerWeiterMitDerMannschaft and a photo of the team.",
        },
    ],
    passes: &[
        "Thousands shared the slogan #TodosConLaMarea (“all with the tide”) after the vote.",
        "The campaign #BringBackOurGirls spread fast, and #MeToo followed.",
        "Fans posted #GoKelvoryGo and #TeamMorvala all night.",
        "She tagged it #KimKardashianWest, as usual.",
        "Use the tag #SempreJuntos for the photo contest.",
        "She ended the post with #ViveLaFrance, as fans of the team do.",
        "The variable #totalDoMes holds the sum in the sheet.",
    ],
};

/// Function words of Portuguese, Spanish, French, Italian, German, Dutch, Indonesian and
/// Turkish that join the words of a slogan (`Em`, `Con`, `La`, `Mit`), sorted.
const JOINERS: &[&str] = &[
    "al", "avec", "com", "con", "da", "dan", "das", "de", "del", "dem", "den", "der", "des", "di",
    "die", "do", "du", "een", "el", "em", "en", "et", "für", "het", "il", "la", "las", "le",
    "les", "los", "mit", "na", "nas", "no", "nos", "para", "pela", "pelo", "per", "por", "sur",
    "und", "untuk", "ve", "von", "yang", "zu", "zum", "zur",
];

impl Rule for SourceHashtag {
    fn meta(&self) -> &'static RuleMeta {
        &SOURCE_HASHTAG
    }

    fn check(&self, doc: &Document<'_>, out: &mut Vec<Finding>) {
        let text = doc.text();
        let b = text.as_bytes();
        let mut lines = super::EnglishLines::default();
        for hash in memchr::memchr_iter(b'#', b) {
            // a tag: after a space, a quote or a line start, of ASCII letters
            if hash > 0 && !matches!(b[hash - 1], b' ' | b'\n' | b'(' | b'"') && !text[..hash].ends_with(['“', '‘']) {
                continue;
            }
            let s = hash + 1;
            let e = s + b[s..].iter().take_while(|c| c.is_ascii_alphabetic()).count();
            let goes_on = crate::text::char_at(text, e).is_some_and(|c| c.is_alphanumeric() || c == '_');
            if e - s < 8 || goes_on {
                continue;
            }
            if !is_source_slogan(&text[s..e]) || glossed(&text[e..]) || !lines.at(doc, hash) || doc.is_protected(hash..e) {
                continue;
            }
            out.push(SOURCE_HASHTAG.finding(
                hash..e,
                format!("`{}` is a hashtag in another language: give its meaning", &text[hash..e]),
            ));
        }
    }
}

/// Whether the camel-case tag (`SempreJuntosNaLuta`) is a slogan in another language: three
/// parts or more, a joining function word of a source language among them, two or more words of
/// three letters or more that the lexicon does not know, and none it knows.
fn is_source_slogan(tag: &str) -> bool {
    let parts = camel_parts(tag);
    if parts.len() < 3 || parts.iter().any(|p| p.len() < 2 && !p.is_empty()) {
        return false;
    }
    let mut joiner = false;
    let mut unknown = 0;
    for part in &parts {
        let lower = part.to_ascii_lowercase();
        if JOINERS.binary_search(&lower.as_str()).is_ok() {
            joiner = true;
            continue;
        }
        if part.len() < 3 {
            continue;
        }
        if lookup(&lower).is_some() || lookup(part).is_some() {
            return false; // an English word or a name the lexicon knows
        }
        unknown += 1;
    }
    joiner && unknown >= 2
}

/// The parts of a camel-case tag, each from one capital to the next; empty when the tag is not
/// camel case (starts in lower case, or has two capitals in a row).
fn camel_parts(tag: &str) -> Vec<&str> {
    let b = tag.as_bytes();
    if !b.first().is_some_and(u8::is_ascii_uppercase) || b.windows(2).any(|w| w[0].is_ascii_uppercase() && w[1].is_ascii_uppercase()) {
        return Vec::new();
    }
    let mut parts = Vec::new();
    let mut start = 0;
    for i in 1..b.len() {
        if b[i].is_ascii_uppercase() {
            parts.push(&tag[start..i]);
            start = i;
        }
    }
    parts.push(&tag[start..]);
    parts
}

/// Whether a gloss follows the tag: a bracket, an opening quote or a dash after it (`#X (“…”)`).
fn glossed(after: &str) -> bool {
    let after = after.trim_start_matches([' ', ',']);
    after.starts_with(['(', '[', '“', '—', '–'])
}
