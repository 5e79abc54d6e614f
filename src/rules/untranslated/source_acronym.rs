//! The `untranslated/source-acronym` rule: an acronym of the source language left in English text
//! where English has its own (`the ONU resolution` for the UN's, `OTAN` for NATO, Russian `SVO`
//! for the special military operation): MT copies an acronym it cannot expand.

use crate::analysis::document::Document;
use crate::finding::{Category, Edit, Finding, Fix, Severity};
use crate::rules::{Example, Rule, RuleMeta};

/// An acronym of the source language where English writes another: `the ONU` for `the UN`.
pub struct SourceAcronym;

static SOURCE_ACRONYM: RuleMeta = RuleMeta {
    id: "untranslated/source-acronym",
    category: Category::Untranslated,
    severity: Severity::Warning,
    triggers: crate::Triggers::words(|| ACRONYMS.iter().map(|(acronym, _)| *acronym).collect()),
    default_enabled: true,
    summary: "an acronym of the source language where English has its own (`the ONU` for the UN, `OTAN` for NATO, `the SVO`)",
    flags: &[
        Example {
            text: "The ONU envoy arrived in the capital on Sunday.",
            fixed: "The UN envoy arrived in the capital on Sunday.",
        },
        Example {
            text: "Two members of the OTAN alliance objected to the plan.",
            fixed: "Two members of the NATO alliance objected to the plan.",
        },
        Example {
            text: "He said the goals of the SVO had not changed since the spring.",
            fixed: "He said the goals of the special military operation had not changed since the spring.",
        },
        Example {
            text: "The OMS warned of a new wave of measles in the south.",
            fixed: "The WHO warned of a new wave of measles in the south.",
        },
        Example {
            text: "A PBB mission will visit the flooded districts next month.",
            fixed: "A UN mission will visit the flooded districts next month.",
        },
    ],
    passes: &[
        "The UN envoy arrived in the capital on Sunday.",
        "The alliance, known in French as the OTAN (NATO in English), met in Brussels.",
        "The word “ONU” is French for the United Nations.",
        "The Onu river floods every spring, the villagers say.",
        "ONU OTAN OMS",
        "Read the report at example.org/ONU/2023 before the meeting.",
    ],
};

/// Acronyms of source languages with the English acronym or name news writes for them; only
/// those that are no English acronym of their own, and none of the shape of a common word
/// (Turkish `ABD`, the US, is `and` to the trigger index).
const ACRONYMS: &[(&str, &str)] = &[
    // French, Spanish, Portuguese, Italian
    ("ONU", "UN"),
    ("OTAN", "NATO"),
    ("OMS", "WHO"),
    ("FMI", "IMF"),
    ("OCDE", "OECD"),
    ("OMC", "WTO"),
    ("OIT", "ILO"),
    ("OEA", "OAS"),
    ("AIEA", "IAEA"),
    ("OIEA", "IAEA"),
    ("CEDEAO", "ECOWAS"),
    // German
    ("EZB", "ECB"),
    // Indonesian
    ("PBB", "UN"),
    // Russian, Ukrainian (transliterated)
    ("SVO", "special military operation"),
    ("VSU", "Ukrainian armed forces"),
    ("ZSU", "Armed Forces of Ukraine"),
    ("BPLA", "drone"),
    ("MChS", "Emergencies Ministry"),
    ("MCHS", "Emergencies Ministry"),
    ("MVD", "Interior Ministry"),
];

impl Rule for SourceAcronym {
    fn meta(&self) -> &'static RuleMeta {
        &SOURCE_ACRONYM
    }

    fn check(&self, doc: &Document<'_>, out: &mut Vec<Finding>) {
        let text = doc.text();
        let mut lines = super::EnglishLines::default();
        for k in doc.trigger_words(SOURCE_ACRONYM.id) {
            let (s, e) = doc.words()[k];
            // the list takes any case of the words' shapes (`and` for `ABD`): an acronym has a
            // capital in second place, which most of the words met are rid of at once
            if !text.as_bytes()[s + 1].is_ascii_uppercase() {
                continue;
            }
            let word = &text[s..e];
            let Some((_, english)) = ACRONYMS.iter().find(|(acronym, _)| *acronym == word) else {
                continue;
            };
            if !stands_in_prose(text, s, e) || !lines.at(doc, s) || doc.is_protected(s..e) {
                continue;
            }
            out.push(
                SOURCE_ACRONYM
                    .finding(s..e, format!("`{word}` is the source language's acronym: English writes `{english}`"))
                    .with_fix(Fix::unsafe_fix(Edit::new(s..e, (*english).to_string()))),
            );
        }
    }
}

/// Whether the acronym at `s..e` stands as a word of a sentence: between spaces or sentence
/// marks, not in quotes or brackets (where a text names the acronym itself), not in an address
/// or a run of capitals (a heading).
fn stands_in_prose(text: &str, s: usize, e: usize) -> bool {
    let before = crate::text::char_before(text, s);
    let after = crate::text::char_at(text, e);
    let open = before.is_none_or(|c| c == ' ' || c == '\n');
    let close = after.is_none_or(|c| matches!(c, ' ' | '\n' | ',' | '.' | ';' | ':' | '?' | '!'));
    if !open || !close || after == Some('.') && text[e + 1..].starts_with(|c: char| c.is_alphanumeric()) {
        return false;
    }
    // a neighbour in capitals: a heading or a list of acronyms
    let prev_word = text[..s].trim_end().rsplit(' ').next().unwrap_or("");
    let next_word = text[e..].trim_start().split(' ').next().unwrap_or("");
    let shouting = |w: &str| {
        let letters = w.trim_matches(|c: char| !c.is_alphabetic());
        letters.len() >= 2 && letters.chars().all(|c| c.is_uppercase())
    };
    !shouting(prev_word) && !shouting(next_word)
}
