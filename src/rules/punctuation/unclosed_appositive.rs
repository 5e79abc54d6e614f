//! The `punctuation/unclosed-appositive` rule: an appositive after a name not closed before the
//! verb (`Dmitry Peskov, Kremlin spokesman said`).

use crate::analysis::document::Document;
use crate::finding::{Category, Edit, Finding, Fix, Severity};
use crate::rules::{Example, Rule, RuleMeta};
use crate::text::floor_boundary;
use crate::text::hash::FastSet;
use once_cell::sync::Lazy;
use regex::Regex;

/// An appositive after a name left open before the verb: `Dmitry Peskov, Kremlin
/// spokesman said` for `Dmitry Peskov, Kremlin spokesman, said`.
pub struct UnclosedAppositive;

static APPOSITIVE: RuleMeta = RuleMeta {
    id: "punctuation/unclosed-appositive",
    category: Category::Punctuation,
    severity: Severity::Warning,
    triggers: crate::Triggers::words(|| appositive_roles().collect()),
    default_enabled: true,
    summary: "an appositive after a name not closed before the verb (`Dmitry Peskov, Kremlin spokesman said`)",
    flags: &[
        Example { text: "Dmitry Peskov, Kremlin spokesman said the talks went well.", fixed: "Dmitry Peskov, Kremlin spokesman, said the talks went well." },
        Example { text: "Maria Okafor, the council leader said on Monday that it was over.", fixed: "Maria Okafor, the council leader, said on Monday that it was over." },
        Example { text: "It rained. Li Wei, a senior trade official told reporters so.", fixed: "It rained. Li Wei, a senior trade official, told reporters so." },
        Example { text: "Anna Schmidt, the bank's chief economist said rates would rise.", fixed: "Anna Schmidt, the bank's chief economist, said rates would rise." },
        Example { text: "John Kirby, White House spokesman added that no date was set.", fixed: "John Kirby, White House spokesman, added that no date was set." },
    ],
    passes: &[
        "Dmitry Peskov, the Kremlin spokesman, said the talks went well.",
        "Kremlin spokesman Dmitry Peskov said the talks went well.",
        "Peter Smith, Jane Doe and the spokesman said nothing.",
        "The minister, his spokesman said, was away.",
        "Reporters asked whether Anna Schmidt, the economist said to be leaving, would stay.",
        "On Tuesday, the mayor's spokesman said the road would reopen.",
        "After Easter Sunday, a government spokesman told reporters the shops would open.",
        "In New Delhi, the trade minister said the talks were over.",
    ],
};

/// The titles an appositive ends with.
const APPOSITIVE_ROLES: &str = "spokesman|spokeswoman|spokesperson|minister|president|adviser|advisor|secretary|director|chief|head|leader|ambassador|official|analyst|professor|chairman|chairwoman|CEO|founder|governor|mayor|senator|commander|envoy|correspondent|editor|economist|researcher|expert|coach|manager|captain|representative|deputy";
/// The reporting verbs that follow it.
const APPOSITIVE_VERBS: &str =
    "said|says|told|tells|added|adds|stressed|noted|explained|stated|declared";

/// The titles of [`APPOSITIVE_ROLES`], one by one.
fn appositive_roles() -> impl Iterator<Item = &'static str> {
    APPOSITIVE_ROLES.split('|')
}

static APPOSITIVE_RE: Lazy<Regex> = Lazy::new(|| {
    Regex::new(&format!(
        r"([A-Z][a-z]+(?: [A-Z][a-z]+){{1,2}}), ((?:[A-Za-z'’-]+ ){{0,4}}?(?:{APPOSITIVE_ROLES})) (?:{APPOSITIVE_VERBS})(?-u:\b)"
    ))
    .expect("appositive regex")
});

