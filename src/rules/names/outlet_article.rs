//! The `names/outlet-article` rule: an outlet without the article it takes (`told FT`) or with one
//! it does not (`the Reuters said`); `said FT that` becomes `told the FT that`.

use crate::analysis::document::Document;
use crate::finding::{Category, Edit, Finding, Fix, Severity};
use crate::rules::{Example, Rule, RuleMeta};

/// Words that report speech, after which an outlet is the source.
pub(super) const REPORTING: &[&str] = &[
    "according to",
    "by",
    "cited",
    "from",
    "in",
    "quoted",
    "reported",
    "said",
    "say",
    "says",
    "speaking to",
    "talking to",
    "tell",
    "telling",
    "tells",
    "told",
    "with",
];

/// The shapes of the [`REPORTING`] words: most words fail this test.
static REPORTING_FILTER: once_cell::sync::Lazy<crate::text::hash::KeyFilter> =
    once_cell::sync::Lazy::new(|| REPORTING.iter().copied().collect());

/// Whether `s` is one of the [`REPORTING`] words, in any ASCII case: its
/// shape tested first, which rejects most words.
pub(super) fn is_reporting(s: &str) -> bool {
    let b = s.as_bytes();
    if b.len() >= 32 || !REPORTING_FILTER.may_contain_bytes(b) {
        return false;
    }
    let mut lower = [0u8; 32];
    let lower = &mut lower[..b.len()];
    lower.copy_from_slice(b);
    lower.make_ascii_lowercase();
    crate::text::in_list(REPORTING, lower)
}

/// Parts of a broadcaster's name that follow its acronym (`BBC News`, `BBC Radio`).
pub(super) const SERVICES: &[&str] = &[
    "Arabic",
    "Breakfast",
    "Five",
    "Four",
    "News",
    "One",
    "Online",
    "Persian",
    "Radio",
    "Scotland",
    "Sport",
    "Three",
    "Two",
    "Wales",
    "World",
];

/// Verbs after which `the Reuters` is a name, not a modifier (`the Reuters report`).
pub(super) const OUTLET_VERBS: &[&str] = &[
    "added", "quoted", "reported", "reports", "said", "says", "writes", "wrote",
];

/// An outlet with the wrong article: `said FT that` (the FT), `the Reuters said`.
pub struct OutletArticle;

static OUTLET: RuleMeta = RuleMeta {
    id: "names/outlet-article",
    category: Category::Names,
    severity: Severity::Warning,
    triggers: crate::Triggers::Words {
        words: || vec!["the"],
        capitalised: true,
        name_starts: true,
    },
    default_enabled: true,
    summary: "an outlet without the article it takes (`told FT`) or with one it does not (`the Reuters said`); `said FT that` becomes `told the FT that`",
    flags: &[
        Example { text: "A source said FT that it was true.", fixed: "A source told the FT that it was true." },
        Example { text: "He told WSJ that he would stay.", fixed: "He told the WSJ that he would stay." },
        Example { text: "According to SCMP, talks failed.", fixed: "According to the SCMP, talks failed." },
        Example { text: "The Reuters reported the deal.", fixed: "Reuters reported the deal." },
        Example { text: "It was first seen by the CNN.", fixed: "It was first seen by CNN." },
        Example { text: "The Financial times and the new York Times agreed.", fixed: "The Financial Times and the New York Times agreed." },
        Example { text: "The Harbour Gazette (HG) wrote it, a source told HG.", fixed: "The Harbour Gazette (HG) wrote it, a source told the HG." },
    ],
    passes: &[
        "She told the FT that it was true, and told BBC News and BBC Radio 4 too.",
        "The Reuters correspondent and the CNN report agreed.",
        "He told Reuters that he would stay; AP reported it.",
        "EU leaders told UN officials, said US envoys.",
        "Kuleba told the BBC he was wary; the BBC news website; a daily mail delivery.",
    ],
};

