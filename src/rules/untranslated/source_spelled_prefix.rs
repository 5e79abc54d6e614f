//! The `untranslated/source-spelled-prefix` rule: the first part of a hyphenated compound
//! left in the source language's spelling (`the pres-center`, `avto-transport`): Ukrainian
//! and Russian write the loans `press`, `auto`, `electro` as `pres-` (прес-), `avto-` (авто-),
//! `elektro-` (електро-), and machine translation romanises the part it did not translate.

use crate::analysis::document::Document;
use crate::finding::{Category, Edit, Finding, Fix, Severity};
use crate::rules::{Example, Rule, RuleMeta};

/// A compound's first part in a Slavic spelling: `pres-center` for `press center`.
pub struct SourceSpelledPrefix;

static SOURCE_SPELLED_PREFIX: RuleMeta = RuleMeta {
    id: "untranslated/source-spelled-prefix",
    category: Category::Untranslated,
    severity: Severity::Warning,
    triggers: crate::Triggers::words(|| PREFIXES.iter().map(|(source, _)| *source).collect()),
    default_enabled: true,
    summary: "a compound's first part left in the source's spelling (`the pres-service`, `avto-transport`)",
    flags: &[
        Example {
            text: "The pres-service of the council announced the meeting.",
            fixed: "The press-service of the council announced the meeting.",
        },
        Example {
            text: "Local avto-transport firms raised their fares.",
            fixed: "Local auto-transport firms raised their fares.",
        },
        Example {
            text: "The elektro-station near the river closed in May.",
            fixed: "The electro-station near the river closed in May.",
        },
    ],
    passes: &[
        "The press-service of the council announced the meeting.",
        "The pres-\nident spoke at noon.",
        "Pres. Lincoln signed it; the file pres-2.txt is here.",
        "See https://example.org/pres-kit for the photos.",
        "Her band Elektro-Pop played.",
    ],
};

/// The Slavic spellings of English compound parts, and the English spellings.
const PREFIXES: &[(&str, &str)] = &[("avto", "auto"), ("elektro", "electro"), ("pres", "press")];

impl Rule for SourceSpelledPrefix {
    fn meta(&self) -> &'static RuleMeta {
        &SOURCE_SPELLED_PREFIX
    }

    fn check(&self, doc: &Document<'_>, out: &mut Vec<Finding>) {
        let text = doc.text();
        let words = doc.words();
        for k in doc.trigger_words(SOURCE_SPELLED_PREFIX.id) {
            let word = doc.word(k);
            let Some(&(_, english)) = PREFIXES.iter().find(|(source, _)| *source == word) else {
                continue; // (lower case only: a capital starts a name, `Elektro-Pop`)
            };
            let (s, e) = words[k];
            // `pres-center`: a hyphen, then a lower-case English-looking part
            let hyphen = text.as_bytes().get(e) == Some(&b'-');
            let part_ok = text[e + usize::from(hyphen)..]
                .bytes()
                .take_while(u8::is_ascii_alphabetic)
                .count()
                >= 3
                && text.as_bytes().get(e + 1).is_some_and(u8::is_ascii_lowercase);
            let before_ok = s == 0
                || !crate::text::char_before(text, s)
                    .is_some_and(|c| c.is_alphanumeric() || matches!(c, '-' | '/' | '.' | '_'));
            if !hyphen || !part_ok || !before_ok || doc.is_protected(s..e) {
                continue;
            }
            out.push(
                SOURCE_SPELLED_PREFIX
                    .finding(
                        s..e,
                        format!("`{word}-` is the Ukrainian or Russian spelling of `{english}-`: left untranslated"),
                    )
                    .with_fix(Fix::unsafe_fix(Edit::new(s..e, english.to_string()))),
            );
        }
    }
}