/// Words that open an introductory phrase, not a name (`On Tuesday, ...`,
/// `In New Delhi, ...`, `Last March, ...`): sorted.
pub(super) const INTRODUCTORY: &[&str] = &[
    "About",
    "Across",
    "After",
    "Against",
    "Along",
    "Amid",
    "Among",
    "Around",
    "As",
    "At",
    "Before",
    "Behind",
    "Beyond",
    "By",
    "Despite",
    "During",
    "Earlier",
    "Early",
    "Every",
    "For",
    "From",
    "In",
    "Inside",
    "Last",
    "Late",
    "Later",
    "Like",
    "Near",
    "Next",
    "Of",
    "On",
    "Outside",
    "Over",
    "Since",
    "This",
    "Through",
    "Throughout",
    "To",
    "Under",
    "Unlike",
    "Until",
    "Upon",
    "While",
    "With",
    "Within",
    "Without",
];

/// The titles and the verbs, as sets.
static APPOSITIVE_WORDS: Lazy<(FastSet<&str>, FastSet<&str>)> = Lazy::new(|| {
    (
        APPOSITIVE_ROLES.split('|').collect(),
        APPOSITIVE_VERBS.split('|').collect(),
    )
});

impl Rule for UnclosedAppositive {
    fn meta(&self) -> &'static RuleMeta {
        &APPOSITIVE
    }

    fn check(&self, doc: &Document<'_>, out: &mut Vec<Finding>) {
        let text = doc.text();
        if !text.contains(", ") {
            return;
        }
        // Every match ends with a title, a space and a verb (then a word boundary):
        // the titles are found among the trigger words. Each ends at most one
        // match; the full pattern runs only on the start of its line, at most 400
        // bytes back (the name and the appositive are a few words).
        let (roles, verbs) = &*APPOSITIVE_WORDS;
        let b = text.as_bytes();
        let words = doc.words();
        let hints = doc.trigger_words(APPOSITIVE.id).filter_map(|k| {
            let (rs, re) = words[k];
            if b.get(re) != Some(&b' ') || !roles.contains(&text[rs..re]) {
                return None;
            }
            let vs = re + 1;
            let ve = vs
                + b[vs..]
                    .iter()
                    .take_while(|c| c.is_ascii_alphabetic())
                    .count();
            let boundary = b
                .get(ve)
                .is_none_or(|c| !(c.is_ascii_digit() || *c == b'_'));
            (boundary && verbs.contains(&text[vs..ve])).then_some(rs..ve)
        });
        let matches = hints.filter_map(|hint| {
            let from = doc
                .line_at(hint.start)
                .start
                .max(floor_boundary(text, hint.start.saturating_sub(400)));
            APPOSITIVE_RE
                .captures_iter(&text[from..hint.end])
                .find(|c| c.get(0).is_some_and(|m| from + m.end() == hint.end))
                .and_then(|c| {
                    Some((
                        from + c.get(1)?.start(),
                        from + c.get(2)?.start()..from + c.get(2)?.end(),
                    ))
                })
        });
        for (name_start, role) in matches {
            // the name starts a sentence; the appositive is no list (`A, B and C said`)
            let before = text[..name_start].trim_end_matches([' ', '“', '"']);
            // a tag just before (`<p>Dmitry Peskov, ...`) also starts a sentence
            let after_tag = !before.is_empty() && doc.markup_at(before.len() - 1).is_some();
            let starts = crate::text::starts_sentence(text, name_start) || after_tag;
            let middle = &text[role.clone()];
            // `On Tuesday, the spokesman said`: an introductory phrase, no name
            let first = text[name_start..].split(' ').next().unwrap_or("");
            if !starts
                || INTRODUCTORY.contains(&first)
                || middle.contains(" and ")
                || middle.contains(" or ")
                || doc.is_protected(name_start..role.end)
            {
                continue;
            }
            out.push(
                APPOSITIVE
                    .finding(
                        name_start..role.end,
                        format!(
                            "the appositive `{middle}` is not closed: put a comma before the verb"
                        ),
                    )
                    .with_fix(Fix::unsafe_fix(Edit::insert(role.end, ","))),
            );
        }
    }
}