impl Rule for OutletArticle {
    fn meta(&self) -> &'static RuleMeta {
        &OUTLET
    }

    fn check(&self, doc: &Document<'_>, out: &mut Vec<Finding>) {
        let text = doc.text();
        let b = text.as_bytes();
        let names = doc.names();
        let words = doc.words();
        // the words any branch below can fire on: `the` (a), the word before a
        // word in capitals (b), the start of a multiword name (c). The rule's
        // list holds `the`, the name starts and the capitalised words: each
        // candidate is a listed word or the word before one, visited once.
        let may_start = |k: usize| {
            let w = &b[words[k].0..words[k].1];
            w.eq_ignore_ascii_case(b"the") || names.may_start_multiword(w)
        };
        let all_caps = |j: usize| {
            words
                .get(j)
                .is_some_and(|&(s, e)| b[s..e].iter().all(u8::is_ascii_uppercase))
        };
        // A word not listed is a candidate only before a word in capitals (which
        // is listed): the others pass `may_start` only when listed.
        let mut unvisited = 0;
        let candidates = doc
            .trigger_words(OUTLET.id)
            .flat_map(|listed| {
                let before = (listed > 0 && all_caps(listed)).then(|| listed - 1);
                let here = (may_start(listed) || all_caps(listed + 1)).then_some(listed);
                before.into_iter().chain(here)
            })
            .filter(move |&k| {
                let first_visit = k >= unvisited;
                unvisited = unvisited.max(k + 1);
                first_visit
            });
        for k in candidates {
            let (s, e) = words[k];
            let w = &text[s..e];
            let next = words.get(k + 1).filter(|n| n.0 == e + 1 && b[e] == b' ');
            let after_next = |n: (usize, usize)| -> Option<&str> {
                let rest = text[n.1..].trim_start_matches(' ');
                rest.split(|c: char| !c.is_ascii_alphabetic())
                    .next()
                    .filter(|x| !x.is_empty())
            };
            // (b) the `the` an outlet takes is missing after a reporting word
            // (only an acronym is flagged: test that first, it rejects most words)
            let acronym_next =
                next.filter(|n| text.as_bytes()[n.0..n.1].iter().all(u8::is_ascii_uppercase));
            if let Some(&(ns, ne)) = acronym_next {
                let name = &text[ns..ne];
                let reporting = || {
                    is_reporting(w)
                        || (k > 0 && {
                            let (ps, _) = words[k - 1];
                            is_reporting(&text[ps..e])
                        })
                };
                // an outlet that takes `the`: from the data, or defined in the text
                // as `the Harbour Gazette (HG)`
                // (the reporting word first: a length and first-letter test rejects most words)
                let known = || {
                    names
                        .get(name)
                        .is_some_and(|en| en.takes_the && en.kind.is_media())
                };
                if reporting() && (known() || doc.doc_names().acronyms_with_the.contains(name)) {
                    let acronymish = name.bytes().all(|c| c.is_ascii_uppercase());
                    let tail = &text[ne..];
                    let following = after_next((ns, ne));
                    let ends = tail.starts_with([',', '.', ';', ':', ')'])
                        || tail.is_empty()
                        || following == Some("that");
                    let service =
                        following.is_some_and(|f| SERVICES.contains(&f)) && tail.starts_with(' ');
                    if acronymish && ends && !service && !doc.is_protected(s..ne) {
                        let said = w == "said" && following == Some("that");
                        let (span, fix) = if said {
                            (s..ne, Edit::new(s..ns, "told the "))
                        } else {
                            (ns..ne, Edit::insert(ns, "the "))
                        };
                        let msg = if said {
                            format!("`said {name} that`: one tells someone something; write `told the {name} that`")
                        } else {
                            format!("`{name}` takes `the` in running text: `the {name}`")
                        };
                        out.push(OUTLET.finding(span, msg).with_fix(Fix::unsafe_fix(fix)));
                        continue;
                    }
                }
            }
            // (c) a known outlet name in the wrong case: `Financial times`
            let prev_capital = || {
                k > 0 && words[k - 1].1 + 1 == s && b[words[k - 1].1] == b' ' && {
                    let p = &text[words[k - 1].0..words[k - 1].1];
                    p != "The" && p.bytes().next().is_some_and(|c| c.is_ascii_uppercase())
                }
            };
            if names.starts_multiword(w) && !prev_capital() {
                let mut end = e;
                for j in k + 1..(k + 6).min(words.len()) {
                    if words[j].0 != end + 1 || b[end] != b' ' {
                        break;
                    }
                    end = words[j].1;
                    let spelled = &text[s..end];
                    // (no name goes on from a span that starts none)
                    let Some(found) = names.by_lowercase_prefix(spelled) else {
                        break;
                    };
                    let Some(entry) = found else {
                        continue;
                    };
                    // `the BBC news website`: a known name followed by a common noun
                    let head = &text[s..words[j - 1].1];
                    if names.get(head).is_some()
                        && text[words[j].0..words[j].1]
                            .bytes()
                            .all(|c| c.is_ascii_lowercase())
                    {
                        continue;
                    }
                    let has_upper = spelled.bytes().any(|c| c.is_ascii_uppercase());
                    let all_upper = !spelled.bytes().any(|c| c.is_ascii_lowercase());
                    if entry.kind.is_media()
                        && spelled != entry.name
                        && has_upper
                        && !all_upper
                        && !doc.is_protected(s..end)
                    {
                        out.push(
                            OUTLET
                                .finding(s..end, format!("`{spelled}` is written `{}`", entry.name))
                                .with_fix(Fix::safe(Edit::new(s..end, entry.name.clone()))),
                        );
                    }
                }
            }
            // (a) `the` before an outlet that takes none
            if (w == "the" || w == "The") && next.is_some() {
                let Some(&(ns, ne)) = next else { continue };
                // (no known name starts with a word that fails this test)
                if !names.may_start_name(&b[ns..ne]) {
                    continue;
                }
                // the longest known name starting here (`the Al Jazeera`)
                let mut best: Option<(usize, &crate::analysis::names::NameEntry)> = None;
                let mut end = ne;
                for j in k + 1..(k + 5).min(words.len()) {
                    if j > k + 1 {
                        if words[j].0 != end + 1 || b[end] != b' ' {
                            break;
                        }
                        end = words[j].1;
                    }
                    if let Some(en) = names.get(&text[ns..words[j].1]) {
                        best = Some((words[j].1, en));
                    }
                }
                let Some((name_end, entry)) = best else {
                    continue;
                };
                if entry.takes_the || !entry.kind.is_media() || text[ns..name_end] != entry.name {
                    continue;
                }
                let tail = &text[name_end..];
                let following = after_next((ns, name_end));
                let as_name = tail.is_empty()
                    || tail.starts_with(['.', ',', ';', ':', ')'])
                    || following.is_some_and(|f| OUTLET_VERBS.contains(&f));
                if !as_name || doc.is_protected(s..name_end) {
                    continue;
                }
                let edit = Edit::delete(s..ns);
                let name = &text[ns..name_end];
                out.push(
                    OUTLET
                        .finding(
                            s..name_end,
                            format!("`{name}` takes no article: write `{name}`"),
                        )
                        .with_fix(Fix::unsafe_fix(edit)),
                );
            }
        }
    }
}
